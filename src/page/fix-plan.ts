import type { Finding, Fix } from "../core/types"

/**
 * What applying a fix means for the text, before touching any editor: the range
 * to replace and the text that should be there afterwards. Pure, so the result
 * the editor must show after a fix is known exactly.
 */
export interface FixPlan {
  start: number
  end: number
  text: string
  /** The whole draft as it must read afterwards. */
  expected: string
}

export function planFix(draft: string, finding: Finding, fix: Fix): FixPlan | null {
  if (fix.advice) return null
  if (fix.insert) {
    const at = Math.min(fix.insert.at, draft.length)
    return {
      start: at,
      end: at,
      text: fix.insert.text,
      expected: splice(draft, at, at, fix.insert.text)
    }
  }
  if (fix.replacement === undefined) return null
  const start = fix.range?.start ?? finding.start
  const end = fix.range?.end ?? finding.end
  if (start < 0 || end > draft.length || start > end) return null
  return { start, end, text: fix.replacement, expected: splice(draft, start, end, fix.replacement) }
}

function splice(s: string, start: number, end: number, text: string): string {
  return s.slice(0, start) + text + s.slice(end)
}

/** True when the plan still fits the draft (the finding was made on this exact text). */
export function planStillValid(checkedText: string, currentText: string): boolean {
  return checkedText === currentText
}
