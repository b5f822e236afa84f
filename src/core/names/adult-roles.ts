import { quickToCompile } from "../text/quick-compile"
import { foldMarks } from "./words"
/**
 * Adults named with their role in front, in lower case as often as capitalised:
 *
 *   "volunteer Kim Dueck", "our guest presenter Kim Dueck", "team manager Kim Dueck",
 *   "notre bénévole Julie Gagnon", "our volunteers Kim Dueck and Jason Penner" (every name of
 *   the list after a plural role).
 *
 * AP 144 protects students; a volunteer or a guest named in a post is not its concern. A student
 * in the same role says so ("student volunteer Ava Flett", "Grade 6 helpers"), and then the name
 * stays a student's. Family is not here: "Emma's mom, Rebecca Starr" gives Emma's surname away.
 */

/** Roles that name an adult on their own (folded: no accents). */
const ROLE =
  String.raw`volunteers?|benevoles?|guests?|invite(?:e|s|es)?|` +
  String.raw`guest\s+(?:speaker|presenter|reader|artist|author|performer|musician|judge|chef)s?|` +
  String.raw`keynote\s+speakers?|conferencier(?:e|s|es)?|presentat(?:eur|rice)s?|` +
  String.raw`managers?|gerant(?:e|s|es)?|assistants?|adjoint(?:e|s|es)?|chaperones?|drivers?|` +
  String.raw`chauffeu(?:r|rs|se|ses)|sponsors?|commanditaires?|judges?|juges?`
const ROLE_BEFORE = quickToCompile(
  String.raw`(?:^|[^\p{L}\p{N}])(?:([\p{L}\p{N}]+)\s+)?(?:${ROLE})\s+$`,
  "iu"
)
/**
 * "student volunteer", "Grade 6 helpers", "jeunes bénévoles": the role is a student's. "parent
 * volunteer": a parent's full name gives away their child's surname, so it stays flagged.
 */
const STAYS_FLAGGED =
  /^(?:students?|eleves?|youth|jeunes?|peer|junior|kid|kids|class|\d+|parents?)$/i

/** Names already listed after the role: "volunteers Kim Dueck, Jason Penner and …". */
const LISTED_NAME =
  /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2}\s*(?:,\s*(?:and\s+|et\s+)?|\s+(?:and|et|&)\s+)$/u

/** A stem every role has: most names have none of them before, and skip the patterns. */
const ROLE_STEMS =
  /volunt|b[eé]n[eé]vol|guest|invit|keynote|conf[eé]renci|pr[eé]sentat|manag|g[eé]rant|assist|adjoint|chaperon|driver|chauffeu|sponsor|commandit|judge|juge/i

/** The name starting at `start` follows an adult's role (directly, or in a list after a plural one). */
export function adultRoleBefore(text: string, start: number): boolean {
  const near = text.slice(Math.max(0, start - 160), start)
  if (!ROLE_STEMS.test(near)) return false
  let before = foldMarks(near)
  for (let n = 0; n < 4; n++) {
    // After one name already listed, only a plural role ("volunteers", "judges") still covers it.
    if (roleRightBefore(before, n > 0)) return true
    const m = LISTED_NAME.exec(before)
    if (!m) return false
    before = before.slice(0, m.index)
  }
  return false
}

function roleRightBefore(before: string, plural: boolean): boolean {
  const m = ROLE_BEFORE.exec(before.slice(-60))
  if (!m || (m[1] && STAYS_FLAGGED.test(m[1]))) return false
  return !plural || /s\s*,?\s*$/i.test(m[0])
}
