import type { HashedHit } from "../../hash/names"
import { findFullNames } from "../../names/detect"
import { POLICY } from "../../policy"
import { listLines } from "../../names/list-lines"
import { notStudentLines } from "../../names/staff-lines"
import { defineRule, fix, shiftFix, type RawFinding, type Say } from "../../rule"
import { paragraphs, sentences } from "../../text/segment"
import type { CheckSettings } from "../../types"
import { sentenceMemo } from "../support/memo"
import { nameKey } from "../../text/normalize"
import { classListHits, nonDisclosedHits } from "./class-list-hits"
import { messages } from "./messages"
import { skippedForms, skippedNames } from "./skip-lists"
import { warmUp } from "./warm-up"

/**
 * student-full-name (AP 144: first name only unless full-name consent is
 * obtained). Finds given + family names of any origin without a roster (see
 * names/detect.ts) and offers to keep only the first name. Names the teacher
 * has consent for, marked "not a student", or that the non-disclosure rule
 * already flags are skipped.
 *
 * With the teacher's class list (hashed, see hash/names.ts), a listed student's
 * full name is found in any form (any case, "Tremblay, Sophie", "#SophieTremblay",
 * "@sophie.tremblay09", the preferred name) and reported as certain, with its
 * own message; guesses overlapping it are dropped.
 */
const overlaps = (a: { start: number; end: number }, list: readonly HashedHit[]): boolean =>
  list.some((b) => a.start < b.end && b.start < a.end)

export const studentFullName = defineRule({
  id: "student-full-name",
  messages,
  policyRef: POLICY.firstNameOnly,
  defaultSeverity: "warn",
  // The whole post, sentence by sentence: a pasted list's line ("2. Mendoza, Lucía") is read as a
  // roster from the lines around it (names/list-lines.ts); findings are memoised with that bit.
  scope: "document",
  dismissible: true, // it reads the teacher's "not a student" list
  warmUp,
  check({ text, settings, say }) {
    const out: RawFinding[] = []
    const paras = paragraphs(text)
    const lines = paras.map((p) => p.text)
    const listed = listLines(lines)
    const skipped = notStudentLines(text, paras)
    paras.forEach((p, k) => {
      if (skipped[k]) return
      for (const s of sentences(p)) {
        const key = `${listed[k] ? "\u0001" : "\u0000"}${s.text}`
        const found = memo(settings, key, () => checkSentence(s.text, listed[k]!, settings, say))
        for (const f of found)
          out.push({
            ...f,
            start: f.start + s.start,
            end: f.end + s.start,
            ...(f.fixes ? { fixes: f.fixes.map((x) => shiftFix(x, s.start)) } : {})
          })
      }
    })
    return out
  }
})

const memo = sentenceMemo<RawFinding[]>()

function checkSentence(
  text: string,
  inList: boolean,
  settings: CheckSettings,
  say: Say<(typeof messages)["en"]>
): RawFinding[] {
  {
    const skip = skippedNames(settings)
    const out: RawFinding[] = []
    const nd = nonDisclosedHits(text, settings.nonDisclosureHashed)
    const listed = classListHits(text, settings.classList)
    if (listed.length) {
      const skipForms = skippedForms(settings)
      for (const h of listed) {
        if (skipForms.has(h.form) || overlaps(h, nd)) continue
        out.push({
          start: h.start,
          end: h.end,
          message: say("message.class-list"),
          certain: true,
          fixes: h.given ? [fix.keep(say("fix.keep-first-name"), h.given)] : []
        })
      }
    }
    for (const name of findFullNames(text, inList)) {
      if (overlaps(name, listed) || overlaps(name, nd)) continue
      const words = nameKey(text.slice(name.start, name.end)).split(" ")
      // "Ana María López García" on the consent list as "Ana López García" or "Ana García".
      const short = `${words[0]} ${words[words.length - 1]}`
      // "FRIESEN, Ethan" or "Nguyen Van An" listed given name first: "Ethan Friesen".
      const reversed = `${words[words.length - 1]} ${words[0]}`
      const givenLast = name.given.start > name.start
      if (skip.has(words.join(" ")) || skip.has(short) || (givenLast && skip.has(reversed)))
        continue
      out.push({
        start: name.start,
        end: name.end,
        message: say("message"),
        // A handle is replaced, "@" included, by the given name as plain text: cutting it to
        // "@sophie" would tag somebody else's account. Elsewhere the name becomes its given name.
        fixes: [
          name.form === "handle"
            ? fix.keep(say("fix.keep-first-name"), name.given, {
                start: (name.tag ?? name).start - 1,
                end: (name.tag ?? name).end
              })
            : fix.keep(say("fix.keep-first-name"), name.given)
        ]
      })
    }
    return out.sort((a, b) => a.start - b.start)
  }
}
