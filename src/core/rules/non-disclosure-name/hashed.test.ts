import { defaultCheckSettings } from "../../../settings/defaults"
import { createChecker } from "../../checker"
import { hashNames } from "../../hash/names"
import { nonDisclosureName } from "."

/** A policy's `nonDisclosureHashed`, as `npm run hash-names` prints it. */
const nonDisclosureHashed = hashNames(
  ["Kiona Flett", "Grace Nolin", "Penner, Matthias"],
  "policy-salt-42",
  {
    firsts: true
  }
)

function found(text: string, nonDisclosureNames: string[] = []) {
  return createChecker({ ...defaultCheckSettings, nonDisclosureHashed, nonDisclosureNames }, [
    nonDisclosureName
  ])
    .check({ text })
    .findings.map((f) => ({ start: f.start, end: f.end, fix: f.fixes[0]?.range }))
}

const at = (text: string, words: string) => {
  const start = text.indexOf(words)
  return { start, end: start + words.length }
}

describe("non-disclosure (hashed): full names in any form and the first name alone", () => {
  test.each([
    ["Kiona Flett read to the class", "Kiona Flett"],
    ["FLETT, Kiona read to the class", "FLETT, Kiona"],
    ["Go #KionaFlett", "KionaFlett"],
    ["Kiona read to the class", "Kiona"],
    ["Thanks kiona!", "kiona"],
    ["Bravo Matthias Penner", "Matthias Penner"],
    ["Bravo Matthias", "Matthias"],
    ["Thanks Grace for helping", "Grace"]
  ])("%s", (text, words) => {
    expect(found(text).map(({ start, end }) => ({ start, end }))).toEqual([at(text, words)])
  })

  test.each([["The Flett family"], ["Grace before meals"], ["Kiona-Rose read"], ["Penner"]])(
    "%s: nothing",
    (text) => {
      expect(found(text)).toEqual([])
    }
  )

  test("the removal fix takes the possessive and the space after it", () => {
    const text = "We loved Kiona's poem"
    expect(found(text)[0]!.fix).toEqual({ start: 9, end: 17 })
  })

  test("plain and hashed lists together, each name once", () => {
    expect(found("Kiona Flett and Ava Chen", ["Kiona Flett", "Ava Chen"])).toHaveLength(2)
  })
})
