import { normalize } from "../../text/normalize"

/**
 * A settings name list (e.g. the non-disclosure list) compiled for fast lookup.
 *
 * Names are split into lower-case, accent-free word tokens (via `nameKey`), and
 * indexed by their first token, so checking a sentence costs one map lookup per
 * word however long the list is. A list is compiled once per array identity:
 * settings objects are immutable for the life of a Checker.
 */

export interface NameEntry {
  tokens: string[]
  /** True for the first name on its own ("Ava" from "Ava Chen"). */
  firstOnly: boolean
}

export type NameIndex = Map<string, NameEntry[]>

/** First names that are also everyday words: alone, they count only when written with a capital. */
export const COMMON_WORD_NAMES = new Set(
  (
    "will may june april august grace hope faith joy rose summer autumn winter dawn eve " +
    "mark bill art max pat sky river brook storm honey sunny ray rich frank chase hunter " +
    "paris jack penny ruby amber jade violet iris ivy holly lily daisy sage reed wade " +
    "sue lane dale glen cliff rob guy don ken van an le so mo jo al ben"
  ).split(" ")
)

const cache = new WeakMap<readonly string[], NameIndex>()

const tokensOf = (s: string): string[] => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean)

export function compileNameList(names: readonly string[]): NameIndex {
  let index = cache.get(names)
  if (index) return index
  index = new Map()
  const seen = new Set<string>()
  const add = (tokens: string[], firstOnly: boolean): void => {
    const key = tokens.join(" ")
    if (!tokens[0] || seen.has(key)) return
    seen.add(key)
    const list = index!.get(tokens[0]) ?? []
    list.push({ tokens, firstOnly })
    index!.set(tokens[0], list)
  }
  for (const name of names) {
    // Same folding as nameKey (accents, look-alikes, case), done once per name.
    const plain = /^[\x20-\x7e]*$/.test(name) // ASCII needs no folding beyond case
    const folded = (plain ? name : normalize(name).text).toLowerCase().trim()
    const full = tokensOf(folded)
    if (full.length === 0) continue
    add(full, false)
    const first = tokensOf(folded.split(/\s+/)[0] ?? "")
    if (first.length > 0 && first.length < full.length) add(first, true)
  }
  // Longest first, so "Ava Chen" wins over "Ava" at the same position.
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length)
  cache.set(names, index)
  return index
}

export interface NameMatch {
  start: number
  end: number
  /** End including a possessive "'s" / "'", for removal fixes. */
  endWithPossessive: number
  firstOnly: boolean
}

interface Token {
  key: string
  start: number
  end: number
}

/** Only spaces, hyphens, apostrophes or dots may sit between the words of one name. */
const JOIN = /^[\s'.-]{1,3}$/

export function findNames(text: string, index: NameIndex): NameMatch[] {
  if (index.size === 0) return []
  const tokens: Token[] = []
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu))
    tokens.push({ key: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length })
  const out: NameMatch[] = []
  for (let i = 0; i < tokens.length; i++) {
    const entries = index.get(tokens[i]!.key)
    if (!entries) continue
    const entry = entries.find((e) => matchesAt(text, tokens, i, e))
    if (!entry) continue
    const start = tokens[i]!.start
    const end = tokens[i + entry.tokens.length - 1]!.end
    const poss = /^'s?(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 3))
    out.push({
      start,
      end,
      endWithPossessive: end + (poss ? poss[0].length : 0),
      firstOnly: entry.firstOnly
    })
    i += entry.tokens.length - 1
  }
  return out
}

function matchesAt(text: string, tokens: Token[], i: number, e: NameEntry): boolean {
  for (let k = 0; k < e.tokens.length; k++) {
    const t = tokens[i + k]
    if (!t || t.key !== e.tokens[k]) return false
    if (k > 0 && !JOIN.test(text.slice(tokens[i + k - 1]!.end, t.start))) return false
  }
  const start = tokens[i]!.start
  const end = tokens[i + e.tokens.length - 1]!.end
  // Whole words: "Ava" is not flagged inside the compound first name "Ava-Rose".
  if (/[\p{L}\p{N}]-$/u.test(text.slice(Math.max(0, start - 2), start))) return false
  if (/^-[\p{L}\p{N}]/u.test(text.slice(end, end + 2))) return false
  if (e.tokens.length === 1 && COMMON_WORD_NAMES.has(e.tokens[0]!)) {
    // "will", "May", "Grace" at the start of a sentence are most likely words, not the student.
    const written = text.slice(start, end)
    if (written[0] === written[0]!.toLowerCase()) return false
    if (!/[\p{L}\p{N}]/u.test(text.slice(0, start))) return false
  }
  return true
}
