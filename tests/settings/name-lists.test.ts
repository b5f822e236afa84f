import { createChecker } from "../../src/core/checker"
import { toCheckSettings } from "../../src/settings/check-settings"
import { defaultSettings } from "../../src/settings/defaults"
import { resolve } from "../../src/settings/resolve"
import { consentList, nonDisclosureList, TEN_THOUSAND } from "./name-lists"

/**
 * 10,000 names in each student-name list, set by policy: resolve keeps every
 * one, and the checker still protects the last name of the non-disclosure list
 * and still lets a consented full name through.
 */

const PROTECTED = "Zaria Okonkwo" // the last of 10,000 non-disclosure names
const CONSENTED = "Emma Thompson" // in the middle of 10,000 consent names

function settingsWithLists() {
  const managed = {
    consentedNames: consentList([CONSENTED]),
    nonDisclosureNames: nonDisclosureList([PROTECTED]),
    allowList: consentList().map((n) => `${n} Library`)
  }
  return resolve(defaultSettings, undefined, managed)
}

test("the lists are distinct, full-sized and kept whole", () => {
  const r = settingsWithLists()
  expect(r.problems).toEqual([])
  for (const key of ["consentedNames", "nonDisclosureNames", "allowList"] as const) {
    expect(r.effective[key]).toHaveLength(TEN_THOUSAND)
    expect(new Set(r.effective[key]).size).toBe(TEN_THOUSAND)
  }
  expect(r.effective.nonDisclosureNames.at(-1)).toBe(PROTECTED)
  expect(r.effective.consentedNames).toContain(CONSENTED)
  expect(r.locks).toEqual(["allowList", "consentedNames", "nonDisclosureNames"])
})

describe("the checker with 10,000-name lists", () => {
  const checker = createChecker(toCheckSettings(settingsWithLists().effective))
  const rules = (text: string) =>
    checker.check({ text }).findings.map((f) => [f.rule, f.match] as [string, string])

  test("finds a non-disclosure name, full or first name alone", () => {
    expect(rules(`Well done ${PROTECTED} at the science fair!`)).toContainEqual([
      "non-disclosure-name",
      PROTECTED
    ])
    expect(rules("Zaria read her poem to the class today.")).toContainEqual([
      "non-disclosure-name",
      "Zaria"
    ])
  })

  test("lets a consented full name through and still flags another full name", () => {
    const found = rules(`Congratulations to ${CONSENTED} and Olivia Martin on the award!`)
    expect(found).toContainEqual(["student-full-name", "Olivia Martin"])
    expect(found.filter(([, match]) => match.includes("Thompson"))).toEqual([])
  })

  test("without the consent, the same full name is flagged (the test can fail)", () => {
    const plain = createChecker(toCheckSettings(defaultSettings))
    expect(
      plain
        .check({ text: `Congratulations to ${CONSENTED} on the award!` })
        .findings.map((f) => f.rule)
    ).toContain("student-full-name")
  })
})
