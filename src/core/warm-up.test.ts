import { defaultCheckSettings } from "../settings/defaults"
import { check } from "./checker"
import { builtinRules } from "./rules/registry"
import { warmUpTexts } from "./warm-up"

const found = (text: string): string[] =>
  check({ text }, defaultCheckSettings).findings.map((f) => f.rule)

describe("warm-up sentences", () => {
  // A sample its own rule does not find would not run the rule's long patterns.
  const samples = builtinRules.flatMap((rule) =>
    (rule.warmUp ?? []).map((text) => [rule.id, text] as const)
  )

  test("a rule without samples finds nothing in posts under the default settings", () => {
    // The exceptions are rules about the whole post, and rules that read lists from the
    // settings (none by default): the others must bring samples.
    for (const rule of builtinRules.filter((r) => !r.warmUp && !r.aboutWholePost))
      for (const [, text] of samples)
        expect([
          rule.id,
          rule.check({ text, draft: { text }, settings: defaultCheckSettings })
        ]).toEqual([rule.id, []])
  })

  test.each(samples)("%s finds something in: %s", (id, text) => {
    for (const variant of warmUpTexts([{ warmUp: [text] }])) expect(found(variant)).toContain(id)
  })

  test("each sample comes once in one-byte form and once with a wider character", () => {
    const texts = warmUpTexts([{ warmUp: ["a"] }, { warmUp: ["b"] }, {}])
    expect(texts.slice(0, 2)).toEqual(["a", "b"])
    expect(texts.slice(2).every((t) => [...t].some((c) => c.charCodeAt(0) > 0xff))).toBe(true)
    expect(texts).toHaveLength(4)
  })
})
