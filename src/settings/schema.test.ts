import { BUILTIN_RULE_IDS, builtinRules } from "../core/rules/registry"
import { compileCustomRules } from "../core/rules/custom"
import type { CheckSettings } from "../core/types"
import { toCheckSettings } from "./check-settings"
import { defaultCheckSettings, defaultSettings } from "./defaults"
import { customRuleSchema, settingsSchema } from "./schema"

describe("settings schema", () => {
  test("the defaults are valid settings", () => {
    expect(settingsSchema.parse(defaultSettings)).toEqual(defaultSettings)
  })

  test("it knows exactly the registered built-in rules, each with a default", () => {
    const registered = builtinRules.map((r) => r.id).sort()
    expect([...BUILTIN_RULE_IDS].sort()).toEqual(registered)
    expect(Object.keys(defaultSettings.rules).sort()).toEqual(registered)
  })

  test("every checker key is in the schema, spelled as the checker reads it", () => {
    const checkerKeys: (keyof CheckSettings)[] = [
      "divisionNames",
      "schools",
      "officialAccounts",
      "disclaimerPhrases",
      "disclaimerText",
      "consentedNames",
      "nonDisclosureNames",
      "allowList",
      "customRules",
      "rules",
      "policyRefs"
    ]
    for (const k of checkerKeys) expect(Object.keys(settingsSchema.shape)).toContain(k)
  })

  test("defaultCheckSettings stays what the checker had before (plain CheckSettings, no policyRefs)", () => {
    expect(defaultCheckSettings).toEqual(toCheckSettings(defaultSettings))
    expect(defaultCheckSettings).not.toHaveProperty("policyRefs")
    expect(defaultCheckSettings).not.toHaveProperty("sites")
    expect(defaultCheckSettings.rules["non-disclosure-name"]).toEqual({
      enabled: true,
      severity: "block"
    })
    expect(defaultCheckSettings.disclaimerText).toMatch(/views are my own/i)
  })

  test("toCheckSettings passes citations set for a rule", () => {
    const ref = { clause: "Policy 7", quote: "Only first names are published." }
    const s = { ...defaultSettings, policyRefs: { "student-full-name": ref } }
    expect(toCheckSettings(s).policyRefs).toEqual({ "student-full-name": ref })
  })

  test("a custom rule the schema accepts always compiles in the checker", () => {
    const samples = [
      { id: "a", words: ["bus", "Room 12"], message: "m", severity: "warn" },
      { id: "b", pattern: "\\bbus\\s*\\d+", message: "m", severity: "block", enabled: false },
      { id: "c", pattern: "(?<=x)y", words: ["ignored"], message: "m", severity: "info" }
    ]
    for (const s of samples) {
      const parsed = customRuleSchema.parse(s)
      expect(compileCustomRules([{ ...parsed, enabled: true }]).problems).toEqual([])
    }
  })
})
