/**
 * Large, realistic-looking name lists for the settings tests and the settings
 * bench: 10,000 distinct full names per list, made of invented first and last
 * names (no real roster). The consent and non-disclosure lists share no first
 * name, so a consented student is never flagged through the other list.
 */

const SYLLABLES_A = ["ka", "lo", "mi", "ra", "te", "no", "si", "va", "du", "be"]
const SYLLABLES_B = ["zu", "qe", "xo", "ji", "wy", "fo", "hu", "pe", "gy", "co"]
const ENDINGS = ["n", "ra", "lie", "th", "s", "mi", "ko", "ne", "rd", "x"]

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/** 100 invented first names from one syllable set (disjoint sets → disjoint names). */
function firstNames(set: string[]): string[] {
  const out: string[] = []
  for (const a of set) for (const b of set) out.push(cap(a + b))
  return out
}

/** 100 invented last names. */
const LAST_NAMES = SYLLABLES_A.flatMap((a) => ENDINGS.map((e) => `${cap(a)}vel${e}`))

/** `count` distinct full names: every first name with every last name, in a fixed order. */
function fullNames(firsts: string[], count: number): string[] {
  const out: string[] = []
  for (const last of LAST_NAMES) for (const first of firsts) out.push(`${first} ${last}`)
  return out.slice(0, count)
}

export const TEN_THOUSAND = 10_000

/** Full-name consent list; `extra` names are put in the middle. */
export function consentList(extra: string[] = [], count = TEN_THOUSAND): string[] {
  const names = fullNames(firstNames(SYLLABLES_A), count - extra.length)
  names.splice(Math.floor(names.length / 2), 0, ...extra)
  return names
}

/** Non-disclosure list; `extra` names are put at the very end (the last to be indexed). */
export function nonDisclosureList(extra: string[] = [], count = TEN_THOUSAND): string[] {
  return [...fullNames(firstNames(SYLLABLES_B), count - extra.length), ...extra]
}
