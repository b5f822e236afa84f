import { POLICY } from "../../policy"
import { defineRule, fix, type RawFinding } from "../../rule"
import { sentences } from "../../text/segment"
import { sentenceMemo } from "../support/memo"
import { clauseOf, describe, wholeSentence, type Facts } from "./detect"
import { messages } from "./messages"
import { sentenceModels } from "../support/sentence-model"
import { THRESHOLD, mentionsSupport, specialEdScore } from "./sentence-model"
import { warmUp } from "./warm-up"

/**
 * confidential-student-info (ESM procedure 2(a); AP 144; FIPPA): a post that ties
 * an identifiable student (a name, a first name, "a student in my class", "un de
 * mes élèves") to something a school keeps confidential: health, special
 * education, behaviour and discipline, an individual's marks, family and custody
 * matters, contact details, immigration status.
 *
 * Per sentence: a student reference and a detail stated about a person; a detail
 * whose sentence only has a pronoun ("He was suspended.") counts when the
 * sentence before named the student. General topics, events and whole-class
 * statements have no student reference and stay quiet. The finding covers the
 * clause that carries the detail; its fix removes that clause (or the sentence).
 */

const memo = sentenceMemo<Facts>()
const modelMemo = sentenceMemo<boolean>()

export const confidentialStudentInfo = defineRule({
  id: "confidential-student-info",
  messages,
  policyRef: POLICY.confidentialStudentInfo,
  defaultSeverity: "warn",
  scope: "paragraph",
  warmUp,
  check({ text, settings, say }) {
    const out: RawFinding[] = []
    const report = (
      seg: { start: number; end: number; text: string },
      facts: Facts | null
    ): void => {
      // facts null: the sentence model's finding, which has no detail span: the whole sentence.
      const c = facts ? clauseOf(seg.text, facts.details[0]!) : { start: 0, end: 0, whole: true }
      const removal = c.whole
        ? wholeSentence(text, seg.start, seg.end)
        : { start: seg.start + c.start, end: seg.start + c.end }
      // The finding shows exactly the words the fix takes out (without the joining comma).
      const shown = /^[\s,;(-]*/.exec(text.slice(removal.start, removal.end))![0].length
      const trail = /[\s,;)-]*$/.exec(text.slice(removal.start, removal.end))![0].length
      out.push({
        start: removal.start + shown,
        end: Math.max(removal.start + shown, removal.end - trail),
        message: say("message"),
        fixes: [fix.remove(say("fix.remove"), removal)]
      })
    }
    let previousStudent = false
    let previousPlans = false
    // "Tips for a student with dyscalculia? Dylan in my class is…": a detail about "a student",
    // waiting to see whether the next sentence names the child.
    let pending: { seg: { start: number; end: number; text: string }; facts: Facts } | null = null
    for (const seg of sentences({ start: 0, end: text.length, text })) {
      const facts = memo(settings, seg.text, () => describe(seg.text))
      if (pending && facts.opensWithName) report(pending.seg, pending.facts)
      const tied = facts.student || (previousStudent && (facts.pronoun || facts.short))
      if (tied && facts.details.length) report(seg, facts)
      // "Writing IEPs all weekend. Liam's alone is 14 pages.": the name stands for its own plan.
      else if (previousPlans && facts.ellipsis) report(seg, { ...facts, details: [facts.ellipsis] })
      // No family found a detail: the sentence model may still read special education in a
      // sentence about the student (sentence-model.ts; same gate as in its cross-validation).
      else if (
        (facts.student || (previousStudent && facts.refersBack)) &&
        sentenceModels.on &&
        modelMemo(
          settings,
          seg.text,
          () => mentionsSupport(seg.text) && specialEdScore(seg.text) >= THRESHOLD
        )
      )
        report(seg, null)
      pending = !tied && facts.indefinite ? { seg, facts } : null
      // A sentence about a named student lets the next sentence's "he" or "she" refer back,
      // and the chain goes on while each sentence still speaks of him or her.
      previousStudent = facts.student || (previousStudent && facts.refersBack)
      previousPlans = facts.plans
    }
    return out
  }
})
