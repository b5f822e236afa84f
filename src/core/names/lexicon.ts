import nlp from "compromise"

import {
  COMMON_WORDS,
  FRENCH_FUNCTION_WORDS,
  FRENCH_WORDS,
  FUNCTION_WORDS,
  POSITION_WORDS,
  QUANTITY_WORDS
} from "./lexicon-words"
import { FIRST_NAMES_BY_ORIGIN } from "./lexicon-first"
import { SURNAMES_BY_ORIGIN } from "./lexicon-last"
import { HONORIFICS, NAMED_AFTER_SUFFIXES, PLACES } from "./exemptions"

/**
 * What a single word can be, as bit flags. Built once at module load from our
 * own lexicons plus compromise's word list (its ~3,000 English given names,
 * ~900 surnames, places, organisations and ordinary words), so a check only does
 * Set look-ups. Keys are lower-case, folded, without apostrophes ("o'brien" → "obrien").
 */
export const FIRST = 1
export const LAST = 2
/** An ordinary word (noun, verb, adjective, weekday…): weak evidence of a name. */
export const COMMON = 4
/** A place, organisation or team. */
export const PLACE = 8
export const TITLE = 16
/** "van", "de", "bin", "al"…: allowed inside a name, never at its edges. */
export const PARTICLE = 32
/** "Run", "Day", "University"…: after a name it names a thing, not a person. */
export const SUFFIX = 64
/** A function word ("My", "An", "The"): never the first word of a name. */
export const STOP = 128
/** Set with COMMON when the word is only guessed to be ordinary from its ending ("-ous", "-tion"). */
export const GUESSED = 512
/** A verb form ("won", "is", "scored"): after an unknown pair it suggests a person doing something. */
export const VERB = 256

export const PARTICLES = new Set(
  "van von vander der den de del della dela delos da das do dos di du des la le les lo bin binti bint ibn ben al el ter ten st y".split(
    " "
  )
)

const flags = new Map<string, number>()

export function wordKey(word: string): string {
  return word.toLowerCase().replace(/'/g, "")
}

function add(word: string, flag: number): void {
  const k = wordKey(word)
  if (k) flags.set(k, (flags.get(k) ?? 0) | flag)
}

function addNames(lists: Record<string, string>, flag: number): void {
  for (const list of Object.values(lists)) {
    for (const name of list.split(" ")) {
      if (!name) continue
      add(name, flag)
      // "del-rosario", "st-pierre": also the joined form and the meaningful parts.
      if (name.includes("-")) {
        add(name.replace(/-/g, ""), flag)
        for (const part of name.split("-"))
          if (part.length > 2 && !PARTICLES.has(part)) add(part, flag)
      }
    }
  }
}

const COMPROMISE_TAGS: Record<string, number> = {
  FemaleName: FIRST,
  MaleName: FIRST,
  FirstName: FIRST,
  LastName: LAST,
  Person: FIRST | LAST,
  City: PLACE,
  Country: PLACE,
  Region: PLACE,
  Place: PLACE,
  Organization: PLACE,
  SportsTeam: PLACE,
  ProperNoun: 0,
  PastTense: COMMON | VERB,
  PresentTense: COMMON | VERB,
  Copula: COMMON | VERB,
  Modal: COMMON | VERB,
  Auxiliary: COMMON | VERB,
  Verb: COMMON | VERB
}

function addCompromiseLexicon(): void {
  const model = nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } }
  const lexicon = model.one?.lexicon ?? {}
  for (const [word, tag] of Object.entries(lexicon)) {
    if (word.includes(" ")) continue
    const tags = Array.isArray(tag) ? tag : [tag]
    let flag = 0
    for (const t of tags) flag |= COMPROMISE_TAGS[t] ?? COMMON
    if (flag) add(word, flag)
  }
}

addCompromiseLexicon()
addNames(FIRST_NAMES_BY_ORIGIN, FIRST)
addNames(SURNAMES_BY_ORIGIN, LAST)
// Our name lists outrank compromise's guess that a name is an ordinary word ("Wang",
// "Mason"); words we ourselves list as ordinary get COMMON back just below.
for (const list of [FIRST_NAMES_BY_ORIGIN, SURNAMES_BY_ORIGIN])
  for (const names of Object.values(list))
    for (const name of names.split(" ")) {
      const k = wordKey(name)
      if (flags.has(k)) flags.set(k, flags.get(k)! & ~COMMON)
    }
for (const w of COMMON_WORDS.split(" ")) if (w) add(w, COMMON)
for (const w of FUNCTION_WORDS.split(" ")) if (w) add(w, STOP | COMMON)
for (const w of FRENCH_WORDS.split(" ")) if (w) add(w, COMMON)
for (const w of FRENCH_FUNCTION_WORDS.split(" ")) if (w) add(w, STOP | COMMON)
for (const w of QUANTITY_WORDS.split(" ")) if (w) add(w, STOP | COMMON)
// Nationalities before a region: "British Columbia", "Irish Sea".
for (const w of ["british", "irish"]) add(w, COMMON)
for (const w of POSITION_WORDS.split(" ")) add(w, COMMON)
// A school subject's short form starts no name: "Phys Ed" is not a person called Ed.
for (const w of ["phys", "phys.", "physed", "sci", "socials", "compsci"]) add(w, STOP | COMMON)
// …and their French counterparts after a name ("félix marion et hodan osman ont construit…").
for (const w of "ont est sont etait etaient avait avaient fait font remporte ecrit construit chante joue termine recu participe cree dessine".split(
  " "
))
  add(w, VERB | COMMON)
for (const w of "is was has had will won wins scored made played sang led ran read wrote drew helped built took".split(
  " "
))
  add(w, VERB | COMMON)
for (const p of PLACES) if (!p.includes(" ")) add(p, PLACE)
for (const t of HONORIFICS) add(t, TITLE)
for (const s of NAMED_AFTER_SUFFIXES) add(s, SUFFIX)
for (const p of PARTICLES) add(p, PARTICLE)

/**
 * English word endings that given names and surnames of the origins we cover
 * rarely have. Only consulted for words no lexicon knows ("Fundraising",
 * "Knights"), so "Manning" or "Ahmed" (known names) are unaffected.
 */
const ENGLISH_ENDING =
  /(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|[^qkvu]ist|ful|less|able|ible|ive|ous|ics|ogy|ward|wards|hood|dom|.{3}[^aeiou]ly|.{3}ies)$/

const guessed = new Map<string, number>()

/** Flags from the word lists only (no guessing from the ending). */
export function knownFlags(word: string): number {
  return flags.get(wordKey(word)) ?? 0
}

/** Flags for one word (already folded by the normaliser); 0 = unknown word. */
export function wordFlags(word: string): number {
  const key = wordKey(word)
  const known = flags.get(key)
  if (known !== undefined) return known
  let guess = guessed.get(key)
  if (guess === undefined) {
    guess = 0
    if (key.length >= 5 && ENGLISH_ENDING.test(key)) guess = COMMON | GUESSED
    // A plural of an ordinary word ("Knights", "Warriors", "Buddies").
    else if (key.endsWith("s") && (flags.get(key.slice(0, -1)) ?? 0) & COMMON) guess = COMMON
    if (guessed.size < 5000) guessed.set(key, guess)
  }
  return guess
}
