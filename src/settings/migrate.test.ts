import { defaultSettings } from "./defaults"
import { migrate, MIGRATIONS } from "./migrate"
import { resolve } from "./resolve"
import { SCHEMA_VERSION } from "./version"

/** The made-up v0 shape the first migration upgrades (see migrate.ts). */
const v0 = {
  nonDisclosure: ["Ann Lee", "Bo Diaz"],
  disabledRules: ["field-trip-details"],
  rules: { "student-full-name": { severity: "block" } },
  disclaimerText: "Mine.",
  schools: ["Park West High"]
}

describe("migrate", () => {
  test("v0 → current: renamed keys keep their values, nothing is lost", () => {
    const m = migrate(v0)
    expect(m.fromVersion).toBe(0)
    expect(m.version).toBe(SCHEMA_VERSION)
    expect(m.settings).toEqual({
      schemaVersion: SCHEMA_VERSION,
      nonDisclosureNames: ["Ann Lee", "Bo Diaz"],
      rules: {
        "student-full-name": { severity: "block" },
        "field-trip-details": { enabled: false }
      },
      disclaimerText: "Mine.",
      schools: ["Park West High"]
    })
    expect(m.notes).toHaveLength(1)
    expect(m.notes[0]).toMatch(/^Upgraded settings from format 0 to 1: renamed "nonDisclosure"/)
  })

  test("the upgraded v0 settings resolve cleanly, with every old value in effect", () => {
    const { effective, problems } = resolve(defaultSettings, migrate(v0).settings, undefined)
    expect(problems).toEqual([])
    expect(effective.nonDisclosureNames).toEqual(["Ann Lee", "Bo Diaz"])
    expect(effective.rules["field-trip-details"]).toEqual({ enabled: false, severity: "warn" })
    expect(effective.rules["student-full-name"]).toEqual({ enabled: true, severity: "block" })
    expect(effective.disclaimerText).toBe("Mine.")
  })

  test("both old and new names present (half-upgraded sync): every name kept once", () => {
    const m = migrate({ nonDisclosure: ["Ann Lee", "Cy Ng"], nonDisclosureNames: ["Ann Lee"] })
    expect(m.settings.nonDisclosureNames).toEqual(["Ann Lee", "Cy Ng"])
    expect(m.settings).not.toHaveProperty("nonDisclosure")
  })

  test("an explicit rule setting is not overwritten by disabledRules", () => {
    const m = migrate({
      disabledRules: ["student-full-name", 7],
      rules: { "student-full-name": { enabled: true } }
    })
    expect(m.settings.rules).toEqual({ "student-full-name": { enabled: true } })
  })

  test("an unreadable old value is carried over, for resolve to report, never dropped", () => {
    const m = migrate({ nonDisclosure: "Ann Lee", disabledRules: "all" })
    expect(m.settings.nonDisclosureNames).toBe("Ann Lee")
    expect(m.settings.disabledRules).toBe("all")
    const r = resolve(defaultSettings, m.settings, undefined)
    expect(r.problems.map((p) => p.key)).toEqual(["disabledRules", "nonDisclosureNames"].sort())
  })

  test("current settings pass through unchanged and without notes", () => {
    const current = {
      schemaVersion: SCHEMA_VERSION,
      schools: ["A"],
      rules: { "student-full-name": { enabled: false } }
    }
    const m = migrate(current)
    expect(m.settings).toEqual(current)
    expect(m.notes).toEqual([])
    expect(m.fromVersion).toBe(SCHEMA_VERSION)
  })

  test("settings without a version are treated as v0; v1 keys are untouched by the v0 step", () => {
    const m = migrate({ nonDisclosureNames: ["Ann Lee"] })
    expect(m.settings).toEqual({ schemaVersion: SCHEMA_VERSION, nonDisclosureNames: ["Ann Lee"] })
    expect(m.notes).toEqual([])
  })

  test("settings from a newer extension are left alone, with a note", () => {
    const newer = { schemaVersion: SCHEMA_VERSION + 1, futureKey: 1, schools: ["A"] }
    const m = migrate(newer)
    expect(m.settings).toEqual(newer)
    expect(m.version).toBe(SCHEMA_VERSION + 1)
    expect(m.notes[0]).toMatch(/newer version/)
  })

  test.each([
    [undefined, 0],
    [null, 0],
    ["text", 1],
    [[1, 2], 1],
    [3, 1]
  ])("non-object %p gives empty settings (%i notes)", (stored, notes) => {
    const m = migrate(stored)
    expect(m.settings).toEqual({})
    expect(m.notes).toHaveLength(notes)
  })

  test.each([["1"], [-1], [1.5], [null]])("a malformed schemaVersion %p counts as 0", (v) => {
    expect(migrate({ schemaVersion: v }).fromVersion).toBe(0)
  })

  test("migrations form an unbroken chain up to the current version", () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(
      Array.from({ length: SCHEMA_VERSION }, (_, i) => i)
    )
  })

  test("migrate does not modify its input", () => {
    const input = structuredClone(v0)
    migrate(input)
    expect(input).toEqual(v0)
  })
})
