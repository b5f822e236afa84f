import {
  compileHashed,
  findHashed,
  type FindOptions,
  type HashedHit,
  type HashedNameList
} from "../../hash/names"
import { ALWAYS_TITLES } from "../../names/context"
import { STUDENT_THINGS } from "../../names/exemptions"
import {
  COMMON,
  FIRST,
  LAST,
  PLACE,
  STOP,
  SUFFIX,
  TITLE,
  VERB,
  wordFlags
} from "../../names/lexicon"

/**
 * A class-list hit is a CERTAIN finding ("in your class list"), so it must be the listed
 * student's own full name, not the same letters made of other people's words. The hashes
 * match word runs whatever surrounds them; these checks read the words around a hit:
 *
 * - "bravo à jordan tremblay, sophie roy": "tremblay, sophie" is listed Sophie Tremblay in
 *   roster order, but here "tremblay" ends Jordan's name and "sophie" starts Sophie Roy's.
 *   A surname-first hit whose surname follows a given name, or whose given name is followed
 *   by a surname, is two people's words.
 * - "congrats sophie tremblay gagnon": a longer name (a second surname) that is not listed.
 * - "thanks mme tremblay, sophie loved it", "ms tremblay sophie": the surname is an adult's.
 * - "#noahdayton": a listed name run together with letters that are no word (tagRest).
 * - In lower case nothing marks a name, so a hit must not be part of a phrase (lowerCasePhrase):
 *   "the leo paris trip", "in olivia mason jars", "our trip to paris leo loved it".
 * - "the land, nora land": a roster-order hit whose given name starts another hit is that hit's.
 * - "Lucas' rose drawing", "owen's land art": a possessive ends the name; the next word is a thing.
 * - "Benjamin Christian la remplacera": a lower-case word after a capitalised hit does not carry
 *   the name on ("la" is also a surname in the lexicon).
 *
 * Dropped hits are left to the guesser (names/detect.ts), which reads them as it would without
 * a class list.
 */

const WORD_BEFORE = /(\p{L}[\p{L}\p{M}'-]*)\.?(\s+)$/u
const WORD_AFTER = /^(\s+)(\p{L}[\p{L}\p{M}'-]*)/u

const givenNameWord = (w: string) => {
  const f = wordFlags(w)
  return (f & FIRST) !== 0 && !(f & (STOP | TITLE | VERB))
}
const surnameWord = (w: string) => {
  const f = wordFlags(w)
  return (f & LAST) !== 0 && !(f & (COMMON | STOP | TITLE | VERB))
}
/** Words of a sentence that the lexicon also knows as surnames ("la", "le"): never a name's end. */
const FUNCTION_WORDS = new Set("la le les et est au aux un une qui que".split(" "))
/** Only a surname: "gagnon", not "roy" (also a given name) nor "strong". */
const surnameOnly = (w: string) =>
  surnameWord(w) && !(wordFlags(w) & (FIRST | PLACE)) && !FUNCTION_WORDS.has(w.toLowerCase())

/** The rest of a run-together tag: an ordinary word ("go", "team", "rocks"), not a name's end. */
export const tagRest: NonNullable<FindOptions["tagRest"]> = (rest, after) => {
  const f = wordFlags(rest)
  return (f & (COMMON | STOP)) !== 0 && (!after || rest.length >= 4)
}

/** Before a lower-case hit: an article makes it a thing ("the leo paris trip"). */
const ARTICLES = new Set("the this that these la le les un une des ce cette ces".split(" "))
/** Before a place: "up grace hill", "near rowan lake". */
const PLACE_BEFORE = new Set(
  "up down climbed hiked near around across past toward towards behind vers pres".split(" ")
)
/** A surname that is also a word or a place ("paris", "mason", "bird", "day"). */
const wordLike = (w: string) => (wordFlags(w) & (COMMON | PLACE | SUFFIX)) !== 0

/**
 * A hit typed in lower case that reads as part of a phrase rather than a name: after an article;
 * surname first with no comma, the surname an ordinary word ("to paris leo loved it"); or a
 * surname that is a word followed by a thing it names ("olivia mason jars", "rowan bird feeders").
 */
function lowerCasePhrase(
  text: string,
  h: HashedHit,
  prev: string | undefined,
  next: string | undefined,
  surnameFirst: boolean
): boolean {
  // The surname: the hit without its given name ("paris" in "paris leo").
  const g = h.given
  const rest = !g ? "" : surnameFirst ? text.slice(h.start, g.start) : text.slice(g.end, h.end)
  const surname = rest.replace(/[\s,|]+/g, " ").trim()
  const f = next ? wordFlags(next) : 0
  const lowerNext = !!next && !/\p{Lu}/u.test(next) && !(f & (STOP | VERB | FIRST | LAST))
  // "the leo paris trip" is a thing; "reminder that emma kowalchuk and…" is a name ("that" is
  // also a conjunction): an article counts before a word-like surname or a thing that follows.
  if (prev && ARTICLES.has(prev.toLowerCase()) && (wordLike(surname) || lowerNext)) return true
  // "jade sinclair lake", "grace hill park": a place or thing named after the name.
  if (lowerNext && f & SUFFIX && !STUDENT_THINGS.has(next!)) return true
  if (!surname || !wordLike(surname)) return false
  if (surnameFirst) return !text.slice(h.start, h.end).includes(",")
  // "we walked up grace hill": a surname that is a word, after a word of going somewhere.
  if (prev && PLACE_BEFORE.has(prev.toLowerCase())) return true
  return lowerNext && /^\p{Ll}{3,}s$/u.test(next!) && !/(?:ss|us|is)$/.test(next!)
}

export function ownNames(text: string, hits: readonly HashedHit[]): HashedHit[] {
  const starts = new Set(hits.map((h) => h.start))
  return hits.filter((h) => {
    if (h.kind !== "full") return true
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, h.start - 40), h.start))
    const after = WORD_AFTER.exec(text.slice(h.end, h.end + 40))
    const prev = before?.[1]
    const lower = !/\p{Lu}/u.test(text.slice(h.start, h.end))
    const following = after && !starts.has(h.end + after[1]!.length) ? after[2] : undefined
    // Capitalised names are continued by capitalised words only.
    const next = following && (lower || !/^\p{Ll}/u.test(following)) ? following : undefined
    // "Lucas' rose", "owen's land": the first word is possessive, so the name ended there.
    if (/^\S*?\p{L}['’]s?\s/u.test(text.slice(h.start, h.end))) return false
    if (prev && ALWAYS_TITLES.has(prev.toLowerCase())) return false
    const surnameFirst = h.form.startsWith(",") || (h.given ? h.given.start > h.start : false)
    // "the land, nora land": the given name starts another hit, which is the name.
    if (surnameFirst && h.given && starts.has(h.given.start)) return false
    if (lower && lowerCasePhrase(text, h, prev, next, surnameFirst)) return false
    if (surnameFirst) return !(prev && givenNameWord(prev)) && !(next && surnameWord(next))
    return !(next && surnameOnly(next))
  })
}

/** The teacher's class list in one sentence: only the hits that are a listed student's own name. */
export function classListHits(text: string, list: HashedNameList | undefined): HashedHit[] {
  const ix = compileHashed(list)
  return ix ? ownNames(text, findHashed(text, ix, { splits: true, tagRest })) : []
}

/** Full names of the hashed non-disclosure list in one sentence (that rule reports them). */
export function nonDisclosedHits(text: string, list: HashedNameList | undefined): HashedHit[] {
  const ix = compileHashed(list)
  return ix ? findHashed(text, ix, { firsts: true }).filter((h) => h.kind === "full") : []
}
