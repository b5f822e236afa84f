import { findFullNames } from "./detect"
import { COMMON, FIRST, LAST, PLACE, TITLE, wordFlags } from "./lexicon"

const names = (text: string) => findFullNames(text).map((s) => text.slice(s.start, s.end))
const given = (text: string) =>
  findFullNames(text).map((s) => text.slice(s.given.start, s.given.end))

describe("lexicon", () => {
  test("names of many origins are known", () => {
    for (const w of ["Priya", "Oksana", "Chinedu", "Ximena", "Zeynep", "Abram", "Kiona", "Linh"])
      expect(wordFlags(w) & FIRST).toBeTruthy()
    for (const w of ["Courchene", "Friesen", "Kowalchuk", "Sharma", "Okafor", "Nguyen", "Yilmaz"])
      expect(wordFlags(w) & LAST).toBeTruthy()
  })

  test("surnames that are also words keep both readings", () => {
    expect(wordFlags("Brown") & (LAST | COMMON)).toBe(LAST | COMMON)
    expect(wordFlags("Starr") & LAST).toBeTruthy()
  })

  test("places, titles and English-looking unknown words", () => {
    expect(wordFlags("Winnipeg") & PLACE).toBeTruthy()
    expect(wordFlags("Principal") & TITLE).toBeTruthy()
    expect(wordFlags("Fundraisingness") & COMMON).toBeTruthy()
    expect(wordFlags("Warriors") & COMMON).toBeTruthy()
    expect(wordFlags("Lindqvist") & COMMON).toBeFalsy()
  })
})

describe("findFullNames", () => {
  test("a run of capitalised words yields the name inside it", () => {
    expect(names("Hockey MVPs Logan Courchene and Brayden Harper!")).toEqual([
      "Logan Courchene",
      "Brayden Harper"
    ])
  })

  test("the given name is the first name, or the last one in surname-first order", () => {
    expect(given("Emma J. Thompson and Nguyen Van An")).toEqual(["Emma", "An"])
  })

  test("particles inside a name", () => {
    expect(names("Congrats to Sanne van der Berg!")).toEqual(["Sanne van der Berg"])
    expect(names("Ana de la Cruz Reyes won.")).toEqual(["Ana de la Cruz Reyes"])
  })

  test("'St.' surnames after a given name, but not places", () => {
    expect(names("Student of the week: Carter St. Pierre!")).toEqual(["Carter St. Pierre"])
    expect(names("We met at St. Vital Centre.")).toEqual([])
  })

  test("roster style SURNAME, Given", () => {
    expect(names("Honour roll: FRIESEN, Ethan and PENNER, Abby")).toEqual([
      "FRIESEN, Ethan",
      "PENNER, Abby"
    ])
    expect(names("Good luck at NAIG, Tristan!")).toEqual([])
  })

  test("weak candidates need a cue or a list of clear names", () => {
    expect(names("Hello from Tavish Kwasniewski.")).toEqual([])
    expect(names("Tavish Kwasniewski made it.")).toEqual(["Tavish Kwasniewski"]) // a verb follows
    expect(names("Kirkfield Oakburn hosted us.")).toEqual([]) // but place-like words do not
    expect(names("Shout out to Tavish Kwasniewski!")).toEqual(["Tavish Kwasniewski"])
    expect(names("Emma Thompson and Tavish Kwasniewski made it.")).toEqual([
      "Emma Thompson",
      "Tavish Kwasniewski"
    ])
    expect(names("Amazing job by Chen Yu-Ting who played Für Elise.")).toEqual(["Chen Yu-Ting"])
  })

  test("lower-case names after a naming cue, or in an all-lower-case sentence", () => {
    expect(names("shout out to liam courchene")).toEqual(["liam courchene"])
    expect(names("liam courchene was here")).toEqual(["liam courchene"])
    // Known given name + known surname in lower case inside a capitalised sentence: weak, so it
    // counts before a verb (issue 11), not on its own.
    expect(names("Then liam courchene was here")).toEqual(["liam courchene"])
    // "with" introduces a person (issue 11), as "to", "for", "pour" and "de" do.
    expect(names("Then we sat with liam courchene")).toEqual(["liam courchene"])
    expect(names("Then we sat on the bench courchene")).toEqual([])
    expect(names("we made mason jars with grace and hope")).toEqual([])
  })

  test("exemptions: titles, named-after things, figures being studied, book authors", () => {
    expect(names("Thanks to Baba Olga and Princess Mae Villanueva")).toEqual([
      "Princess Mae Villanueva"
    ])
    expect(names("The concert is at Lorne Watson Recital Hall.")).toEqual([])
    expect(names("Our Grade 1s learned about Jean Vanier.")).toEqual([])
    expect(names("We read Holes by Louis Sachar.")).toEqual([])
    expect(names("Art by Hudson Oshie, Grade 2.")).toEqual(["Hudson Oshie"])
    expect(names("Apple picking at Jardin Saint-Léon.")).toEqual([])
  })

  test("empty and one-word input", () => {
    expect(findFullNames("")).toEqual([])
    expect(findFullNames("Emma")).toEqual([])
  })
})
