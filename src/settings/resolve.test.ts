import { defaultSettings } from "./defaults"
import { isLocked, resolve, type Resolved } from "./resolve"
import { LIMITS, settingsSchema } from "./schema"

const D = defaultSettings

function run(user: unknown, managed?: unknown): Resolved {
  const r = resolve(D, user, managed)
  // Whatever came in, what comes out is valid settings.
  expect(settingsSchema.safeParse(r.effective).success).toBe(true)
  return r
}

const messages = (r: Resolved) => r.problems.map((p) => p.message)
const keys = (r: Resolved) => r.problems.map((p) => `${p.source}:${p.key}`)

const rule = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  words: ["bus"],
  message: "Bus numbers help strangers find the class.",
  severity: "warn",
  ...extra
})

describe("resolve: nothing set", () => {
  test.each([
    ["undefined", undefined],
    ["an empty object", {}]
  ])("%s gives the defaults, no locks, no problems", (_label, input) => {
    const r = run(input, input)
    expect(r.effective).toEqual(D)
    expect(r.locks).toEqual([])
    expect(r.problems).toEqual([])
  })

  test("the effective settings are a copy: changing them leaves the defaults alone", () => {
    const r = run({})
    r.effective.divisionNames.push("changed")
    r.effective.rules["student-full-name"].enabled = false
    expect(D.divisionNames).not.toContain("changed")
    expect(D.rules["student-full-name"].enabled).toBe(true)
  })
})

describe("resolve: precedence and locks", () => {
  test("managed > user > defaults, key by key", () => {
    const r = run(
      { disclaimerText: "Mine.", schools: ["Room 12 School"] },
      { disclaimerText: "The division's." }
    )
    expect(r.effective.disclaimerText).toBe("The division's.")
    expect(r.effective.schools).toEqual(["Room 12 School"])
    expect(r.effective.divisionNames).toEqual(D.divisionNames)
    expect(r.locks).toEqual(["disclaimerText"])
    expect(r.problems).toEqual([])
  })

  test("rules merge per rule and per field; only the fields policy sets are locked", () => {
    const r = run(
      {
        rules: {
          "student-full-name": { enabled: false, severity: "info" },
          "field-trip-details": { enabled: false }
        }
      },
      { rules: { "student-full-name": { severity: "block" } } }
    )
    expect(r.effective.rules["student-full-name"]).toEqual({ enabled: false, severity: "block" })
    expect(r.effective.rules["field-trip-details"]).toEqual({ enabled: false, severity: "warn" })
    expect(r.effective.rules["missing-disclaimer"]).toEqual(D.rules["missing-disclaimer"])
    expect(r.locks).toEqual(["rules.student-full-name.severity"])
  })

  test("sites, ocr and enforcement merge per field", () => {
    const r = run(
      { sites: { x: false }, ocr: { enabled: false }, enforcement: { allowPause: false } },
      { sites: { facebook: false }, enforcement: { postAnyway: { "non-disclosure-name": false } } }
    )
    expect(r.effective.sites).toEqual({ facebook: false, instagram: true, x: false })
    expect(r.effective.ocr).toEqual({ enabled: false })
    expect(r.effective.enforcement.allowPause).toBe(false)
    expect(r.effective.enforcement.postAnyway["non-disclosure-name"]).toBe(false)
    expect(r.effective.enforcement.postAnyway["student-full-name"]).toBe(true)
    expect(r.locks).toEqual(["enforcement.postAnyway.non-disclosure-name", "sites.facebook"])
  })

  test("lists replace the lower layer as a whole (no silent union)", () => {
    const r = run({ nonDisclosureNames: ["Ann Lee"] }, { nonDisclosureNames: ["Bo Diaz"] })
    expect(r.effective.nonDisclosureNames).toEqual(["Bo Diaz"])
    expect(r.locks).toEqual(["nonDisclosureNames"])
  })

  test("an empty list set by policy is a real value (and locked)", () => {
    const r = run({ allowList: ["Mr Smith"] }, { allowList: [] })
    expect(r.effective.allowList).toEqual([])
    expect(r.locks).toEqual(["allowList"])
  })

  test("policy citations are taken whole, per rule", () => {
    const ref = { clause: "Policy 7.2", quote: "Only first names of students are published." }
    const r = run({}, { policyRefs: { "student-full-name": ref } })
    expect(r.effective.policyRefs["student-full-name"]).toEqual(ref)
    expect(r.effective.policyRefs["field-trip-details"]).toBeUndefined()
    expect(r.locks).toEqual(["policyRefs.student-full-name"])
  })

  test("isLocked covers children of a locked path", () => {
    const locks = ["customRules", "rules.student-full-name.severity"]
    expect(isLocked(locks, "customRules")).toBe(true)
    expect(isLocked(locks, "customRules[2]")).toBe(true)
    expect(isLocked(locks, "rules.student-full-name.severity")).toBe(true)
    expect(isLocked(locks, "rules.student-full-name.enabled")).toBe(false)
    expect(isLocked(locks, "customRulesExtra")).toBe(false)
  })
})

describe("resolve: wrong types, key by key", () => {
  test("the brief's example message, word for word", () => {
    const r = run({}, { disclaimerText: 42 })
    expect(messages(r)).toEqual([
      'Division policy: "disclaimerText" must be text (got a number); using the default.'
    ])
    expect(r.effective.disclaimerText).toBe(D.disclaimerText)
    expect(r.locks).toEqual([])
  })

  test.each([
    ["divisionNames", "PWSD", '"divisionNames" must be a list (got text)'],
    ["schools", { a: 1 }, '"schools" must be a list (got a group of settings)'],
    ["officialAccounts", 3, '"officialAccounts" must be a list (got a number)'],
    ["disclaimerPhrases", true, '"disclaimerPhrases" must be a list (got true)'],
    ["disclaimerText", ["a"], '"disclaimerText" must be text (got a list)'],
    ["disclaimerText", "   ", '"disclaimerText" must not be empty'],
    ["consentedNames", null, '"consentedNames" must be a list (got nothing (null))'],
    ["nonDisclosureNames", "Ann Lee", '"nonDisclosureNames" must be a list (got text)'],
    ["allowList", 0, '"allowList" must be a list (got a number)'],
    ["customRules", {}, '"customRules" must be a list (got a group of settings)'],
    ["rules", [], '"rules" must be a group of settings (an object), not a list'],
    ["policyRefs", "AP 144", '"policyRefs" must be a group of settings (an object), not text'],
    ["sites", null, '"sites" must be a group of settings (an object), not nothing (null)'],
    ["ocr", true, '"ocr" must be a group of settings (an object), not true'],
    ["enforcement", 1, '"enforcement" must be a group of settings (an object), not a number']
  ])("%s = %p is refused: %s", (key, value, fragment) => {
    for (const [user, managed, label] of [
      [{ [key]: value }, undefined, "Your settings"],
      [undefined, { [key]: value }, "Division policy"]
    ] as const) {
      const r = run(user, managed)
      expect(r.problems).toHaveLength(1)
      expect(r.problems[0]!.level).toBe("error")
      expect(r.problems[0]!.key).toBe(key)
      expect(r.problems[0]!.message.startsWith(`${label}: ${fragment}`)).toBe(true)
      expect(r.effective).toEqual(D)
      expect(r.locks).toEqual([])
    }
  })

  test.each([
    [{ sites: { facebook: "yes" } }, "sites.facebook", "must be true or false (got text)"],
    [{ ocr: { enabled: 1 } }, "ocr.enabled", "must be true or false (got a number)"],
    [{ enforcement: { allowPause: "no" } }, "enforcement.allowPause", "must be true or false"],
    [
      { enforcement: { postAnyway: { customRules: null } } },
      "enforcement.postAnyway.customRules",
      "must be true or false (got nothing (null))"
    ],
    [
      { rules: { "student-full-name": { severity: "high" } } },
      "rules.student-full-name.severity",
      'must be one of info, warn, block (got "high")'
    ],
    [
      { rules: { "student-full-name": { enabled: "false" } } },
      "rules.student-full-name.enabled",
      "must be true or false (got text)"
    ],
    [
      { rules: { "student-full-name": "off" } },
      "rules.student-full-name",
      "must be a group of settings (an object), not text"
    ],
    [
      { policyRefs: { "student-full-name": { clause: "AP 9" } } },
      "policyRefs.student-full-name",
      '"quote" is missing'
    ]
  ])("nested bad value %j is reported at %s", (managed, key, fragment) => {
    const r = run({}, managed)
    expect(keys(r)).toEqual([`managed:${key}`])
    expect(r.problems[0]!.message).toContain(fragment)
    expect(r.effective).toEqual(D)
  })

  test("over-long text is refused, with the limit", () => {
    const r = run({ disclaimerText: "x".repeat(LIMITS.textLength + 1) })
    expect(messages(r)).toEqual([
      `Your settings: "disclaimerText" is too long (at most ${LIMITS.textLength} characters); using the default.`
    ])
    const p = run({ customRules: [rule("r1", { pattern: "x".repeat(LIMITS.patternLength + 1) })] })
    expect(messages(p)[0]).toContain(
      `"pattern" is too long (at most ${LIMITS.patternLength} characters)`
    )
  })

  test("a bad policy value falls back to the teacher's value, unlocked, and says so", () => {
    const r = run({ disclaimerText: "Mine." }, { disclaimerText: false })
    expect(r.effective.disclaimerText).toBe("Mine.")
    expect(r.locks).toEqual([])
    expect(messages(r)).toEqual([
      'Division policy: "disclaimerText" must be text (got false); using your own setting.'
    ])
  })

  test("a bad teacher value under a good policy value is reported, policy applies", () => {
    const r = run({ disclaimerText: 7 }, { disclaimerText: "Division." })
    expect(r.effective.disclaimerText).toBe("Division.")
    expect(messages(r)).toEqual([
      `Your settings: "disclaimerText" must be text (got a number); the division policy's value applies anyway.`
    ])
  })

  test("one bad key never discards the others", () => {
    const r = run(
      {},
      {
        disclaimerText: 1,
        schools: ["Park West High"],
        rules: { "student-full-name": { enabled: "x", severity: "block" } }
      }
    )
    expect(r.effective.schools).toEqual(["Park West High"])
    expect(r.effective.rules["student-full-name"]).toEqual({ enabled: true, severity: "block" })
    expect(r.locks).toEqual(["rules.student-full-name.severity", "schools"])
    expect(keys(r)).toEqual(["managed:disclaimerText", "managed:rules.student-full-name.enabled"])
  })
})

describe("resolve: lists", () => {
  test("bad items are dropped one by one and reported with their position", () => {
    const r = run({ divisionNames: ["PWSD", 3, "", null, "  Park West  "] })
    expect(r.effective.divisionNames).toEqual(["PWSD", "Park West"])
    expect(keys(r)).toEqual([
      "user:divisionNames[1]",
      "user:divisionNames[2]",
      "user:divisionNames[3]"
    ])
    expect(messages(r)).toEqual([
      'Your settings: "divisionNames" item 2 must be text (got a number); this item is ignored.',
      'Your settings: "divisionNames" item 3 must not be empty; this item is ignored.',
      'Your settings: "divisionNames" item 4 must be text (got nothing (null)); this item is ignored.'
    ])
  })

  test("a list whose every item is bad counts as a bad value (a typo must not wipe the list)", () => {
    const r = run({}, { divisionNames: [1, 2] })
    expect(r.effective.divisionNames).toEqual(D.divisionNames)
    expect(r.locks).toEqual([])
    expect(messages(r).at(-1)).toBe(
      'Division policy: "divisionNames" has no usable item; using the default.'
    )
  })

  test("huge lists are cut to the limit, in order, and reported once", () => {
    const names = Array.from({ length: LIMITS.studentNames + 500 }, (_, i) => `Student ${i}`)
    const r = run({}, { nonDisclosureNames: names })
    expect(r.effective.nonDisclosureNames).toHaveLength(LIMITS.studentNames)
    expect(r.effective.nonDisclosureNames[0]).toBe("Student 0")
    expect(messages(r)).toEqual([
      `Division policy: "nonDisclosureNames" has ${LIMITS.studentNames + 500} items; only the first ${LIMITS.studentNames} are used.`
    ])
    expect(r.locks).toEqual(["nonDisclosureNames"])
  })

  test("a huge list of junk is handled without checking every item", () => {
    const r = run({ schools: new Array(1_000_000).fill(0) })
    expect(r.effective.schools).toEqual(D.schools)
    expect(r.problems.length).toBeLessThan(LIMITS.names + 5)
  })

  test("officialAccounts: bad items dropped, good ones kept", () => {
    const r = run({
      officialAccounts: [
        { site: "facebook", handle: "@ParkWestSD" },
        { site: "myspace", handle: "pw" },
        { site: "x" },
        "instagram:pw"
      ]
    })
    expect(r.effective.officialAccounts).toEqual([{ site: "facebook", handle: "@ParkWestSD" }])
    expect(messages(r)).toEqual([
      'Your settings: "officialAccounts" item 2: "site" must be one of facebook, instagram, x (got "myspace"); this account is ignored.',
      'Your settings: "officialAccounts" item 3: "handle" is missing; this account is ignored.',
      'Your settings: "officialAccounts" item 4 must be a group of settings (an object) (got text); this account is ignored.'
    ])
  })
})

describe("resolve: custom rules", () => {
  test("valid custom rules pass through", () => {
    const r = run({}, { customRules: [rule("no-bus"), rule("room", { pattern: "room \\d+" })] })
    expect(r.effective.customRules.map((c) => c.id)).toEqual(["no-bus", "room"])
    expect(r.problems).toEqual([])
    expect(r.locks).toEqual(["customRules"])
  })

  test("a pattern that does not compile is reported (the checker would skip it)", () => {
    const r = run({}, { customRules: [rule("ok"), rule("broken", { pattern: "(unclosed" })] })
    expect(r.effective.customRules.map((c) => c.id)).toEqual(["ok"])
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]).toMatchObject({
      source: "managed",
      key: "customRules[1]",
      level: "error"
    })
    expect(r.problems[0]!.message).toMatch(
      /^Division policy: custom rule "broken" \("customRules" item 2\): the pattern is not a valid regular expression \(.+\); this rule is ignored\.$/
    )
  })

  test.each([
    [{ severity: "high" }, '"severity" must be one of info, warn, block (got "high")'],
    [{ severity: undefined }, '"severity" is missing'],
    [{ message: "" }, '"message" must not be empty'],
    [{ words: [] }, "it has neither a pattern nor any words"],
    [{ words: "bus" }, '"words" must be a list (got text)'],
    [{ enabled: "yes" }, '"enabled" must be true or false (got text)'],
    [{ pattern: "" }, '"pattern" must not be empty']
  ])("custom rule with %p: %s", (extra, fragment) => {
    const r = run({ customRules: [rule("r1", extra)] })
    expect(r.effective.customRules).toEqual([])
    expect(r.problems[0]!.message).toContain(fragment)
  })

  test.each(["Bad Id", "-lead", "a--b", "custom:x", "x".repeat(41), 5])(
    "id %p is refused",
    (id) => {
      const r = run({ customRules: [rule("fine"), { ...rule("x"), id }] })
      expect(r.effective.customRules.map((c) => c.id)).toEqual(["fine"])
      expect(r.problems[0]!.key).toBe("customRules[1]")
    }
  )

  test("duplicate ids: the first wins, the second is reported", () => {
    const r = run({ customRules: [rule("a"), rule("a", { words: ["van"] })] })
    expect(r.effective.customRules).toEqual([rule("a")])
    expect(messages(r)).toEqual([
      'Your settings: custom rule "a" ("customRules" item 2): another custom rule already uses the id "a"; this rule is ignored.'
    ])
  })

  test("unknown fields inside a custom rule are reported as info and stripped", () => {
    const r = run({ customRules: [rule("a", { flags: "g" })] })
    expect(r.effective.customRules).toEqual([rule("a")])
    expect(r.problems).toEqual([
      expect.objectContaining({ key: "customRules[0].flags", level: "info" })
    ])
  })
})

describe("resolve: unknown keys and rule ids", () => {
  test("unknown keys are info, ignored, with a spelling hint when there is one", () => {
    const r = run({ colour: "blue", division_names: ["X"] })
    expect(r.effective).toEqual(D)
    expect(r.problems.map((p) => [p.level, p.message])).toEqual([
      ["info", 'Your settings: "colour" is not a setting this extension knows; it is ignored.'],
      [
        "info",
        'Your settings: "division_names" is not a setting this extension knows (did you mean "divisionNames"?); it is ignored.'
      ]
    ])
  })

  test("a rule id that does not exist is info; the known rules are listed", () => {
    const r = run({}, { rules: { "student-names": { enabled: false } } })
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]).toMatchObject({ level: "info", key: "rules.student-names" })
    expect(r.problems[0]!.message).toContain("there is no built-in check with that id")
    expect(r.problems[0]!.message).toContain("student-full-name")
    expect(r.effective.rules).toEqual(D.rules)
  })

  test("custom rule switches belong in customRules", () => {
    const r = run({ rules: { "custom:no-bus": { enabled: false } } })
    expect(r.problems[0]!.message).toContain('"enabled" inside "customRules"')
  })

  test("unknown fields in nested objects are info too", () => {
    const r = run({ sites: { tiktok: true }, enforcement: { postAnyway: { bogus: false } } })
    expect(keys(r)).toEqual(["user:sites.tiktok", "user:enforcement.postAnyway.bogus"])
    expect(r.problems.every((p) => p.level === "info")).toBe(true)
  })

  test("schemaVersion: the teacher's is silent, policy's is info; the defaults' value wins", () => {
    const r = run({ schemaVersion: 99 }, { schemaVersion: 3 })
    expect(r.effective.schemaVersion).toBe(D.schemaVersion)
    expect(r.problems).toEqual([expect.objectContaining({ source: "managed", level: "info" })])
  })

  test("partial rule objects fill the rest from the layer below", () => {
    const r = run({ rules: { "field-trip-details": {} } }, { rules: { "field-trip-details": {} } })
    expect(r.effective.rules).toEqual(D.rules)
    expect(r.locks).toEqual([])
  })
})

describe("resolve: whole inputs that are not objects", () => {
  test.each([
    ["text", "divisionNames=PWSD", "text"],
    ["null", null, "nothing (null)"],
    ["a list", [{ disclaimerText: "x" }], "a list"],
    ["a number", 12, "a number"],
    ["a boolean", true, "true"]
  ])("managed policy that is %s: one problem, policy ignored", (_label, managed, what) => {
    const r = run({ disclaimerText: "Mine." }, managed)
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]).toMatchObject({ source: "managed", key: "", level: "error" })
    expect(r.problems[0]!.message).toBe(
      `The division policy must be a group of settings (a JSON object), but it is ${what}; it is ignored.`
    )
    expect(r.effective.disclaimerText).toBe("Mine.")
  })

  test.each([
    ["text", "{}"],
    ["null", null],
    ["a list", []],
    ["a number", 0]
  ])("teacher settings that are %s: one problem, defaults", (_label, user) => {
    const r = run(user)
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]).toMatchObject({ source: "user", key: "" })
    expect(r.problems[0]!.message).toMatch(/^Your saved settings must be a group of settings/)
    expect(r.effective).toEqual(D)
  })
})

describe("resolve: Google Admin console format", () => {
  test('top-level {"Value": x} wrappers are unwrapped and locked like plain values', () => {
    const r = run(
      { schools: ["Mine"] },
      {
        disclaimerText: { Value: "Division text." },
        schools: { Value: ["Park West High"] },
        rules: { Value: { "student-full-name": { severity: "block" } } },
        sites: { facebook: false }
      }
    )
    expect(r.effective.disclaimerText).toBe("Division text.")
    expect(r.effective.schools).toEqual(["Park West High"])
    expect(r.effective.rules["student-full-name"].severity).toBe("block")
    expect(r.effective.sites.facebook).toBe(false)
    expect(r.locks).toEqual([
      "disclaimerText",
      "rules.student-full-name.severity",
      "schools",
      "sites.facebook"
    ])
    expect(r.problems).toEqual([])
  })

  test("a wrapped bad value is reported like an unwrapped one", () => {
    const r = run({}, { disclaimerText: { Value: 3 } })
    expect(messages(r)).toEqual([
      'Division policy: "disclaimerText" must be text (got a number); using the default.'
    ])
  })

  test("only the top level is unwrapped (a nested Value is a plain unknown key)", () => {
    const r = run({}, { sites: { facebook: { Value: false } } })
    expect(r.effective.sites.facebook).toBe(true)
    expect(keys(r)).toEqual(["managed:sites.facebook"])
  })
})

describe("resolve: never throws", () => {
  test("a throwing getter gives the defaults and one problem", () => {
    const hostile = {}
    Object.defineProperty(hostile, "disclaimerText", {
      enumerable: true,
      get() {
        throw new Error("boom")
      }
    })
    const r = resolve(D, hostile, undefined)
    expect(r.effective).toEqual(D)
    expect(r.problems.at(-1)!.message).toMatch(/could not be read/)
  })

  test("__proto__ keys from JSON do not pollute anything", () => {
    const r = run(JSON.parse('{"__proto__": {"polluted": true}, "schools": ["A"]}'))
    expect(r.effective.schools).toEqual(["A"])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
