import {
  COMMON,
  FIRST,
  knownFlags,
  LAST,
  PARTICLE,
  PARTICLES,
  PLACE,
  STOP,
  TITLE,
  wordFlags
} from "./lexicon"
import { PLACES } from "./exemptions"
import { tokenize, type Token } from "./tokens"

/** A token with what the lexicons say about it. */
export interface Word extends Token {
  flags: number
  lower: boolean
}

export const NAME = FIRST | LAST
const SAINT = new Set(["st", "ste", "saint", "sainte"])

export function toWords(text: string): Word[] {
  // An explicit literal, not a spread: spreading ~1,000 tokens was the slowest step of a check.
  const words: Word[] = tokenize(text).map((t) => ({
    text: t.text,
    start: t.start,
    end: t.end,
    cap: t.cap,
    upper: t.upper,
    initial: t.initial,
    possessive: t.possessive,
    gap: t.gap,
    // "M. Tremblay": a lone "M." is the French "Monsieur"; other initials carry no lexicon flags.
    flags: t.initial ? (t.text === "M." ? TITLE : 0) : hyphenFlags(t.text),
    lower: !t.cap && !t.initial
  }))
  splitElisions(words)
  mergeSaintSurnames(words)
  return words
}

const ELISION = /^(?:d|l|qu|j|n|s)'(?=\p{Lu})/u

/**
 * "le poème d'Amara Nwosu", "Celle d'Oksana Balan": the French elided "d'" belongs to the
 * sentence, not to the given name. Only where a name starts (no capitalised name just before),
 * so a surname such as "Sophie d'Amours" stays whole.
 */
function splitElisions(words: Word[]): void {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    const m = ELISION.exec(w.text)
    if (!m) continue
    const prev = words[k - 1]
    if (prev && prev.cap && prev.flags & NAME && !(prev.flags & (COMMON | STOP))) continue
    const rest = w.text.slice(m[0].length)
    const flags = hyphenFlags(rest)
    if (!(flags & FIRST) && flags !== 0) continue
    words[k] = {
      ...w,
      text: rest,
      start: w.start + m[0].length,
      gap: w.gap + m[0],
      cap: true,
      upper: rest.length > 1 && rest === rest.toUpperCase(),
      flags,
      lower: false
    }
  }
}

function hyphenFlags(text: string): number {
  if (!text.includes("-")) return wordFlags(text)
  const whole = knownFlags(text)
  if (whole) return whole
  // "Saint-Germain", "St-Pierre", "Sainte-Marie": a surname, unless a place we know.
  if (/^(?:saint|sainte|st|ste)-\p{L}/iu.test(text))
    return PLACES.has(
      text
        .toLowerCase()
        .replace(/^sainte?-|^ste?-/, "st ")
        .replace(/-/g, " ")
    ) || PLACES.has(text.toLowerCase().replace(/-/g, " "))
      ? PLACE
      : LAST
  // Particles ("El-Sayed", "Abu-Bakr") say nothing about the rest of the name.
  const parts = text
    .split("-")
    .filter((p) => !PARTICLES.has(p.toLowerCase()))
    .map(wordFlags)
  let names = 0
  for (const p of parts) names |= p & NAME
  // "Mei-Ling" is a given name, "Courchene-Daniels" a surname; "Year-End" is just words, and
  // "Parent-Teacher" (Parent is also a surname) is words too, as far as starting a name goes.
  const wordy = parts.some((p) => p & COMMON && !(p & NAME)) ? COMMON : 0
  return names ? names | wordy : wordy
}

/** "Carter St. Pierre": after a given name, "St." + a capitalised word is one surname. */
function mergeSaintSurnames(words: Word[]): void {
  for (let k = 1; k + 1 < words.length; k++) {
    const [prev, st, next] = [words[k - 1]!, words[k]!, words[k + 1]!]
    if (!SAINT.has(st.text.toLowerCase()) || !st.cap || !next.cap) continue
    if (!prev.cap || !(prev.flags & FIRST) || prev.possessive) continue
    if (!/^\s+$/.test(st.gap) || !/^\.?\s+$/.test(next.gap)) continue
    const text = `${st.text}${next.gap}${next.text}`
    words.splice(k, 2, { ...next, start: st.start, gap: st.gap, text, flags: LAST })
  }
}

/** Capitalised, not in any word list: probably a name we do not know (Oluwakemi, Tkachuk). */
export function unknownCap(w: Word): boolean {
  // "MVPs", "PhD": two capitals in a row make an abbreviation, not a name.
  return (
    w.cap &&
    !w.upper &&
    !w.initial &&
    w.text.length >= 2 &&
    w.flags === 0 &&
    !/^\p{Lu}{2}/u.test(w.text)
  )
}

/** "van", "de", "al" sit inside a name but never start or end one (unless also a name: "Le", "Van"). */
export function edgeParticle(w: Word): boolean {
  return (w.flags & PARTICLE) !== 0 && (w.lower || !(w.flags & NAME))
}

/** Can be part of a candidate run; lower-case names only after a naming cue. */
export function nameShaped(w: Word, lowerOk: boolean): boolean {
  if (w.cap || w.initial || w.flags & PARTICLE) return true
  // After a cue, a lower-case word no list knows may be a surname ("merci à joseph mwamba");
  // judge() only accepts it next to a known name.
  if (lowerOk)
    return ((w.flags & NAME) !== 0 && !(w.flags & COMMON)) || (w.flags === 0 && w.text.length >= 3)
  // Typed on a phone inside a capitalised post ("Then sophie tremblay read…"): only words the
  // name lists know and nothing else does; judge() makes such a pair weak (it needs a cue or a verb).
  return (
    (w.flags & NAME) !== 0 && !(w.flags & (COMMON | PLACE | STOP | TITLE)) && w.text.length >= 3
  )
}

/** nameKey() for text that is already normalised (cheaper: no offset maps). */
export function spanKey(text: string, a: Word, b: Word): string {
  return text
    .slice(a.start, b.end)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
}

/** Accents and other combining marks removed ("Élèves" → "Eleves"), for word lists written without them. */
export function foldMarks(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "")
}
