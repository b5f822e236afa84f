import { parseMarked } from "../../../tests/core/marked-ranges"
import { defaultCheckSettings } from "../../settings/defaults"
import { createChecker } from "../checker"
import { studentFullName } from "../rules/student-full-name"

/**
 * Roster order's hard negatives: words shaped like "Surname, Given" list items that name nobody
 * (supplies, subjects, values, planets, French nouns), each beside a real roster of the same
 * shape whose exact ranges must stay. ⟦ ⟧ mark every expected finding; none = nothing flagged.
 * "\n" separates the lines of a pasted list.
 */

const check = createChecker(defaultCheckSettings, [studentFullName])

const parse = parseMarked

// prettier-ignore
const rows: [string, string][] = [
  // One sentence, items in roster order: a pair no name list knows needs a known pair beside it.
  ["supplies after 'list:'", "Supply list: Crayons, Markers; Scissors, Glue."],
  ["plural nouns after 'Students of the month:'", "Students of the month: Stars, Rockets; Comets, Planets."],
  ["French values after 'Prix :'", "Prix : Leadership, Persévérance; Gentillesse, Citoyenneté."],
  ["French supplies", "Matériel : Crayons, Gommes; Ciseaux, Colle."],
  ["places", "Field trip stops: Brandon, Manitoba; Dauphin, Manitoba; Selkirk, Manitoba."],
  ["subjects", "Electives this term: Math, Science; Art, Music; French, Drama."],
  ["weekdays and dates", "Schedule: Friday, June 6 – Sports Day; Monday, June 9 – Awards."],
  ["sponsors", "Nos commanditaires : Tim Hortons, Safeway; Canadian Tire, Co-op."],
  ["roster beside the same shape", "Honour roll: ⟦Tremblay, Sophie⟧; ⟦Flett, Jordan⟧."],
  ["unknown given names beside known ones", "Winners: ⟦Abdullahi, Sagal⟧; ⟦Pham, Minh⟧."],
  ["common-word surname with a grade", "Grade 6 honour roll: ⟦Tremblay, Sophie⟧; ⟦Cousin, Madeleine⟧; ⟦Day, Noah⟧."],
  ["French roster", "Tableau d'honneur : ⟦Gagnon, Théo⟧ (7e); ⟦Roy, Chloé⟧ (8e)."],
  // Pasted lists, one item a line: a block with no known name is not a list of names.
  ["supplies, one a line", "Supplies:\nCrayons, Markers\nScissors, Glue\nPencils, Erasers"],
  ["French stations, one a line", "Stations cette semaine :\nLecture, Écriture\nÉcoute, Oral\nJeux, Casse-têtes"],
  ["planets, one a line", "Planets we learned:\nMercury, Venus\nEarth, Mars\nJupiter, Saturn"],
  ["options, one a line", "Options for Grade 7:\nArt, Music\nDrama, Dance\nShop, Foods"],
  ["roster, one a line", "Honour roll:\n⟦Olawale, Tobi⟧\n⟦Warsame, Ilhan⟧\n⟦Nwosu, Amara⟧"],
  ["capitals, one a line", "Honour roll:\n⟦TREMBLAY Sophie⟧ (Gr. 6)\n⟦FLETT Jordan⟧ (Gr. 7)"],
  ["French roster, one a line", "Lauréats :\n⟦Gagnon, Théo⟧ (7e)\n⟦Roy, Chloé⟧ (8e)"],
  // A dash and the award won: a roster item; a dash and a title: an author.
  ["awards after a dash", "Scholarship recipients:\n⟦Okemow, Tanis⟧ – Indigenous Leadership Bursary\n⟦Wolfe, Brandon⟧ – Terry Fox Humanitarian Award"],
  ["French awards after a dash", "Récipiendaires :\n⟦Carrière, Justine⟧ – Bourse Gabrielle-Roy\n⟦Mohamed, Ilham⟧ – Prix Louis-Riel\n⟦Parenteau, Cole⟧ – Bourse de la Caisse"],
  ["medals after a dash", "Track meet:\n⟦Okafor, Chidi⟧ – Gold Medal\n⟦Flett, Tanis⟧ – Silver Medal"],
  ["book titles after a dash", "Book bin picks:\nMunsch, Robert – The Paper Bag Princess\nWillems, Mo – Elephant and Piggie\nKorman, Gordon – Restart"],
  ["French book list, titles in sentence case", "Livres :\nMunsch, Robert – La princesse à la robe de papier\nCroteau, Marie-Danielle – Le chat de Windigo"],
  ["a known author makes the block a book list", "Coin lecture\nMunsch, Robert – La princesse à la robe de papier\nCroteau, Marie-Danielle – Le chat de Windigo"],
  ["students who write are no book list", "Young authors winners:\n⟦Okafor, Chidi⟧ – a poem about winter\n⟦Flett, Tanis⟧ – a story about the river"],
  ["places with an award", "Trophies:\nBrandon, Manitoba – Provincial Trophy\nKelvin, Churchill – MVP Award"],
  // A place in a ranking opens an item: "1re place Tremblay, Maxime (8e)".
  ["French places in a ranking", "Expo-sciences : 1re place ⟦Tremblay, Maxime⟧ (8e), 2e place ⟦Mbeki, Grâce⟧ (7e), 3e place ⟦Ducharme, Zoé⟧ (8e)."],
  ["English places in a ranking", "Science fair: 1st Place ⟦Okafor, Chidi⟧ (Gr. 8), 2nd place ⟦Flett, Tanis⟧ (Gr. 7)."],
  ["places in a ranking that name towns", "Tournoi : 1re place Winnipeg, Manitoba; 2e place Regina, Saskatchewan."],
  ["places in a ranking that name schools", "Results: 1st place Kelvin, Gold; 2nd place Dakota, Silver."],
  // "Label, Given Surname": the name is in plain order; the label is no surname.
  ["a role, then a full name", "PAC executive:\nChair, ⟦Sarah Penner⟧\nTreasurer, ⟦Mark Klassen⟧"],
  ["schools with a medal", "Results:\nKelvin, Churchill – Gold Medal\nDakota, Glenlawn – Silver Medal"]
]

describe("roster order: shapes that name nobody", () => {
  test.each(rows)("%s", (_kind, marked) => {
    const { text, ranges } = parse(marked.replace(/\\n/g, "\n"))
    const got = check.check({ text }).findings.map((f) => [f.start, f.end])
    expect(got).toEqual(ranges)
  })
})
