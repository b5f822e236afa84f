import { POLICY } from "../../policy"
import { defineRule, shiftFix, type RawFinding, type RawFix, type Say } from "../../rule"
import { sentences, type Segment } from "../../text/segment"
import type { CheckSettings } from "../../types"
import { sentenceMemo } from "../support/memo"
import { divisionPattern } from "../support/staff-cues"
import { messages } from "./messages"
import { findWhen, hasReturnTime, tripFixes } from "./trip-details"
import { THANKED, TOPIC_OF, isExcluded, postCues } from "./trip-exclusions"
import {
  DESTINATION,
  ON_SITE,
  OUTING_CUE,
  PLACE_COMMON,
  PLACE_NAMED,
  RETURN_TO_SCHOOL,
  TRAVEL_CUE
} from "./trip-lexicon"
import { warmUp } from "./warm-up"

/**
 * field-trip-details (AP 144): a post that says where students will be (or are
 * right now) away from school, and when, tells anyone where to find them.
 *
 * A sentence is flagged when it has a "when" (time, day, date, "right now") and
 * a "where" away from school (a trip cue such as "heads to" or "bus leaves", an
 * off-site place, an outing activity under way or planned — "we're hiking",
 * "nous visiterons" —, a return with its time — "back by 3", "de retour vers
 * 15 h" —, or a game/meet that is not placed on site), unless it is a thank-you
 * or recap after the event (any past tense), a cancelled or virtual outing, or a
 * school-calendar notice. When the where
 * and the when sit in neighbouring sentences of one paragraph, both are flagged
 * together. Regex and lexicons only: cheap enough to re-run on every keystroke.
 */

interface SentenceFacts {
  where: boolean
  when: boolean
  excluded: boolean
  /** Told in the past; "Field trip to the zoo today!" is a recap when another sentence is one. */
  recap: boolean
  headline: boolean
  /** "At provincials this weekend": no place, no day; it still pairs with a neighbour's time. */
  vagueEvent: boolean
  /** Fixes relative to the sentence, computed when it is first flagged. */
  fixes?: RawFix[]
}

/** Blanks out the division's own name: "at Park West School Division" is not a trip to a park. */
function withoutDivision(s: string, settings: CheckSettings): string {
  const re = divisionPattern(settings)
  return re ? s.replace(re, (m) => " ".repeat(m.length)) : s
}

function describe(sentence: string, settings: CheckSettings): SentenceFacts {
  const s = withoutDivision(sentence, settings)
  const onSite = ON_SITE.test(s.replace(RETURN_TO_SCHOOL, (m) => " ".repeat(m.length)))
  const blank = (m: string): string => " ".repeat(m.length)
  const p = s.replace(TOPIC_OF, blank).replace(THANKED, blank)
  const place = PLACE_COMMON.test(p) || PLACE_NAMED.test(p) || DESTINATION.test(p)
  const when = findWhen(s)
  const outing = OUTING_CUE.test(s)
  const away = place || outing || hasReturnTime(s, when)
  const travel = TRAVEL_CUE.test(s)
  return {
    where: travel || (away && !onSite),
    when: when.length > 0,
    excluded: isExcluded(s),
    ...postCues(s, when, outing && !travel, place)
  }
}

const memo = sentenceMemo<SentenceFacts>()

type Sentence = Segment & { facts: SentenceFacts }

/** The sentence's fixes (computed once per sentence text), moved to paragraph offsets. */
function fixesOf(s: Sentence, say: Say<typeof messages.en>): RawFix[] {
  // The memo is per settings value, so the labels' language cannot go stale.
  s.facts.fixes ??= tripFixes(s.text, 0, say)
  return s.facts.fixes.map((f) => shiftFix(f, s.start))
}

export const fieldTripDetails = defineRule({
  id: "field-trip-details",
  messages,
  policyRef: POLICY.fieldTrips,
  defaultSeverity: "warn",
  scope: "paragraph",
  warmUp,
  check({ text, settings, say }) {
    const sents = sentences({ start: 0, end: text.length, text }).map((seg): Sentence => ({
      ...seg,
      facts: memo(settings, seg.text, () => describe(seg.text, settings))
    }))
    const message = say("message")
    const out: RawFinding[] = []
    // "Field trip to the zoo today! The kids lost their minds over the polar bears": a recap.
    const toldInThePast = sents.some((s) => s.facts.recap)
    for (const s of sents) {
      if (!s.facts.where || !s.facts.when || s.facts.excluded) continue
      if (s.facts.vagueEvent || (s.facts.headline && toldInThePast)) continue
      out.push({ start: s.start, end: s.end, message, fixes: fixesOf(s, say) })
    }
    if (out.length > 0) return out
    // "Grade 5 is off to the zoo! The bus leaves at 9." — the where and the when are split.
    for (let i = 0; i + 1 < sents.length; i++) {
      const a = sents[i]!
      const b = sents[i + 1]!
      if (a.facts.excluded || b.facts.excluded) continue
      if ((a.facts.where && b.facts.when) || (a.facts.when && b.facts.where)) {
        const timed = a.facts.when ? a : b
        return [{ start: a.start, end: b.end, message, fixes: fixesOf(timed, say) }]
      }
    }
    return out
  }
})
