import { defaultCheckSettings } from "../../../settings/defaults"
import { createChecker } from "../../checker"
import { studentFullName } from "."

/**
 * Roster order as lists are really laid out (issue 11): every separator a list uses, surnames
 * opened by particles, items followed by what they won; and near misses of the same shapes.
 * Each case: the names flagged (exact ranges, in order) and what "keep the first name" leaves.
 */
function flagged(text: string) {
  return createChecker(defaultCheckSettings, [studentFullName]).check({ text }).findings
}

function ranges(text: string, names: string[]) {
  let from = 0
  return names.map((n) => {
    const start = text.indexOf(n, from)
    if (start < 0) throw new Error(`test data: "${n}" is not in "${text}"`)
    from = start + n.length
    return { start, end: start + n.length }
  })
}

export const ROSTER_FAMILIES: { text: string; names: string[]; kept: string[] }[] = [
  // Separators: bullets and middle dots between items, an emoji before the first one.
  {
    text: "Reading challenge 📚 Okeke, Chisom • Brar, Karanveer • Laroche, Étienne",
    names: ["Okeke, Chisom", "Brar, Karanveer", "Laroche, Étienne"],
    kept: ["Chisom", "Karanveer", "Étienne"]
  },
  {
    text: "Élèves du mois · Gagnon, Lucie · Nepinak, Tanis · Fehr, Anna",
    names: ["Gagnon, Lucie", "Nepinak, Tanis", "Fehr, Anna"],
    kept: ["Lucie", "Tanis", "Anna"]
  },
  // A slash list after a header, given names the lists do not know.
  {
    text: "Relay winners: Osei, Akuamoah / Whitecloud, Kaden / Bilyk, Oksana.",
    names: ["Osei, Akuamoah", "Whitecloud, Kaden", "Bilyk, Oksana"],
    kept: ["Akuamoah", "Kaden", "Oksana"]
  },
  // "Surname, Given: what they won", English and French spacing.
  {
    text: "Awards: Thiessen, Marla: Top Math; Okafor, Chidi: Citizenship",
    names: ["Thiessen, Marla", "Okafor, Chidi"],
    kept: ["Marla", "Chidi"]
  },
  {
    text: "Prix de l'année\n• Chiasson, Raphaëlle : prix de l'effort\n• Boyko, Maksym : prix du français",
    names: ["Chiasson, Raphaëlle", "Boyko, Maksym"],
    kept: ["Raphaëlle", "Maksym"]
  },
  // Surnames opened by particles, in every case.
  {
    text: "Honour roll: Van der Berg, Anna; Des Rosiers, Éloïse; De La Cruz, Mateo",
    names: ["Van der Berg, Anna", "Des Rosiers, Éloïse", "De La Cruz, Mateo"],
    kept: ["Anna", "Éloïse", "Mateo"]
  },
  {
    text: "Grade 7\nDela Cruz, Andrei\nSandhu, Jasleen\nVan Dyk, Levi",
    names: ["Dela Cruz, Andrei", "Sandhu, Jasleen", "Van Dyk, Levi"],
    kept: ["Andrei", "Jasleen", "Levi"]
  },
  {
    text: "Valedictorian: DELA CRUZ, Jericho",
    names: ["DELA CRUZ, Jericho"],
    kept: ["Jericho"]
  },
  {
    text: "Honour roll: O'Connor, Liam; St. Pierre, Maya; MacDonald, Ewan",
    names: ["O'Connor, Liam", "St. Pierre, Maya", "MacDonald, Ewan"],
    kept: ["Liam", "Maya", "Ewan"]
  },
  // A column of grades after names the lists do not know; a table with bars.
  {
    text: "Honour Roll\nHarrison, Isaac  Gr. 12\nMousseau, Kaya  Gr. 11\nGarcia, Ysabel  Gr. 10",
    names: ["Harrison, Isaac", "Mousseau, Kaya", "Garcia, Ysabel"],
    kept: ["Isaac", "Kaya", "Ysabel"]
  },
  {
    text: "Rang | Élève | Temps\n1 | BOUCHARD Léa | 8:14\n2 | GRIEVES Talia | 8:20",
    names: ["BOUCHARD Léa", "GRIEVES Talia"],
    kept: ["Léa", "Talia"]
  },
  // A table pasted with tabs: a column word before the pair, a project title after it.
  {
    text: "Division\tStudent\tProject\nJunior\tKlassen, Amara\tWhich magnet is strongest?\nSenior\tOsei, Kwabena\tSoil in the Red River",
    names: ["Klassen, Amara", "Osei, Kwabena"],
    kept: ["Amara", "Kwabena"]
  },
  {
    text: "Catégorie\tÉlève\tProjet\nJunior\tGosselin, Félix\tLe meilleur isolant",
    names: ["Gosselin, Félix"],
    kept: ["Félix"]
  },
  // One line of commas, every surname a known surname, given names we do not know.
  {
    text: "Grade 10 honours\nKovalenko, Dmytro, Flett, Tanis, Brar, Karanveer\nCongratulations!",
    names: ["Kovalenko, Dmytro", "Flett, Tanis", "Brar, Karanveer"],
    kept: ["Dmytro", "Tanis", "Karanveer"]
  },
  // The list's last line closed by an emoji or a hashtag instead of a separator.
  {
    text: "Spelling bee finalists:\n1. Kovalenko, Dmytro\n2. Sandhu, Jasleen\n3. Okafor, Chidi 🐝🏆",
    names: ["Kovalenko, Dmytro", "Sandhu, Jasleen", "Okafor, Chidi"],
    kept: ["Dmytro", "Jasleen", "Chidi"]
  },
  {
    text: "Tableau d'honneur · Chiasson, Raphaëlle · Boyko, Maksym #FiersDeVous",
    names: ["Chiasson, Raphaëlle", "Boyko, Maksym"],
    kept: ["Raphaëlle", "Maksym"]
  }
]

/** Same shapes, not students: places, businesses, authors, greetings, weekdays. */
export const ROSTER_NEAR_MISSES: string[] = [
  "Pen pals from Thompson, Manitoba • Dauphin, Manitoba • Roblin, MB",
  "Tournoi : Winkler, Morden / Altona, Steinbach",
  "Thanks to our sponsors • Friesen, Penner & Associates • Loewen Lumber",
  "Schedule: Dueck, Thursday; Penner, Friday; Kowalchuk, Monday.",
  "Merci, Sophie : tu es la meilleure!",
  "Hi, Everyone: the concert is Friday, December 12.",
  "Math, Grade 6 • Science, Grade 7",
  "Les Rosiers, Manitoba : notre sortie de fin d'année",
  "Novel study: Korman, Gordon / Oppel, Kenneth / Telgemeier, Raina",
  // A table whose columns are not a list of students; a comma line of towns.
  "Name\tRole\nFriesen, Mark\tHead coach",
  "Bus stops\nOakbank, Anola, Dugald, Hazelridge",
  "Winners: Winnipeg, Brandon, Dauphin, Selkirk",
  "Finalists: Selkirk, Lockport / Oakbank, Anola",
  "Results: Morden, Kirkfield; Winkler, Plum Coulee",
  // An emoji or a hashtag after a pair of places or a greeting is not a list's last line.
  "Road trip: Brandon, Manitoba 🚗 then Regina, Saskatchewan 🌾",
  "Thank you, Sophie 💐 #StaffAppreciation",
  "Tournoi : Winkler, Morden #GoHawks"
]

describe("student-full-name: roster families (issue 11)", () => {
  test.each(ROSTER_FAMILIES.map((c) => [c.text, c] as const))("%s", (_t, c) => {
    const got = flagged(c.text)
    expect(got.map((f) => ({ start: f.start, end: f.end }))).toEqual(ranges(c.text, c.names))
    got.forEach((f, k) => {
      const fx = f.fixes[0]!
      const r = fx.range ?? { start: f.start, end: f.end }
      expect(c.text.slice(0, r.start) + fx.replacement).toBe(c.text.slice(0, r.start) + c.kept[k])
    })
  })

  test.each(ROSTER_NEAR_MISSES.map((t) => [t] as const))("not flagged: %s", (text) => {
    expect(flagged(text)).toEqual([])
  })
})
