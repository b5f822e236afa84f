/**
 * Splits a sentence into the words a name can be made of, with offsets.
 * Hyphenated names ("Mei-Ling", "Courchene-Daniels") and inner apostrophes
 * ("O'Brien", "D'Souza") stay one word; a possessive "'s" / "'" is cut off so a
 * finding ends on the last letter of the name ("Ortiz's poster" → "Ortiz").
 */
export interface Token {
  /** The word as written, possessive removed. */
  text: string
  start: number
  end: number
  /** Starts with an upper-case letter. */
  cap: boolean
  /** Every letter is upper-case (headings, acronyms such as "PWSD"). */
  upper: boolean
  /** A single letter with a period ("J.", "E.B."). */
  initial: boolean
  possessive: boolean
  /** Text between the previous token's end and this token's start. */
  gap: string
}

const WORD =
  /\p{Lu}\.(?:\s?\p{Lu}\.)*|[\p{L}][\p{L}\p{M}]*(?:['-][\p{L}][\p{L}\p{M}]*)*(?:'s\b|'(?![\p{L}]))?/gu
/** "Dubois", and also "d'Amours", "l'Heureux", "O'Brien": capitalised after an elided particle. */
const UPPER = /^(?:\p{Lu}|[dl]'\p{Lu})/u

export function tokenize(text: string): Token[] {
  const out: Token[] = []
  let prevEnd = 0
  WORD.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = WORD.exec(text))) {
    let word = m[0]
    const start = m.index
    const initial = /^\p{Lu}\./u.test(word)
    let possessive = false
    if (!initial && /'s$/i.test(word)) {
      word = word.slice(0, -2)
      possessive = true
    } else if (!initial && word.endsWith("'")) {
      word = word.slice(0, -1)
      possessive = true
    }
    out.push({
      text: word,
      start,
      end: start + word.length,
      cap: UPPER.test(word),
      upper: word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase(),
      initial,
      possessive,
      gap: text.slice(prevEnd, start)
    })
    prevEnd = start + m[0].length
  }
  return out
}
