import { defaultCheckSettings } from "../../../settings/defaults"
import { createChecker } from "../../checker"
import type { CheckSettings, Finding } from "../../types"
import { compileNameList } from "../support/name-list-index"

const settings: CheckSettings = {
  ...defaultCheckSettings,
  nonDisclosureNames: ["Ava Chen", "Zoë Ducharme", "Mei-Ling O'Brien", "Will Turner", "José"]
}
const checker = createChecker(settings)
const hidden = (text: string): Finding[] =>
  checker.check({ text }).findings.filter((f) => f.rule === "non-disclosure-name")

/** [text, the exact flagged words, in order]. */
const cases: [string, string[]][] = [
  ["Congrats to Ava Chen on her science project!", ["Ava Chen"]],
  ["Great job Ava!", ["Ava"]],
  ["AVA CHEN and ava", ["AVA CHEN", "ava"]],
  ["Ava Chen's poster won.", ["Ava Chen"]],
  ["Ava’s poster won.", ["Ava"]],
  ["Zoe Ducharme ran the fastest.", ["Zoe Ducharme"]],
  ["zoë ran the fastest.", ["zoë"]],
  ["Zo\u200Bë Duch\u00ADarme ran.", ["Zo\u200Bë Duch\u00ADarme"]],
  ["Mei-Ling O’Brien read aloud.", ["Mei-Ling O’Brien"]],
  ["Well done, mei-ling!", ["mei-ling"]],
  ["Go Will!", ["Will"]],
  ["Thanks Will Turner.", ["Will Turner"]],
  ["will turner scored.", ["will turner"]],
  ["Jose and José both came.", ["Jose", "José"]],
  ["Ava, Noah and Ava Chen.", ["Ava", "Ava Chen"]],
  // Not the listed student.
  ["Avalon is a lovely name.", []],
  ["Ava-Rose painted this.", []],
  ["Will you join us? We will.", []],
  ["Chen is a surname only.", []],
  ["Ducharme Street is closed.", []],
  ["Ling O'Brien was here.", []]
]

describe("non-disclosure-name", () => {
  test.each(cases)("%p", (text, expected) => {
    const found = hidden(text)
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(expected)
    let from = 0
    for (const [i, f] of found.entries()) {
      const start = text.indexOf(expected[i]!, from)
      expect([f.start, f.end]).toEqual([start, start + expected[i]!.length])
      from = start + 1
      expect(f.severity).toBe("block")
      expect(f.message.toLowerCase()).not.toMatch(/ava|zo|mei|will|jos/)
    }
  })

  test.each([
    ["Congrats to Ava Chen!", "Congrats to!"],
    ["Ava Chen's poster won.", "poster won."],
    ["Great job Ava, Noah.", "Great job, Noah."],
    ["Thanks to Will Turner for helping.", "Thanks to for helping."]
  ])("'Remove the name' in %p leaves tidy spacing", (text, after) => {
    const fix = hidden(text)[0]!.fixes.find((x) => x.label === "Remove the name")!
    expect(text.slice(0, fix.range!.start) + fix.replacement + text.slice(fix.range!.end)).toBe(
      after
    )
  })

  test("offers advice as well, and finds nothing with an empty list", () => {
    expect(hidden("Ava Chen")[0]!.fixes.some((f) => f.advice)).toBe(true)
    const empty = createChecker({ ...defaultCheckSettings, nonDisclosureNames: [] })
    expect(
      empty.check({ text: "Ava Chen" }).findings.filter((f) => f.rule === "non-disclosure-name")
    ).toEqual([])
  })

  test("compiles a list once per array and handles 1,000 names", () => {
    const names = Array.from({ length: 1000 }, (_, i) => `Student${i} Family${i}`)
    expect(compileNameList(names)).toBe(compileNameList(names))
    const big = createChecker({
      ...defaultCheckSettings,
      nonDisclosureNames: [...names, "Ava Chen"]
    })
    const found = big.check({ text: "Well done student999 family999 and Ava!" }).findings
    expect(found.filter((f) => f.rule === "non-disclosure-name").map((f) => f.match)).toEqual([
      "student999 family999",
      "Ava"
    ])
  })

  test("names in text read from a photo are flagged too, without fixes", () => {
    const found = checker
      .check({ text: "", attachments: [{ kind: "image", text: "Ava Chen" }] })
      .findings.filter((f) => f.rule === "non-disclosure-name")
    expect(found).toEqual([expect.objectContaining({ start: 0, end: 8, fixes: [] })])
  })
})
