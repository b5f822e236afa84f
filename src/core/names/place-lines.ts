import { PLACE_PREFIXES, PLACES, REGIONS } from "./exemptions"
import { FIRST, wordFlags } from "./lexicon"
import { quickToCompile } from "../text/quick-compile"

/**
 * Lists of places laid out like a roster: pen-pal towns, bus routes, tournament pools, schools.
 *
 *   Whitehorse, Yukon          Route 3 – Oak River, Rapid City      1. École Gabrielle-Roy
 *   Halifax, Nova Scotia       Route 9 – Birtle, Foxwarren          2. Collège Louis-Riel
 *
 * "Halifax, Nova" reads like "Surname, Given", so a line of such a list is skipped by the name
 * check when it, or both lines around it, name a place: a province or state after the comma,
 * a town we know with no given name beside it, or a place word first ("École", "Saint-Malo").
 * Only lines made of nothing but capitalised words (after a bullet, number or "Route 3 –"):
 * "Congrats to Ethan from Brandon, Manitoba!" is a sentence and is read as one.
 */

const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`
const PART = String.raw`${CAP}(?:\s+(?:${CAP}|de|des|du|la|le|les|of))*`
const PLACE_ITEM = quickToCompile(
  String.raw`^(?:[\s•·▪*\d.)]*|[^,;:\n]{1,25}?\s[-–—:]\s*)(${PART})(?:\s*,\s*(${PART}))?\s*[.!;]?\s*$`,
  "u"
)

const key = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'-]+/gu, " ")
    .trim()
const SAINTLY = /^(?:saint|sainte|st|ste|notre|ile|lac|fort|mont)-/

function placeLine(line: string): boolean {
  if (line.length > 80) return false
  const m = PLACE_ITEM.exec(line)
  if (!m) return false
  const a = key(m[1]!)
  const b = m[2] ? key(m[2]) : ""
  const first = a.split(" ")[0]!
  const bWords = b.split(" ").filter(Boolean)
  if (bWords.length && REGIONS.has(bWords[bWords.length - 1]!)) return true
  // "Saint-Germain, Jean-Philippe" is a surname and a given name; "Saint-Malo, Saint-Adolphe" not.
  const givenAfter = bWords.some(
    (w) => !SAINTLY.test(w) && w.split("-").some((p) => wordFlags(p) & FIRST)
  )
  if (PLACE_PREFIXES.has(first) || SAINTLY.test(first)) return !givenAfter
  // "Oak River, Rapid City", "Birtle, Foxwarren": a known town, and no given name after it.
  return PLACES.has(a) && (!givenAfter || PLACES.has(b))
}

/** For each line, whether it is a line of a list of places. */
export function placeLines(lines: readonly string[]): boolean[] {
  const place = lines.map(placeLine)
  return lines.map((l, k) => place[k]! || (!!place[k - 1] && !!place[k + 1] && PLACE_ITEM.test(l)))
}
