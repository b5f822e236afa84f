import * as z from "zod"
import { createChecker } from "../../src/core/checker"
import { toCheckSettings } from "../../src/settings/check-settings"
import { defaultSettings } from "../../src/settings/defaults"
import { resolve, type Resolved } from "../../src/settings/resolve"
import { LIMITS, settingsSchema } from "../../src/settings/schema"

/**
 * Every setting, at every level the resolver merges, given a hostile value
 * (wrong type, empty, null, 1 MB of text, 100,000 items) by the teacher's
 * storage and by policy. `resolve` must not throw, the bad key must fall back to
 * its default with a problem naming it, and a good key beside it must survive.
 */

const MEGABYTE = "x".repeat(1024 * 1024)
const HUGE_JUNK_LIST = new Array<number>(100_000).fill(7)

const HOSTILE: [string, unknown][] = [
  ["null", null],
  ["empty text", ""],
  ["a number", 42],
  ["true", true],
  ["an empty list", []],
  ["an empty object", {}],
  ["a list of text", ["x"]],
  ["1 MB of text", MEGABYTE],
  ["100,000 junk items", HUGE_JUNK_LIST],
  ["an object of junk", { a: MEGABYTE }]
]

/** Leaf settings as the resolver sees them: fields of objects merged field by field. */
function leaves(schema: z.ZodObject, path: string[] = []): { path: string[]; schema: z.ZodType }[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
    if (path.length === 0 && key === "schemaVersion") return [] // owned by migrate.ts
    const inner = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field
    if (inner instanceof z.ZodObject && inner.meta()?.merge !== "whole")
      return leaves(inner, [...path, key])
    return [{ path: [...path, key], schema: field }]
  })
}

function nest(path: string[], value: unknown): Record<string, unknown> {
  return path.reduceRight<unknown>((v, key) => ({ [key]: v }), value) as Record<string, unknown>
}

function at(root: unknown, path: string[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], root)
}

const GOOD = { disclaimerText: "Views are mine alone." }

const cases = leaves(settingsSchema).flatMap((leaf) =>
  HOSTILE.filter(([, value]) => !leaf.schema.safeParse(value).success).map(
    ([label, value]) => [leaf.path.join("."), label, leaf, value] as const
  )
)

test("the walk covers every setting, nested ones included", () => {
  const keys = new Set(cases.map(([dotted]) => dotted))
  expect(keys.size).toBeGreaterThan(30)
  for (const k of ["divisionNames", "customRules", "rules.student-full-name.severity", "sites.x"])
    expect(keys).toContain(k)
  expect(keys).toContain("enforcement.postAnyway.customRules")
  expect(keys).toContain("policyRefs.missing-disclaimer")
})

describe.each(["user", "managed"] as const)("%s layer", (source) => {
  test.each(cases)("%s given %s", (dotted, _label, leaf, value) => {
    const layer = { ...nest(leaf.path, value), ...(dotted === "disclaimerText" ? {} : GOOD) }
    let r: Resolved | undefined
    expect(() => {
      r =
        source === "user"
          ? resolve(defaultSettings, layer, undefined)
          : resolve(defaultSettings, undefined, layer)
    }).not.toThrow()
    const { effective, problems, locks } = r!
    expect(settingsSchema.safeParse(effective).success).toBe(true)
    // The bad key falls back to its default …
    expect(at(effective, leaf.path)).toEqual(at(defaultSettings, leaf.path))
    expect(locks).not.toContain(dotted)
    // … with a problem that names it (and never echoes a huge value) …
    expect(problems.filter((p) => p.key === dotted && p.level === "error")).not.toHaveLength(0)
    for (const p of problems) {
      expect(p.source).toBe(source)
      expect(p.message.length).toBeLessThan(1000)
    }
    // … and the good key beside it survives.
    if (dotted !== "disclaimerText") expect(effective.disclaimerText).toBe(GOOD.disclaimerText)
  })
})

describe("huge lists of good items are cut to their limit, key by key", () => {
  test.each([
    ["divisionNames", LIMITS.names],
    ["schools", LIMITS.names],
    ["disclaimerPhrases", LIMITS.phrases],
    ["consentedNames", LIMITS.studentNames],
    ["nonDisclosureNames", LIMITS.studentNames],
    ["allowList", LIMITS.studentNames]
  ] as const)("%s with 100,000 items", (key, limit) => {
    const items = Array.from({ length: 100_000 }, (_, i) => `Item ${i}`)
    const r = resolve(defaultSettings, undefined, { [key]: items, ...GOOD })
    expect(r.effective[key]).toEqual(items.slice(0, limit))
    expect(r.problems).toEqual([
      expect.objectContaining({ key, message: expect.stringContaining("only the first") })
    ])
    expect(r.locks).toEqual(["disclaimerText", key].sort())
  })

  test("customRules: 100,000 rules, and one rule with 1 MB and 100,000-word fields", () => {
    const rule = (id: string, extra: object = {}) => ({
      id,
      message: "Division rule.",
      severity: "warn",
      pattern: "bus \\d+",
      ...extra
    })
    const many = Array.from({ length: 100_000 }, (_, i) => rule(`r${i}`))
    const r1 = resolve(defaultSettings, { customRules: many }, undefined)
    expect(r1.effective.customRules).toHaveLength(LIMITS.customRules)

    const r2 = resolve(
      defaultSettings,
      {
        customRules: [
          rule("ok"),
          rule("big-pattern", { pattern: MEGABYTE }),
          rule("many-words", { pattern: undefined, words: new Array(100_000).fill("bus") }),
          rule("big-message", { message: MEGABYTE }),
          rule("big-id", { id: MEGABYTE })
        ]
      },
      undefined
    )
    expect(r2.effective.customRules.map((c) => c.id)).toEqual(["ok"])
    expect(r2.problems.map((p) => p.key)).toEqual([
      "customRules[1]",
      "customRules[2]",
      "customRules[3]",
      "customRules[4]"
    ])
    for (const p of r2.problems) expect(p.message.length).toBeLessThan(1000)
  })
})

describe("custom patterns that could freeze the check", () => {
  const rule = (id: string, pattern: string) => ({
    id,
    message: "Division rule.",
    severity: "warn",
    pattern
  })

  test("policy: the rule is refused key by key with the reason; the checker runs without it", () => {
    const managed = {
      customRules: [
        rule("bus", "\\bbus\\s*#?\\d+"),
        rule("nested", "(a+)+$"),
        rule("overlap", "(\\w|\\d)+!"),
        rule("backref", "(\\w+) \\1"),
        rule("slow", "\\s*\\s*\\s*x")
      ]
    }
    let r: Resolved | undefined
    expect(() => (r = resolve(defaultSettings, undefined, managed))).not.toThrow()
    expect(r!.effective.customRules.map((c) => c.id)).toEqual(["bus"])
    const byKey = Object.fromEntries(r!.problems.map((p) => [p.key, p.message]))
    expect(byKey["customRules[1]"]).toMatch(
      /^Division policy: custom rule "nested" \("customRules" item 2\): in "\(a\+\)\+", a repeated part contains another open-ended repeat .*; this rule is ignored\.$/
    )
    expect(byKey["customRules[2]"]).toMatch(/choices that can match the same text/)
    expect(byKey["customRules[3]"]).toMatch(/refers back to an earlier group/)
    expect(byKey["customRules[4]"]).toMatch(/two open-ended repeats/)

    const checker = createChecker(toCheckSettings(r!.effective))
    expect(checker.problems).toEqual([])
    const text = `Bus 12 leaves ${"a".repeat(50_000)}!`
    expect(checker.check({ text }).findings.filter((f) => f.rule === "custom:bus")).toHaveLength(1)
  })
})
