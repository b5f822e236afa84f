import { alt } from "../support/alternation"
import { quickToCompile } from "../../text/quick-compile"
/**
 * Special education said through the people and decisions around a student, for
 * confidential-student-info, over NORMALISED text (accents folded): who supports
 * them (an EA, a TA, the resource teacher, the OT, "la TES", "l'orthophoniste"),
 * what was approved or assessed (funding, coding, a full-time aide), and the
 * conditions a plan is built on (FASD, dyspraxia, "un ETCAF", "une dysphasie").
 * Each pattern needs a link to a person ("has a", "works with", "approved for").
 */

/** Support staff a student has or works with (EN). "ta" and "ea" only as whole words. */
const SUPPORT_EN =
  "(?:full[- ]time |part[- ]time |one[- ]on[- ]one |1:1 |dedicated |personal |own |new )?(?:ea|ta|aide|educational assistant|teaching assistant|para|paraprofessional|paraeducator|support worker|resource teacher|learning support teacher|interventionist|reading specialist|inclusion (?:support )?teacher|special ed(?:ucation)? teacher|ot|pt|slp|occupational therapist|physiotherapist|physical therapist|speech (?:therapist|pathologist|path)|behaviou?r (?:consultant|specialist|analyst|therapist|interventionist)|bcba|aba therapist|counsell?or|youth worker|child and youth (?:care )?worker|cyw|psychologist)"

/** Support staff a student has or works with (FR, folded). */
const SUPPORT_FR =
  "(?:(?<=(?:\\b(?:la|une|sa|notre|leur|cette) |\\bl'|\\bd'une ))(?:tes|ae)|aide-enseignante?|aide enseignante?|educatrice specialisee|educateur specialise|technicienne? en education specialisee|enseignante? ressource|enseignante? en adaptation scolaire|orthopedagogue|orthophoniste|ergotherapeute|physiotherapeute|psychologue|psychoeducatrice|psychoeducateur|accompagnatrice|accompagnateur|preposee? aux eleves handicapes|travailleu(?:r|se) social(?:e)?)"

/** Conditions a plan is built on, not in the main condition list (EN and folded FR). */
const NEED =
  "(?:fasd|fas|arnd|dyspraxia|apraxia|dysphasia|intellectual disability|developmental delay|global developmental delay|language disorder|selective mutism|sensory processing (?:disorder|issues)|auditory processing|executive function(?:ing)? (?:issues|disorder)|etcaf|tsaf|saf|dysphasie|dysorthographie|dysgraphie|dyscalculie|dyspraxie|deficience intellectuelle|retard (?:global )?de developpement|retard de langage|trouble (?:developpemental )?du langage|tdl|tdc|mutisme selectif|douance|haut potentiel)"

export const SUPPORT_PEOPLE_DETAILS: { kind: string; re: RegExp }[] = [
  {
    kind: "special-education",
    re: quickToCompile(
      alt([
        // "has a TA who helps her", "gets a full-time EA", "works with the resource teacher"; a bare
        // "with" only with "his"/"her" ("made cookies with our EA" is the class's EA, not a plan).
        `\\b(?:(?:has|have|had|gets|get|got|needs|need|shares|share|works with|worked with|working with|goes to|went to|going to|sees|saw|seeing|meets with|met with|pulled out by|supported by|followed by) (?:a |an |the |his |her |their |our |its )?|(?:with|without) (?:his |her |their |a full-time |a one-on-one |a 1:1 |an? ))${SUPPORT_EN}\\b(?!'s| (?:training|meeting|position|job|posting|appreciation|day|week|staff|team|room))`,
        // "approved for a full-time EA", "qualified for funding for an aide", "was coded this fall"
        "\\b(?:approved|qualified|qualifies|qualify|eligible|referred|recommended|designated) for (?:\\w+ ){0,4}(?:ea|ta|aide|funding|support|coding|designation|iep|ipp|assessment|testing|services|resource|speech|ot)\\b",
        "\\b(?:is|was|got|gets|been|being|get) (?:\\w+ )?coded\\b(?! (?:by|in|with|a|an|the|his|her|their|games?|robots?|apps?|programs?))|\\bfunded at (?:a )?level\\b|\\b(?:funding|support|needs) level [1-4]\\b|\\b(?:special needs|inclusion|severe needs) funding\\b",
        "\\b(?:has|with|have|diagnosed with|because of|due to|'s) (?:a |an |his |her |their )?(?:mild |moderate |severe |suspected )?" +
          NEED +
          "\\b",
        "\\b(?:is|was|being|'s) (?:\\w+ )?(?:dyslexic|dyspraxic|dysphasic|developmentally delayed|nonverbal|non-verbal|twice exceptional)\\b",
        "\\b(?:is|was|being|been|gets|got|get) (?:being )?(?:assessed|tested|evaluated|screened|referred) (?:by|for) (?:the |a |our |an )?(?:\\w+ )?(?:psych\\w*|speech|ot|slp|team|school team|division|specialist|adhd|autism|asd|dyslexia|learning)",
        // "my student with the IEP", "l'élève avec un PEI"; "the autistic boy", "le garçon autiste"
        "\\bwith (?:an?|the|his|her|their) (?:iep|ipp|behaviou?r plan|safety plan|individual(?:ized)? (?:education|program) plan)\\b|\\bavec (?:un|le|son) (?:pei|ppi|pi|plan d'intervention)\\b",
        "\\b(?:autistic|diabetic|epileptic|dyslexic|deaf|blind|nonverbal|non-verbal|refugee|undocumented|anorexic) (?:little )?(?:boy|girl|student|kid|child|kiddo|learner|guy|teen)\\b|\\b(?:garcon|fille|eleve|enfant|jeune|petite?|gars) (?:autiste|diabetique|epileptique|dyslexique|tdah|tsa|anorexique|handicapee?|sourde?|aveugle|refugiee?|sans-papiers|non verbale?)\\b",
        "\\b(?:managing|manage|manages|control|controlling|controls|work on|working on|works on) (?:his|her|their) (?:anger|temper|impulses|outbursts|aggression)\\b",
        // Applications and interventions: "'s funding application", "gets pulled for reading intervention"
        "\\b(?:funding|coding|designation) (?:application|request|paperwork)\\b|\\bapplication for (?:an? )?(?:ea|aide|funding|coding)\\b|\\b(?:pulled|taken|goes|go|went) (?:out )?for (?:reading|literacy|math|numeracy|speech|ot|resource|intervention|small[- ]group)\\b",
        "\\b(?:reading|literacy|math|numeracy|early literacy|tier (?:2|3|two|three)) intervention\\b|\\b(?:in|into|started|starts|joined) (?:reading recovery|lli)\\b|\\b(?:his|her|their|in (?:a |the |our )?|joins?|joined|attends?|started|starts) (?:\\w+ )?(?:social skills|friendship|anger management|emotional regulation|self-regulation) (?:group|program|sessions?|class)\\b",
        // French: "a une éducatrice spécialisée", "travaille avec la TES", "l'accompagnement d'une TES"
        `\\b(?:a|avait|aura|obtient|obtenu|recoit|a recu|a besoin d'|avec|sans|travaille avec|travaillait avec|accompagnee? (?:par|d')|suivie? par|voit|va voir|rencontre) (?:une |un |la |le |l'|sa |son |ses |une? nouvelle? |sa propre )?${SUPPORT_FR}\\b`,
        `\\baccompagnement (?:d'une?|par une?|de la|de l'|de sa|de son|a temps plein|a temps partiel|individuel)(?: ${SUPPORT_FR})?`,
        `\\b${SUPPORT_FR} (?:a temps plein|a temps partiel|a (?:\\d+|mi-temps) ?%?|pour (?:lui|elle)|attitree?|dediee?)\\b`,
        "\\b(?:rencontre|reunion|revision|plan|bilan) du (?:pi|pei|ppi|plan d'intervention)\\b|\\ble (?:pi|pei|ppi) (?:de|d')",
        `\\b(?:a|avec|atteinte? d'|souffre d'|diagnostic d'|diagnostic de|d'une?) (?:un |une |le |la |l')?${NEED}\\b`,
        "\\best (?:tdah|tsa|dys|hyperactif|hyperactive|tdl|tdc)\\b|\\b(?:un|une) (?:lecteur|lectrice|scripteur|scriptrice|secretaire) (?:pour|lors de|pendant) (?:ses|les) (?:examens|evaluations|tests|controles)\\b",
        "\\best (?:\\w+ )?(?:dyslexique|dyspraxique|dysphasique|dyscalculique|dysorthographique|doue|douee|surdouee?|non verbale?|en attente d'(?:une )?evaluation|evaluee? (?:en|par) \\w+)\\b",
        "\\b(?:cote|codee?|reconnue?|identifiee?) (?:comme |en |avec )?(?:ehdaa|handicape\\w*|en difficulte|trouble\\w*|eleve a besoins particuliers)\\b|\\bcode (?:\\d{2}|ehdaa)\\b"
      ]),
      "i"
    )
  }
]
