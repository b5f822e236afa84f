import fc from "fast-check"
import { readFileSync } from "fs"
import { join } from "path"
import type { CheckSettings } from "../../src/core/types"
import { defaultCheckSettings } from "../../src/settings/defaults"

/**
 * Generators for the checker's property tests: draft text that mixes real posts
 * from the eval corpus with the characters that break text code (lone
 * surrogates, emoji sequences, right-to-left script, invisible and combining
 * characters, look-alike letters), and settings with lists and custom rules.
 */

export const corpusPosts: string[] = readFileSync(join(__dirname, "../eval/corpus.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text)

// prettier-ignore
const NOISE = [
  // invisible: zero-width space / non-joiner / joiner, word joiner, BOM, soft hyphen, bidi marks and overrides
  "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E", "\u200F", "\u202E", "\u2066", "\u034F",
  // spaces: NBSP, narrow NBSP, thin, ideographic, tab, line and paragraph separators, CRLF
  "\u00A0", "\u202F", "\u2009", "\u3000", "\t", "\u2028", "\u2029", "\r\n", "\n\n", " ",
  // combining marks, alone and stacked; a ligature that expands when folded
  "\u0301", "\u0308", "\u0327", "e\u0301", "\u0301\u0302\u0303\u0304", "\uFB01", "\u1E9E",
  // emoji: ZWJ sequences, skin tones, flags, keycaps, variation selector
  "👩🏽‍🔬", "👨‍👩‍👧‍👦", "👍🏿", "🇨🇦", "1️⃣", "❤️", "🏳️‍🌈", "😀",
  // lone surrogates (a high one may pair with whatever follows)
  "\uD83D", "\uDE00", "\uDBFF", "\uDC00",
  // right-to-left text
  "مرحبا بالطلاب", "שלום כיתה", "\u0627\u0644\u0633\u0644\u0627\u0645",
  // look-alikes: Cyrillic, Greek, full-width, maths letters
  "а", "е", "о", "р", "с", "Α", "ο", "Ｅｍｍａ", "𝐄𝐦𝐦𝐚",
  // pieces the rules look for
  "Emma Thompson", "Ava Chen", "Thompson", "'s", ". ", "9:30", "at the zoo", "Park West School Division",
  "my students", "views are my own", "bus"
]
export const noise = fc.constantFrom(...NOISE)

/** Any UTF-16 code unit, so lone and mismatched surrogates are drawn as often as anything. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))

const anyString = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: "binary", maxLength }),
    fc.string({ unit: anyCodeUnit, maxLength }),
    fc.string({ unit: "grapheme", maxLength })
  )

/** A real post with noise spliced in at random places (inside names, times, words). */
export const splicedPost = fc
  .tuple(
    fc.constantFrom(...corpusPosts),
    fc.array(fc.tuple(fc.nat(), fc.oneof(noise, anyString(3))), { maxLength: 6 })
  )
  .map(([post, inserts]) => {
    let s = post
    for (const [at, piece] of inserts) {
      const i = at % (s.length + 1)
      s = s.slice(0, i) + piece + s.slice(i)
    }
    return s
  })

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...corpusPosts) },
  { weight: 3, arbitrary: splicedPost },
  { weight: 4, arbitrary: noise },
  { weight: 1, arbitrary: anyString(30) }
)

/** Draft text of up to roughly `pieces` posts and noise pieces. */
export const draftText = (pieces: number) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.array(piece, { maxLength: pieces }).map((a) => a.join("")) },
    { weight: 1, arbitrary: anyString(200) }
  )

/** Seeded, repeatable text of about `length` characters (for the 100,000-character runs). */
export function longText(seed: number, length: number, noisy: number): string {
  let x = seed || 1
  const next = () => (x = (x * 48271) % 2147483647) / 2147483647
  const parts: string[] = []
  let n = 0
  while (n < length) {
    const p =
      next() < noisy
        ? NOISE[Math.floor(next() * NOISE.length)]!
        : corpusPosts[Math.floor(next() * corpusPosts.length)]! + "\n\n"
    parts.push(p)
    n += p.length
  }
  return parts.join("").slice(0, length)
}

/** Settings with every list and rule kind the checker reads filled in. */
export const listSettings: CheckSettings = {
  ...defaultCheckSettings,
  schools: ["Lakeview School", "École Riverside"],
  officialAccounts: [{ site: "facebook", handle: "@pwsd" }],
  consentedNames: ["Kiona Flett", "Aiden Starr"],
  nonDisclosureNames: ["Emma Thompson", "Zoë Bélanger", "Ava Chen", "Mei-Ling Ortiz", "Ωmega"],
  allowList: ["Terry Fox"],
  disclaimerPhrases: [...defaultCheckSettings.disclaimerPhrases, "ne représente pas"],
  disclaimerText: "Views are my own. 🙂",
  customRules: [
    {
      id: "words",
      words: ["field trip", "bus", "Thompson", "café"],
      message: "m",
      severity: "warn"
    },
    { id: "time", pattern: "\\d{1,2}\\s*:\\s*\\d{2}", message: "t", severity: "info" },
    // Matches the empty string everywhere: the runner must step over it, emoji included.
    { id: "empty", pattern: "x*", message: "e", severity: "info" },
    { id: "any", pattern: ".", message: "a", severity: "info" },
    { id: "broken", pattern: "(", message: "b", severity: "block" }
  ]
}

export const settingsArb = fc.constantFrom(defaultCheckSettings, listSettings)

export const draftArb = (pieces: number) =>
  fc.record({
    text: draftText(pieces),
    site: fc.constantFrom(undefined, "facebook" as const, "x" as const),
    profile: fc.constantFrom(undefined, "Grade 3 teacher at Lakeview School", "Dad, hiker"),
    photo: fc.option(draftText(3), { nil: undefined })
  })
