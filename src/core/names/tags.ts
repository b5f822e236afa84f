import { PLACES, PUBLIC_FIGURES } from "./exemptions"
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
 * name" turns it into "#GoSophie". A handle's range is the whole handle without
 * "@" ("sophie.tremblay09"): the fix replaces the handle, "@" included, by the
 * given name as plain text (see rules/student-full-name.ts).
 */
export interface TagName {
  start: number
  end: number
  given: { start: number; end: number }
  form: "hashtag" | "handle"
}

/** "#" or "@" not inside a word or an e-mail address, then the tag's characters. */
const TAG = /(^|[^\p{L}\p{N}_.@#])([#@])([\p{L}\p{N}_.]{3,60})/gu
/** The parts of a tag: capitalised words, lower-case runs, upper-case runs; digits, "_" and "." split. */
const PART = /\p{Lu}\p{Ll}+|\p{Ll}+|\p{Lu}+(?!\p{Ll})/gu

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
    // "#sophietremblay": one lower-case word that splits into given + surname.
    if (parts.length === 1 && parts[0]!.text === parts[0]!.text.toLowerCase()) {
      const split = splitJoined(parts[0]!)
      if (split) parts.splice(0, 1, ...split)
    }
    for (let i = 0; i + 1 < parts.length; i++) {
      const [g, f] = [parts[i]!, parts[i + 1]!]
      if (!given(g) || !surname(f)) continue
      const before = parts[i - 1]
      const after = parts[i + 2]
      if (before && before.flags & TITLE) break
      if (after && after.flags & SUFFIX) break
      const key = `${g.text} ${f.text}`.toLowerCase()
      if (PUBLIC_FIGURES.has(key) || PLACES.has(key)) break
      const handle = mark === "@"
      out.push({
        start: handle ? bodyStart : g.start,
        end: handle ? bodyStart + body.length : f.end,
        given: { start: g.start, end: g.end },
        form: handle ? "handle" : "hashtag"
      })
      break
    }
  }
  return out
}
