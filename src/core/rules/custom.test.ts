import { defaultCheckSettings } from "../../settings/defaults"
import { createChecker } from "../checker"
import type { CheckSettings, CustomRule } from "../types"
import { CHUNK_MAX, chunksOf, compileCustomRule, compileCustomRules } from "./custom"

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
    expect(compileCustomRule(rule({ pattern: "room\\:\\s?12" }))).toHaveProperty("regex")
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

describe("custom rules: patterns that could freeze the check", () => {
  test.each([
    ["(a+)+$", /repeated part contains another open-ended repeat/],
    ["(a|ab)*c", /choices that can match the same text/],
    ["(a?a)+!", /more than one way/],
    ["\\s*\\s*\\s*x", /two open-ended repeats/],
    ["(\\w)\\1", /refers back to an earlier group/]
  ])("%p is refused as a settings problem with a clear reason", (pattern, reason) => {
    const checker = createChecker({
      ...defaultCheckSettings,
      customRules: [rule({ id: "slow", pattern })]
    })
    expect(checker.problems).toEqual([
      { key: "customRules[0]", message: expect.stringMatching(reason) }
    ])
    expect(checker.problems[0]!.message).toMatch(
      /^Custom rule "slow": in ".+"|^Custom rule "slow": the/
    )
    expect(checker.problems[0]!.duringCheck).toBeUndefined() // for the settings page only
    expect(checker.check({ text: `${"a".repeat(40)}!` }).findings).toEqual(
      createChecker(defaultCheckSettings).check({ text: `${"a".repeat(40)}!` }).findings
    )
  })

  test("the reasons are in French too", () => {
    const [p] = compileCustomRules([rule({ id: "lent", pattern: "(a+)+" })], "fr").problems
    expect(p!.message).toMatch(/^Règle personnalisée « lent » : dans « \(a\+\)\+ »/)
  })

  test("an over-long pattern is refused before it is compiled", () => {
    const c = compileCustomRule(rule({ pattern: "a".repeat(501) }))
    expect(c).toEqual({
      reason: expect.stringMatching(/longer than 500/),
      message: expect.any(String)
    })
  })
})

describe("custom rules: bounded chunks", () => {
  test("paragraphs are split at blank lines; a match may span the lines of one paragraph", () => {
    expect(chunksOf("a\nb\n\n c\n \n\nd")).toEqual([
      { start: 0, end: 3, keepBefore: 3 },
      { start: 6, end: 7, keepBefore: 7 },
      { start: 11, end: 12, keepBefore: 12 }
    ])
    const text = "field\ntrip\n\nfield\n\ntrip"
    expect(findings([rule({ pattern: "field\\s+trip" })], text).map((f) => f.start)).toEqual([0])
  })

  test("long paragraphs run in overlapping windows; every match is found once, in place", () => {
    const unit = "bus 12 and field trip to room 204. "
    const text = unit.repeat(200) // 7,000 characters, one paragraph
    const chunks = chunksOf(text)
    expect(chunks.length).toBeGreaterThan(7)
    for (const c of chunks) expect(c.end - c.start).toBeLessThanOrEqual(CHUNK_MAX)
    const found = findings([rule({ pattern: "field trip to room \\d+" })], text)
    expect(found).toHaveLength(200)
    found.forEach((f, i) => {
      expect(f.start).toBe(i * unit.length + 11)
      expect(f.match).toBe("field trip to room 204")
    })
  })

  test("ranges stay right in the original text after normalisation", () => {
    const text = `Caf\u00e9 \u201cbus\u201d\n\nZo\u00eb\u200b takes bus 7`
    const found = findings([rule({ pattern: "bus \\d" })], text)
    expect(found.map((f) => f.match)).toEqual(["bus 7"])
    expect(text.slice(found[0]!.start, found[0]!.start + 5)).toBe("bus 7")
  })

  test("a quadratic pattern the guard allows still finishes on 100,000 characters", () => {
    // A clock that never moves: the chunks alone must bound the work (under the
    // real clock a loaded test machine could trip the budget, which is fine there).
    const run = (pattern: string, text: string) => {
      const { rules } = compileCustomRules([rule({ pattern })], "en", { now: () => 0 })
      return rules[0]!.check({ text, draft: { text }, settings: defaultCheckSettings })
    }
    const text = "a".repeat(100_000)
    expect(run("a*b", text)).toEqual([])
    const [f] = run(".*secret", `${text} secret`)
    // `.*` reaches back to the start of its window, not of the paragraph.
    expect(f!.end).toBe(100_007)
    expect(f!.end - f!.start).toBeLessThanOrEqual(CHUNK_MAX)
  })
})

describe("custom rules: time budget", () => {
  /** A clock that jumps `step` ms each time it is read. */
  const clock = (step: number) => {
    let t = 0
    return () => (t += step)
  }
  const draft = (text: string) => ({ text })

  test("a rule slower than the budget sits out the rest of the check and is reported", () => {
    const { rules, problems } = compileCustomRules([rule({ id: "slow", pattern: "x" })], "en", {
      now: clock(100),
      budgetMs: 50
    })
    const [r] = rules
    const d = draft("x\n\nx")
    const run = (dr: { text: string }) =>
      r!.check({ text: dr.text, draft: dr, settings: defaultCheckSettings })
    expect(run(d)).toHaveLength(1) // the first paragraph's finding is kept
    expect(problems).toEqual([
      {
        key: "customRules[0]",
        message: expect.stringMatching(/"slow" took longer than 50 ms/),
        duringCheck: true // the site panel shows it: the check did not run on this post
      }
    ])
    expect(run(d)).toEqual([]) // same check (e.g. an attached image's text): skipped
    expect(run(draft("x"))).toHaveLength(1) // the next check tries again
    run(draft("x"))
    expect(run(draft("x"))).toEqual([]) // slow three times: off until the settings change
    expect(problems).toHaveLength(1)
  })

  test("the checker reports the slow rule in its results", () => {
    const { rules, problems } = compileCustomRules([rule({ pattern: "x" })], "fr", {
      now: clock(100)
    })
    rules[0]!.check({ text: "x", draft: draft("x"), settings: defaultCheckSettings })
    expect(problems[0]!.message).toMatch(/a pris plus de 50 ms/)
  })

  test("a fast rule is never reported", () => {
    const { rules, problems } = compileCustomRules([rule({ pattern: "x" })], "en", {
      now: clock(1)
    })
    expect(
      rules[0]!.check({ text: "x ".repeat(3000), draft: draft(""), settings: defaultCheckSettings })
    ).toHaveLength(200)
    expect(problems).toEqual([])
  })
})
