import { POLICY } from "../../policy"
import { defineRule, fix, type RawFinding } from "../../rule"
import { paragraphs, sentences } from "../../text/segment"
import type { CheckSettings } from "../../types"
import { isOfficialAccount } from "../support/accounts"
import { sentenceMemo } from "../support/memo"
import { orgPattern } from "../support/staff-cues"
import { messages } from "./messages"
import { NAMED_VOICE } from "./notices"
import {
  CLASS_BEFORE,
  INSIDE_COMPLEMENT,
  OPINION,
  PAST_FRAME,
  QUESTION,
  RELAY
} from "./not-the-voice"
import { EN_ACT } from "./verbs"
import { firstOf } from "./first-of"
import { ORG, voiceShapes } from "./voice"
import { warmUp } from "./warm-up"
import { quickToCompile, sourceOf } from "../../text/quick-compile"

/**
 * speaking-for-the-division (ESM procedure 1(a)): without written permission,
 * staff may not use social media to represent a school or the Division. A post
 * from a personal account (not on settings.officialAccounts for that site and
 * handle) is flagged when it speaks AS the school or division: "On behalf of
 * Russell Elementary…", "Official announcement:", "Park West School Division has
 * decided…", "We at Shoal Lake School are cancelling…", "Au nom de l'école…",
 * "Communiqué officiel :", "La division scolaire a décidé…". Relaying news is
 * not flagged: "Our school posted that…", "The division announced today that…",
 * "Reminder from the office: …", nor is the teacher's opinion of a decision or
 * hearsay ("I'm glad the division decided…", "Apparently the board has decided…").
 * The grammar itself (the school's "we", teams, school subjects, their verbs) is in voice.ts.
 */

/**
 * "We at Oakburn are cancelling…": the school's "we" before a bare capitalised name, which only
 * case tells from "we at home are…"; so it is matched case-sensitively, with the same acts.
 */
const WE_AT_NAME = quickToCompile(
  `\\b(?:(?:[Ww]e|[Uu]s|[Aa]ll of us)(?: here)? at (?:[A-Z][\\w'.-]+ ){0,3}[A-Z][\\w'.-]+,? (?:we )?|` +
    // "Here at Oakburn, we have decided…": with "here", the "we" after the name is required.
    `[Hh]ere at (?:[A-Z][\\w'.-]+ ){0,3}[A-Z][\\w'.-]+,? we ?)${EN_ACT}`
)

/**
 * Every voice names a school, the division or a team, or says "official" / "on behalf": a
 * sentence with none of these words (or of the configured names) skips the long voice pattern.
 */
const VOICE_WORDS =
  /school|division|board|collegiate|elementary|high|academy|institut|middle years|junior|early years|secondary|s\.?d\b|ecole|college|dsfm|staff|administration|trustees|personnel|direction|equipe|conseil|commission|offici|behalf|au nom|de la part|communique|declaration|statement|notice|announcement|update|message/i

function mayHaveVoice(sentence: string, settings: CheckSettings): boolean {
  return VOICE_WORDS.test(sentence) || (orgPattern(settings)?.test(sentence) ?? false)
}

const voices = new WeakMap<CheckSettings, (sentence: string) => RegExpExecArray | null>()
const hits = sentenceMemo<[number, number] | null>()

function voiceFor(settings: CheckSettings): (sentence: string) => RegExpExecArray | null {
  let re = voices.get(settings)
  if (!re) {
    // The configured division and school names, as missing-disclaimer reads them.
    const org = orgPattern(settings)
    const named = org ? sourceOf(org) : "(?!)"
    re = firstOf(voiceShapes(ORG.replace("ORG", named)), "iu")
    voices.set(settings, re)
  }
  return re
}

export const speakingForTheDivision = defineRule({
  id: "speaking-for-the-division",
  messages,
  policyRef: POLICY.representingDivision,
  defaultSeverity: "info",
  // Whether the account is official depends on the draft, not on the words: a
  // document rule (never cached by segment), which re-uses per-sentence results itself.
  scope: "document",
  warmUp,
  check({ text, draft, settings, say }) {
    if (isOfficialAccount(draft, settings)) return []
    const out: RawFinding[] = []
    for (const seg of paragraphs(text).flatMap(sentences)) {
      const hit = hits(settings, seg.text, () => {
        const m =
          (mayHaveVoice(seg.text, settings) ? voiceFor(settings)(seg.text) : null) ??
          WE_AT_NAME.exec(seg.text) ??
          NAMED_VOICE.exec(seg.text)
        // A relay word before the match or inside it ("I heard the school is moving to…").
        const upTo = seg.text.slice(0, m?.index ?? 0) + (m?.[0] ?? "")
        if (!m || RELAY.test(upTo) || OPINION.test(upTo)) return null
        // A question asks about the school's plans; it does not announce them.
        if (QUESTION.test(seg.text) && !/official|behalf|au nom|officiel/i.test(m[0])) return null
        if (PAST_FRAME.test(upTo)) return null
        const before = seg.text.slice(0, m.index)
        if (INSIDE_COMPLEMENT.test(before) || CLASS_BEFORE.test(before)) return null
        // Without a heading's trailing colon or dash.
        return [m.index, m.index + m[0].replace(/[\s:-]+$/, "").length]
      })
      if (hit)
        out.push({
          start: seg.start + hit[0],
          end: seg.start + hit[1],
          message: say("message"),
          fixes: [fix.advice(say("advice.official"))]
        })
    }
    return out
  }
})
