import type { Finding } from "../core/types"
import { planFix } from "./fix-plan"

const base: Finding = {
  rule: "student-full-name",
  title: "Student’s full name",
  start: 6,
  end: 16,
  severity: "warn",
  message: "m",
  policyRef: { clause: "c", quote: "q" },
  fixes: [],
  match: "Emma Jones"
}
const draft = "Go to Emma Jones now"

describe("planFix", () => {
  test.each([
    ["replace the finding", { label: "first", replacement: "Emma" }, "Go to Emma now"],
    [
      "replace a given range",
      { label: "x", replacement: "", range: { start: 10, end: 16 } },
      "Go to Emma now"
    ],
    [
      "append at the end",
      { label: "d", insert: { at: draft.length, text: "\n\nViews are my own." } },
      `${draft}\n\nViews are my own.`
    ],
    ["insert past the end clamps", { label: "d", insert: { at: 999, text: "!" } }, `${draft}!`]
  ])("%s", (_n, fix, expected) => {
    expect(planFix(draft, base, fix)?.expected).toBe(expected)
  })

  test("advice and empty fixes plan nothing", () => {
    expect(planFix(draft, base, { label: "Post later", advice: true })).toBeNull()
    expect(planFix(draft, base, { label: "nothing" })).toBeNull()
  })

  test("a range outside the draft plans nothing", () => {
    expect(planFix("short", base, { label: "x", replacement: "y" })).toBeNull()
  })
})
