import { COMMON, FIRST, LAST, PLACE, STOP, knownFlags } from "../../names/lexicon"
import { ACCOMMODATION_DETAILS } from "./accommodations"
import { CONDUCT_ACT_DETAILS } from "./conduct-acts"
import { WIDER_DETAILS } from "./detail-grammar"
import { EVERYDAY_DETAILS } from "./everyday-details"
import { HEALTH_STATUS_DETAILS } from "./health-status"
import { RECORD_DETAILS } from "./record-details"
import { SUPPORT_PEOPLE_DETAILS } from "./support-people"
import { SUPPORT_SERVICE_DETAILS } from "./support-services"
import { SUPPORT_SHORTHAND_DETAILS } from "./support-shorthand"
import { SUPPORT_STATUS_DETAILS } from "./support-status"
import {
  DETAIL_KINDS,
  NOT_A_NAME,
  PRONOUN,
  STUDENT_PHRASE,
  TITLE_BEFORE,
  TOPIC_CUE
} from "./lexicon"
import {
  ENDEARMENT_BEFORE,
  MORE_STUDENT_PHRASE,
  NAME_LIKE,
  NEVER_A_NAME,
  STRONG_PERSON_AFTER
} from "./student-refs"
import { quickToCompile } from "../../text/quick-compile"

/**
 * confidential-student-info, one sentence at a time: is there an identifiable
 * student, which confidential details are stated, and which clause the fix can
 * take out. What is computed depends only on the sentence (memoised by the rule).
 */

/** Staff after a name: "Karen, our principal, …" is not a student. */
const STAFF_AFTER =
  /^(?: (?:from|in|at) the (?:front )?office\b| \((?:staff|teacher|ea|our \w+)\))|^,? (?:our|my|the|notre|mon|ma) (?:principal|vice-principal|vp|teacher|ea|secretary|custodian|superintendent|bus driver|librarian|counsell?or|directeur|directrice|enseignante?|secretaire|concierge)\b/i
/** After a name that is also an ordinary word, only these make it a person. */
const PERSON_AFTER = quickToCompile(
  "^(?:'s\\b|, who\\b|, qui\\b| (?:from|in) (?:my|our) (?:\\w+ ){0,2}(?:class|homeroom|room)\\b| (?:de|dans) (?:ma|notre) classe\\b| (?:is|was|has|had|lives|will|who|just|finally|still|got|gets|broke|missed|started|went|came|needs|arrived|scored|failed|passed|works|uses|sees|goes|reads|takes|and (?:his|her) (?:family|mom|dad|parents)" +
    "|moves|moved|is moving|spent|spends|has been|had to|receives|received|uses|qualifies|told|tells|said|says|asked|lost|loves|left|missed|broke|struggles|struggled|needs|won't|can't|didn't|isn't|wasn't|doesn't|writes|wrote|wears|sits|does|did" +
    "|est|a|vit|habite|va|fait|vient|arrive|travaille|lit|recoit|doit|prend|sera|etait|avait|et sa famille|qui" +
    "|demenage|part|quitte|manque|n'a|n'est|ne|commence|a commence|aura|souffre)\\b)"
)

const FRENCH_VERB = /^ (?:est|a|vit|va|fait|vient|etait|avait|doit|prend|lit|sera)\b/

/** Words that open a subordinate clause the fix can take out on its own. */
const SUBORDINATE =
  /\s+(?:after|since|because|despite|although|even though|while|who|whose|apres|depuis|malgre|parce qu'|qui|dont)\b/gi

const NAME_WORD = /\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b/g

/** Before a name: a member of its family ("les parents de", "la mère d'"). */
const FAMILY_OF =
  /\b(?:parents|mere|pere|maman|papa|famille|soeur|frere|grand-mere|grand-pere) (?:de |d')$/i

export function hasStudent(s: string): boolean {
  if (STUDENT_PHRASE.test(s) || MORE_STUDENT_PHRASE.test(s)) return true
  for (const m of s.matchAll(NAME_WORD)) {
    const word = m[0]
    const key = word.toLowerCase()
    if (NEVER_A_NAME.has(key)) continue
    const flags = knownFlags(word)
    const before = s.slice(Math.max(0, m.index - 20), m.index)
    // "mon petit Louis", "little Grace": a capitalised word after an endearment is a child.
    if (ENDEARMENT_BEFORE.test(before) && (flags & FIRST || !(flags & (COMMON | PLACE | STOP))))
      return true
    // "les parents de Capucine": a family around a capitalised word makes it a child's name.
    if (FAMILY_OF.test(s.slice(Math.max(0, m.index - 20), m.index))) return true
    if (!(flags & FIRST)) continue
    const after = s.slice(m.index + word.length, m.index + word.length + 40)
    // "Grace's EA": a given name that is also a word counts with a person cue, except a
    // sentence-opening "Summer is…" / "Art was…", where it is more often the word (a French
    // verb after it, "Rose est…", is a person: the English words do not open French sentences).
    // "Grace in my class", "Chase's mom" are people wherever they stand; so is a sentence-opening
    // "Chase was…", as those names open sentences as words far less often than "Will" or "Summer".
    if (
      NOT_A_NAME.has(key) &&
      !STRONG_PERSON_AFTER.test(after) &&
      (!PERSON_AFTER.test(after) ||
        (m.index === 0 && after[0] === " " && !FRENCH_VERB.test(after) && !NAME_LIKE.has(key)))
    )
      continue
    if (TITLE_BEFORE.test(s.slice(Math.max(0, m.index - 20), m.index))) continue
    if (STAFF_AFTER.test(after)) continue
    // Also an ordinary word ("Will", "Page"), a place or a function word: only with a person cue.
    if (flags & (COMMON | PLACE | STOP) && !PERSON_AFTER.test(after)) continue
    return true
  }
  return unknownName(s)
}

/** A word no list knows ("Noelani", "Tyrell"), inside the sentence, with a person cue around it. */
const UNKNOWN_BEFORE = /\b(?:for|to|with|pour|avec|of|de|congrats|bravo|welcome|bienvenue)\s$/i
/** After "proud of Tavish" / "with Amira": the end of a phrase, a time ("this week", "every day"), a class. */
const UNKNOWN_AFTER =
  /^(?:\s+-|,|!|[.?]\s*$|\s*$|\s+(?:this|every|each|today|tonight|all|who|for|from (?:my|our)|in (?:my|our)|cette|ce|chaque|tous|toute|aujourd'hui|qui|de (?:ma|mon|notre))\b)/i
function unknownName(s: string): boolean {
  for (const m of s.matchAll(NAME_WORD)) {
    const key = m[0].toLowerCase()
    if (NOT_A_NAME.has(key) || NEVER_A_NAME.has(key)) continue
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 40)
    const flags = knownFlags(m[0])
    // A word known only as a surname ("Harris is failing…") is a person with a verb after it.
    if (flags === LAST) {
      if (
        PERSON_AFTER.test(after) &&
        !TITLE_BEFORE.test(s.slice(Math.max(0, m.index - 20), m.index))
      )
        return true
      continue
    }
    if (flags !== 0) continue
    const before = s.slice(Math.max(0, m.index - 20), m.index)
    if (TITLE_BEFORE.test(before)) continue
    if (PERSON_AFTER.test(after)) return true
    // Sentence-initial (also after an emoji or a quote): only with the person cue after it.
    if (!/[\p{L}\d,]/u.test(s.slice(0, m.index))) continue
    if (UNKNOWN_BEFORE.test(before) && UNKNOWN_AFTER.test(after)) return true
  }
  return false
}

export interface Detail {
  start: number
  end: number
}

export interface Facts {
  student: boolean
  pronoun: boolean
  /** A short sentence with no subject of its own ("Suspension for both."): it continues the one before. */
  short: boolean
  /** Any he/she/il/elle, detail or not: keeps a student in view across sentences. */
  refersBack: boolean
  /** A detail said of "a student" / "un élève" (no one yet): the next sentence may name the child. */
  indefinite: boolean
  /** The sentence opens on a student's name as its subject ("Dylan in my class is…", "Loïc a…"). */
  opensWithName: boolean
  /** Several children's plans, no one named ("Writing IEPs all weekend", "écrire des PEI"). */
  plans: boolean
  /** A name standing for its own plan after such a sentence ("Liam's alone is 14 pages", "Celui de Xavier…"). */
  ellipsis: Detail | null
  details: Detail[]
}

const ALL_DETAILS: { re: RegExp; unless?: RegExp }[] = [
  ...DETAIL_KINDS,
  ...WIDER_DETAILS,
  ...SUPPORT_STATUS_DETAILS,
  ...SUPPORT_PEOPLE_DETAILS,
  ...SUPPORT_SHORTHAND_DETAILS,
  ...CONDUCT_ACT_DETAILS,
  ...HEALTH_STATUS_DETAILS,
  ...RECORD_DETAILS,
  ...EVERYDAY_DETAILS,
  ...ACCOMMODATION_DETAILS,
  ...SUPPORT_SERVICE_DETAILS
]

/** A detail that names its owner: "'s allergy", "l'allergie de Maëlle". */
const OWNED = /^(?:'s|[Hh]is|[Hh]er|[Tt]heir|[Ss]on|[Ss]a|[Ss]es)\b|\b(?:de|d') ?[A-Z]\w*$/
/** Topic cues that are only a calendar word ("field day", "la journée sportive"). */
const CALENDAR_CUE = /^(?:day|week|month|journee|semaine|mois)$/i

/** Global copies, so a topic mention early in a sentence does not hide a personal detail later on. */
const SCANNERS = ALL_DETAILS.map(({ re, unless }) => ({
  re: quickToCompile(re.source, re.flags.replace("g", "") + "g"),
  unless
}))

/** Cues count within 40 characters of the detail; 20 more give their look-behinds whole words ("big day"). */
const CUES = quickToCompile(TOPIC_CUE.source, TOPIC_CUE.flags + "g")

function isTopic(s: string, m: RegExpExecArray, unless?: RegExp): boolean {
  const before = s.slice(Math.max(0, m.index - 40), m.index)
  const context = s.slice(Math.max(0, m.index - 60), m.index)
  const owned = OWNED.test(m[0])
  for (const cue of context.matchAll(CUES)) {
    if (cue.index + cue[0].length <= context.length - 40) continue
    // A detail a named student owns ("Lucía's peanut allergy") is not a topic, whatever day it is.
    if (!(owned && CALENDAR_CUE.test(cue[0]))) return true
  }
  return unless?.test(before) ?? false
}

function findDetails(s: string): Detail[] {
  const out: Detail[] = []
  for (const { re, unless } of SCANNERS) {
    re.lastIndex = 0
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m[0] === "") {
        re.lastIndex++
        continue
      }
      if (isTopic(s, m, unless)) continue
      out.push({ start: m.index, end: m.index + m[0].length })
      break
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * "Tips for a student with dyscalculia?", "des trucs pour un élève dyscalculique": one child
 * not yet named. Not "every student", "a student-led", nor a plural.
 */
const INDEFINITE_CHILD =
  /\b(?:a|an|one|un|une) (?:\w+ )?(?:student|kid|kiddo|child|learner|boy|girl|eleve|enfant|jeune|garcon|fille)\b(?![-'])/i

/** A name opening the sentence as its subject: "Dylan in my grade 4 class is…", "Loïc a besoin…". */
const LEAD_NAME = /^([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[ ,'])/

function opensWithName(s: string): boolean {
  const m = LEAD_NAME.exec(s)
  if (!m) return false
  const key = m[1]!.toLowerCase()
  if (NOT_A_NAME.has(key) || NEVER_A_NAME.has(key)) return false
  const flags = knownFlags(m[1]!)
  if (!(flags & FIRST) && flags !== 0) return false
  if (flags & (COMMON | PLACE | STOP)) return false
  const after = s.slice(m[1]!.length, m[1]!.length + 40)
  if (STAFF_AFTER.test(after)) return false
  return STRONG_PERSON_AFTER.test(after) || PERSON_AFTER.test(after)
}

/** Plans written for several children: IEPs, PEI, student-specific plans (not "safety plans" for a drill). */
const PLANS =
  /\b(?:ieps|ipps|ppis|peis)\b|\b(?:des|les|mes|nos|ces|\d+) (?:pei|ppi|ipp)\b|\b(?:student-specific|individual(?:ized)?|iep|behaviou?r(?:al)?|education|intervention) plans\b|\bplans (?:d'intervention|d'enseignement individualises?|individuels|individualises|adaptes)\b/i

/**
 * A name that stands for a thing just mentioned: "Liam's alone is 14 pages", "Celui de Xavier
 * fait 12 pages" (the name's own plan, when the sentence before spoke of plans).
 */
const ELLIPSIS =
  /\b(?:[Cc]el(?:ui|le) (?:de |d'|pour )|[Tt]he one for )[A-Z][a-z]+|\b[A-Z][a-z]+'s (?:alone|is|was|runs|ran|took|takes|came|ended up|needs|needed)\b/

export function describe(s: string): Facts {
  const student = hasStudent(s)
  const refersBack = PRONOUN.test(s)
  const brief = s.split(/\s+/).filter(Boolean).length <= 6
  const indefinite = !student && INDEFINITE_CHILD.test(s)
  // The rule uses details only in a sentence a student can be tied to (a reference, a
  // pronoun, a short follow-up, a child the next sentence names): the costly scan is
  // skipped elsewhere, with the same findings.
  const details = student || refersBack || brief || indefinite ? findDetails(s) : []
  return {
    student,
    pronoun: details.length > 0 && refersBack,
    short: details.length > 0 && brief,
    refersBack,
    indefinite: indefinite && details.length > 0,
    opensWithName: student && opensWithName(s),
    plans: !student && PLANS.test(s),
    ellipsis: student ? ellipsisOf(s) : null,
    details
  }
}

function ellipsisOf(s: string): Detail | null {
  const m = ELLIPSIS.exec(s)
  return m ? { start: m.index, end: m.index + m[0].length } : null
}

/** The clause around [start, end): from the boundary before it to the boundary after it. */
export function clauseOf(s: string, d: Detail): { start: number; end: number; whole: boolean } {
  const boundary = /,\s*|\s+-\s+|\s*[()]\s*|;\s*/g
  let from = 0
  let to = s.length
  for (const m of s.matchAll(boundary)) {
    const bEnd = m.index + m[0].length
    if (bEnd <= d.start) from = m.index
    else if (m.index >= d.end) {
      to = m.index
      break
    }
  }
  // A clause that runs to the end of the sentence leaves the final "!" or "." behind.
  if (to === s.length) to -= /[.!?]*\s*$/.exec(s)![0].length
  const opensClause = from > 0
  // A relative or parenthetical clause ("Liam, who has autism, for…"): take it out with its comma.
  if (
    opensClause &&
    /^(?:,\s*|\s*\(\s*|\s+-\s+)(?:who|whose|which|since|after|because|qui|dont|depuis|apres)\b/i.test(
      s.slice(from)
    )
  )
    return { start: from, end: to < s.length && s[to] === "," ? to + 1 : to, whole: false }
  // "…passing math after failing twice", "Ava is back after her suspension": take out the
  // subordinate clause that carries the detail, from its opening word to the clause's end.
  const head = s.slice(from, d.end)
  const sub = [...head.matchAll(SUBORDINATE)].filter((m) => from + m.index <= d.start).pop()
  if (sub && from + sub.index > 0) return { start: from + sub.index, end: to, whole: false }
  return { start: 0, end: s.length, whole: true }
}

/** A sentence with the spaces that join it to the next one (or, last, to the one before). */
export function wholeSentence(
  text: string,
  start: number,
  end: number
): { start: number; end: number } {
  const after = /^\s*/.exec(text.slice(end))![0].length
  if (end + after < text.length) return { start, end: end + after }
  const before = /\s*$/.exec(text.slice(0, start))![0].length
  return { start: start - before, end }
}
