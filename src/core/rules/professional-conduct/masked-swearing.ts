/**
 * Swearing the word lists miss, and church words that are not swearing:
 * - masked Québécois and English swears: "T@b*rn@k", "cr*ss", "h0st!e", "c*lice" (MASKED_SWEARING,
 *   part of lexicon.ts's MASKED);
 * - a masked swear inside a compound: "Motherf***er", "bulls**t", "dumb*ss", "jack@ss"
 *   (MASKED_COMPOUND; the stars stand for letters, so the writer meant the word);
 * - "elle a reçu l'hostie", "le ciboire doré": the sacred object after an article (sacredSense).
 * Text is accent-folded; patterns are case-insensitive.
 */

interface Span {
  start: number
  end: number
}

/** Masked Québécois and English swearing the word lists miss: "T@b*rn@k", "cr*ss", "h0st!e". */
const SWEARS = [
  "tabarnaque",
  "tabarnak",
  "tabarnac",
  "calisse",
  "calice",
  "caliss",
  "crisse",
  "criss",
  "hostie",
  "ostie",
  "osti",
  "estie",
  "esti",
  "ciboire",
  "sacrament",
  "viarge",
  "merde",
  "putain",
  "connasse",
  "connard",
  "salope",
  "batard",
  "encule",
  "asshole",
  "bastard",
  "bitch",
  "fuck",
  "shit"
]
const MASK_OF: Record<string, string> = { a: "a@4", e: "e3", i: "i1!", o: "o0", s: "s$5" }
const maskedForm = (word: string): string =>
  [...word].map((c) => `[${MASK_OF[c] ?? c}*#%]`).join("")
/** At least one mask symbol inside the word ("!" only before a letter: "Crisse!" is plain). */
export const MASKED_SWEARING = `(?<![\\w*@#$%!])(?=[a-z0-9!]*(?:[*@#$%]|![a-z]))(?:${SWEARS.map(maskedForm).join("|")})(?![\\w*@#$%])`

/** The first half of a compound swear: "mother-", "bull-", "dumb-". */
const COMPOUND_HEAD =
  "(?:mother|motha|mutha|muther|muda|bull|horse|chicken|dumb|jack|smart|lard|bad|kick|half|dip|cheap|tight|pain in the|holy)"
/** Its masked second half, with at least one mask symbol: "f***er", "s**t", "*ss". */
const MASKED_TAIL =
  "(?:f[*#@$]{1,4}(?:ck|k)?(?:er|ers|ing|in'?|ed|a|as|kas?)?|f[u*#@$][*#@$]k\\w*|s[h*#@$][*#@$!]{1,2}t\\w*|[a*#@$][s*#@$]{2}(?:es|hole)?)"
/** "Motherf***er", "Mother-f***ing", "bulls**t", "dumb*ss": masked, so meant. */
export const MASKED_COMPOUND = `(?<![\\w*@#$%])${COMPOUND_HEAD}[- ]?(?=[a-z]*[*#@$])${MASKED_TAIL}(?![\\w*@#$%])`

/** "elle a reçu l'hostie", "le ciboire doré": the sacred object, not the swear ("l'hostie de photocopieuse"). */
const SACRED_WORD = /^(?:h?osties?|ciboires?|calices?)$/i
const SACRED_BEFORE =
  /(?:\b(?:l'|la |le |une |un |les |des |sainte |saintes |saint |d'une |de l'|du ))$/i
const SWEAR_AFTER = /^(?:\s*(?:de |d'|d |que |qu'|-la|!)|s? d(?:e|')\s)/i

/** An offensive-word hit that names the host or a chalice after an article (not "l'hostie de…"). */
export function sacredSense(s: string, w: Span): boolean {
  return (
    SACRED_WORD.test(s.slice(w.start, w.end)) &&
    SACRED_BEFORE.test(s.slice(Math.max(0, w.start - 10), w.start)) &&
    !SWEAR_AFTER.test(s.slice(w.end, w.end + 6))
  )
}
