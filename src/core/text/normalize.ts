/**
 * Normalises draft text for matching while keeping a map back to the original.
 *
 * Teachers paste from Word, phones insert non-breaking spaces and curly quotes,
 * and a name split by a zero-width space or spelled with a Cyrillic "а" must
 * still be caught. Every normalised character records the original range it
 * came from, so findings always point at what the teacher actually typed.
 */

export interface NormalizedText {
  /** The normalised text rules match against. */
  text: string
  /** starts[i] / ends[i]: original range that produced normalised char i. */
  starts: Int32Array
  ends: Int32Array
  original: string
}

/** Removed outright: zero-width characters, soft hyphen, BOM, bidi controls, variation selectors. */
// The class lists some combining code points on purpose (variation selectors, CGJ): they are removed.
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/

const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/
const COMBINING = /\p{M}/u

// prettier-ignore
const SIMPLE: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u02BC": "'", "\u2032": "'", "\u0060": "'", "\u00B4": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u00AB": '"', "\u00BB": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
  "\u2236": ":", "\uA789": ":", "\uFE55": ":", "\u2026": "...", "\r": "\n", "\u2028": "\n", "\u2029": "\n"
}

/**
 * Cyrillic and Greek letters that look like Latin ones. Applied only inside a
 * word that also has Latin letters, so genuine Ukrainian or Greek text is left alone.
 */
// prettier-ignore
const CONFUSABLES: Record<string, string> = {
  "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
  "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ɡ": "g", "һ": "h", "ӏ": "l",
  "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
  "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
  "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
  "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "α": "a", "ι": "i", "κ": "k", "ν": "v", "ρ": "p"
}
const LATIN = /[A-Za-z\u00C0-\u024F]/
const WORDISH = /[\p{L}\p{M}]/u
const HAS_LOOKALIKE = /[\u0370-\u052F\u0261]/

/** Per-character fold: compatibility decomposition, marks dropped (é → e, ﬁ → fi, Ｅ → E). */
const foldCache = new Map<string, string>()
function fold(ch: string): string {
  let out = foldCache.get(ch)
  if (out === undefined) {
    out = ""
    for (const c of ch.normalize("NFKD")) if (!COMBINING.test(c)) out += c
    if (foldCache.size < 20000) foldCache.set(ch, out)
  }
  return out
}

/** Latin letters, also when written full-width or as maths letters ("Ｅ", "𝐄" fold to "E"). */
function isLatin(ch: string): boolean {
  return LATIN.test(ch) || (ch.charCodeAt(0) > 0x2000 && /^[A-Za-z]+$/.test(fold(ch)))
}

/**
 * Marks the original offsets that sit inside a word mixing Latin and look-alike
 * letters. A word runs on through invisible characters too (INVISIBLE, not just
 * zero-width spaces): "Emm" + U+200E + Cyrillic "а" is still one word to a reader.
 */
function mixedScriptWords(s: string): Uint8Array {
  const mixed = new Uint8Array(s.length)
  let i = 0
  while (i < s.length) {
    let j = i
    let latin = false
    let lookalike = false
    while (j < s.length) {
      const ch = s.codePointAt(j)! > 0xffff ? s.slice(j, j + 2) : s[j]!
      if (!WORDISH.test(ch) && !INVISIBLE.test(ch)) break
      if (CONFUSABLES[ch]) lookalike = true
      else if (isLatin(ch)) latin = true
      j += ch.length
    }
    if (latin && lookalike) mixed.fill(1, i, j)
    i = j > i ? j : i + 1
  }
  return mixed
}

function replacementFor(ch: string, cp: number, lookalike: boolean): string {
  if (cp < 0x80) return cp === 0x60 ? "'" : cp === 0x0d ? "\n" : cp === 0x09 ? " " : ch
  if (INVISIBLE.test(ch)) return ""
  if (SPACES.test(ch)) return " "
  const simple = SIMPLE[ch]
  if (simple !== undefined) return simple
  if (lookalike && CONFUSABLES[ch]) return CONFUSABLES[ch]!
  return fold(ch)
}

export function normalize(original: string): NormalizedText {
  const n = original.length
  let starts = new Int32Array(n + 8)
  let ends = new Int32Array(n + 8)
  const parts: string[] = []
  let len = 0
  const mixed = HAS_LOOKALIKE.test(original) ? mixedScriptWords(original) : null

  for (let i = 0; i < n;) {
    const cp = original.codePointAt(i)!
    const width = cp > 0xffff ? 2 : 1
    const ch = width === 1 ? original[i]! : original.slice(i, i + 2)
    if (cp >= 0x300 && COMBINING.test(ch)) {
      // A combining mark belongs to the character before it: widen that range, emit
      // nothing. Widen every character it became ("가" folds to two jamo, "ﬁ" to "fi"),
      // or a finding on the first of them would leave the mark behind.
      for (let k = len - 1; k >= 0 && starts[k] === starts[len - 1]; k--) ends[k] = i + width
      i += width
      continue
    }
    const rep = replacementFor(ch, cp, mixed !== null && mixed[i] === 1)
    if (len + rep.length > starts.length) {
      const size = Math.max(starts.length * 2, len + rep.length + 8)
      const s2 = new Int32Array(size)
      const e2 = new Int32Array(size)
      s2.set(starts)
      e2.set(ends)
      starts = s2
      ends = e2
    }
    for (let k = 0; k < rep.length; k++) {
      starts[len] = i
      ends[len] = i + width
      len++
    }
    if (rep) parts.push(rep)
    i += width
  }
  return {
    text: parts.join(""),
    starts: starts.subarray(0, len),
    ends: ends.subarray(0, len),
    original
  }
}

/** Maps a normalised range [start, end) back to the original text. */
export function toOriginalRange(
  n: NormalizedText,
  start: number,
  end: number
): { start: number; end: number } {
  const len = n.text.length
  const s = Math.max(0, Math.min(start, len))
  const e = Math.max(s, Math.min(end, len))
  const oStart = s < len ? n.starts[s]! : n.original.length
  const oEnd = e > s ? n.ends[e - 1]! : oStart
  return { start: oStart, end: oEnd }
}

/** The original text behind a normalised range (what the teacher typed, accents and all). */
export function originalSlice(n: NormalizedText, start: number, end: number): string {
  const r = toOriginalRange(n, start, end)
  return n.original.slice(r.start, r.end)
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

/** Case- and accent-insensitive key for comparing names from settings with text. */
export function nameKey(s: string): string {
  // Printable ASCII has nothing to fold (no accents, look-alikes or invisibles), and
  // settings may hold 30,000 names: skip building offset maps for those.
  const folded = PRINTABLE_ASCII.test(s) ? s : normalize(s).text
  return folded
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
}
