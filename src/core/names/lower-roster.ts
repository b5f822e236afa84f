import { COMMON, FIRST, LAST, PLACE, STOP, TITLE, VERB } from "./lexicon"
import type { RosterPair } from "./roster"
import type { Word } from "./words"

/**
 * A roster typed without capitals: "honour roll: sandhu, harleen / batista, joshua / klassen, mia".
 * Capitals cannot mark the surname, so the lexicons must: a known surname, a comma, a known given
 * name, neither an ordinary word or a place, each standing as a list item, and at least two such
 * items in the sentence ("smith, john" alone may be anything).
 */
const BAD = COMMON | PLACE | STOP | TITLE | VERB
const ITEM_BEFORE = /(?:^|[:;/•·|]|\s[-–])\s*$/
const ITEM_AFTER = /^\s*(?:[;/•·|.!]|$|[-–]\s)/

export function lowerRosterPairs(text: string, words: Word[], used: boolean[]): RosterPair[] {
  const sure: RosterPair[] = []
  // "batista, joshua", "flett, tanis": one of the two words unknown, beside sure items.
  const loose: RosterPair[] = []
  const unknown = (x: Word) => x.flags === 0 && x.text.length >= 3
  for (let k = 0; k + 1 < words.length; k++) {
    const [w, n] = [words[k]!, words[k + 1]!]
    if (used[k] || used[k + 1] || !w.lower || !n.lower || !/^,\s*$/.test(n.gap)) continue
    if (!ITEM_BEFORE.test(text.slice(Math.max(0, w.start - 20), w.start))) continue
    if (!ITEM_AFTER.test(text.slice(n.end, n.end + 20))) continue
    const surname = (w.flags & LAST) !== 0 && !(w.flags & BAD) && w.text.length >= 3
    const given = (n.flags & FIRST) !== 0 && !(n.flags & BAD) && n.text.length >= 3
    if (surname && given) sure.push({ k, last: k + 1, first: k })
    else if ((surname && unknown(n)) || (given && unknown(w)))
      loose.push({ k, last: k + 1, first: k })
  }
  if (sure.length + loose.length < 2 || !sure.length) return []
  return [...sure, ...loose].sort((a, b) => a.k - b.k)
}
