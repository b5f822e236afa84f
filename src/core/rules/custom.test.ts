import { defaultCheckSettings } from "../../settings/defaults"
import { createChecker } from "../checker"
import type { CheckSettings, CustomRule } from "../types"
import { compileCustomPattern, compileCustomRules } from "./custom"

/** Only the custom rules, so built-in findings never get in the way. */
function findings(rules: CustomRule[], text: string) {
  const off = { enabled: false, severity: "warn" as const }
  const settings: CheckSettings = {
    ...defaultCheckSettings,
    customRules: rules,
    rules: {
      "student-full-name": off,
      "non-disclosure-name": off,
      "field-trip-details": off,
      "missing-disclaimer": off
    }
  }
  return createChecker(settings)
    .check({ text })
    .findings.filter((f) => f.rule.startsWith("custom:"))
    .map((f) => ({ rule: f.rule, match: text.slice(f.start, f.end), start: f.start }))
}

const rule = (over: Partial<CustomRule>): CustomRule => ({
  id: "r",
  message: "Division rule hit",
  severity: "warn",
  ...over
})

describe("custom rules: patterns", () => {
  test.each([
    // [pattern, text, expected matches]
    ["\\bbus\\s?\\d+\\b", "Bus 12 and bus14 are late", ["Bus 12", "bus14"]],
    ["home address", "Send your HOME ADDRESS please", ["HOME ADDRESS"]],
    ["\\d{3}-\\d{4}", "Call 555-1234 or 555-9876", ["555-1234", "555-9876"]],
    ["café", "Meet at the Café", ["Café"]],
    ["don't", "Please don’t share", ["don’t"]],
    ["nothing-here", "Clean text", []]
  ])("pattern %p in %p", (pattern, text, expected) => {
    expect(findings([rule({ pattern })], text).map((f) => f.match)).toEqual(expected)
  })

  test("reports rule id, message, severity and exact range", () => {
    const settings = {
      ...defaultCheckSettings,
      customRules: [rule({ pattern: "secret", severity: "block" })]
    }
    const [f] = createChecker(settings).check({ text: "A secret plan" }).findings
    expect(f).toMatchObject({
      rule: "custom:r",
      start: 2,
      end: 8,
      severity: "block",
      message: "Division rule hit"
    })
    expect(f!.policyRef.clause).toBe("Division rule")
  })

  test("an invalid pattern is a settings problem, never a throw", () => {
    const checker = createChecker({
      ...defaultCheckSettings,
      customRules: [rule({ pattern: "(unclosed" })]
    })
    expect(checker.problems).toHaveLength(1)
    expect(checker.problems[0]!.key).toBe("customRules[0]")
    expect(checker.problems[0]!.message).toMatch(/not a valid regular expression/)
    expect(() => checker.check({ text: "(unclosed" })).not.toThrow()
    expect(checker.check({ text: "(unclosed" }).problems).toHaveLength(1)
  })

  test("a plain-JavaScript pattern that unicode mode rejects still works", () => {
    expect(typeof compileCustomPattern(rule({ pattern: "room\\:\\s?12" }))).not.toBe("string")
    expect(findings([rule({ pattern: "room\\:\\s?12" })], "Room: 12").map((f) => f.match)).toEqual([
      "Room: 12"
    ])
  })

  test.each(["", "q*", "(?:)", "\\b", "^"])(
    "empty matches (%p) neither hang nor report",
    (pattern) => {
      expect(findings([rule({ pattern })], "Some text here")).toEqual([])
    }
  )

  test("a pattern with both empty and real matches keeps the real ones", () => {
    expect(findings([rule({ pattern: "a*" })], "baaad a").map((f) => [f.match, f.start])).toEqual([
      ["aaa", 1],
      ["a", 6]
    ])
  })

  test("stops at 200 findings per rule", () => {
    expect(findings([rule({ pattern: "x" })], "x ".repeat(500))).toHaveLength(200)
  })
})

describe("custom rules: word lists", () => {
  test.each([
    // [words, text, expected matches]
    [["bus"], "The bus and the business bus.", ["bus", "bus"]],
    [["Bus"], "BUS bUs", ["BUS", "bUs"]],
    [["field trip"], "Field  trip and field\ntrip", ["Field  trip", "field\ntrip"]],
    [["lunch", "recess"], "Recess, then lunch!", ["Recess", "lunch"]],
    [["a.m."], "at 9 a.m. sharp", ["a.m."]],
    [["(c)"], "Copyright (c) 2024", ["(c)"]],
    [["Zoë"], "zoe and Zoë", ["zoe", "Zoë"]],
    [["  padded  ", ""], "a padded word", ["padded"]],
    [["cat"], "cats concatenate", []],
    [["trip"], "trip-planning", ["trip"]]
  ])("words %p in %p", (words, text, expected) => {
    expect(findings([rule({ words })], text).map((f) => f.match)).toEqual(expected)
  })

  test("a rule with neither pattern nor words is a problem", () => {
    const { rules, problems } = compileCustomRules([rule({ words: ["  "] }), rule({ id: "p" })])
    expect(rules).toHaveLength(0)
    expect(problems.map((p) => p.key)).toEqual(["customRules[0]", "customRules[1]"])
  })

  test("disabled rules are skipped, enabled ones keep their order and ids", () => {
    const { rules } = compileCustomRules([
      rule({ id: "a", words: ["x"], enabled: false }),
      rule({ id: "b", words: ["x"] }),
      rule({ id: "c", pattern: "x" })
    ])
    expect(rules.map((r) => r.id)).toEqual(["custom:b", "custom:c"])
  })

  test("several rules report separately; the settings toggle can turn one off", () => {
    const settings: CheckSettings = {
      ...defaultCheckSettings,
      customRules: [rule({ id: "a", words: ["x"] }), rule({ id: "b", words: ["x"] })],
      rules: { ...defaultCheckSettings.rules, "custom:b": { enabled: false, severity: "warn" } }
    }
    expect(
      createChecker(settings)
        .check({ text: "x" })
        .findings.filter((f) => f.rule.startsWith("custom:"))
        .map((f) => f.rule)
    ).toEqual(["custom:a"])
  })

  test("rules run on text read from images too, without fixes", () => {
    const settings = { ...defaultCheckSettings, customRules: [rule({ words: ["secret"] })] }
    const { findings: out } = createChecker(settings).check({
      text: "",
      attachments: [{ kind: "image", text: "a secret" }]
    })
    expect(out.filter((f) => f.rule === "custom:r")).toEqual([
      expect.objectContaining({ rule: "custom:r", start: 2, end: 8, fixes: [] })
    ])
  })
})
