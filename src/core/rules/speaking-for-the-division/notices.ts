import type { Shape } from "./first-of"
import { EN_ACT, EN_BASE, FR_ACT_IL, FR_ACT_NOUS, FR_IL, FR_INF } from "./verbs"
import { quickToCompile } from "../../text/quick-compile"

/**
 * More ways a post takes the school's voice, beyond "we at X" + a verb (voice.ts): a notice
 * signed by the school's team, a greeting "from all of us at X", the school addressing its
 * families, the school's team named with the school first ("the Oakburn School staff are…"),
 * and decisions said of the school in the negative, the future or in progress. Each is a
 * family of shapes, English and French, over the normalised sentence (case-insensitive).
 */

/** The school's team as a signature or a subject: "staff", "l'équipe", "la direction". */
const TEAM_EN =
  "(?:staff|team|school team|admin team|administration|admin|leadership team|teachers)"
const TEAM_FR_NOUN = "(?:l'equipe(?:-ecole)?|le personnel|la direction|l'administration)"

/** Who the school asks or reminds: "all families", "tous les parents". */
const COMMUNITY_EN =
  "(?:that )?(?:all |every |our |each )?(?:families|family|parents|guardians|students|visitors|caregivers|everyone)"
const COMMUNITY_FR =
  "(?:a |aux )(?:tous les |toutes les |chaque )?(?:familles|famille|parents|eleves|visiteurs|tuteurs)"

/** Words that head a notice: "Oakburn School update:", "Mise à jour de l'École X :". */
const HEADING_WORD =
  "(?:update|news|notice|announcement|message|alert|important message|mise a jour|avis|annonce|nouvelle|message important)"

/** A decision said in the passive: "is cancelled", "a été reportée", "sera fermée". */
const DECIDED_PASSIVE =
  "(?:is|are|will be|has been|have been|est|sont|sera|seront|a ete|ont ete) (?:officially |officiellement |now |maintenant )?(?:cancell?ed|postponed|closed|moved|rescheduled|annulee?s?|reportee?s?|fermee?s?|deplacee?s?)\\b"

export function moreVoices(org: string, subj: string): Shape[] {
  return [
    // "From all of us at X, happy holidays", "Update from us at X:", "De la part de toute l'équipe…".
    [
      /\bfrom\b/i,
      `\\bfrom (?:all of us|us all|all of us here|us|everyone|the (?:whole |entire )?(?:staff|team|family)) (?:here |over )?at ${org}(?![,:]? (?:we|nous)\\b)`
    ],
    // A signature on its own line: "— The Oakburn School Staff", "- L'équipe de l'École Lacerte".
    [
      /staff|team|admin|teachers|equipe|personnel|direction/i,
      `^\\W*(?:-+ ?|(?:sincerely|regards|cordialement|signed|signe|merci),? )?(?:the |your |toute |tout )?(?:${TEAM_EN}|${TEAM_FR_NOUN}) (?:of |at |from |de |du |d')?${org}\\W*$`
    ],
    [
      /staff|team|admin|teachers/i,
      `^\\W*(?:-+ ?|(?:sincerely|regards|cordialement|signed|signe),? )(?:the |your )?${org} ${TEAM_EN}\\W*$`
    ],
    // The school's team, the school named first: "The Oakburn School staff have decided…".
    [/staff|team|admin|teachers/i, `\\b${subj}(?:'s)? ${TEAM_EN}[,:]? (?:${EN_ACT})`],
    // The school addressing its own families: "Oakburn School families: we are cancelling…".
    [
      /\bwe\b/i,
      `^\\W*(?:dear |attention,? |hello,? |hi,? )?${org} (?:families|parents|community)[:,!-]+ ?we(?:'re|'ve|'ll)? ${EN_ACT}`
    ],
    [
      /familles|parents/i,
      `^\\W*(?:cheres |chers |bonjour,? )?(?:familles|parents) (?:de |du |d')${org}[:,!-]+ ?(?:nous ${FR_ACT_NOUS}|on ${FR_ACT_IL})`
    ],
    // The school's name as a heading, then its act: "Oakburn School update: we are closing at noon",
    // "École Lacerte : nous annulons…", "Notice to all X families: the rink is closed".
    [
      /[:-]/,
      `^\\W*(?:${HEADING_WORD} (?:to |a )(?:all |toutes les |tous les )?(?:(?:the )?${org} (?:families|parents|students|staff)|(?:familles|parents|eleves) (?:de |du |d')${org})|(?:${HEADING_WORD} (?:de |du |d'|from ))?${org}(?: (?:${HEADING_WORD}))?)\\s*[:-]+\\s*(?:we(?:'re|'ve|'ll)? ${EN_ACT}|nous ${FR_ACT_NOUS}|on ${FR_ACT_IL}|[^.!?]{0,40}?\\b${DECIDED_PASSIVE})`
    ],
    // The school asking its community: "Rossburn School is asking all families to…".
    [
      /ask|request|remind|requir|urg|expect/i,
      `\\b${subj},? (?:is |are |will be )?(?:now |also |kindly )?(?:asking|asks|requesting|requests|reminding|reminds|requiring|requires|urging|urges|expects|expecting) ${COMMUNITY_EN}`
    ],
    [
      /demande|rappelle|exige|prie|invite/i,
      `\\b${subj},? (?:demande|demandera|rappelle|exige|prie|invite) ${COMMUNITY_FR}`
    ],
    // Not going ahead: "X will no longer offer…", "won't be holding", "L'école ne tiendra pas de…".
    [
      /no longer|will not|won't|decided not/i,
      `\\b${subj},? (?:will no longer|will not|won't|is no longer going to|has decided not to) (?:be )?(?:${EN_BASE})\\b`
    ],
    [/\b(?:pas|plus)\b/i, `\\b${subj},? (?:ne |n')(?:${FR_IL}) (?:pas|plus)\\b`],
    // In progress or in the near future: "L'école X est en train de fermer…", "passera aux…".
    [
      /en train|in the process/i,
      `\\b${subj},? (?:est en train (?:de |d')|is in the process of )(?:${FR_INF}|\\w+ing)\\b`
    ],
    // "On, à l'École X, annule…": the school's "on" with the name set off.
    [/\bon\b/i, `\\bon,? (?:ici,? )?(?:a|au|de|chez) ${org},? ${FR_ACT_IL}`],
    // A notice's request said in the passive after the school's name: "At X, all families are asked to…".
    [
      /\bat\b/i,
      `^\\W*(?:here )?at ${org},? [^.!?]{0,40}?\\b(?:are|is|will be|will no longer be|will not be|can no longer be) (?:now |also |kindly )?(?:asked|required|expected|reminded|no longer (?:allowed|permitted|offered)|not (?:allowed|permitted)|allowed|permitted|offered|accepted)\\b`
    ]
  ]
}

/**
 * Case-sensitive shapes: a bare capitalised name that only case tells from a common word.
 * "Nous, à Réal-Bérard, annulons…", "Ici, à Précieux-Sang, nous reportons…", and a named
 * school closing itself ("Shoal Lake School will be closed Monday", "L'École Laurier sera fermée").
 */
const NAME = "(?:[A-Z][\\w'.-]+ ){0,3}[A-Z][\\w'.-]+"
const NAMED_SCHOOL_EN = `(?:[A-Z][\\w'.-]+ ){1,3}(?:School Division|School|Elementary|Collegiate|High School|Academy|Institute|S\\.D\\.|SD)`
const NAMED_SCHOOL_FR = `(?:[Ll]'[Ee]cole|[Ll]e [Cc]ollege|[Ll]a [Dd]ivision scolaire) (?:[a-z]+ )?${NAME}`

export const NAMED_VOICE = quickToCompile(
  [
    `\\b[Nn]ous(?: tous| toutes)?,? (?:ici,? )?(?:a|chez) ${NAME},? (?:nous )?${FR_ACT_NOUS}`,
    `\\b(?:[Ii]ci,? a|[Cc]hez nous,? a) ${NAME},? (?:nous ${FR_ACT_NOUS}|on ${FR_ACT_IL})`,
    `(?:^\\W*|[:;-] ?)${NAMED_SCHOOL_EN},? (?:will be|will remain|is|is now|remains) (?:officially |temporarily )?(?:closed|cancell?ed|postponed)\\b`,
    `(?:^\\W*|[:;-] ?)${NAMED_SCHOOL_FR},? (?:sera|est|restera) (?:officiellement |temporairement )?(?:fermee?|annulee?|reportee?)s?\\b`
  ].join("|")
)
