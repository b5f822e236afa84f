import { parseMarked } from "../../../tests/core/marked-ranges"
import { defaultCheckSettings } from "../../settings/defaults"
import { planFix } from "../../page/fix-plan"
import { createChecker } from "../checker"
import { studentFullName } from "../rules/student-full-name"
import { findFullNames } from "./detect"

/**
 * Issue 11: names as teachers really write them. Roster order, lower case,
 * hashtags and handles, possessives, surnames that are ordinary words; English
 * and French. ⟦ ⟧ mark every expected finding's exact range (none = nothing
 * flagged); the third column is the draft after applying "keep the first name"
 * to every finding, last to first.
 */

const check = createChecker(defaultCheckSettings, [studentFullName])

const parse = parseMarked

function fixedAll(text: string): string {
  const findings = check.check({ text }).findings
  let out = text
  for (const f of [...findings].reverse()) out = planFix(out, f, f.fixes[0]!)!.expected
  return out
}

// [kind, marked text, after "keep first name" on every finding]
// prettier-ignore
const rows: [string, string, string][] = [
  // Roster order
  ["roster list with semicolons", "Honour roll (Gr. 8): ⟦Tremblay, Sophie⟧; ⟦Flett, Jordan⟧.", "Honour roll (Gr. 8): Sophie; Jordan."],
  ["roster with grade in brackets", "⟦Tremblay, Sophie⟧ (Gr. 6)", "Sophie (Gr. 6)"],
  ["roster, surname a word, with grades", "Honour roll: ⟦Flett, Jordan⟧ (Gr. 6); ⟦Baron, Emily⟧ (Gr. 7).", "Honour roll: Jordan (Gr. 6); Emily (Gr. 7)."],
  ["one name per line", "Honour Roll\n⟦Friesen, Ethan⟧\n⟦Okafor, Maya⟧\n⟦Cousin, Madeleine⟧", "Honour Roll\nEthan\nMaya\nMadeleine"],
  ["surname in capitals", "⟦TREMBLAY Sophie⟧ and ⟦FLETT Jordan⟧ made the team.", "Sophie and Jordan made the team."],
  ["capitals, surname a word", "⟦COUSIN Madeleine⟧, ⟦BARON Luc⟧", "Madeleine, Luc"],
  ["tab-separated columns", "⟦Cousin\tMadeleine⟧\tGr. 5", "Madeleine\tGr. 5"],
  ["space-aligned columns", "⟦Friesen  Ethan⟧  Gr. 7", "Ethan  Gr. 7"],
  ["roster in capitals joined by and", "Honour roll: ⟦FRIESEN, Ethan⟧ and ⟦PENNER, Abby⟧", "Honour roll: Ethan and Abby"],
  ["capitals mark the surname, even a given name", "Palmarès : ⟦BERNARD Gonthier⟧, ⟦CHRISTIAN Mia⟧ et ⟦ANDRE Lucas⟧.", "Palmarès : Gonthier, Mia et Lucas."],
  ["ordinal-numbered results", "Results: 1st ⟦Villanueva, Marisol⟧; 2nd ⟦Baptiste, Noah⟧.", "Results: 1st Marisol; 2nd Noah."],
  ["French roster", "Tableau d'honneur : ⟦Gagnon, Chloé⟧; ⟦Bernard, Léa⟧.", "Tableau d'honneur : Chloé; Léa."],
  // Lower case
  ["all lower case", "congrats ⟦sophie tremblay⟧ on the spelling bee!!", "congrats sophie on the spelling bee!!"],
  ["lower case in a capitalised sentence, before a verb", "What a day! Today ⟦sophie tremblay⟧ read to the class.", "What a day! Today sophie read to the class."],
  ["lower case French", "bravo à ⟦chloé gagnon⟧ pour son prix!", "bravo à chloé pour son prix!"],
  // Hashtags and handles
  ["camel-case hashtag", "So proud of #⟦SophieTremblay⟧ today!", "So proud of #Sophie today!"],
  ["hashtag with underscore", "Go #⟦sophie_tremblay⟧ go!", "Go #sophie go!"],
  ["hashtag joined in lower case", "#⟦sophietremblay⟧ rocks", "#sophie rocks"],
  ["hashtag with a word before the name", "#Go⟦SophieTremblay⟧", "#GoSophie"],
  ["handle: the name part, the whole handle replaced by the given name as text", "Great poster by @⟦sophie.tremblay⟧09!", "Great poster by sophie!"],
  // Possessives
  ["possessive after an opening, surname a word", "Check out ⟦Greta Grosser⟧'s winning poster", "Check out Greta's winning poster"],
  ["possessive, surname a word, any thing of theirs", "Here is ⟦Tobias Land⟧'s photo.", "Here is Tobias's photo."],
  ["possessive after an opening", "Look at ⟦Jordan Flett⟧'s amazing science project!", "Look at Jordan's amazing science project!"],
  // Surnames that are ordinary words or towns
  ["French thanks, surname a word", "Un grand merci à ⟦Madeleine Cousin⟧ pour son aide.", "Un grand merci à Madeleine pour son aide."],
  ["French birthday, surname a given name", "Joyeux anniversaire à ⟦Élodie Bernard⟧!", "Joyeux anniversaire à Élodie!"],
  ["surnames that are words, in a list", "Congratulations to ⟦Emily Baron⟧ and ⟦Noah Land⟧!", "Congratulations to Emily and Noah!"],
  ["surname Day before a verb", "⟦Lucas Day⟧ scored the winning goal.", "Lucas scored the winning goal."],
  ["surname a town", "⟦Olivia Paris⟧ won the spelling bee.", "Olivia won the spelling bee."],
  ["French list", "Un grand merci à ⟦Luc Baron⟧ et ⟦Sophie Cousin⟧.", "Un grand merci à Luc et Sophie."],
  // Not names
  ["greeting before a first name", "Thanks, Sophie!", "Thanks, Sophie!"],
  ["sign-off", "Love, Sophie", "Love, Sophie"],
  ["first names in a list", "Jordan, Sophie, Liam and Noah won.", "Jordan, Sophie, Liam and Noah won."],
  ["first names after a header", "Winners: Jordan, Sophie, Liam and Noah", "Winners: Jordan, Sophie, Liam and Noah"],
  ["town and province", "Brandon, Manitoba hosted the meet.", "Brandon, Manitoba hosted the meet."],
  ["town and province abbreviation", "Winkler, MB and Morden, MB hosted.", "Winkler, MB and Morden, MB hosted."],
  ["town and country", "Paris, France", "Paris, France"],
  ["acronym before a first name", "Good luck at NAIG, Tristan!", "Good luck at NAIG, Tristan!"],
  ["event hashtags", "#TerryFoxRun #OrangeShirtDay #LouisRielDay #PinkShirtDay", "#TerryFoxRun #OrangeShirtDay #LouisRielDay #PinkShirtDay"],
  ["organisation and staff handles", "Follow @BrandonLibrary, @parkwestsd, @mrs.flett and @coach_jordan_flett", "Follow @BrandonLibrary, @parkwestsd, @mrs.flett and @coach_jordan_flett"],
  ["public figure hashtag", "#HarryPotter day in the library", "#HarryPotter day in the library"],
  ["e-mail address is not a handle", "Email sophie.t@example.com", "Email sophie.t@example.com"],
  ["lower-case phrases", "mark your calendars! happy grace day", "mark your calendars! happy grace day"],
  ["French lower case", "bonne fête à tous", "bonne fête à tous"],
  ["first name and initial", "Sophie T. won the race.", "Sophie T. won the race."],
  ["staff with a title", "Mme Sophie Tremblay a gagné. Coach Jordan Flett led the team.", "Mme Sophie Tremblay a gagné. Coach Jordan Flett led the team."],
  ["place named after a word", "Grace Hospital nurses visited us.", "Grace Hospital nurses visited us."],
  ["first name then a grade", "Congrats Sophie Grade 4 winner!", "Congrats Sophie Grade 4 winner!"],
  ["lower case without any cue", "Then we sat and ate with liam at lunch", "Then we sat and ate with liam at lunch"],
  // "with" introduces a person (issue 11: with/avec, to, for, pour, de are naming cues in lower case).
  ["lower case after 'with'", "Then we sat with ⟦liam courchene⟧", "Then we sat with liam"]
]

describe("issue 11: names as teachers write them", () => {
  test.each(rows)("%s", (_kind, marked, after) => {
    const { text, ranges } = parse(marked)
    const got = check.check({ text }).findings.map((f) => [f.start, f.end])
    expect(got).toEqual(ranges)
    expect(fixedAll(text)).toBe(after)
  })
})

describe("findFullNames: form and given name", () => {
  const one = (text: string) => {
    const [s] = findFullNames(text)
    return {
      match: text.slice(s!.start, s!.end),
      given: text.slice(s!.given.start, s!.given.end),
      form: s!.form
    }
  }

  test("roster: the words as written, comma included", () => {
    expect(one("Tremblay, Sophie")).toEqual({
      match: "Tremblay, Sophie",
      given: "Sophie",
      form: "roster"
    })
  })

  test("hashtag: the name part without '#'", () => {
    expect(one("#SophieTremblay")).toEqual({
      match: "SophieTremblay",
      given: "Sophie",
      form: "hashtag"
    })
  })

  test("handle: the name part, without '@' or digits", () => {
    expect(one("@sophie.tremblay09")).toEqual({
      match: "sophie.tremblay",
      given: "sophie",
      form: "handle"
    })
  })

  test("plain names", () => {
    expect(one("Sophie Tremblay read.").form).toBe("plain")
    expect(one("TREMBLAY Sophie").form).toBe("plain")
  })

  test("the handle fix replaces the '@' too", () => {
    const text = "By @sophie.tremblay09"
    const [f] = check.check({ text }).findings
    expect(f!.fixes[0]).toMatchObject({ replacement: "sophie", range: { start: 3, end: 21 } })
  })

  test("a 100,000-character post of tags and roster lines stays fast", () => {
    const text = "#SophieTremblay Tremblay, Sophie; @a.b ".repeat(2600)
    const t0 = Date.now()
    findFullNames(text)
    expect(Date.now() - t0).toBeLessThan(2000)
  })
})
