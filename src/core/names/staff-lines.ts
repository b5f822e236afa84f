import { ROLES_AFTER } from "./context"
import { placeLines } from "./place-lines"
import { quickToCompile } from "../text/quick-compile"
import { foldMarks } from "./words"

/**
 * Lists of adults or organisations laid out like a roster of students:
 *
 *   Coaches:            Thank you to our sponsors:      Principal: Kowalski, Anna
 *   Dueck, Mark         Dueck Chevrolet                 Juges : Gagnon, Luc; Roy, Anne
 *   Penner, Jason       Friesen Lumber
 *
 * AP 144 protects students; staff, judges and sponsors named in a post are not its concern. A line
 * whose label (the words before ":") names such a group is skipped, and so are the short item
 * lines right under a label that ends its line, up to a blank line or the next label. A label
 * that also names students or awards ("Student volunteers:", "Coach's Award:") is not one.
 */

/** Groups of adults or organisations, English and French (accents folded). */
const ADULT_GROUP = quickToCompile(
  String.raw`(?:^|\s)(?:staff|equipe[- ]ecole|volunteers?|benevoles?|visiting teams|opposing teams|participating schools|schools attending|ecoles participantes|equipes invitees|teachers?|teaching team|coach(?:es|ing staff)?|head coach|assistant coach|judges?|adjudicators?|chaperones?|supervisors?|sponsors?|sponsored by|donors?|partners?|principal|vice-principal|administration|admin team|educational assistants?|eas?|bus drivers?|custodians?|guests?(?:\s+(?:artists?|speakers?|readers?|judges?|performers?|musicians?|presenters?|authors?))?|authors?|illustrators?|elders?|knowledge keepers?|trustees?|parent council|parent volunteers?|personnel|enseignant(?:e|es|s)?|entraineu(?:r|rs|se|ses)|juges?|accompagnat(?:eur|eurs|rice|rices)|commanditaires?|partenaires?|donateurs?|direction|directeur|directrice|aine(?:e|es|s)?|auteur(?:e|es|s)?|parents? benevoles?|` +
    // Drivers, officials, helpers at lunch, the parent council, retirees: adults in a pasted list.
    String.raw`(?:field trip |trip )?drivers?|chauffeurs?|officials?|referees?|umpires?|arbitres?|officiels?|` +
    String.raw`(?:hot lunch|lunch|pizza day|milk program|breakfast program|library) (?:helpers?|volunteers?|supervisors?)|` +
    String.raw`parent council(?: executive| exec| members)?|conseil (?:de parents|scolaire)|bus routes?|retire(?:ments?|es?)|retraite(?:s|es)?|` +
    // A reading list's lines are books and their authors ("Wonder, Palacio"), not students.
    String.raw`book list|reading list|novel study(?: choices| options| books)?|novels|liste de lecture|romans|` +
    String.raw`menu|lunch menu|hot lunch menu)(?:\s+(?:directory|list|contacts?|schedule|roster|sign-?up|needed|this week|this year|cette annee|today|on duty|de service|liste|horaire|bottin)){0,1}\s*$`,
  "i"
)
/** "Coach's Award:", "Volunteer of the Month winners:": what students win. */
const AWARD =
  /\b(?:awards?|prix|winners?|gagnant\w*|honou?r\w*|medal\w*|mvp|troph\w*|scholar\w*|bursar\w*|laureat\w*|merit|mention\w*|of the (?:month|week|year))\b/i
/** …unless the label names students or what students win. */
const STUDENT_LABEL =
  /\b(?:students?|eleves?|youth|jeunes|gr(?:ade)?|annee|kids|player|joueu|from|note|message|mot|de la|du|moment)\b/i

function adultLabel(line: string): { label: boolean; endsLine: boolean } {
  const colon = line.indexOf(":")
  // "Staff", "Our coaches 🏐", "Bénévoles": a heading line without a colon names the list too.
  if (colon < 0) {
    const heading = foldMarks(line)
      .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
      .trim()
    const ok =
      heading.split(/\s+/).length <= 4 &&
      ADULT_GROUP.test(heading) &&
      !STUDENT_LABEL.test(heading) &&
      !AWARD.test(heading)
    return { label: ok, endsLine: ok }
  }
  if (colon > 60) return { label: false, endsLine: false }
  const label = foldMarks(line.slice(0, colon))
  // "Principal: Kowalski, Anna", "Thank you to our sponsors:"; not "A note from our principal:",
  // nor a sentence after the colon ("Coach: thank you to Derek Sawatzky").
  const rest = line.slice(colon + 1).trim()
  const ok =
    label.trim().split(/\s+/).length <= 6 &&
    ADULT_GROUP.test(label) &&
    !STUDENT_LABEL.test(label) &&
    !AWARD.test(label) &&
    !/^\p{Ll}/u.test(rest)
  return { label: ok, endsLine: ok && !rest }
}

/** A line that is only a name: "Mark Dueck", "Dana Flett-Harper". */
const SIGNED_NAME = /^\s*\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}\s*$/u

/** A sign-off on its own line, before the writer's name (accents folded). */
const SIGN_OFF =
  /^\s*(?:thanks|thank you|many thanks|cheers|sincerely|regards|kind regards|warm regards|best|best wishes|warmly|respectfully|yours truly|love|with gratitude|merci|merci beaucoup|cordialement|amities|salutations|bien a vous|a bientot|from)\s*[,!.]?\s*$/i

/** An item under a label: short, no label of its own, not a sentence. */
const itemLine = (line: string) =>
  /^[^:!?]{1,60}[!?]?$/u.test(line) && line.split(/\s+/).length <= 8

/**
 * For each paragraph (one line each), whether it names adults or organisations. `breaks[k]`: a
 * blank line comes before paragraph k.
 */
export function staffLines(lines: readonly string[], breaks: readonly boolean[]): boolean[] {
  const out = lines.map(() => false)
  for (let k = 0; k < lines.length; k++) {
    // A signature: "Mark Dueck" on its own line, "Principal, Brandon School" under it.
    const role = /^\s*([\p{L}\p{M}-]+)/u.exec(foldMarks(lines[k + 1] ?? ""))?.[1]?.toLowerCase()
    if (role && ROLES_AFTER.has(role) && SIGNED_NAME.test(lines[k]!)) out[k] = true
    // "Cheers,\nDana Friesen", "Merci,\nLuc Gagnon": the writer signs under a sign-off.
    if (k > 0 && SIGN_OFF.test(foldMarks(lines[k - 1]!)) && SIGNED_NAME.test(lines[k]!))
      out[k] = true
    const { label, endsLine } = adultLabel(lines[k]!)
    if (!label) continue
    out[k] = true
    if (!endsLine) continue
    for (let n = k + 1; n < lines.length && !breaks[n] && itemLine(lines[n]!.trim()); n++)
      out[n] = true
  }
  return out
}

/** Paragraphs the name check skips: lists of places (place-lines.ts) and of adults or sponsors. */
export function notStudentLines(text: string, paras: readonly { start: number; text: string }[]) {
  const lines = paras.map((p) => p.text)
  const breaks = paras.map(
    (p, k) => k > 0 && /\n\s*\n/.test(text.slice(paras[k - 1]!.start, p.start))
  )
  const places = placeLines(lines)
  const staff = staffLines(lines, breaks)
  return lines.map((_, k) => places[k]! || staff[k]!)
}
