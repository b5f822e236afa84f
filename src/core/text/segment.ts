/**
 * Splits normalised text into paragraphs and sentences with their offsets.
 *
 * Segments are the unit of caching: after a one-character edit only the
 * segment that changed is checked again. Boundaries therefore need to be
 * stable rather than linguistically perfect, but they must not cut a title
 * from its name ("Mr. Daniels") or a time from its "a.m.".
 */

export interface Segment {
  start: number
  end: number
  text: string
}

/** Words after which a period does not end a sentence. Lower-case, no period. */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "mx",
  "dr",
  "st",
  "ste",
  "mt",
  "ft",
  "jr",
  "sr",
  "prof",
  "rev",
  "fr",
  "sgt",
  "capt",
  "lt",
  "gen",
  "gov",
  "hon",
  "mme",
  "mlle",
  "m",
  "a.m",
  "p.m",
  "am",
  "pm",
  "e.g",
  "i.e",
  "etc",
  "vs",
  "no",
  "ave",
  "rd",
  "blvd",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
  "sun",
  "gr",
  "approx"
])

export function paragraphs(text: string): Segment[] {
  const out: Segment[] = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      if (i > start && text.slice(start, i).trim())
        out.push({ start, end: i, text: text.slice(start, i) })
      start = i + 1
    }
  }
  return out
}

/** Sentences inside one paragraph, offsets relative to the whole text. */
export function sentences(p: Segment): Segment[] {
  const out: Segment[] = []
  const t = p.text
  let start = 0
  const re = /[.!?]+(?=\s+|$)/g
  let m: RegExpExecArray | null
  while ((m = re.exec(t))) {
    const stop = m.index + m[0].length
    if (m[0] === ".") {
      const before = /([\p{L}.]+)$/u.exec(t.slice(Math.max(0, m.index - 12), m.index))
      const word = before ? before[1]!.toLowerCase() : ""
      // "Mr. Daniels", "8 a.m. at", initials such as "J. Starr": not an end.
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue
      // "Park West S.D. are asking…": an initialism followed by a lower-case word goes on.
      if (/^(?:\p{L}\.)+\p{L}$/u.test(word) && /^\s+\p{Ll}/u.test(t.slice(stop))) continue
    }
    let next = stop
    while (next < t.length && /\s/.test(t[next]!)) next++
    if (t.slice(start, stop).trim()) out.push(segment(p, start, stop))
    start = next
  }
  if (start < t.length && t.slice(start).trim()) out.push(segment(p, start, t.length))
  return out
}

function segment(p: Segment, from: number, to: number): Segment {
  return { start: p.start + from, end: p.start + to, text: p.text.slice(from, to) }
}
