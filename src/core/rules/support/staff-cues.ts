import { quickToCompile } from "../../text/quick-compile"
import { nameKey, normalize } from "../../text/normalize"
import type { CheckSettings } from "../../types"

/**
 * What tells a reader that the author works for the division (ESM procedure 1(b)),
 * and whether a disclaimer is already there. Everything is compared in a folded
 * form (lower case, accents and curly quotes folded, punctuation as spaces) so
 * "Views are my own." and "VIEWS ARE MY OWN" match the phrase "views are my own".
 */

/** First-person work cues: the post says the author teaches or works somewhere. */
export const WORK_CUE = quickToCompile(
  "\\b(?:" +
    [
      "my (?:own )?(?:class|classes|classroom|students|kiddos|learners|homeroom|colleagues|coworkers|co-workers|staff|school|team of teachers)",
      "my (?:grade|gr\\.?) ?(?:\\d+|k|kindergarten|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)s?(?: \\w+)?",
      "my (?:kindergarten|kinder|k|preschool|nursery|middle years|high school|ela|math|science|french|band|art|music|gym|pe|phys ed) (?:class|classes|students|kids|kiddos|learners|team)",
      "my (?:kindergarteners|kindergartners|kinders|first graders|second graders|third graders|fourth graders|fifth graders|sixth graders|grade \\d+ers)",
      "i teach",
      "i(?:'m| am) (?:a|an|the) (?:\\w+ )?(?:teacher|educator|principal|vice-principal|vice principal|educational assistant|ea|counsellor|counselor|librarian|resource teacher)",
      "(?:teaching|teach|work|working|worked|employed|subbing|substitute teaching) (?:at|for|in|with)",
      "as (?:a|an|the) (?:\\w+ )?(?:teacher|educator|principal|vice-principal|staff member|employee|educational assistant|ea|counsellor|counselor|librarian) (?:at|in|for|with)",
      "our (?:staff|teachers|students|school team|staff team)",
      "proud to (?:work|teach|be part of|be a part of|serve)",
      "(?:my|our) (?:job|workplace|work family|school family)",
      "(?:love|loved|loving|enjoy|enjoyed|enjoying) teaching",
      "j'enseigne|mes eleves|ma classe|notre personnel"
    ].join("|") +
    ")\\b" +
    // Teacher hashtags ("#proudteacher", "#iteachfirst").
    "|#(?:proud(?:teacher|educator)|teacher(?:life|tribe|problems|mom|sofinstagram|sofig)?|iteach\\w*|educatorlife)\\b",
  "i"
)

/** A profile that names a school-staff role identifies the author even without the division name. */
export const STAFF_ROLE = quickToCompile(
  "\\b(?:teacher|teaching|educator|principal|vice-principal|vice principal|educational assistant|" +
    "teacher librarian|school counsellor|school counselor|resource teacher|superintendent|" +
    "kindergarten teacher|grade \\d+ teacher|enseignante?|directrice|directeur d'ecole|" +
    "school division|school district)\\b",
  "i"
)

/** A profile that names the division as a parent, student or graduate does not make the author staff. */
export const NOT_STAFF =
  /\b(?:parent (?:of|in|at)|proud (?:parent|mom|dad|grandparent|grandma|grandpa)|(?:mom|dad|mother|father|parent) (?:of|to) (?:a |an |two |three |\d )?(?:\w+ )?(?:students?|kids?|child|children|learners?) (?:at|in)|student at|alumn(?:us|a|i|ae)|graduate of|grad of|class of \d{4})\b/i

/**
 * Folds text for phrase comparison; "don't" and "do not" compare equal.
 * `alreadyNormalized` skips the normalisation pass for the rule's own (normalised) text.
 */
export function foldForPhrases(s: string, alreadyNormalized = false): string {
  const text = (alreadyNormalized ? s : normalize(s).text).toLowerCase()
  const words = text
    .replace(/n't\b/g, " not")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\bcannot\b/g, "can not")
  return ` ${words.trim()} `
}

const phraseCache = new WeakMap<CheckSettings, string[]>()

/** Accepted disclaimer phrases, folded; the configured disclaimer text always counts. */
function disclaimerKeys(settings: CheckSettings): string[] {
  let keys = phraseCache.get(settings)
  if (!keys) {
    keys = [...settings.disclaimerPhrases, settings.disclaimerText]
      .map((p) => foldForPhrases(p).trim())
      .filter(Boolean)
      .map((k) => ` ${k} `)
    phraseCache.set(settings, keys)
  }
  return keys
}

export function hasDisclaimer(folded: string, settings: CheckSettings): boolean {
  return disclaimerKeys(settings).some((k) => folded.includes(k))
}

const orgCache = new WeakMap<CheckSettings, RegExp | null>()
const namesCache = new WeakMap<readonly string[], RegExp | null>()

/** One regex for the division's names and its schools, tolerant of spacing and punctuation. */
export function orgPattern(settings: CheckSettings): RegExp | null {
  if (!orgCache.has(settings))
    orgCache.set(settings, namesPattern([...settings.divisionNames, ...settings.schools]))
  return orgCache.get(settings)!
}

/** The division's own names only (never an off-site place), compiled once per list. */
export function divisionPattern(settings: CheckSettings): RegExp | null {
  const names = settings.divisionNames
  if (!namesCache.has(names)) namesCache.set(names, namesPattern(names, "giu"))
  return namesCache.get(names)!
}

function namesPattern(names: readonly string[], flags = "iu"): RegExp | null {
  const variants = new Set<string>()
  for (const name of names) {
    const tokens = nameKey(name).split(" ").filter(Boolean)
    if (tokens.length) variants.add(tokens.join(" "))
    // "Oak Bank School" is often written "Oak Bank".
    if (tokens.length >= 3 && /^(?:school|ecole)$/.test(tokens[tokens.length - 1]!))
      variants.add(tokens.slice(0, -1).join(" "))
  }
  const alts = [...variants]
    .sort((a, b) => b.length - a.length)
    .map((v) => v.split(" ").map(escapeRegExp).join("[^\\p{L}\\p{N}]{1,3}"))
  return alts.length
    ? quickToCompile(`(?<![\\p{L}\\p{N}])(?:${alts.join("|")})(?![\\p{L}\\p{N}])`, flags)
    : null
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}
