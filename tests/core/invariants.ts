import type { CheckResult, Draft, Finding } from "../../src/core/types"
import { planFix } from "../../src/page/fix-plan"

/**
 * What must hold for any check result, whatever the text: ranges inside the text
 * they point into, whole characters, `match` equal to what the teacher wrote, and
 * fixes that apply. Returns the broken promises (empty = all kept), so a failing
 * property prints every problem at once.
 */

const isHigh = (s: string, i: number) => /[\uD800-\uDBFF]/.test(s[i] ?? "")
const isLow = (s: string, i: number) => /[\uDC00-\uDFFF]/.test(s[i] ?? "")
/** True when offset `i` falls between the two halves of a surrogate pair. */
export const splitsPair = (s: string, i: number) => i > 0 && isHigh(s, i - 1) && isLow(s, i)

function sourceText(draft: Draft, f: Finding): string {
  return f.source?.kind === "image" ? draft.attachments![f.source.index]!.text! : draft.text
}

export function brokenInvariants(draft: Draft, result: CheckResult): string[] {
  const bad: string[] = []
  const say = (f: Finding, what: string) => bad.push(`${f.rule} [${f.start}, ${f.end}): ${what}`)
  for (const f of result.findings) {
    const text = sourceText(draft, f)
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end))) say(f, "offsets not integers")
    if (!(f.start >= 0 && f.start <= f.end && f.end <= text.length)) say(f, "range outside text")
    // Post-level findings (a photo is attached; the profile identifies staff) point at
    // nothing, at the end of the post; every other finding covers what it found.
    const postLevel = f.rule === "student-images" || f.rule === "missing-disclaimer"
    if (f.start === f.end && !(postLevel && f.end === text.length)) say(f, "empty range")
    if (splitsPair(text, f.start) || splitsPair(text, f.end)) say(f, "splits a surrogate pair")
    if (/^\p{M}/u.test(text.slice(f.start, f.start + 1))) say(f, "starts on a combining mark")
    if (f.end > f.start && /^\p{M}/u.test(text.slice(f.end))) say(f, "leaves its combining mark")
    if (f.match !== text.slice(f.start, f.end)) say(f, "match is not the original text")
    if (f.source?.kind === "image" && f.fixes.length > 0) say(f, "fix offered for photo text")
    for (const fix of f.fixes) {
      if (fix.advice) continue
      const r = fix.range ?? { start: f.start, end: f.end }
      if (fix.insert && !(fix.insert.at >= 0 && fix.insert.at <= text.length))
        say(f, "insert outside text")
      if (!fix.insert && !(r.start >= 0 && r.start <= r.end && r.end <= text.length))
        say(f, "fix range outside text")
      if (!fix.insert && (splitsPair(text, r.start) || splitsPair(text, r.end)))
        say(f, "fix splits a surrogate pair")
      const plan = planFix(text, f, fix)
      if (!plan || typeof plan.expected !== "string") say(f, `fix "${fix.label}" cannot apply`)
    }
  }
  return bad
}
