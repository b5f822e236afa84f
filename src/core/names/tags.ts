import { ORGANISATION_WORDS, PLACES, PUBLIC_FIGURES } from "./exemptions"
import { foldMarks } from "./words"
import { COMMON, FIRST, LAST, PLACE, STOP, SUFFIX, TITLE, wordFlags } from "./lexicon"

/**
 * Full names inside hashtags and handles: "#SophieTremblay", "#sophie_tremblay",
 * "@sophie.tremblay09", "#sophietremblay". A tag is as public as the post, so
 * its name counts; but a tag has no sentence around it to say "this is a
 * person", so both parts must be names the lexicons know: a given name that is
 * nothing else, then a surname that is not an ordinary word or a town
 * (#OrangeShirtDay, @BrandonLibrary, #MarkYourCalendars are not names). A word
 * naming a thing after it (#TerryFoxRun, #LouisRielDay), a title before it
 * (@mrs.flett, @coach_jordan_flett) or a public figure leave the tag alone.
 *
 * Ranges: a hashtag's range is the name part only, without "#" and without any
 * words around it ("#GoSophieTremblay" → "SophieTremblay"), so "keep the first
 * name" turns it into "#GoSophie". A handle's range is its name part too
 * ("sophie.tremblay" in "@sophie.tremblay09"), but its fix replaces the whole handle
 * (`tag`), "@" included, by the given name as plain text (rules/student-full-name).
 */
export interface TagName {
  start: number
  end: number
  given: { start: number; end: number }
  form: "hashtag" | "handle"
  /** A handle's whole body ("lily.friesen08"): the fix replaces it all, "@" included. */
  tag?: { start: number; end: number }
}

/** "#" or "@" not inside a word or an e-mail address, then the tag's characters. */
const TAG = /(^|[^\p{L}\p{N}_.@#])([#@])([\p{L}\p{N}_.]{3,60})/gu
/** The parts of a tag: capitalised words, lower-case runs, upper-case runs; digits, "_" and "." split. */
// "McKay", "MacLeod", "OConnor", "DesRosiers", "VanDerBerg" are one part ("#KaydenMcKay"),
// not "Mc" + "Kay": a surname's prefix or particle run together with the rest.
const PART =
  /(?:Ma?c|O|Des?|Du|V[ao]n(?:[Dd]e[rn])?|L[ae]|D[ai]|Dela|St)\p{Lu}\p{Ll}{2,}|\p{Lu}\p{Ll}+|\p{Ll}+|\p{Lu}+(?!\p{Ll})/gu

interface Part {
  text: string
  start: number
  end: number
  flags: number
}

function given(p: Part): boolean {
  return p.text.length >= 3 && (p.flags & FIRST) !== 0 && !(p.flags & (COMMON | PLACE | STOP))
}

function surname(p: Part): boolean {
  return p.text.length >= 3 && (p.flags & LAST) !== 0 && !(p.flags & (COMMON | PLACE | STOP))
}

/** Two-letter surnames (Vietnamese, Chinese, Korean): too short for surname() alone. */
const SHORT_SURNAMES = new Set("ho ng le wu li yu xu lu hu vo do ly ha oh".split(" "))

/** A part no list knows ("Kaiden", "Haddad"), long enough not to be an abbreviation. */
function unknown(p: Part, min: number): boolean {
  return p.flags === 0 && p.text.length >= min
}

/** "#LittératureFranco", "#PremièreNation": a French or English word, not a given name we lack. */
const WORD_ENDING = /(?:ure|ique|isme|tion|sion|ment|age|eur|euse|ite|oire|ness|ship|ing)$/
const unknownGiven = (p: Part): boolean => unknown(p, 3) && !WORD_ENDING.test(p.text.toLowerCase())

/** "#teamjaydenmcivor", "#gosophietremblay": a known word, then a joined name. */
function splitPrefixed(p: Part): Part[] | null {
  const whole = splitJoined(p)
  if (whole) return whole
  for (let at = 2; at <= p.text.length - 7; at++) {
    const prefix = p.text.slice(0, at)
    if (!(wordFlags(prefix) & (COMMON | STOP)) || wordFlags(prefix) & (FIRST | LAST)) continue
    const rest = { text: p.text.slice(at), start: p.start + at, end: p.end, flags: 0 }
    const split = splitJoined(rest)
    if (split) return [{ text: prefix, start: p.start, end: p.start + at, flags: 0 }, ...split]
  }
  return null
}

/** "sophietremblay": the one split into a known given name and a known surname. */
function splitJoined(p: Part): [Part, Part] | null {
  if (p.text.length < 7 || p.text.length > 30) return null
  let found: [Part, Part] | null = null
  for (let at = 3; at <= p.text.length - 4; at++) {
    const a = { text: p.text.slice(0, at), start: p.start, end: p.start + at, flags: 0 }
    a.flags = wordFlags(a.text)
    if (!given(a)) continue
    const b = { text: p.text.slice(at), start: p.start + at, end: p.end, flags: 0 }
    b.flags = wordFlags(b.text)
    if (!surname(b) || b.text.length < 4) continue
    if (found) return null // two readings: not sure enough
    found = [a, b]
  }
  return found
}

export function findTagNames(text: string): TagName[] {
  if (!text.includes("#") && !text.includes("@")) return []
  const out: TagName[] = []
  TAG.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = TAG.exec(text))) {
    const mark = m[2]!
    const bodyStart = m.index + m[1]!.length + 1
    const body = m[3]!.replace(/[._]+$/, "")
    const parts: Part[] = []
    PART.lastIndex = 0
    let p: RegExpExecArray | null
    while ((p = PART.exec(body)))
      parts.push({
        text: p[0],
        start: bodyStart + p.index,
        end: bodyStart + p.index + p[0].length,
        flags: wordFlags(p[0])
      })
    // "@CentreCulturelFrancoManitobain", "#ClubRotaryWinnipeg", "@SocieteHistoriqueStBoniface":
    // a word naming an institution makes the tag the organisation's, whatever names sit in it.
    if (parts.some((p) => ORGANISATION_WORDS.has(foldMarks(p.text).toLowerCase()))) continue
    // "#sophietremblay": one lower-case word that splits into given + surname.
    if (parts.length === 1 && parts[0]!.text === parts[0]!.text.toLowerCase()) {
      const split = splitPrefixed(parts[0]!)
      if (split) parts.splice(0, 1, ...split)
    }
    for (let i = 0; i + 1 < parts.length; i++) {
      const [g, f] = [parts[i]!, parts[i + 1]!]
      // "noor_haddad", "ines.benali": a separator typed between them marks given.surname.
      const separated = /^[._]+$/.test(text.slice(g.end, f.start))
      // The part is a whole word of the tag, not the tail of letters the parts skip.
      const atTagWordStart = (p: Part) => p.start === bodyStart || /[._]/.test(text[p.start - 1]!)
      const camel = /^\p{Lu}/u.test(g.text) && /^\p{Lu}\p{Ll}/u.test(f.text) && g.end === f.start
      const last = parts[i + 2]
      // "@abdi.hamza": surname first, then a given name that is nothing else.
      const reversed = surname(g) && given(f) && !(f.flags & LAST)
      const ok =
        (given(g) && surname(f)) ||
        // "#MinhHo", "#AnnaLi", "@anna.li": a two-letter surname, after a given name that is
        // nothing else and ending the tag's words.
        ((camel || separated) &&
          given(g) &&
          !(g.flags & LAST) &&
          SHORT_SURNAMES.has(f.text.toLowerCase()) &&
          (!last || last.start > f.end)) ||
        reversed ||
        // "#BravoKaidenSpence": an unknown capitalised given name, then a surname that is nothing else.
        // "@avneet_sandhu", "@tanis_flett.art": the same with a separator typed between them.
        ((camel || (separated && atTagWordStart(g))) &&
          unknownGiven(g) &&
          surname(f) &&
          // "#amira_abdi": a surname that is a given name too, after a typed separator only
          // ("#ChandailRose" is a French noun and its colour).
          (!(f.flags & FIRST) || (separated && g.text.length >= 4))) ||
        // "noor_haddad", "#BonneFeteEmileChartier": a clear given name, then an unknown surname.
        ((separated || camel) &&
          given(g) &&
          !(g.flags & LAST) &&
          unknown(f, 5) &&
          !/s$/.test(f.text) &&
          (!last || !(last.flags & SUFFIX)))
      if (!ok) continue
      // "#ClasseDeMmeGagnon": "DeMme" is "de" run into a title, not a given name.
      const runIn = /^(?:Des?|Du|L[ae]|D[ai])(?=\p{Lu})/u.exec(g.text)
      if (runIn && wordFlags(g.text.slice(runIn[0].length)) & TITLE) break
      const before = parts[i - 1]
      const after = parts[i + 2]
      if (before && before.flags & TITLE) break
      if (after && after.flags & SUFFIX) break
      const key = `${g.text} ${f.text}`.toLowerCase()
      if (PUBLIC_FIGURES.has(key) || PLACES.has(key)) break
      const handle = mark === "@"
      // "#NguyenBaoAnh": the given names after the surname, all of them.
      let end = f
      if (reversed)
        for (
          let k = i + 2;
          k < parts.length && given(parts[k]!) && parts[k]!.start === end.end;
          k++
        )
          end = parts[k]!
      // "#MeiLingSantos": a given name joined right before the given name is part of it.
      const lead = parts[i - 1]
      const start =
        !reversed && lead && lead.end === g.start && /^\p{Lu}/u.test(g.text) && given(lead)
          ? lead
          : g
      const first = reversed ? { start: f.start, end: end.end } : { start: start.start, end: g.end }
      // The range is the name ("lily.friesen" in "@lily.friesen08"); a handle's fix replaces it all.
      out.push({
        start: start.start,
        end: end.end,
        given: { start: first.start, end: first.end },
        form: handle ? "handle" : "hashtag",
        ...(handle ? { tag: { start: bodyStart, end: bodyStart + m[3]!.length } } : {})
      })
      break
    }
  }
  return out
}
