import { quickToCompile } from "../../text/quick-compile"
import { OUTING_CUE } from "./trip-lexicon"
/**
 * What makes a sentence with a where and a when NOT a trip notice for field-trip-details: a
 * recap after the event, a deadline, a calendar notice, a virtual or cancelled outing, a
 * teacher's own family outing, a today headline the post then tells in the past ("Field trip to
 * the zoo today! The kids lost their minds…"), an event with no place and no day ("at provincials
 * this weekend"); and the words blanked before places are looked for (a lesson's
 * topic, the party a thank-you goes to). Over the normalised sentence, like trip-lexicon.ts.
 */

const alternation = (parts: string[]): string => `\\b(?:${parts.join("|")})\\b`

/** After the event: a thank-you or a recap in the past tense. */
export const RECAP = quickToCompile(
  alternation([
    "(?:thanks?|thank you|merci)\\b[^.!?]{0,80}\\bfor (?:hosting|having|welcoming|a (?:great|wonderful|fantastic|fun|amazing)|an amazing|the (?:tour|visit))",
    "(?:thanks?|thank you)\\b[^.!?]{0,80}\\bfor (?:the|a|an|our) (?:[\\w-]+ ){0,3}(?:tour|visit|field trip|trip|welcome|hospitality|program|experience|workshop)",
    "merci\\b[^.!?]{0,80}\\bpour (?:l'|la |le |cette |votre )(?:[\\w-]+ ){0,3}(?:visite|accueil|sortie|atelier|experience)",
    "had (?:a|an|such a|the) (?:great|amazing|fun|wonderful|fantastic|awesome|blast|best)",
    "yesterday|hier",
    "last (?:week|weekend|night|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    "visited|went|enjoyed|returned|came back|got back|toured|explored|spent the day|learned so much",
    "(?:congrats|congratulations|bravo|felicitations)\\b[^.!?]{0,60}\\b(?:for|pour) (?:passing|getting|earning|finishing|completing|reussir|avoir)",
    "won|for winning|placed|brought home|did (?:amazing|great|awesome|so well|well|a great job)",
    "finished|competed|performed|raced|hiked|planted|learned|saw|built|made a|created|drew|wrote",
    "taught|coached|chaperoned",
    // "My class at X made cards for the care home": a thing made, not "arrangements have been made".
    "(?<!(?:been|be|being|get|got) )made(?! it\\b)",
    "what a (?:great|fun|wonderful|fantastic|day)",
    // French past tense: "les élèves sont allés au Musée", "nous avons visité".
    "(?:sont|sommes|etaient|est|etes|suis) (?:tous |toutes |bien )?(?:alles|allees|alle|allee|revenus?|revenues?|partis?|parties?|rentres?|rentrees?|arrives?|arrivees?)|(?:avons|ont|a) (?:visite|participe|assiste|vu|passe|appris|gagne|remporte|explore|decouvert)|a eu lieu|(?:se sont|nous sommes|s'est|vous etes) (?:\\w+ )?rendu(?:e|s|es)?",
    // Any passé composé after a subject ("nous avons fait de la randonnée", "les 2e ont patiné"),
    // but not "ont hâte", "a lieu", "ont piscine mardi" or "avons une sortie".
    // ("on a" after an English word is "on a nature walk", not "on a fait").
    "(?:avons|avez|ont|j'ai|(?<!\\b(?:are|is|am|be|been|were|was|go|goes|going|went|get|got|out|off|we're|they're|it's|who's|here|now|currently|still|all|students|kids|class|grade|\\d+s|'re|'s) )(?:on|il|elle|qui|tout le monde) a) (?:deja |bien |beaucoup |tellement |vraiment |enfin |tous |toutes )?" +
      "(?!(?:une|des|du|de|la|le|les|hate|lieu|besoin|envie|conge|rendez-vous|cette|ce|ces|notre|votre|leur|leurs|tous|toutes|rdv|classe|piscine|patin|ski|gym|musique|ecole|cours|pratique|match|tournoi|sortie|rencontre|examen|repetition|spectacle|pique-nique|encore|aussi|juste|presque|toute)\\b)" +
      "(?:[a-z]{2,}(?:e|ee|es|ees|i|is|ie|ies|u|us|ue|ues)|fait|pris|vu|eu|mis|dit|fini|couru)",
    // English past after its subject: "we skated", "the Grade 6s canoed", "they rode the chairlift".
    "(?:we|they|kids|students|everyone|class|team|(?:grade )?\\d+s|grade \\d+) (?:all |really |just |finally |also )?" +
      "(?:(?!(?:excited|interested|pleased|thrilled|delighted|scheduled|planned|invited|expected|required|supposed|prepared|dressed|packed|booked|registered|signed|allowed|asked|reminded|needed)\\b)[a-z]{2,}(?<!e)ed|rode|swam|flew|drove|caught|took|ate|ran|got to|spent|sang|rode|threw|found|left|bought|brought|wore|lost)",
    "(?:back|home|de retour|rentres?) (?:at school |a l'ecole )?(?:after|from|de|d'|du) (?:an? |our |the |notre |la |une |leur |cette )?(?:\\w+ )?(?:trip|day|visit|morning|afternoon|outing|adventure|sortie|journee|visite|excursion|matinee)",
    "c'etait|quelle (?:belle |super |magnifique )?(?:journee|sortie|experience|matinee)|last (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|fall|summer|winter)"
  ]),
  "i"
)

/** Forms and payments due: a deadline, not when students will be somewhere. */
export const DEADLINE =
  /\b(?:formulaires?|autorisations?|paiements?|frais|argent)\b[^.!?]{0,60}\b(?:doivent etre (?:remis|retournes|signes)|a remettre|dus?|d'ici)\b|\b(?:forms?|slips?|payments?|fees?|money|deposits?)\b[^.!?]{0,40}\b(?:due|by)\b|\b(?:return|hand in|bring back|send back|sign)\b[^.!?]{0,30}\b(?:forms?|slips?|them|it)\b|\b(?:sign[- ]?ups?|signing up|register|registration)\b[^.!?]{0,40}\b(?:until|by|before|closes?|deadline|due)\b/i

/** School calendar notices and routine bus notices, not outings. */
export const CALENDAR = quickToCompile(
  alternation([
    "no school|early dismissal|(?<!\\b(?:for|before|by|until|till|in time for|pour|avant) (?:the )?(?:\\d{1,2}(?::\\d{2})? )?)dismissal|report cards?|pd day|p\\.d\\. day|professional development day",
    "in-?service|picture day|picture retakes?|photo retakes?",
    "parent[- ]teacher (?:interviews|conferences)|student[- ]led conferences",
    "school (?:is )?closed|spring break|winter break|registration|school resumes|classes resume",
    "administration day|admin day|bus routes?|buses (?:are )?cancell?ed",
    "(?:back|return(?:s|ing)?) (?:to school |to class )?(?:after|from) (?:the )?(?:\\w+ )?(?:break|holidays?|long weekend|vacation)|retour (?:a l'ecole |en classe )?apres (?:les |la |le )?(?:conge|vacances|relache)",
    "depart hatif|sortie hative|pas d'ecole|conge|(?:rencontres?|rendez-vous|entrevues?) parents?-(?:enseignants?|maitres?)|journee pedagogique|bulletins?|photo de classe|photos scolaires"
  ]),
  "i"
)

/**
 * A place that is the topic of a lesson, not where students go: "a book about Riding Mountain",
 * "une présentation sur le Musée royal de l'aviation". The lead-in and the next words are blanked
 * before places are looked for.
 */
export const TOPIC_OF =
  /\b(?:learn(?:ing|ed|s)?|read(?:ing|s)?|books?|projects?|units?|themes?|inquir(?:y|ies)|posters?|songs?|unites?|sujets?|presentations?|reports?|videos?|films?|documentar(?:y|ies)|research(?:ing)?|stud(?:y|ying|ies)|lessons?|talk(?:ing|s)?|writ(?:e|ing)|livres?|projets?|recherches?|documentaires?|lecons?|lire|lit|lisons|ecri(?:re|vons|t)|apprend(?:re|s)?|apprenons|etudi(?:er|ons|ent)|expose)\b(?: [\w'-]+){0,3}? (?:about|on|sur|au sujet d[eu']|de la vie (?:a|au))(?: [\w'-]+){1,5}/gi

/**
 * The party a thank-you goes to is not a destination: "merci à la boulangerie du village pour les
 * beignes", "thanks to the Co-op for the hot dogs". The run stops before "who", "us", "to"… so
 * "thanks to the parents driving us to the zoo" keeps its zoo. Blanked like TOPIC_OF.
 */
export const THANKED =
  /\b(?:merci|thanks?|thank you|shout-?out|kudos)\b[^.!?]{0,30}?\b(?:a|au|aux|to)\b(?: (?!(?:to|a|au|aux|for|pour|qui|who|that|us|nous|with|avec)\b)[\w'-]+){1,5}/gi

/** A virtual trip or visit never leaves the room: "virtual field trip", "visite virtuelle", "sur Zoom". */
export const VIRTUAL =
  /\b(?:virtual(?:ly)?|virtuel(?:le)?s?|(?:on|sur|par|via) zoom|en ligne|online)\b/i

/** A cancelled outing tells no one where students will be: "annulons la sortie", "trip is cancelled". */
export const CANCELLED =
  /\b(?:cancell?(?:ed|ing|s)?|called off|annul(?:e|es|ee|ees|ons|ent|era|eront|er))\b/i

/** A teacher's own family outing or appointment names no students: "à la cabane à sucre ce week-end en famille". */
export const FAMILY_OUTING =
  /\b(?:en famille|(?:rendez-vous|rdv|appointment|appt) (?:chez|with|at) (?:le |la |the |my |mon |ma )?(?:dentiste?|medecin|docteur|doctor|optom\w+|physio\w*|orthodontist\w*|clinique|clinic|garage)|avec (?:mon|ma|mes|notre|nos) (?:famille|copain|copine|amie?s|soeurs?|freres?|petits-enfants)|chez (?:mes|nos|leurs|ses) grands-parents|(?:mon fils|ma fille|mes petits-enfants)|with (?:my|our) (?:family|own \w+|grandkids)|(?:my|mon|ma) (?:husband|hubby|wife|(?<!teaching )partner|boyfriend|girlfriend|fiancee?|mari|femme|conjointe?|chum|blonde)|(?:mes|nos) propres \w+|(?:my|our|ma|notre) (?:family|famille)(?! (?:literacy|math|night|dance|fun|bingo|event|activity))|(?:my|our) (?:son|daughter|grandkids|grandchildren)(?:'s)?|(?:my|our) own (?:kids|children|kiddos|family|boys|girls|little ones))\b/i

/**
 * A headline that names the outing and today, and no verb of its own ("Field trip to the zoo today!",
 * "Sortie au Festival aujourd'hui"): a recap when the rest of the post tells it in the past.
 */
const TODAY_HEADLINE =
  /^(?![^.!?]*\b(?:leaves?|leaving|departs?|meets?|meeting|back (?:at|by)|returns?|are|is|will|we're|we are|partent|part|revenons|serons|sommes)\b)\W*(?:(?:our|the|grade \w+|gr\.? ?\d+|class|notre|la) )?(?:(?:field|class|school|day) trip|trip|outing|excursion|sortie(?: scolaire| de classe| educative)?|visite)\b[^.!?]*\b(?:today|this morning|this afternoon|aujourd'hui|ce matin|cet apres-midi)\b[^.!?]*[.!?]*\s*\S{0,4}\s*$/i

/** Event words that say no place ("at provincials", "the tournament", "beat the competition at"). */
const EVENT_WORD =
  /\b(?:(?:the )?competition (?:at|in)|tournaments?|tourney|provincials|regionals|zones|districts|bonspiel|championships?|tournois?|championnats?)\b/gi

/** A capitalised place after "in/at/to" ("Tournament this weekend in Dauphin"), not an event's name. */
const NAMED_PLACE_AFTER =
  /\b(?:in|at|to|a|au|aux|en) (?!(?:Provincials|Regionals|Zones|Districts|Nationals|Championships?|Grade|Gr|Room)\b)[A-Z][a-z]/

/** A when that names no day or time ("this weekend", "la semaine prochaine"). */
const VAGUE_WHEN =
  /^(?:(?:this|next|this coming) (?:weekend|week|month)|ce week-?end|cette fin de semaine|cette semaine|la semaine prochaine)$/i

/**
 * What may cancel a sentence's where and when once the whole post is seen: `recap` (told in the
 * past), `headline` ("Field trip to the zoo today!", a recap when another sentence is one) and
 * `vagueEvent` ("going to crush the competition at provincials this weekend": the only where is an
 * event word, with no place named and no day or time). `outing` and `place` are what the rule found.
 */
export function postCues(
  s: string,
  whens: { start: number; end: number }[],
  outing: boolean,
  place: boolean
): { recap: boolean; headline: boolean; vagueEvent: boolean } {
  return {
    recap: RECAP.test(s),
    headline: TODAY_HEADLINE.test(s),
    vagueEvent:
      outing &&
      !place &&
      !NAMED_PLACE_AFTER.test(s) &&
      whens.every((w) => VAGUE_WHEN.test(s.slice(w.start, w.end))) &&
      !OUTING_CUE.test(s.replace(EVENT_WORD, (m) => " ".repeat(m.length)))
  }
}

/** A recap or thank-you, a school-calendar notice or deadline, a virtual, cancelled or family outing. */
export function isExcluded(s: string): boolean {
  return (
    RECAP.test(s) ||
    CALENDAR.test(s) ||
    DEADLINE.test(s) ||
    VIRTUAL.test(s) ||
    CANCELLED.test(s) ||
    FAMILY_OUTING.test(s)
  )
}
