import { defaultCheckSettings } from "../../../settings/defaults"
import { createChecker } from "../../checker"
import { FLAGGED, NOT_FLAGGED } from "../../../../tests/core/name-cases"
import type { CheckSettings } from "../../types"
import { studentFullName } from "."

const settings = (over: Partial<CheckSettings> = {}): CheckSettings => ({
  ...defaultCheckSettings,
  ...over
})

/** Runs only this rule through the real engine: ranges are offsets in the original text. */
function flagged(text: string, over: Partial<CheckSettings> = {}) {
  return createChecker(settings(over), [studentFullName]).check({ text }).findings
}

/** Expected ranges: each name's first occurrence at or after the previous one. */
function expectedRanges(text: string, names: string[]) {
  let from = 0
  return names.map((n) => {
    const start = text.indexOf(n, from)
    if (start < 0) throw new Error(`test data: "${n}" is not in "${text}"`)
    from = start + n.length
    return { start, end: start + n.length }
  })
}

describe("student-full-name: flags full names of any origin", () => {
  test.each(FLAGGED.map((c) => [c.text, c.names] as const))("%s", (text, names) => {
    const got = flagged(text).map((f) => ({ start: f.start, end: f.end }))
    expect(got).toEqual(expectedRanges(text, [...names]))
  })
})

describe("student-full-name: leaves first names, staff, public figures and places alone", () => {
  test.each(NOT_FLAGGED.map((c) => [c.text] as const))("%s", (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe("student-full-name: finding details", () => {
  test("rule metadata", () => {
    expect(studentFullName.id).toBe("student-full-name")
    expect(studentFullName.defaultSeverity).toBe("warn")
    expect(studentFullName.scope).toBe("document")
  })

  test("fix keeps the first name as the teacher typed it, accents included", () => {
    const text = "Bravo à Zoë Lefebvre-Paquette!"
    const [f] = flagged(text)
    expect(f!.match).toBe("Zoë Lefebvre-Paquette")
    expect(f!.severity).toBe("warn")
    expect(f!.fixes).toEqual([
      { label: "Keep first name only", replacement: "Zoë", range: { start: f!.start, end: f!.end } }
    ])
  })

  test("surname-first names keep the given name", () => {
    const [f] = flagged("Tran Thi Mai won the writing contest.")
    expect(f!.fixes[0]!.replacement).toBe("Mai")
  })

  test("the message never contains the name (one fixed text for every finding)", () => {
    const messages = new Set(FLAGGED.flatMap((c) => flagged(c.text).map((f) => f.message)))
    expect(messages.size).toBe(1)
    const [message] = [...messages]
    for (const c of FLAGGED) for (const n of c.names) expect(message).not.toContain(n)
  })

  test("names behind zero-width spaces and look-alike letters are still caught", () => {
    const text = "Congrats to Em\u200Bma Thompsоn!" // Cyrillic "о"
    const [f] = flagged(text)
    expect(f!.match).toBe("Em\u200Bma Thompsоn")
  })
})

describe("student-full-name: settings", () => {
  const text = "Congrats to Émilie Tremblay and Aiden Starr!"

  test("consent list matches whole names, case and accent insensitive", () => {
    const got = flagged(text, { consentedNames: ["emilie TREMBLAY"] })
    expect(got.map((f) => f.match)).toEqual(["Aiden Starr"])
  })

  test("consent for a first name alone does not cover a full name", () => {
    expect(flagged(text, { consentedNames: ["Émilie"] })).toHaveLength(2)
  })

  test("a consented name without the middle name still matches", () => {
    expect(flagged("Emma J. Thompson read.", { consentedNames: ["Emma Thompson"] })).toEqual([])
  })

  test("a consented name with a middle name covers the name written without it", () => {
    expect(flagged("Emma Thompson read.", { consentedNames: ["Emma Jane Thompson"] })).toEqual([])
  })

  test("a surname-first name matches the list in either order", () => {
    const text = "Honour roll: FRIESEN, Ethan"
    expect(flagged(text, { consentedNames: ["Ethan Friesen"] })).toEqual([])
  })

  test("the teacher's 'not a student' list", () => {
    expect(flagged(text, { allowList: ["Aiden Starr"] }).map((f) => f.match)).toEqual([
      "Émilie Tremblay"
    ])
  })

  test("names on the non-disclosure list are left to that rule", () => {
    expect(flagged(text, { nonDisclosureNames: ["Aiden Starr"] }).map((f) => f.match)).toEqual([
      "Émilie Tremblay"
    ])
  })
})

/**
 * Issue 11 part 1: names as teachers really write them, without a class list. Each row: the post,
 * the exact matches in order, and what "keep the first name" leaves for each.
 */
const SHAPES: { shape: string; text: string; names: string[]; kept: string[] }[] = [
  // All lower case, typed on a phone.
  {
    shape: "lower-case en",
    text: "congrats wyatt kowalczyk on the spelling bee!!",
    names: ["wyatt kowalczyk"],
    kept: ["wyatt"]
  },
  {
    shape: "lower-case en, unknown given name before a surname, then a verb",
    text: "omg zaylee penner scored twice tonight",
    names: ["zaylee penner"],
    kept: ["zaylee"]
  },
  {
    shape: "lower-case en list after a cue",
    text: "big thanks to our helpers: owen derksen, chloe mcleod & ruby kaur. you rock",
    names: ["owen derksen", "chloe mcleod", "ruby kaur"],
    kept: ["owen", "chloe", "ruby"]
  },
  {
    shape: "lower-case fr after a cue, unknown surname",
    text: "un gros merci à jules mbappalo pour son aide ce matin",
    names: ["jules mbappalo"],
    kept: ["jules"]
  },
  {
    shape: "lower-case fr list",
    text: "bravo à chloé fortier, zoé roussel et mathis gagné pour leurs affiches",
    names: ["chloé fortier", "zoé roussel", "mathis gagné"],
    kept: ["chloé", "zoé", "mathis"]
  },
  // Roster order, pasted one per line.
  {
    shape: "roster en, numbered lines, unknown given name",
    text: "Relay team is set!\n1. Hartley, Brooklyn\n2. Kowalczyk, Zaylee\n3. Okonkwo, Nneka\nGo team!",
    names: ["Hartley, Brooklyn", "Kowalczyk, Zaylee", "Okonkwo, Nneka"],
    kept: ["Brooklyn", "Zaylee", "Nneka"]
  },
  {
    shape: "roster en, dated lines",
    text: "March birthdays\n• Mar 2 – Derksen, Owen\n• Mar 14 – Adebayo, Tolu",
    names: ["Derksen, Owen", "Adebayo, Tolu"],
    kept: ["Owen", "Tolu"]
  },
  {
    shape: "roster fr, tab columns after a column header",
    text: "Résultats de la dictée\nNom\tPrénom\tClasse\nGagnon\tÉloïse\t6A\nDiallo\tMamadou\t6B",
    names: ["Gagnon\tÉloïse", "Diallo\tMamadou"],
    kept: ["Éloïse", "Mamadou"]
  },
  {
    shape: "roster fr, labels and bars",
    text: "Conseil étudiant :\nPrésidente : Fortier, Zoé\nTrésorier : Roussel, Mathis",
    names: ["Fortier, Zoé", "Roussel, Mathis"],
    kept: ["Zoé", "Mathis"]
  },
  {
    shape: "roster en, column bars",
    text: "Finalists | Gr. 5\nDerksen | Owen\nKowalczyk | Ruby",
    names: ["Derksen | Owen", "Kowalczyk | Ruby"],
    kept: ["Owen", "Ruby"]
  },
  {
    shape: "roster en inline, items after a grade in brackets",
    text: "Citizenship award recipients: Derksen, Owen (Gr. 4), Kowalczyk, Ruby (Gr. 5), Adebayo, Tolu (Gr. 6).",
    names: ["Derksen, Owen", "Kowalczyk, Ruby", "Adebayo, Tolu"],
    kept: ["Owen", "Ruby", "Tolu"]
  },
  {
    shape: "roster en inline after a header, unknown given name before ';'",
    text: "This week's list: Okonkwo, Zaylee; Derksen, Owen; Kowalczyk, Ruby.",
    names: ["Okonkwo, Zaylee", "Derksen, Owen", "Kowalczyk, Ruby"],
    kept: ["Zaylee", "Owen", "Ruby"]
  },
  {
    shape: "roster fr, SURNAME then a lower-case given name",
    text: "Finalistes (copié du courriel) : FORTIER chloé, ROUSSEL mathis. Bravo!",
    names: ["FORTIER chloé", "ROUSSEL mathis"],
    kept: ["chloé", "mathis"]
  },
  {
    shape: "roster en, numbered inline, surname first",
    text: "Chess ladder: 1) Kowalczyk Owen 2) Derksen Ruby 3) Wiebe Chloe, see you at lunch",
    names: ["Kowalczyk Owen", "Derksen Ruby", "Wiebe Chloe"],
    kept: ["Owen", "Ruby", "Chloe"]
  },
  {
    shape: "roster en, two given names: the fix keeps both, the surname goes",
    text: "Peer mentors (list from the office): Dizon, Angela Mae; Derksen, Owen.",
    names: ["Dizon, Angela Mae", "Derksen, Owen"],
    kept: ["Angela Mae", "Owen"]
  },
  {
    shape: "lower-case fr: the name ends before an unknown word",
    text: "trop fière de chloé fortier aujourd'hui, elle a présenté son projet",
    names: ["chloé fortier"],
    kept: ["chloé"]
  },
  // Hashtags and handles.
  {
    shape: "hashtag, camel case, unknown given name",
    text: "#BravoZayleeKowalczyk for running every lap",
    names: ["ZayleeKowalczyk"],
    kept: ["Zaylee"]
  },
  {
    shape: "hashtag, joined lower case after a word",
    text: "#teamowenderksen all the way",
    names: ["owenderksen"],
    kept: ["owen"]
  },
  {
    shape: "hashtag fr, camel case, unknown surname",
    text: "#BonneFêteÉloïseMbappalo 🎂",
    names: ["ÉloïseMbappalo"],
    kept: ["Éloïse"]
  },
  {
    shape:
      "handle, given.surname with digits: the name flagged, the whole handle becomes the given name",
    text: "Félicitations à @chloe.mbappalo09 pour son prix!",
    names: ["chloe.mbappalo"],
    kept: ["chloe"]
  },
  {
    shape: "handle, surname first",
    text: "Three medals for @kowalczyk.ruby.08 at the meet!",
    names: ["kowalczyk.ruby"],
    kept: ["ruby"]
  },
  {
    shape: "hashtag, surname first, two given names",
    text: "#TranMinhKhoa wins the chess tournament",
    names: ["TranMinhKhoa"],
    kept: ["MinhKhoa"]
  },
  // Possessives, in French with an elided "d'".
  {
    shape: "possessive fr, elided d' before the given name",
    text: "Admirez la sculpture d'Éloïse Mbappalo, exposée dans le hall!",
    names: ["Éloïse Mbappalo"],
    kept: ["Éloïse"]
  },
  {
    shape: "possessive fr, Saint- surname",
    text: "La maquette de Jean-Philippe Saint-Onge a impressionné les juges.",
    names: ["Jean-Philippe Saint-Onge"],
    kept: ["Jean-Philippe"]
  },
  {
    shape: "possessive en after an opening",
    text: "Check out Greta Grosser's winning poster!",
    names: ["Greta Grosser"],
    kept: ["Greta"]
  },
  // Surnames that are ordinary words or towns.
  {
    shape: "common-word surname fr: a town, after a cue",
    text: "Félicitations à Thomas Paris, notre athlète de la semaine!",
    names: ["Thomas Paris"],
    kept: ["Thomas"]
  },
  {
    shape: "roster: a column word before the pair, a count after a bar",
    text: "Top readers\nJunior  Okafor, Chidi  42\nSenior  Bauer, Lena | 31",
    names: ["Okafor, Chidi", "Bauer, Lena"],
    kept: ["Chidi", "Lena"]
  },
  {
    shape: "roster: dashes, ordinals, brackets, bars and slashes around the items",
    text: "Fundraising stars\n- Warsame, Idil (Gr. 2)\n- Kaur, Jasleen | 24\n1st   HUNTER, Tyson\nBELLEAU Marc / OJIBWAY Dane",
    names: ["Warsame, Idil", "Kaur, Jasleen", "HUNTER, Tyson", "BELLEAU Marc", "OJIBWAY Dane"],
    kept: ["Idil", "Jasleen", "Tyson", "Marc", "Dane"]
  },
  {
    shape: "roster: one line of commas, surname and given name in turn",
    text: "Honour roll:\nBergen, Anika, Osei, Kwame, Flett, Jordan",
    names: ["Bergen, Anika", "Osei, Kwame", "Flett, Jordan"],
    kept: ["Anika", "Kwame", "Jordan"]
  },
  {
    shape: "lower-case: a person introduced by 'who'",
    text: "big thanks for the food drive, especially leila warsame who sorted every can",
    names: ["leila warsame"],
    kept: ["leila"]
  },
  {
    shape: "lower-case: a patronymic surname after an unknown given name, then a verb",
    text: "wow, faduma hussein read 40 books this term",
    names: ["faduma hussein"],
    kept: ["faduma"]
  },
  {
    shape: "lower-case: French list with 'qui' and a French verb",
    text: "félicitations à zakaria osman et rosalie turenne qui ont remporté le concours",
    names: ["zakaria osman", "rosalie turenne"],
    kept: ["zakaria", "rosalie"]
  },
  {
    shape: "lower-case: after 'pour'",
    text: "petit mot pour emma beauchemin, notre nouvelle amie",
    names: ["emma beauchemin"],
    kept: ["emma"]
  },
  {
    shape: "a name with a statistic after it",
    text: "what a game!! jayden moose with 18 pts",
    names: ["jayden moose"],
    kept: ["jayden"]
  },
  {
    shape: "handle: unknown given name, separator, known surname",
    text: "Congrats @harjot_sandhu.art on the show!",
    names: ["harjot_sandhu"],
    kept: ["harjot"]
  },
  {
    shape: "lower-case: a surname that is also a word, after a cue",
    text: "congrats emma baron on making the team",
    names: ["emma baron"],
    kept: ["emma"]
  }
]

/** Hard negatives of the same shapes: nothing to flag. */
const SHAPE_NEGATIVES: string[] = [
  "mark your calendars: happy grace day is next tuesday",
  "thanks to the family for the beautiful star blanket",
  "bravo à léa pour son beau discours ce matin",
  "merci à léa, noah et aïcha d'avoir rangé la bibliothèque",
  "congrats emma on the spelling bee!!",
  "welcome back everyone, the lake trail opens monday",
  "Most borrowed books:\n1. Munsch, Robert – Love You Forever\n2. Dahl, Roald – Matilda",
  "New staff:\nFriesen, Mrs. – Grade 3\nOkafor, Mr. – Grade 5",
  "Pen pals from:\nBrandon, Manitoba\nDauphin, MB",
  "Standings:\n1. NEEPAWA 4-0\n2. RUSSELL 3-1",
  "Thank you all!\nLove,\nSophie, Liam, Ava and Noah",
  "#MarkYourCalendars #OrangeShirtDay #TerryFoxRun #GoJetsGo #LoveReading #teamwork",
  "Follow @brandon.library and @emma.reads for book news",
  "#EmmaLakeCamp was a blast",
  "Nous avons appris l'histoire de Saint-Boniface et de la Rivière-Rouge.",
  "La classe d'Émilie a gagné!",
  "Congrats to our runners at Logan Field!",
  "Thomas visited Paris, France with his family.",
  "Équipe de badminton – liste officielle\nNOM, Prénom\nLAVOIE\nKUMAR",
  "Merci à toutes les familles!\nAmitiés, Camille",
  "Capitals: Ottawa, Canada; Paris, France; Dakar, Senegal.",
  // Lists of places laid out like rosters (names/place-lines.ts).
  "Our pen pals:\nRegina, Saskatchewan\nTruro, Nova Scotia\nWhitehorse, Yukon",
  "Bus changes\nBus 2 – Oak Lake, Virden\nBus 5 – Elkhorn, Kola",
  "Classement :\n1. École Lacerte\n2. Collège Béliveau\n3. École Précieux-Sang",
  "Poule A\nSainte-Anne, MB\nLa Broquerie, MB",
  // French roles before a name: staff.
  "Le mot de la directrice Nadia Kowalchuk est dans le bulletin.",
  "Merci à l'entraîneur Marc Dubois pour la saison!",
  "Les enseignements de l'aînée Rose Spence nous ont guidés.",
  "Merci à M. Dick Lavallée de la Légion.",
  "Our book list:\nMunsch, Robert\nDahl, Roald\nKorman, Gordon",
  "Room assignments:\n- Klassen, Ms. (Room 4)\n- Penner, Mr. (Room 6)",
  "Cafeteria menu:\n- Pizza, Monday (Gr. 1)\n- Tacos, Tuesday (Gr. 2)",
  "Standings:\n1st Neepawa | 12\n2nd Russell | 10",
  "Congrats to: Aiden, Priya, Noah, Emma",
  "Visited: Paris, France, Rome, Italy",
  "Thanks, Sophie, Liam, Ava, Noah!",
  "We read about #JeanVanier and Moby Dick this week.",
  "loved tyler's clay owl at the art show",
  "merci à joseph pour avoir lu aux petits",
  "Bravo à Léa qui a enfin réussi son examen",
  "Nous, le personnel de l'École Lacerte, vous souhaitons une bonne année.",
  "#LittératureFranco #LectureÀVoixHaute",
  "Surveillance\nLundi  Mme Lavoie\nMardi  M. Chartier"
]

describe("student-full-name: names as teachers write them (issue 11)", () => {
  test.each(SHAPES.map((c) => [c.shape, c] as const))("%s", (_shape, c) => {
    const got = flagged(c.text)
    expect(got.map((f) => ({ start: f.start, end: f.end }))).toEqual(
      expectedRanges(c.text, c.names)
    )
    got.forEach((f, k) => {
      const fx = f.fixes[0]!
      const r = fx.range ?? { start: f.start, end: f.end }
      const after = c.text.slice(0, r.start) + fx.replacement + c.text.slice(r.end)
      expect(after.slice(0, r.start + c.kept[k]!.length)).toBe(c.text.slice(0, r.start) + c.kept[k])
      expect(after).not.toContain(c.names[k])
    })
  })

  test.each(SHAPE_NEGATIVES.map((t) => [t] as const))("not flagged: %s", (text) => {
    expect(flagged(text)).toEqual([])
  })
})
