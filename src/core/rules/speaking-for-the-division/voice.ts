import {
  DECIDE_FR,
  EN_ACT,
  EN_DECIDING,
  EN_PAST_ACCOUNT,
  FR_ACT_IL,
  FR_ACT_ILS,
  FR_ACT_NOUS,
  FR_DECIDES,
  FR_INF,
  FR_VOICE_AFTER_AUX
} from "./verbs"
import type { Shape } from "./first-of"
import { moreVoices } from "./notices"
import { quickToCompile } from "../../text/quick-compile"

/**
 * The grammar of a post that speaks AS a school or the division, over one
 * normalised sentence (accents folded; the regex is case-insensitive):
 *
 *   WE-INTRO  + ORG + ANNOUNCE/DECIDE  "All of us at Rivers Elementary are pleased to announce…",
 *                                      "Nous, de l'école Lacerte, annonçons…", "Chez nous à l'École X, on annule…"
 *   TEAM-OF   + ORG + ANNOUNCE/DECIDE  "The staff at X have decided…", "L'équipe de l'école X annonce…"
 *   ORG (subject)  + ANNOUNCE/DECIDE  "Shoal Lake School is postponing…", "L'école Taché reporte…"
 *
 * plus the fixed voices: "On behalf of…", "Official announcement:", "Au nom de…".
 * The verbs are listed once and inflected by support/verb-forms, so every person
 * and tense a teacher writes is covered ("reportons", "reporte", "reporteront").
 */

/**
 * A school or the division named generically ("Russell Elementary", "Park West S.D.", "the
 * division", "l'école X", "la DSFM"). A name word is never a preposition or article, so
 * "my class at Rivers Elementary" does not make "at Rivers Elementary" a school name.
 */
const NAME_WORD =
  "(?!(?:at|of|from|in|with|for|to|the|our|my|a|an|and|de|du|des|la|le|les|chez|et)\\b)[A-Z][\\w'.-]+ "
export const ORG =
  "(?:(?:the |our |this |my )?(?:whole |entire )?(?:(?:school division|division|school board|board|school)(?: central office| board office| office)?|staff|administration|board of trustees|" +
  `(?:${NAME_WORD}){1,4}(?:School Division|School District|S\\.D\\.|SD|School|Elementary School|Elementary|Collegiate Institute|Collegiate|High School|High|Middle School|Middle Years School|Middle Years|Junior High|Early Years School|Academy|Community School|Institute|Secondary School))` +
  "|(?:l'|la |le |notre |mon |ma )(?:ecole|division(?: scolaire)?|commission scolaire|personnel|direction|college|conseil scolaire|institut(?: collegial)?)(?: communautaire| secondaire| primaire| elementaire)?(?: (?:[A-Z][\\w'.-]+ ?){1,4})?" +
  "|(?:Ecole|College|Division scolaire) (?:[A-Z][\\w'.-]+ ?){1,4}" +
  "|(?:the |la |our |notre )?(?:DSFM|[A-Z]{1,4}SD)\\b" +
  "|ORG)"

/** A word that makes the school name a complement ("my class AT X", "mes élèves DE l'école X"), not the speaker. */
const NOT_SUBJECT =
  "(?<!\\b(?:of|at|from|in|with|for|to|about|de|du|des|a|chez|pour|avec|dans|sur|par|than) (?:the |l'|la |le |les )?)"

/** "at", "here at", "over here at", "down at": where the school's "we" speaks from. */
const WHERE_AT = "(?:(?:over |out |down |up |right )?here |over |out |down |up )?at"

/** The school's "we", in English: "we at", "all of us here at", "the staff of", "our team at". */
const WE_AT_EN =
  `(?:(?:we|us)(?: teachers| staff| educators| folks)?,? (?:all )?(?:${WHERE_AT}|from)|we,? -? ?(?:the|all the) (?:staff|team|teachers|administration|students and staff|families and staff) (?:at|of)|` +
  "(?:all of us|each of us|everyone|everybody|all (?:the )?staff|(?:the|our) (?:whole |entire )?(?:staff|team|school team|admin team|administration|leadership team|teachers)(?: and (?:staff|administration|admin|students|families|teachers))?) (?:here )?(?:at|of))"

/** Where the school's "we" speaks from: "here at X", "at X", "ici à X", "chez nous, à X". */
const HERE_AT = "(?:(?:here |right here |over |out )?at|ici,? a|chez nous a|chez nous,? a|a)"

/** The school's own first person at its name: "we at", "all of us here at", "we from". */
const FIRST_PERSON_AT = `(?:we,? (?:${WHERE_AT}|from)|(?:all|each|those|the rest|both) of us,? (?:${WHERE_AT}|from))`

/** The school's "nous", in French: "nous, à l'école X,", "nous tous, de l'École X,", "nous, l'équipe de…". */
const NOUS_FR =
  "nous(?: tous| toutes| autres)?,? (?:ici,? )?(?:a|au|de|du|chez|(?:l'equipe(?:-ecole)?|le personnel|la direction|(?:les )?enseignant(?:e)?s|(?:les )?educat(?:eur|rice)s|(?:les )?membres du personnel|toute l'equipe|le conseil) (?:de|du|d'))"

/** A team of the school, speaking in the third person: "l'équipe de l'école X", "le personnel de la DSFM". */
const TEAM_FR =
  "(?:toute |tout )?(?:l'equipe(?:-ecole| de direction| enseignante| administrative)?|le personnel(?: enseignant)?|la direction|l'administration|le conseil(?: scolaire| d'administration)?|(?:tous )?les (?:enseignant(?:e)?s|membres du personnel)) (?:de |du |d')"

/** "L'équipe-école de Sainte-Anne": after "équipe-école" a bare place name is the school. */
const SCHOOL_TEAM_OF_PLACE = "l'equipe-ecole (?:de |du |d')[\\w'-]+(?: [\\w'-]+){0,2}"

/** The decisions said of a school in French need one of these words: "annule", "a décidé", "va", "passe". */
const FR_DECIDES_WORDS = quickToCompile(`\\b(?:a|va|passe|passera|${FR_DECIDES})\\b`, "i")

/**
 * The school's or division's own voice: "on behalf of", "official announcement", "X has decided".
 * Each shape with the literal words it needs (first-of.ts), in the order an alternation would try them.
 */
export function voiceShapes(org: string): Shape[] {
  const subj = `${NOT_SUBJECT}${org}`
  return [
    [
      /behalf|speaking for/i,
      `\\b(?:on behalf of|speaking for|speaking on behalf of) (?:all (?:of )?(?:the |us at |everyone at )?|everyone at |(?:the |all the )?(?:whole |entire )?(?:staff|team|administration|families and staff) (?:at|of) )?${org}`
    ],
    // A heading ("Official announcement:" at the start, or followed by a colon or dash).
    [
      /official/i,
      "^\\W*official (?:announcement|statement|notice|update|news|message|communication|decision)\\b|\\bofficial (?:announcement|statement|notice|update|decision)\\s*[:-]|\\b(?:this|the following) is an official (?:announcement|statement|notice|update)\\b"
    ],
    [
      /decided|decision|determined|chosen|agreed|voted|cancel|closing|announce|inform/i,
      `\\b${subj},? (?:has|have) (?:decided|made the decision|determined|chosen|agreed|voted)\\b|\\b${subj} (?:decided|will be cancell?ing|is cancell?ing|has cancell?ed|is closing|will be closing|is pleased to announce|is proud to announce|regrets to inform|wishes to inform|would like to inform|would like to announce|wants to inform)\\b`
    ],
    [
      /\bwe\b/i,
      `\\bwe(?:,)? (?:at|here at|the staff (?:at|of)|the (?:teachers|administration) (?:at|of)) ${org},? (?:are|have|will|would|wish|want|regret|cannot|can't|do not|don't|has|decided|ask|invite|remind)\\b`
    ],
    [
      /au nom/i,
      `\\bau nom (?:de |du |des )(?:(?:tout |toute |tous |toutes )?${org}|l'ecole|la division|personnel|l'equipe|(?:tout |toute )(?:le |l')?(?:personnel|equipe(?:-ecole)?))`
    ],
    [
      /advised|inform|veuillez/i,
      `\\b(?:please be advised|we wish to inform you|we would like to inform you) that ${org}\\b|\\b(?:veuillez (?:noter|prendre note)|nous vous informons) que ${org}\\b`
    ],
    // The school's own decisions, said in the present or future: "the school is moving to…", "l'école adopte…".
    [
      /\b(?:is|will)\b/i,
      `\\b${subj},? (?:is|will be|will) (?:now )?(?:implementing|introducing|moving to|suspending|adopting|launching|requiring|banning|prohibiting|mandating|enforcing|changing|cancell?ing|closing|now accepting|accepting|implement|introduce|move to|suspend|adopt|launch|require|ban|prohibit|cancel|close)\\b`
    ],
    [
      /adopt|suspend|met|instaur|interdi|impos|exige|implant|annonce/i,
      `\\b${subj},? (?:adopte|adoptera|suspend|suspendra|met en place|mettra en place|instaure|instaurera|interdit|interdira|impose|imposera|exige|exigera|implante|implantera|annonce (?:que|l'|la|le|les|un|une))\\b`
    ],
    [
      /announce|inform you|share|let |say|as a/i,
      `\\b(?:we are|we're|we have|we've) (?:\\w+ )?(?:pleased|proud|happy|excited|thrilled|sad|sorry) to (?:announce|inform you|share(?: the news)?|let (?:you|everyone|families|our families) know|say) that ${org}\\b|` +
        "\\b(?:we've|we have) decided as a (?:school|division|staff)\\b|\\bas a (?:school|division), we(?:'ve| have)? (?:decided|chosen)\\b"
    ],
    [
      /annoncer|en tant/i,
      `\\bnous (?:avons|sommes) (?:le plaisir|heureux|heureuses|fiers|fieres|tristes) (?:de vous |d'|de )annoncer que ${org}\\b|` +
        "\\bnous avons decide, en tant qu'ecole\\b"
    ],
    [
      /offici|statement|message|update|notice|announcement|declaration|communique/i,
      `^\\W*(?:official|officiel(?:le)?)\\s*:|\\b(?:official (?:position|statement|response)|(?:position|declaration|reponse) officielle)(?: (?:of|de|du|de la) [^:]{1,40})?\\s*:|^\\W*(?:important |urgent )?(?:statement|message|update|notice|announcement) from ${org}\\b|^\\W*(?:declaration|message|communique) (?:de |du |de la )${org}`
    ],
    [
      /officiel/i,
      "^\\W*(?:communique officiel|annonce officielle|avis officiel|message officiel|declaration officielle|mise a jour officielle)\\b|\\b(?:communique officiel|annonce officielle|avis officiel)\\s*:"
    ],
    [
      /decide|decision|annul|ferm|annoncer|inform/i,
      `\\b${subj},? (?:a decide|ont decide|a pris la decision|annule|annulera|ferme|fermera|est heureuse d'annoncer|est heureux d'annoncer|est fiere d'annoncer|tient a informer|souhaite informer|informe (?:les|tous les) (?:parents|familles)|desire informer)\\b`
    ],
    [
      /decid|decision|determined|chosen|agreed/i,
      `\\b${subj},? (?:has|have) (?:officially|now|finally|unanimously|just) (?:decided|made the decision|determined|chosen|agreed)\\b|\\b${subj},? a (?:officiellement|finalement|maintenant|unanimement) (?:decide|pris la decision)\\b`
    ],
    [
      /no longer|will not|won't|\bplus\b/i,
      `\\b${subj},? (?:will no longer|will not be|won't be|is no longer) (?:be )?\\w+ing\\b|\\b${subj},? (?:n'\\w+|ne \\w+) plus\\b`
    ],
    [
      /de la part/i,
      `\\bde la part (?:de |du |des |d')(?:tout |toute |tous |toutes )?(?:(?:l'equipe(?:-ecole)?|le personnel|la direction|nous tous|nous) (?:de |du |d'|a ))?${org}`
    ],
    [
      /\bnous\b/i,
      `\\bnous,? (?:a|de|le personnel de|l'equipe de) ${org},? (?:annulons|avons(?! (?:eu|ete|fait|vu|passe|celebre|accueilli|appris|visite|recu|bien|beaucoup)\\b)|sommes(?! (?:alles|allees|alle|allee|partis|parties|revenus|revenues|rentres|rentrees)\\b)|informons|fermons|souhaitons|tenons|demandons|invitons|rappelons)\\b`
    ],
    // A passive decision after the school's "here": "Here at X, the concert is cancelled",
    // "Chez nous, à l'École Y, la soirée est reportée".
    [
      /here at|chez nous|ici/i,
      `\\b(?:here at|chez nous,? a|ici,? a) ${org},? [^.!?]{0,40}?\\b(?:is|are|has been|have been|will be|est|sont|a ete|ont ete|sera|seront) (?:officially |officiellement )?(?:cancell?ed|postponed|suspended|closed|banned|moved|made|annule|reporte|suspendu|ferme|interdit|deplace|aboli)(?:e?s?)\\b`
    ],
    // The school's "we" and teams, with an act of announcing or deciding.
    [
      /\b(?:we|us|everyone|everybody|staff|team|administration|teachers)\b/i,
      `\\b${WE_AT_EN} ${org}[,:]? (?:we )?${EN_ACT}`
    ],
    [
      /\bnous\b/i,
      `\\b(?:${NOUS_FR} ${org}|nous,? ${SCHOOL_TEAM_OF_PLACE}),? (?:nous )?${FR_ACT_NOUS}`
    ],
    [
      /equipe|personnel|direction|administration|conseil|enseignant/i,
      `\\b(?:${TEAM_FR}${org}|${SCHOOL_TEAM_OF_PLACE}),? (?:${FR_ACT_IL}|${FR_ACT_ILS})`
    ],
    [
      /ing\b/i,
      `\\b(?:${subj}),? (?:is|are|will be|will|has|have)? ?(?:now |officially |also )?(?:${EN_DECIDING})\\b`
    ],
    [
      FR_DECIDES_WORDS,
      `\\b${subj},? (?:${FR_DECIDES}|a (?:\\w+ )?${DECIDE_FR}|va (?:${FR_INF})|passe(?:ra)? (?:a|au|aux))\\b`
    ],
    // "As a school, we are moving to…", "En tant qu'école, nous reportons…".
    [
      /\bas an?\b/i,
      `\\bas an? (?:school|division|school community|school team|staff|board)(?: community)?,? we(?:'re|'ve|'ll)? ${EN_ACT}`
    ],
    [
      /en tant/i,
      `\\ben tant qu'(?:ecole|equipe(?:-ecole)?|division(?: scolaire)?|personnel),? (?:nous )?${FR_ACT_NOUS}`
    ],
    ...moreVoices(org, subj),
    // Passive and impersonal decisions: "Il a été décidé par l'école que…", "It has been decided by
    // the board", "C'est décidé : l'école X passe à…", "It's official: X is going phone-free".
    [
      /decid|determined|agreed|resolu|convenu/i,
      `\\b(?:il a ete|il est|it has been|it was|it's been|it is) (?:officiellement |officially )?(?:decide|decided|determined|agreed|resolu|convenu) (?:par|by) ${org}`
    ],
    [
      /decide|offici/i,
      `\\b(?:c'est (?:decide|officiel)|it's (?:official|decided)|it is (?:official|decided))\\s*[:!,-]?\\s*${org},? \\w+`
    ],
    // "Here at X, we have had to cancel…", "À l'école X, nous avons dû reporter…": the whole act.
    [
      /\b(?:we|nous|on)\b/i,
      `\\b${HERE_AT} ${org},? (?:[^,.!?]{1,30}, )?(?:we(?:'ve|'re|'ll)? ${EN_ACT}|nous ${FR_ACT_NOUS}|on ${FR_ACT_IL})`
    ],
    // Fallbacks, last so that a fuller act above gives the range: the school's "we" with any verb.
    // "Here at X School, we are…", "We at X stand with…", "À l'école X, nous nous engageons…": the
    // school's own "we" with any verb that is not a past-tense account of what happened.
    [
      /\b(?:we|nous|on)\b/i,
      `\\b${HERE_AT} (?!(?:the |this |my )?(?:school|staff|division|administration|ecole|l'ecole|la division|le personnel|la direction|l'administration)\\b,? (?:we|nous|on)\\b)${org},? (?:[^,.!?]{1,30}, )?(?:we|nous|on)(?:'re|'ve|'ll)? (?!${EN_PAST_ACCOUNT})(?!(?:a|avons|sommes|ont) (?!${FR_VOICE_AFTER_AUX})\\w+)(?!(?:avions|etions|etait|avait)\\b)\\w+(?:'\\w+)?`
    ],
    // Any other verb after the school's "we" that is not a past-tense account ("we at X stand with…").
    [/\b(?:we|us)\b/i, `\\b${FIRST_PERSON_AT} ${org}(?::|,? (?!${EN_PAST_ACCOUNT})\\w+(?:'\\w+)?)`]
  ]
}
