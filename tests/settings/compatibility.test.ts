import { readFileSync } from "fs"
import { join } from "path"
import { settingsFromStorage } from "../../src/settings"
import { checkerFromSettings } from "../../src/settings/checker"

/**
 * Public ids and policy keys never change silently: storage and a policy written
 * for version 0.1.0 (before rules and sites moved to registries) still load with
 * no problem reported, keep every value and lock, and check posts the same way.
 */
const fixture = JSON.parse(
  readFileSync(join(__dirname, "fixtures/v0.1.0-storage.json"), "utf8")
) as { sync: object; local: object; managed: object }

const loaded = settingsFromStorage(fixture)
const s = loaded.effective

test("loads with no problem and no migration note", () => {
  expect(loaded.problems).toEqual([])
  expect(loaded.migrationNotes).toEqual([])
})

test("keeps the teacher's values", () => {
  expect(s.rules["student-full-name"]).toEqual({ enabled: true, severity: "block" })
  expect(s.rules["field-trip-details"].enabled).toBe(false)
  expect(s.rules["missing-disclaimer"].severity).toBe("info")
  expect(s.sites).toMatchObject({ facebook: true, instagram: false })
  expect(s.ocr.enabled).toBe(false)
  expect(s.consentedNames).toEqual(["Emma Thompson"])
  expect(s.allowList).toEqual(["Kelsey Hrycenko"])
  expect(s.myAccounts).toHaveLength(1)
})

test("applies and locks the policy's values", () => {
  expect(s.nonDisclosureNames).toEqual(["Kiona Flett"])
  expect(s.sites.x).toBe(false)
  expect(s.enforcement.postAnyway["non-disclosure-name"]).toBe(false)
  expect(s.enforcement.postAnyway.customRules).toBe(false)
  expect(s.policyRefs["student-full-name"]?.clause).toBe("PWSD AP 144")
  for (const path of ["nonDisclosureNames", "sites.x", "enforcement.postAnyway.customRules"])
    expect(loaded.locks).toContain(path)
})

test("checks posts with those settings", () => {
  const checker = checkerFromSettings(s)
  const rules = (text: string, site: "facebook" | "x" = "facebook") =>
    checker
      .check({ text, site, account: { handle: "ms.rivera" } })
      .findings.map((f) => `${f.rule}:${f.severity}`)
  expect(rules("Kiona and Emma Thompson took bus 14. Views are my own.")).toEqual([
    "non-disclosure-name:block",
    "custom:no-bus-numbers:warn"
  ])
  expect(rules("Congrats Ava Morin! Views are my own.")).toEqual(["student-full-name:block"])
  // "My accounts": this account identifies the teacher as staff and has no disclaimer.
  expect(rules("Great day!")).toEqual(["missing-disclaimer:info"])
  const cite = checker.check({ text: "Congrats Ava Morin! Views are my own." }).findings[0]!
  expect(cite.policyRef.clause).toBe("PWSD AP 144")
})
