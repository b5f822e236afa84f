import { defaultCheckSettings } from "../../../settings/defaults"
import { createChecker } from "../../checker"
import type { CheckSettings, Draft, Finding } from "../../types"

const settings: CheckSettings = {
  ...defaultCheckSettings,
  schools: ["Oak Bank School", "École Laurier"],
  officialAccounts: [{ site: "facebook", handle: "@RussellElementary" }]
}
const checker = createChecker(settings)
const found = (draft: Draft): Finding[] =>
  checker.check(draft).findings.filter((f) => f.rule === "speaking-for-the-division")

/** [post, the flagged words (exact range)]. */
const flagged: [string, string][] = [
  [
    "On behalf of Russell Elementary, thank you to all our families.",
    "On behalf of Russell Elementary"
  ],
  ["Official announcement: school is closed tomorrow.", "Official announcement"],
  [
    "Park West School Division has decided to close all schools tomorrow.",
    "Park West School Division has decided"
  ],
  ["We at Shoal Lake School are cancelling the spring concert.", "We at Shoal Lake School are"],
  ["Au nom de l'école, merci à toutes les familles.", "Au nom de l'école"],
  ["Communiqué officiel : l'école sera fermée demain.", "Communiqué officiel"],
  ["La division scolaire a décidé de fermer les écoles.", "La division scolaire a décidé"],
  ["Nous, à l'école Laurier, annulons le concert.", "Nous, à l'école Laurier, annulons"],
  ["Oak Bank is pleased to announce our new principal!", "Oak Bank is pleased to announce"]
]

const clean: string[] = [
  "Our school posted that picture day is Monday.",
  "Reminder from the office: picture day is Monday.",
  "The division announced today that schools close at noon.",
  "On behalf of my Grade 3 class, thank you!",
  "I heard the division has decided to cancel buses.",
  "L'école a publié l'horaire du concert.",
  "Proud to work at Oak Bank School!"
]

describe("speaking-for-the-division", () => {
  test.each(flagged)("flags %j", (text, words) => {
    const f = found({ text })
    expect(f).toHaveLength(1)
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe(words)
    expect(f[0]!.severity).toBe("info")
    expect(f[0]!.policyRef.clause).toMatch(/1\(a\)/)
    expect(f[0]!.message).toMatch(/official accounts/)
  })

  test.each(clean)("does not flag %j", (text) => {
    expect(found({ text })).toEqual([])
  })

  test("an official account (same site and handle) may speak for the school", () => {
    const text = "On behalf of Russell Elementary, thank you!"
    expect(found({ text, site: "facebook", account: { handle: "russellelementary" } })).toEqual([])
    expect(found({ text, site: "x", account: { handle: "russellelementary" } })).toHaveLength(1)
  })
})
