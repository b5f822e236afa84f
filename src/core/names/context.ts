import {
  ABOUT_FIGURE,
  CONTEXT_CUES,
  OWNED_BUSINESSES,
  OWNER_BEFORE,
  PLACE_PREFIXES,
  PLACES,
  PUBLIC_FIGURES,
  STUDENT_THINGS
} from "./exemptions"
import { adultRoleBefore } from "./adult-roles"
import { FIRST, LAST, STOP, SUFFIX, TITLE, VERB, wordFlags } from "./lexicon"
import { spanKey, type Word } from "./words"

/**
 * What the words around a candidate say: a title before it (staff), a
 * "Run"/"Hall" after it (a thing named after someone), a public figure, a
 * figure being studied, a book's author; or, for weak candidates, that a
 * person is being named (cues, lists, a verb after it).
 */

/** Titles that mark an adult even in lower case ("coach Tyler Starr"); kinship and religious ones need a capital. */
export const ALWAYS_TITLES = new Set(
  (
    "mr mrs ms mx dr mme mlle principal vice-principal coach superintendent professor prof constable " +
    "elder chief reverend rev pastor madame monsieur teacher author illustrator astronaut mayor premier " +
    "minister senator councillor councilor mla mp judge officer firefighter paramedic nurse doctor trustee " +
    "librarian counsellor counselor custodian secretary driver chaperone caretaker janitor director directeur directrice entraineur " +
    "entraineuse enseignant enseignante professeur professeure aine ainee surintendant surintendante " +
    "conseillere infirmiere infirmier bibliothecaire animateur animatrice"
  ).split(" ")
)
const BOOK_CONTEXT =
  /\b(?:book|books|novel|novels|read|reading|reads|author|authors|written|illustrated|series|chapter|chapters)\b|"/i
/** A title-case book title right before "by": "The Paper Bag Princess", "Diary of a Wimpy Kid". */
const BOOK_TITLE_BEFORE =
  /(?:(?:^|[^\p{L}])(?:The|A|An|Le|La|Les)\s+\p{Lu}[\p{L}']*(?:\s+(?:(?:of|the|a|and|in|on|to)\s+)*\p{Lu}[\p{L}']*)+|(?:\p{Lu}[\p{L}']*\s+(?:(?:of|the|a|and|in|on|to)\s+)*){3,})\s*$/u
/** What separates names in a list: "A B, C D and E F". */
const LIST_GLUE = /^(?:'s?)?\s*(?:[,;&/+]\s*(?:(?:and|et|y|or)\s+)?|(?:and|et|y|or|ou|plus)\s+)$/i
/** Endings of place names ("Kirkfield", "Riverview", "Oakburn"): an unknown pair with one is a place. */
// "Kirkfield", "Oakburn": the ending inside a longer word (a surname "Land" or "Field" alone is fine).
const PLACE_ENDING =
  /\p{L}(?:ville|burg|bourg|bury|view|land|shire|mouth|port|stead|crest|wood|dale|field|ford|ton|town|ham|burn|brook|mount)\b/iu

/** "… Run", "… Recital Hall", "… Memorial Arena": the words after the name make it a thing. */
function namedAfter(words: Word[], k: number): boolean {
  for (let n = 0; n < 2; n++) {
    const w = words[k + n]
    if (!w || !/^\s+$/.test(w.gap) || !(w.cap || w.text === "jr")) return false
    if (w.flags & SUFFIX) return true
    if (w.flags & (FIRST | LAST)) return false
  }
  return false
}

/** Lower-case nouns after "Grant Park", "Kildonan Place": the name is a place's ("… shopping centre"). */
const PLACE_NOUNS = new Set(
  (
    "shopping mall centre center area playground parking lot neighbourhood neighborhood community " +
    "school library pool arena rink station location branch store site grounds entrance trail " +
    "campus district subdivision quartier secteur stationnement piscine patinoire bibliotheque " +
    "parc terrain aire"
  ).split(" ")
)
/** Before a place: "at Grant Park", "près de Jordan Park", "the Jordan Park mall". */
const LOCATIVE = new Set(
  "at in near around behind across past inside outside through the dans pres vers au aux la le".split(
    " "
  )
)

/**
 * "sang at Grant Park shopping centre", "moving near Jordan Place", "au Grant Park": a name
 * whose last word names a place ("Park", "Place", "Centre", "Mall", "Square") is that place
 * after "at/in/near/the" or before a place noun in lower case. "Congrats to Jordan Park on
 * her win" and "Grant Parker" stay names.
 */
function placeNamed(words: Word[], i: number, j: number): boolean {
  if (!(words[j]!.flags & SUFFIX)) return false
  const next = words[j + 1]
  if (next && next.lower && /^\s+$/.test(next.gap) && PLACE_NOUNS.has(next.text)) return true
  const prev = words[i - 1]
  return !!prev && /^\s+$/.test(words[i]!.gap) && LOCATIVE.has(prev.text.toLowerCase())
}

/** Adult roles written after a name: "Mark Dueck, Principal", "Penner, Sarah (chair)". */
export const ROLES_AFTER = new Set(
  // Not "secretary" or "treasurer": a student council has them too.
  (
    "principal vice-principal superintendent teacher coach librarian counsellor counselor custodian " +
    "trustee mla mp mayor chief elder constable officer nurse doctor parent guest ea directrice " +
    "directeur direction enseignant enseignante entraineur entraineuse surintendant surintendante " +
    // Helpers: "Kim Dueck (team manager)", "Julie Gagnon (bénévole)", ", Bus Driver".
    "manager gerant gerante driver chauffeur chauffeuse volunteer benevole chaperone sponsor judge " +
    "juge accompagnateur accompagnatrice"
  ).split(" ")
)
/** Right after a name: ", Principal", " (head coach)", " – directrice" (folded, lower case). */
export function roleAfter(text: string, end: number): boolean {
  const m =
    /^\s*(?:[,(]|[-–—]\s)\s*(?:our\s+|notre\s+|la\s+|le\s+)?(?:(?:head|assistant|team|bus|parent|volunteer|guest)\s+)?([\p{L}\p{M}-]+)(?![\p{L}\p{M}'’-])/iu.exec(
      text.slice(end, end + 40)
    )
  if (!m) return false
  const role = m[1]!.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
  return ROLES_AFTER.has(role)
}

/** After "Jake Penner's": "farm", "Greenhouse", "Memorial Tournament" (exemptions.ts). */
function ownedBusiness(words: Word[], k: number): boolean {
  const next = words[k]
  if (!next || !/^\s+$/.test(next.gap)) return false
  if (OWNED_BUSINESSES.has(next.text.toLowerCase())) return true
  for (let n = 0; n < 2; n++) {
    const w = words[k + n]
    if (!w || !/^\s+$/.test(w.gap) || !w.cap || STUDENT_THINGS.has(w.text.toLowerCase()))
      return false
    if (w.flags & SUFFIX) return true
    if (w.flags & (FIRST | LAST)) return false
  }
  return false
}

/** Something around words[i..j] says it is staff, a place, a public figure or a thing named after one. */
export function exempt(text: string, words: Word[], i: number, j: number): boolean {
  const prev = words[i - 1]
  const gap = words[i]!.gap
  // "l'entraîneur Tyler Starr", "l'aînée Mary Courchene": the title after an elided article.
  const title = prev?.text.toLowerCase().replace(/^[dl]'/, "")
  if (
    prev &&
    title &&
    (prev.flags | wordFlags(title)) & TITLE &&
    (prev.cap || ALWAYS_TITLES.has(title))
  )
    if (!/[,;:!?]/.test(gap)) return true
  // "our principal, Sophie Tremblay", "notre directeur, Dan Ross": a staff role set off by a
  // comma after "our"/"notre"/"the" names that adult (not "Congrats, Sophie Tremblay").
  const det = words[i - 2]
  if (
    prev &&
    title &&
    ALWAYS_TITLES.has(title) &&
    /^,\s+$/.test(gap) &&
    det &&
    /^(?:our|my|the|notre|mon|ma|le|la)$/i.test(det.text) &&
    /^\s+$/.test(prev.gap)
  )
    return true
  if (prev?.cap && PLACE_PREFIXES.has(prev.text.toLowerCase()) && /^\.?\s+$/.test(gap)) return true
  if (!words[j]!.possessive && namedAfter(words, j + 1)) return true
  if (!words[j]!.possessive && placeNamed(words, i, j)) return true
  if (words[j]!.possessive && ownedBusiness(words, j + 1)) return true
  if (!words[j]!.possessive && roleAfter(text, words[j]!.end)) return true
  if (adultRoleBefore(text, words[i]!.start)) return true
  const owner = text.slice(Math.max(0, words[i]!.start - 30), words[i]!.start)
  if (OWNER_BEFORE.test(owner.normalize("NFD").replace(/\p{M}/gu, ""))) return true
  const key = spanKey(text, words[i]!, words[j]!)
  if (PUBLIC_FIGURES.has(key) || PLACES.has(key)) return true
  const from = words[i]!.start
  if (ABOUT_FIGURE.test(text.slice(Math.max(0, from - 40), from))) return true
  // "appris qui étaient Jean-Baptiste Lagimodière et Marie-Anne Gaboury": the figures studied
  // are listed together.
  const listed = FIGURE_BEFORE.exec(text.slice(Math.max(0, from - 60), from))
  if (listed) {
    const at = from - listed[0].length
    if (ABOUT_FIGURE.test(text.slice(Math.max(0, at - 40), at))) return true
  }
  // "Holes by Louis Sachar", "The Wild Robot by Peter Brown": an author credit for a book.
  if (prev?.text.toLowerCase() !== "by") return false
  const before = text.slice(0, prev.start)
  // "announcements were read by Hamdi Mohamed", "led by": someone doing something, not a credit.
  if (/\b(?:read|led|hosted|organi[sz]ed|presented|announced|performed|sung|won)\s+$/i.test(before))
    return false
  // "'Hatchet' by Gary Paulsen", "« Le Petit Prince » de …": a quoted title right before "by".
  if (/\p{L}[.!?]?['’"”»]\s*$/u.test(before)) return true
  return BOOK_CONTEXT.test(before) || BOOK_TITLE_BEFORE.test(before.slice(-80))
}

/** A capitalised full name and list glue right before a name ("Louis Riel et "). */
const FIGURE_BEFORE = /\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){1,3}\s*(?:,\s*|\s(?:and|et|&)\s+)$/u

/** First words of the known multi-word phrases: most words start none, so their spans are never built. */
const PHRASE_STARTS = new Set([...PUBLIC_FIGURES, ...PLACES].map((p) => p.split(" ")[0]!))

/**
 * "Course Terry Fox", "Reading Robert Munsch": a public figure's two or more words, marked before
 * roster pairs are read, so a word before the figure does not take its given name as a pair.
 */
export function markPublicFigures(
  text: string,
  words: Word[],
  used: boolean[]
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  for (let a = 0; a + 1 < words.length; a++) {
    if (!words[a]!.cap || !PHRASE_STARTS.has(words[a]!.text.toLowerCase())) continue
    for (let b = Math.min(words.length - 1, a + 4); b > a; b--)
      if (/^\s+$/.test(words[b]!.gap) && PUBLIC_FIGURES.has(spanKey(text, words[a]!, words[b]!))) {
        used.fill(true, a, b + 1)
        out.push({ start: words[a]!.start, end: words[b]!.end })
        a = b
        break
      }
  }
  return out
}

/** Marks runs of public figures or places ("Martin Luther King Jr", "Portage la Prairie") as used. */
export function markKnownPhrases(
  text: string,
  words: Word[],
  from: number,
  to: number,
  used: boolean[]
): void {
  for (let a = from; a <= to; a++) {
    if (!PHRASE_STARTS.has(words[a]!.text.toLowerCase().split(/[^\p{L}\p{N}]/u)[0]!)) continue
    for (let b = Math.min(to, a + 5); b > a; b--) {
      const key = spanKey(text, words[a]!, words[b]!)
      if (PUBLIC_FIGURES.has(key) || PLACES.has(key)) {
        used.fill(true, a, b + 1)
        break
      }
    }
  }
}

/** "at the Selo Ukraina festival": an article before or a lower-case "festival"/"school" after. */
export function thingNotPerson(words: Word[], i: number, j: number): boolean {
  const prev = words[i - 1]
  const next = words[j + 1]
  // "tyler whitford's clay owl": what comes right after someone's "'s" is theirs, not a person.
  if (prev?.possessive && /^\s+$/.test(words[i]!.gap)) return true
  if (prev && /^(?:the|la|le|les|l)$/i.test(prev.text) && /^\s+$/.test(words[i]!.gap)) return true
  // "her precious angel's mark": in lower case, after "her"/"my", a phrase, not a name.
  if (prev && words[i]!.lower && /^(?:her|his|their|my|your|its)$/i.test(prev.text)) return true
  // "Birds Hill Park": a run ending in a place word after a word that is no given name.
  if (j > i + 1 && words[j]!.flags & SUFFIX && !(words[j - 1]!.flags & FIRST)) return true
  return !!next && next.lower && /^\s+$/.test(next.gap) && (next.flags & SUFFIX) !== 0
}

/** A naming cue before the position ("congrats to", "welcome", "student of the month"). */
export function cueBefore(text: string, at: number): boolean {
  // Looked up once per sentence: rules run on many sentences of the same draft.
  if (cueText !== text) {
    cueText = text
    const m = CONTEXT_CUES.exec(text)
    cueEnd = m ? m.index + m[0].length : Infinity
  }
  return cueEnd <= at
}
let cueText = ""
let cueEnd = Infinity

/**
 * The word right before a candidate introduces a person: "special mention to sagal warsame",
 * "petit mot pour lily turenne", "le discours de juliette arsenault", "with/avec". Only for weak
 * candidates, which already need both words to look like names.
 */
const NEAR_CUE = /(?:^|[^\p{L}])(?:to|for|with|avec|pour|de|par|chez)\s+$/iu
export function prepositionBefore(text: string, given: Word): boolean {
  // "pour avoir lu": in lower case, only before a word the given-name lists know.
  if (given.lower && !(given.flags & FIRST)) return false
  return NEAR_CUE.test(text.slice(Math.max(0, given.start - 8), given.start))
}

/** Only list punctuation between two spans: "A B, C D and E F". */
export function listedWith(
  text: string,
  a: { start: number; end: number },
  b: { start: number; end: number }
): boolean {
  const gap = a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start)
  if (LIST_GLUE.test(gap)) return true
  // One first name on its own between them is still one list: "Hodan Abdi, Sahra and
  // Khadar Osman" (what "keep the first name" leaves) must not unflag Khadar Osman.
  const first = /\p{Lu}[\p{Ll}'-]+/u.exec(gap)
  return (
    !!first &&
    LIST_GLUE.test(gap.slice(0, first.index)) &&
    LIST_GLUE.test(gap.slice(first.index + first[0].length))
  )
}

/** "Oluwakemi Adeyinka won …", "Tavish Kwasniewski (Grade 4)": what follows reads like a person. */
export function actsLikeAPerson(text: string, words: Word[], i: number, j: number): boolean {
  const next = words[j + 1]
  if (!next || PLACE_ENDING.test(text.slice(words[i]!.start, words[j]!.end))) return false
  // "Mugisha Habimana's drawing": something only a person has.
  // "Greta Grosser's winning poster": any thing a person can have, not "'s is" or "'s the".
  // "Hamdi Mohamed's Grade 6 reading group": a class is someone's too.
  if (words[j]!.possessive && /^(?:grade|gr|class|team)$/i.test(next.text)) return true
  if (words[j]!.possessive)
    return next.lower && (PERSONAL_THINGS.test(next.text) || !(next.flags & (STOP | VERB)))
  if (/^\s+$/.test(next.gap) && next.lower && next.flags & VERB) return true
  // "elias thiessen finally lands his kickflip": an adverb, then the verb.
  const then = words[j + 2]
  if (next.lower && ADVERB.test(next.text) && then?.lower && then.flags & VERB && then.gap === " ")
    return true
  const after = text.slice(words[j]!.end, words[j]!.end + 20)
  // "sagal warsame who made the posters", "jacob lemay qui ont été choisis".
  if (/^\s+(?:who|qui)\b/i.test(after)) return true
  // "kaylee moose with 22 pts", "Nathan Land with his landscape", "avec sa toile".
  // Not "Garbage Hill with 3B": a class ("3B", "4A") is a digit and a letter.
  if (
    /^\s+(?:with|avec)\s+(?:\d+(?!\p{L})|his\b|her\b|their\b|son\b|sa\b|ses\b|leur\b)/iu.test(after)
  )
    return true
  return /^\s*[,(-]\s*$/.test(next.gap) && /^(?:grade|gr|age)$/i.test(next.text)
}

const ADVERB =
  /^(?:\p{L}{3,}ly|just|finally|also|always|never|still|even|already|totally|enfin|aussi|toujours|deja|déjà)$/iu
const PERSONAL_THINGS =
  /^(?:drawing|drawings|poster|project|art|artwork|painting|poem|essay|speech|story|solo|performance|presentation|birthday|mom|dad|mother|father|parents|family|grandma|grandpa|sister|brother|idea|invention|robot|goal|goals|first|hard|amazing|beautiful|awesome|winning|award-winning|prize-winning|first-place|new|latest|great|incredible|fantastic|science|art|book|writing|painting|sculpture|photo|photograph|entry|design|model|volcano|diorama|song|dance|hat-trick|shot|save|team|class|dessin|affiche|projet|poeme|maman|papa)$/i
