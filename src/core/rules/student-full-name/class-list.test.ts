import { defaultCheckSettings } from "../../../settings/defaults"
import { createChecker } from "../../checker"
import { hashNames } from "../../hash/names"
import type { CheckSettings } from "../../types"
import { nonDisclosureName } from "../non-disclosure-name"
import { studentFullName } from "."

/** The teacher's class list, hashed as the options page does it. */
const CLASS = [
  "Tremblay, Sophie",
  "Jonathan (Jack) Friesen",
  "Zoë Lefèvre",
  "Marisol Dela Cruz",
  "Finn O'Donnell",
  "Ryder McIvor",
  "Noah Day",
  "Jean-Philippe Morin"
]
const SALT = "test-salt-0123456789"
const classList = hashNames(CLASS, SALT, { splits: true })

const settings = (over: Partial<CheckSettings> = {}): CheckSettings => ({
  ...defaultCheckSettings,
  classList,
  ...over
})

function found(text: string, over: Partial<CheckSettings> = {}) {
  return createChecker(settings(over), [studentFullName])
    .check({ text })
    .findings.map((f) => ({
      match: text.slice(f.start, f.end),
      certain: f.certain ?? false,
      keep: f.fixes[0]?.replacement
    }))
}

const range = (text: string, words: string) => {
  const start = text.indexOf(words)
  return { start, end: start + words.length }
}

describe("class list: every form of a listed full name is found, with exact ranges", () => {
  test.each([
    ["Congrats to Sophie Tremblay today!", "Sophie Tremblay", "Sophie"],
    ["congrats to sophie tremblay today", "sophie tremblay", "sophie"],
    ["Honour roll: Tremblay, Sophie", "Tremblay, Sophie", "Sophie"],
    ["Honour roll: TREMBLAY Sophie", "TREMBLAY Sophie", "Sophie"],
    ["Sophie Tremblay's poster won", "Sophie Tremblay", "Sophie"],
    ["Go #SophieTremblay", "SophieTremblay", "Sophie"],
    ["Go #sophie_tremblay", "sophie_tremblay", "sophie"],
    ["Follow @sophie.tremblay09 for art", "sophie.tremblay", "sophie"],
    ["Go #sophietremblay", "sophietremblay", "sophie"],
    ["Go #gosophietremblay", "sophietremblay", "sophie"],
    ["Bravo Zoe Lefevre!", "Zoe Lefevre", "Zoe"],
    ["Bravo ZOË LEFÈVRE!", "ZOË LEFÈVRE", "ZOË"],
    ["Lefèvre, Zoë read", "Lefèvre, Zoë", "Zoë"],
    ["Jack Friesen scored", "Jack Friesen", "Jack"],
    ["Jonathan Friesen scored", "Jonathan Friesen", "Jonathan"],
    ["Friesen, Jack scored", "Friesen, Jack", "Jack"],
    ["Jonathan (Jack) Friesen scored", "Jonathan (Jack) Friesen", "Jonathan"],
    ["Welcome back Marisol Dela Cruz!", "Marisol Dela Cruz", "Marisol"],
    ["Welcome back #MarisolDelaCruz!", "MarisolDelaCruz", "Marisol"],
    ["Finn O'Donnell won", "Finn O'Donnell", "Finn"],
    ["Finn O’Donnell won", "Finn O’Donnell", "Finn"],
    ["Shout-out to ryder mcivor", "ryder mcivor", "ryder"],
    ["noah day was our line leader", "noah day", "noah"],
    ["Bravo à Jean-Philippe Morin!", "Jean-Philippe Morin", "Jean-Philippe"],
    ["Bravo à jean philippe morin!", "jean philippe morin", "jean philippe"]
  ])("%s", (text, words, keep) => {
    const f = createChecker(settings(), [studentFullName]).check({ text }).findings
    expect(f.map((x) => ({ start: x.start, end: x.end }))).toEqual([range(text, words)])
    expect(f[0]!.certain).toBe(true)
    expect(f[0]!.message).toMatch(/in your class list/)
    expect(f[0]!.fixes[0]!.replacement).toBe(keep)
  })
})

describe("class list: what is not a listed full name", () => {
  test.each([
    ["Sophie was our line leader"],
    ["Sophie T. was our line leader"],
    ["Thanks Sophie and Jack!"],
    ["Sophie-Anne Tremblay won"],
    ["we thanked sophie. tremblay's bakery gave cookies"]
  ])("%s: nothing certain", (text) => {
    expect(found(text).filter((f) => f.certain)).toEqual([])
  })

  // Certain means the listed student's own full name is written there: not a listed surname that
  // ends one person's name and a listed first name that starts the next one.
  test.each([
    ["bravo à jordan tremblay, sophie roy et luc!"],
    ["congrats jordan tremblay sophie roy and luc"],
    ["Congrats to Jordan Tremblay, Sophie Roy and Luc!"],
    ["thanks mme tremblay, sophie loved the trip"],
    ["thanks ms tremblay sophie loved the trip"],
    ["noah's day at the zoo was fun"],
    ["go #noahdayton"],
    ["congrats sophie tremblay gagnon on the win"],
    // In lower case, a listed name that is part of a phrase: after an article, surname first
    // without a comma, a word-surname before a thing or after "up".
    ["the noah day trip was fun"],
    ["our trip to day noah loved it"],
    ["we made noah day cards"],
    ["we hiked up noah day with our buddies"],
    ["le noah day party"],
    // A possessive ends the first name: the next word is a thing, not the listed surname.
    ["Ava's fox puppet and Noah's day camp drawing"],
    ["Noah' day"],
    ["Finn's O'Donnell-style braid"]
  ])("%s: nothing certain", (text) => {
    expect(found(text).filter((f) => f.certain)).toEqual([])
  })

  test.each([
    ["honour roll: tremblay, sophie; flett, jordan", "tremblay, sophie"],
    ["congrats tremblay, sophie!", "tremblay, sophie"],
    ["thanks to sophie tremblay and jordan", "sophie tremblay"],
    ["noah day's team won", "noah day"],
    ["so proud of noah day and ryder mcivor today", "noah day", "ryder mcivor"],
    ["merci à noah day et à jean-philippe morin", "noah day", "jean-philippe morin"],
    ["day, noah made the honour roll", "day, noah"],
    ["go #noahdayforever", "noahday"],
    // "that" is a conjunction here; the surname is no ordinary word.
    ["quick reminder that ryder mcivor and noah are our reps", "ryder mcivor"],
    // A lower-case word after a capitalised name does not carry the name on ("la" is a surname too).
    ["Ryder McIvor la remplacera au conseil.", "Ryder McIvor"],
    ["Noah Day la remplacera au conseil.", "Noah Day"],
    ["merci, ryder mcivor la remplacera", "ryder mcivor"]
  ])("%s: still certain", (text, ...words) => {
    expect(
      found(text)
        .filter((f) => f.certain)
        .map((f) => f.match)
    ).toEqual(words)
  })

  test("another student with the same first name is a guess, not certain", () => {
    expect(found("Congrats to Sophie Marchand!")).toEqual([
      { match: "Sophie Marchand", certain: false, keep: "Sophie" }
    ])
  })

  test("the French message", () => {
    const [f] = createChecker({ ...settings(), locale: "fr" }, [studentFullName]).check({
      text: "Bravo Sophie Tremblay"
    }).findings
    expect(f!.message).toMatch(/liste de classe/)
  })

  test("consent on file wins over the class list, in every form", () => {
    for (const text of ["Sophie Tremblay won", "TREMBLAY, Sophie won", "#SophieTremblay"])
      expect(found(text, { consentedNames: ["Sophie Tremblay"] })).toEqual([])
  })

  test("a student on the hashed non-disclosure list is left to that rule", () => {
    const nonDisclosureHashed = hashNames(["Sophie Tremblay"], "other-salt-987", { firsts: true })
    const checker = createChecker(settings({ nonDisclosureHashed }), [
      studentFullName,
      nonDisclosureName
    ])
    expect(checker.check({ text: "Tremblay, Sophie won" }).findings.map((f) => f.rule)).toEqual([
      "non-disclosure-name"
    ])
  })

  test("no class list: the guesser as before", () => {
    expect(found("Congrats to Sophie Tremblay", { classList: undefined })).toEqual([
      { match: "Sophie Tremblay", certain: false, keep: "Sophie" }
    ])
  })
})
