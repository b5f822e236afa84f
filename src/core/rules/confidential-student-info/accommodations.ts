import { alt } from "../support/alternation"
import { quickToCompile } from "../../text/quick-compile"
/**
 * Special education said through what a plan gives one child, for
 * confidential-student-info, over NORMALISED text (accents folded):
 * - an accommodation with an adverb or a verb between ("a maintenant du temps
 *   supplémentaire", "un local isolé pour ses évaluations", "has her tests read to her",
 *   "se fait lire ses questions d'examen");
 * - the support person as the child's own or as the one who follows the child ("Sophie's new
 *   EA", "sa nouvelle TES", "la TES qui accompagne Olivier", "the EA who supports Jonah",
 *   "une technicienne à temps plein", "plus d'heures avec la TES");
 * - the plan, the funding code and the assessment for a child ("a behaviour plan for Jayden",
 *   "Rencontre PI pour Jade", "a eu son code accepté", "évaluation en neuropsy pour William");
 * - a diagnosis in parentheses after a name or a child word ("Félix (TDAH)", "Liam (ASD)").
 * Each pattern needs the child: a possessive, a name after "for/pour", a verb of having.
 * Whole-class wording ("extra time for everyone", "our resource room") has none of these.
 */

/** Support staff who follow one child (EN, and folded FR). "ea"/"ta"/"tes"/"ae" only as words. */
const AIDE =
  "(?:ea|ta|aide|educational assistant|teaching assistant|para|paraprofessional|support worker|resource teacher|learning support teacher|1:1|one-on-one)"
const AIDE_FR =
  "(?:tes|ae|aide-enseignante?|aide enseignante?|educatrice specialisee|educateur specialise|educatrice|technicienne? en education specialisee|orthopedagogue|accompagnatrice|accompagnateur|preposee? aux eleves handicapes)"

/** What one child writes tests with (a plan's accommodation). */
const TEST_NOUN =
  "(?:tests?|exams?|quizzes|quiz|assessments|finals|questions|evaluations?|examens?|controles?|dictees?|questions d'examen|consignes)"

/** Plans written for one child. */
const PLAN =
  "(?:iep|ipp|pei|ppi|behaviou?r(?:al)? (?:support |intervention )?plan|safety plan|support plan|learning plan|transition plan|individual(?:ized)? (?:education|program) plan|plan d'intervention|plan de comportement|plan de securite)"

/**
 * Conditions a parenthesis names after a child ("Félix (TDAH)"): the capitalised short forms
 * teachers use, or an adjective of the child ("(autistic)"); a noun in lower case is more often
 * a gloss ("the book Rules (autism)").
 */
const PAREN_ACRONYM =
  "(?:TDAH|TDA|TSA|TDL|TDC|TSAF|ETCAF|ADHD|ADD|ASD|FASD|ODD|OCD|T1D|IEP|PEI|PPI|HDAA|EHDAA|1:1)"
const PAREN_ADJECTIVE =
  "(?:autistic|autiste|dyslexic|dyslexique|dyspraxique|dysphasique|dyscalculique|diabetic|diabetique|epileptic|epileptique|nonverbal|non-verbal|non verbale?)"

/**
 * A pattern source whose words match in any case while the [A-Z] classes written in it stay
 * capitals: the patterns below want the child's name capitalised ("for Jayden", not "for everyone").
 */
export function anyCase(source: string): string {
  let out = ""
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (c === "\\") {
      out += c + source[++i]!
    } else if (c === "[") {
      const end = source.indexOf("]", i + 2)
      out += source.slice(i, end + 1)
      i = end
    } else if (c === "{") {
      const end = source.indexOf("}", i)
      out += source.slice(i, end + 1)
      i = end
    } else if (/\p{L}/u.test(c) && c.toLowerCase() !== c.toUpperCase()) {
      out += `[${c.toLowerCase()}${c.toUpperCase()}]`
    } else out += c
  }
  return out
}

export const ACCOMMODATION_DETAILS: { kind: string; re: RegExp }[] = [
  {
    kind: "special-education",
    re: quickToCompile(
      anyCase(
        alt([
          // Extra time and a separate room, with an adverb between: "a maintenant du temps supplémentaire".
          "\\b(?:a|aura|avait|recoit|obtient|beneficie d[e']|has|gets|got|receives|needs) (?:maintenant |aussi |enfin |droit a |now |also |finally |still )?(?:du |de |des |le )?(?:temps (?:supplementaire|additionnel|prolonge)|tiers[- ]temps)\\b",
          `\\b(?:has|gets|got|receives|needs|given) (?:now |also |still |finally )?(?:extra|additional|more) time (?:on|for|with|to (?:finish|write|complete)) (?:all )?(?:of )?(?:his|her|their) (?:\\w+ )?${TEST_NOUN}\\b`,
          `\\b(?:ecrit|fait|passe|fera|ecrira|passera|ecrivait|faisait) (?:tous |toutes )?(?:ses) ${TEST_NOUN} (?:\\w+ )?(?:dans|en|au) (?:un |une |le |la )?(?:local|salle|classe|piece) (?:isolee?|a part|separee?|calme|fermee?|ressource)\\b`,
          `\\b(?:un|une|son|sa|dans un|dans une|au|en) (?:local|salle|classe|piece|endroit) (?:isolee?|a part|separee?|calme|ferme)e? (?:pour|lors de|pendant) (?:ses|les) ${TEST_NOUN}\\b`,
          `\\b(?:gets|has|had|needs|wants) (?:all )?(?:his|her|their|the) ${TEST_NOUN} read (?:aloud |out loud |out )?(?:to (?:him|her|them)|aloud|out loud)\\b`,
          `\\bse fai(?:t|sait|ra) lire (?:ses|les|toutes ses) ${TEST_NOUN}\\b|\\b(?:on|la \\w+|l'\\w+) lui lit (?:ses|les) ${TEST_NOUN}\\b`,
          // The child's own aide, with a word between: "Sophie's new EA", "sa nouvelle TES".
          `\\b(?:his|her|their|'s) (?:new|own|full-time|part-time|amazing|wonderful|fantastic|favourite|favorite|awesome) ${AIDE}\\b(?! (?:training|meeting|position|job|posting|appreciation|day|week|staff|team|room)\\b)`,
          `\\b(?:son|sa) (?:nouvelle? |nouvel )?${AIDE_FR}\\b`,
          // The aide who follows the child: "la TES qui accompagne Olivier", "the EA who supports Jonah".
          `\\b(?:la|le|l'|une?|our|the|an?) ?${AIDE_FR} (?:qui|que) (?:accompagne|accompagnait|aide|aidait|soutient|soutenait|suit|suivait|s'occupe de|est avec|travaille avec) (?:[A-Z]|mon |ma |notre |cet |cette |ce |le petit|la petite)`,
          `\\b${AIDE} (?:who|that) (?:supports|supported|helps|helped|shadows|shadowed|follows|is assigned to|was assigned to|looks after) (?:[A-Z]|my |our |this |that |the (?:little |young )?(?:boy|girl|kid|student))`,
          // A classroom technician for one child (not "technicienne en informatique"): a time share or a task.
          "\\b(?:une|la|sa) technicienne (?:en classe )?(?:a temps plein|a temps partiel|attitree|a \\d+ ?%)|\\bpar la technicienne\\b",
          // More aide time for the child: "plus d'heures avec la TES", "more EA hours for him".
          `\\b(?:plus|moins|davantage|des|quelques) (?:d'heures|de temps|de periodes) (?:avec|de) (?:la |l'|une |sa |son )?${AIDE_FR}\\b|\\bheures de ${AIDE_FR}\\b`,
          "\\b(?:more|extra|additional|fewer) (?:ea|aide|para|resource|support) (?:hours|time|minutes) for (?:him|her|them|[A-Z])",
          // The plan for a named child: "a behaviour plan for Jayden", "un plan d'intervention pour Zoé".
          `\\b(?:an?|the|un|une|le|la|son|sa) (?:new |nouveau |nouvel |nouvelle )?${PLAN}(?: (?:meeting|review|goals|rencontre|reunion))? (?:for|pour) (?:[A-Z]|him\\b|her\\b|them\\b|lui\\b|elle\\b|my (?:student|little)|mon eleve|mon petit|ma petite)`,
          // The meeting about a plan ("Rencontre PI demain pour Jade"); not "plan d'intervention budgétaire".
          "\\b(?:rencontre|reunion|revision|bilan|mise a jour) (?:de |du |d'|au sujet du )?(?:pi|pei|ppi|plan d'intervention)\\b(?! (?:budgetaire|financier|municipal|regional|environnemental|d'urgence)\\b)",
          // A funding code accepted or refused: "a eu son code accepté", "son code a été refusé".
          "\\b(?:a eu|obtenu|a obtenu|recu|a recu) (?:son|sa|le|un) code (?:de difficulte|ehdaa|\\d{2})\\b|\\b(?:son|sa) (?:code|cote) (?:de difficulte |ehdaa )?(?:a ete |est |vient d'etre |n'a pas ete )?(?:acceptee?|approuvee?|refusee?|reconnue?|confirmee?|renouvelee?)\\b",
          // The assessment a child goes to: "évaluation en neuropsy pour William".
          "\\bevaluation (?:en |de |d')(?:neuropsy\\w*|psycho\\w*|orthophon\\w*|ergo\\w*|orthopeda\\w*|audiolog\\w*|pedopsy\\w*) (?:pour|de|d') ?(?:[A-Z]|lui|mon |ma )"
        ])
      )
    )
  },
  {
    // A diagnosis in parentheses after a name or a child word: "Mon petit Félix (TDAH)", "Liam (ASD)".
    // Not after the condition's own words or an event ("Spectrum Disorder (ASD)", "Awareness (ADHD)").
    kind: "special-education",
    re: quickToCompile(
      anyCase(
        `(?:\\b(?!(?:disorders?|disability|deficit|syndrome|spectrum|hyperactivity|hyperactivite|attention|trouble|autism|autisme|diabetes|diabete|epilepsy|epilepsie|plan|program|programme|month|mois|day|journee|week|semaine|awareness|sensibilisation)\\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?|\\b(?:student|kid|kiddo|boy|girl|eleve|enfant|garcon|fille|gars|petite?|bonhomme|coco|cocotte|puce|loulou))`
      ) +
        ` \\((?:[^()]{0,20}, ?)?(?:${PAREN_ACRONYM}|${anyCase(PAREN_ADJECTIVE)})(?:, ?[^()]{0,20})?\\)`
    )
  }
]
