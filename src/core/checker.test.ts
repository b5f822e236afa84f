import { defaultCheckSettings } from "../settings/defaults"
import { createChecker } from "./checker"
import { defineMessages, defineRule, fix } from "./rule"
import type { CheckSettings } from "./types"

const words = defineMessages(
  { title: "Test", description: "test rule: flags the word 'secret'" },
  { title: "Test", description: "règle d’essai" }
)
const countingRule = (calls: string[]) =>
  defineRule({
    id: "student-full-name",
    messages: words,
    policyRef: { clause: "test", quote: "test" },
    defaultSeverity: "warn",
    scope: "sentence",
    check({ text }) {
      calls.push(text)
      const i = text.indexOf("secret")
      return i < 0
        ? []
        : [
            {
              start: i,
              end: i + 6,
              message: "found",
              fixes: [fix.keep("x", { start: i, end: i + 3 })]
            }
          ]
    }
  })

const settings = (over: Partial<CheckSettings> = {}): CheckSettings => ({
  ...defaultCheckSettings,
  ...over
})

describe("checker engine", () => {
  test("maps findings in normalised text back to original offsets", () => {
    const checker = createChecker(settings(), [countingRule([])])
    const text = "Hello\u200B there. A s\u200Becr\u00E9t!"
    const { findings } = checker.check({ text })
    expect(findings).toHaveLength(1)
    const f = findings[0]!
    expect(text.slice(f.start, f.end)).toBe("s\u200Becr\u00E9t")
    expect(f.match).toBe("s\u200Becr\u00E9t")
    expect(f.fixes[0]).toEqual({
      label: "x",
      replacement: "s\u200Bec",
      range: { start: f.start, end: f.end }
    })
  })

  test("re-checks only the sentence that changed", () => {
    const calls: string[] = []
    const checker = createChecker(settings(), [countingRule(calls)])
    const text = "First sentence. Second one here. Third secret."
    checker.check({ text })
    expect(calls).toHaveLength(3)
    calls.length = 0
    checker.check({ text: text.replace("Second", "Secand") })
    expect(calls).toEqual(["Secand one here."])
  })

  test("honours enabled and severity from settings", () => {
    const rule = countingRule([])
    const off = createChecker(
      settings({ rules: { [rule.id]: { enabled: false, severity: "warn" } } }),
      [rule]
    )
    expect(off.check({ text: "a secret" }).findings).toHaveLength(0)
    const block = createChecker(
      settings({ rules: { [rule.id]: { enabled: true, severity: "block" } } }),
      [rule]
    )
    expect(block.check({ text: "a secret" }).findings[0]!.severity).toBe("block")
  })

  test("checks text read from attached images, without fixes", () => {
    const checker = createChecker(settings(), [countingRule([])])
    const { findings } = checker.check({
      text: "",
      attachments: [{ kind: "image", name: "cert.png", text: "the secret" }]
    })
    expect(findings).toEqual([
      expect.objectContaining({
        start: 4,
        end: 10,
        fixes: [],
        source: { kind: "image", index: 0, name: "cert.png" }
      })
    ])
  })
})
