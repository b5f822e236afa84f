import { describeFix, formatResult, markRange } from "../../src/cli/format"
import type { Finding } from "../../src/core/types"

const finding = (text: string, match: string, over: Partial<Finding> = {}): Finding => {
  const start = text.indexOf(match)
  return {
    rule: "student-full-name",
    title: "Student’s full name",
    start,
    end: start + match.length,
    severity: "warn",
    message: "A student's full name.",
    policyRef: { clause: "AP 144", quote: "Publish only the first name." },
    fixes: [
      {
        label: "Keep first name only",
        replacement: "Ann",
        range: { start, end: start + match.length }
      }
    ],
    match,
    ...over
  }
}

describe("markRange", () => {
  test("puts carets under the range on its own line", () => {
    const text = "Line one.\nCongrats to Ann Lee today!\nBye."
    const s = text.indexOf("Ann Lee")
    expect(markRange(text, s, s + 7)).toEqual([
      "  | Congrats to Ann Lee today!",
      "  |             ^^^^^^^"
    ])
  })

  test("counts accented letters as one column, composed or not", () => {
    const text = "Bravo Zoe\u0308 Lefèvre!"
    const s = text.indexOf("Lefèvre")
    expect(markRange(text, s, s + 7)[1]).toBe(`  | ${" ".repeat(10)}^^^^^^^`)
  })

  test("brackets the range when emoji would misalign carets", () => {
    const text = "🎉 Congrats Ann Lee!"
    const s = text.indexOf("Ann Lee")
    expect(markRange(text, s, s + 7)).toEqual(["  | 🎉 Congrats [[Ann Lee]]!"])
  })

  test("brackets a range that spans lines", () => {
    const text = "Trip!\nBus leaves at 7.\nBack at 3."
    const lines = markRange(text, 6, text.length)
    expect(lines.join("\n")).toContain("[[Bus leaves at 7.\n  | Back at 3.]]")
  })

  test("shows a window around the range in a long line", () => {
    const text = `${"x".repeat(200)} Ann Lee ${"y".repeat(200)}`
    const s = text.indexOf("Ann Lee")
    const [line, carets] = markRange(text, s, s + 7)
    expect(line!.startsWith("  | …")).toBe(true)
    expect(line!.endsWith("…")).toBe(true)
    expect(carets!.indexOf("^")).toBe(line!.indexOf("Ann Lee"))
  })
})

describe("formatResult", () => {
  test("no findings", () => {
    expect(formatResult({ findings: [], problems: [] }, "Hi")).toMatch(/^No findings/)
  })

  test("one finding shows rule, severity, message, clause and fix", () => {
    const text = "Congrats to Ann Lee!"
    const out = formatResult({ findings: [finding(text, "Ann Lee")], problems: [] }, text)
    expect(out).toContain("1 finding:")
    expect(out).toContain("1. student-full-name [warn] at 12–19")
    expect(out).toContain("^^^^^^^")
    expect(out).toContain("A student's full name.")
    expect(out).toContain("Policy: AP 144 — “Publish only the first name.”")
    expect(out).toContain('Fix: Keep first name only: "Ann Lee" → "Ann"')
  })

  test("settings problems are listed first", () => {
    const out = formatResult(
      { findings: [], problems: [{ key: "customRules[0]", message: "bad pattern" }] },
      "x"
    )
    expect(out.split("\n")[0]).toBe("Settings problem (customRules[0]): bad pattern")
  })
})

describe("describeFix", () => {
  test.each([
    [{ label: "Post after the trip", advice: true }, "Post after the trip (advice)"],
    [
      { label: "Add disclaimer", insert: { at: 2, text: " Views are my own." } },
      'Add disclaimer: append " Views are my own."'
    ],
    [{ label: "Remove", replacement: "", range: { start: 0, end: 2 } }, 'Remove: "Hi" → ""'],
    [{ label: "Just a label" }, "Just a label"]
  ])("%j", (fix, expected) => {
    expect(describeFix(fix, "Hi there")).toBe(expected)
  })
})
