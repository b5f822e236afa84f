/**
 * Tenth-round demeaning families (dev10 first sight), each anchored on the literal
 * words it cannot match without (its gate); the near misses are in the table tests:
 * - an insult noun said of a role described by a clause ("the sub they sent
 *   yesterday was a moron", "le suppléant qu'ils ont envoyé était un vrai cave");
 * - "what a pathetic joke of an organization", "quelle farce d'organisation";
 * - a group that "can't get any dumber" ("this batch of parents can't get any
 *   dumber", "ces parents-là peuvent pas être plus niaiseux");
 * - a person given the depth of a puddle ("a la profondeur d'une flaque d'eau",
 *   "has the emotional range of a teaspoon");
 * - a group lumped by a stereotype: a label ("newcomer families never read anything",
 *   "those parents just don't value school the way ours do"), "on sait ben" about a
 *   group ("les familles du bord de la rivière, on sait ben qu'elles s'occupent pas de
 *   leurs enfants"), "apprenez le français avant d'arriver";
 * - a person's work waved away: "ils lancent un ballon pis ils appellent ça enseigner";
 * - anchored sarcasm: "Karen" as a slur ("Sure, Karen, go off", "full Karen mode"),
 *   "raised by wolves", an adult's age and what they "still haven't figured out",
 *   praise with an eye-roll ("Un vrai rayon de soleil ☀️🙄", "Truly a gift to the
 *   profession 🙄"), "that explains so much about the kid".
 * Text is accent-folded; patterns are case-insensitive.
 */

/** Roles a clause can describe: "the sub they sent", "the parent who emailed me". */
const ROLE_EN =
  "(?:sub|substitute|supply teacher|principal|vp|vice-principal|parent|mom|dad|mother|father|colleague|co-?worker|teacher|admin|administrator|secretary|custodian|coach|consultant|coordinator|trustee|superintendent|guy|lady|woman|man|bus driver|ea|aide|director|manager|boss|person)"

/** Insult nouns that say the person is a fool (not "clown", also a costume). */
const FOOL_EN =
  "(?:moron|idiot|imbecile|buffoon|halfwit|dimwit|nitwit|dunce|cretin|joke|disgrace|loser|waste of (?:space|oxygen|skin|a salary))s?"
/** Adjectives said only of a person's competence: "the sub they sent was clueless" (not "useless at first"). */
const FOOLISH_EN =
  "(?:clueless|incompetent|brainless|spineless|useless|hopeless|worthless|dumb as (?:a )?(?:rocks?|a post|a brick|dirt))(?! (?:at|with|for|in)\\b)"

/** "the sub they sent yesterday was a moron", "the parent who emailed me is an absolute idiot". */
const ROLE_CLAUSE_FOOL_EN = `\\b(?:the|that|this|our|my|their|your)\\s+(?:new\\s+)?${ROLE_EN}\\b(?:\\s+(?:who|that|they|we|you|he|she|i|admin|from|at|in|on|down|across|next)\\b(?:\\s+[\\w'-]+){0,6}?)?\\s+(?:is|was|'s|has been|turned out to be)\\s+(?:(?:honestly|truly|literally|basically|clearly|just|such|a|an|total|complete|absolute|utter|real|certified|grade-a|first-class|walking|completely|totally|utterly|so|really|pretty|beyond|absolutely)\\s+)*(?:${FOOL_EN}|${FOOLISH_EN})(?![\\w-])`

const ROLE_FR =
  "(?:suppleante?|remplacante?|prof|enseignante?|collegue|directeur|directrice|parent|mere|pere|conseillere?(?: pedagogique)?|secretaire|concierge|coach|surintendante?|gars|bonhomme|madame|monsieur)"
const FOOL_FR =
  "(?:idiote?|imbecile|cretine?|abrutie?|epaisse?|cave|nono|nounoune|niaiseu(?:x|se)|incompetente?|deux de pique|tata|twit|zero)"

/** "le suppléant qu'ils ont envoyé hier était un vrai cave". */
const ROLE_CLAUSE_FOOL_FR = `\\b(?:le|la|ce|cette|cet|notre|mon|ma)\\s+(?:nouveau |nouvelle |nouvel )?${ROLE_FR}(?:-la)?\\b(?:\\s*(?:qu'|qui\\b|que\\b|de\\b|du\\b|d')[^,.!?]{0,40}?)?\\s*,?\\s*(?:c'est|c'etait|est|etait|a ete)\\s+(?:(?:vraiment|tellement|franchement|juste|un|une|vrai|vraie|maudit|maudite|beau|belle|gros|grosse|total|totale)\\s+)*${FOOL_FR}\\b(?! (?:en|a|au|pour|de)\\b)`

/** Bodies and people a "joke of a" can be. */
const BODY =
  "(?:organi[sz]ation|institution|union|association|board|division|district|school|department|system|administration|government|ministry|office|committee|staff|principal|leader|leadership|teacher|parent|colleague|superintendent|human(?: being)?|person|adult|professional|educator|man|woman)"
const JOKE_OF_A = `\\b(?:what an?|that|this|such an?)\\s+(?:(?:pathetic|sad|total|complete|absolute|utter|sorry|laughable|bloody|freaking|fricking)\\s+)*(?:joke|excuse|disgrace|embarrassment|clown show|circus|farce|dumpster fire)\\s+of\\s+(?:an?\\s+)?(?:\\w+\\s+)?${BODY}\\b|\\b(?:quel(?:le)?|une? (?:vraie?|belle|beau)?)\\s*(?:farce|blague|honte|joke|cirque|risee) (?:d'|de )(?:organisation|institution|division|conseil|ecole|direction|syndicat|ministere|systeme|administration|comite|personnel|leader|directeur|directrice|prof|enseignante?|parent|collegue|etre humain|humain|adulte)\\b`

/** People a verdict about getting dumber is said of. */
const PEOPLE_EN =
  "(?:parents|kids|students|families|staff|admin|administration|teachers|colleagues|class|group|batch|crop|cohort|bunch|they|these|those|people|trustees|board|moms|dads|grads|graduates)"
const NO_DUMBER_EN = `\\b${PEOPLE_EN}\\b[^.!?]{0,40}?\\b(?:can't|cannot|can not|couldn't|could not|won't)\\s+(?:possibly\\s+|ever\\s+|really\\s+)?(?:get|be|become)\\s+(?:any\\s+)?(?:dumber|stupider|lazier|ruder|thicker|more (?:stupid|clueless|useless|incompetent|entitled|lazy|ignorant|brainless|idiotic))\\b|\\b${PEOPLE_EN}\\b[^.!?]{0,30}?\\b(?:get|gets|getting|got)\\s+(?:dumber|stupider|lazier)\\s+(?:every|each|by the)\\s+\\w+`
const PEOPLE_FR =
  "(?:parents|jeunes|eleves|enfants|familles|profs|enseignants|collegues|classe|groupe|gang|cohorte|ils|elles|direction|commissaires)"
const NO_DUMBER_FR = `\\b${PEOPLE_FR}(?:-la)?\\b[^.!?]{0,40}?\\b(?:peuvent|peut|pourraient|pourrait)\\s+(?:pas|jamais|vraiment pas)\\s+(?:etre|devenir)\\s+(?:plus|encore plus)\\s+(?:niaiseu(?:x|ses)|cons|connes|epais(?:ses)?|betes|stupides|paresseu(?:x|ses)|idiots|idiotes|caves|nonos)\\b`

/** A low bar to be measured against: "a puddle", "une flaque". */
const SHALLOW =
  "(?:puddle|teaspoon|spoon|goldfish|rock|potato|brick|houseplant|doorknob|toaster|piece of toast|wet noodle|lamppost|sponge|fruit fly|kiddie pool|saucer|flaque|cuillere|cuillere a the|poisson rouge|roche|patate|brique|plante|poignee de porte|grille-pain|toast|poteau|eponge|mouche|pataugeuse|soucoupe|assiette)"
const QUALITY =
  "(?:depth|emotional depth|emotional range|intelligence|iq|charisma|personality|self-awareness|common sense|wit|profondeur|intelligence|qi|jugement|charisme|personnalite|vivacite|sens commun|gros bon sens|culture|finesse)"
const PERSON_ANY =
  "(?:he|she|they|il|elle|ils|elles|sub|principal|vp|parent|mom|dad|colleague|co-?worker|teacher|admin|secretary|consultant|coordinator|trustee|superintendent|coach|guy|lady|director|suppleante?|remplacante?|prof|enseignante?|collegue|directeur|directrice|direction|mere|pere|conseillere?(?: pedagogique)?|secretaire|concierge|surintendante?|commissaires?|gars|madame|monsieur)"
const DEPTH_OF = `\\b${PERSON_ANY}\\b[^.!?]{0,40}?\\b(?:has|have|had|a|ont|avait|avaient)\\s+(?:about |roughly |maybe |genre |a peu pres |toute )?(?:the|la|le|l')\\s*(?:\\w+\\s+)?${QUALITY}\\s+(?:of|d'|de)\\s*(?:an?\\s+|une?\\s+)?(?:\\w+\\s+)?${SHALLOW}\\b`

/** Labels that make a group a stereotype: "newcomer families", "those parents". */
const LABEL_EN =
  "(?:newcomer|immigrant|refugee|reserve|rez|welfare|inner[- ]city|north[- ]end|foreign|esl|eal|native|indigenous|first nations|syrian|somali|filipino|chinese|indian|african|ukrainian|mexican|arab|muslim|hutterite|low-income|poor|trailer[- ]park|those)"
const GROUP_EN = "(?:families|parents|kids|students|moms|dads|people|children|mothers|fathers)"
/** What the group is said never to do for school. */
const NEGLECT_EN =
  "(?:(?:never|don't even|do not even|never even|can't be bothered to|won't ever)\\s+(?:read|answer|respond|reply|check|come|show up|help|care|bother|sign|return|open|look at|support|value|discipline)\\b(?:\\s+[\\w']+){0,3}?\\s+(?:anything|a thing|at all|ever|any of|anything we)|(?:just |simply |really )?(?:don't|do not|never|won't|can't)\\s+(?:value|care about|respect|prioriti[sz]e|believe in|care for|bother with)\\s+(?:school|education|learning|reading|homework|teachers|their (?:kids|children)(?:'s)? (?:education|schooling))|never (?:do|hand in|finish|bring) (?:their|any|the) homework|(?:just |simply )?(?:don't|do not|never) care\\b(?! if)|couldn't care less)"
/** A group placed by where it lives: "kids from that part of town". */
const FROM_PLACE_EN =
  "(?:from|in|on|at) (?:the rez|the reserve|the north end|the inner city|the trailer park|the projects|the apartments|(?:that|this|the other) (?:neighbou?rhood|part of town|side of town|area|end of town|street|building))"
const STEREOTYPE_EN = `\\b${LABEL_EN}\\s+${GROUP_EN}\\s+(?:here\\s+|around here\\s+|in this town\\s+)?${NEGLECT_EN}\\b|\\b${GROUP_EN}\\s+${FROM_PLACE_EN}\\s+(?:just\\s+|all\\s+)?${NEGLECT_EN}\\b|\\b(?:these|those|some|certain)\\s+${GROUP_EN}\\b[^.!?]{0,40}?\\b(?:don't|do not|never|can't|won't)\\s+(?:\\w+\\s+){0,2}?(?:value|care|respect|raise|parent|discipline|read|support|prioriti[sz]e|help|bother)\\b[^.!?]{0,40}?\\b(?:the way|like)\\s+(?:ours|we|our (?:families|parents|kids)|normal (?:families|people|parents))\\s+do\\b`

const LABEL_FR =
  "(?:immigrants?|immigres?|immigrantes?|nouveaux arrivants|nouvelles arrivantes|refugies|refugiees|etrangers|familles|parents|gens|monde|meres|peres|jeunes|enfants|eleves|profs|enseignants|bs)"
/** "Les familles du bord de la rivière, on sait ben qu'elles s'occupent pas de leurs enfants." */
const WE_ALL_KNOW_FR = `\\b(?:les|ces)\\s+${LABEL_FR}(?:-la)?\\b(?:\\s+(?:de|du|des|d'|de la|de l'|qui)\\b[^,.!?]{1,50}?)?\\s*,?\\s*on (?:le )?sait (?:ben|bien|tous|toutes)\\b[^.!?]{0,20}?\\b(?:qu'(?:ils|elles)|qu'ils|ils|elles)\\b[^.!?]{0,40}?\\b(?:s'occupent|prennent soin|s'interessent|se soucient|lisent|valorisent|se forcent|travaillent|respectent|aident|repondent|font|essaient|participent|ecoutent|suivent)\\s+(?:pas|jamais|rien|pus|plus|aucun)\\b(?! (?:expres|de mal|semblant|toujours)\\b)`
/** "they don't take care of their kids", said of a whole group. */
const NEGLECT_FR = `\\b(?:ces|les)\\s+(?:familles|parents|meres|peres|gens|monde)(?:-la)?\\b[^.!?]{0,60}?\\b(?:ils|elles|qui)\\s+(?:ne |n')?(?:s'occupent|prennent soin|se soucient|s'interessent)\\s+(?:pas|jamais|pus|plus)\\s+(?:de |d')(?:leurs?|ses)\\s+(?:enfants|jeunes|kids|petits|flos)\\b|\\b(?:those|these|the)\\s+(?:families|parents|moms|dads|people)\\b[^.!?]{0,40}?\\b(?:don't|do not|never|can't)\\s+(?:take care of|look after|care about|feed|supervise|raise)\\s+their\\s+(?:kids|children|own kids)\\b`
/** "Apprenez le français avant d'arriver", "learn English before you come here". */
const LEARN_THE_LANGUAGE = `\\b(?:apprenez|apprends|apprenne(?:nt)?)\\s+(?:le francais|l'anglais|la langue|une des langues)\\s+(?:(?:avant d'arriver|avant de venir|avant de debarquer|avant de vous installer)(?! (?:au|a|en|dans|ici pour)\\b)|ou retournez|ou (?:rentrez|restez) chez vous)\\b|\\blearn\\s+(?:the language|english|french|to speak english)\\s+(?:before (?:you come|coming|moving|arriving|you move|you get) here|or go (?:back|home))\\b|\\b(?:go back|retournez|retourne|rentrez)\\s+(?:to your (?:own )?country|where you came from|chez vous|dans (?:votre|ton|leur) pays|d'ou vous venez)\\b(?!['’]s)`

/** "ils lancent un ballon pis ils appellent ça enseigner", "and he calls that teaching" (not of one's own pupils). */
const CALLS_IT_WORK = `(?:\\b(?:and|pis|puis|et|then)\\s+|,\\s*)(?:they|he|she|ils|elles|il|elle)\\s+(?:call|calls|appellent|appelle)(?<!\\b(?:eleves|enfants|kids|students|my class|ma classe|mes jeunes|mes petits|grade \\d+s?|gr\\.? ?\\d+s?|toddlers?|tout-petits|mon fils|ma fille|my son|my daughter|my kids)\\b[^.!?]*)\\s+(?:that|it|this|ca|cela)\\s+(?:teaching|enseigner|de l'enseignement|working|travailler|du travail|a lesson|un cours|parenting|leadership|leading|coaching|planning|a job|une job|un emploi|education|l'education|gestion de classe|classroom management)\\b`

/** "Karen" as a slur for a demanding woman: "Sure, Karen, go off", "full Karen mode". */
const KAREN = `\\b(?:a|some|another|such a|total|complete|absolute|classic|major|peak|full|une|vraie|grosse|maudite)\\s+karen\\b|\\b(?:the|those|these|all the|les|des|ces)\\s+karens\\b|\\b(?:ok|okay|sure|yeah|yes|right|calm down|settle down|relax|chill|bye|go off|oui|ben oui|c'est ca|calme-toi)[,.!]*\\s+karen\\b(?=\\s*(?:[,.!?…]|$|[\\uD83C-\\uD83E]|go off))`

/** "Raised by wolves, clearly", "élevée par des loups", not Mowgli's story. */
const RAISED_BY_WOLVES = `\\b(?:raised|brought up) (?:by|with) wolves\\b(?<!\\b(?:mowgli|romulus|remus|jungle book|story|novel|book|legend|livre|histoire|roman|conte|legende)\\b[^.!?]*)|\\beleve(?:e|s|es)? (?:par des loups|dans une grange|dans un fond de grange)\\b(?<!\\b(?:mowgli|livre|histoire|roman|conte|legende)\\b[^.!?]*)`

/** An adult's age and what they still haven't learned: "Forty-five years old and still hasn't figured out". */
const AGE_ADULT =
  "(?:[2-9]\\d|twenty|thirty|forty|fifty|sixty|seventy)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
const GROWN_AND_STILL = `(?<!\\b(?:i'm|i am|im|me|turning|turned|i was)\\s+)\\b${AGE_ADULT}[- ]years?[- ]old,? and (?:he |she |they )?still (?:hasn't|has not|doesn't|does not|has no|can't|cannot)\\s+(?:\\w+\\s+){0,2}?(?:figured out|learned|learnt|grasped|mastered|understood|understand|know|a clue|any (?:manners|decency|sense|idea))\\b|\\b(?:[2-9]\\d|trente|quarante|cinquante|soixante)(?:-\\w+)? ans,? (?:pis|et) (?:il|elle) (?:a |sait |comprend )?(?:toujours|encore) pas (?:compris|appris|capable|fini par comprendre)\\b`

/** Praise said of a person beside an eye-roll: "Un vrai rayon de soleil ☀️🙄". */
const PRAISE_EYEROLL = `\\b(?:(?:a|an|un|une|such a|quel|quelle|truly|truly a|what a|vraiment|un vrai|une vraie|a real|a true|an absolute|absolutely|a total)\\s+)+(?:ray of sunshine|rayon de soleil|gift to (?:the profession|teaching|education|humanity|mankind|the world|us all|the staff)|cadeau (?:pour|a) (?:la profession|l'enseignement|l'humanite|l'equipe)|joy to work with|pleasure to work with|team player|people person|joueuse? d'equipe|perle rare|charmer|charmeuse|modele pour nous tous|role model for us all)\\b(?=[^.!?]*(?:🙄|🙃|#sarcasm|\\/s\\b))`

/** "that explains so much about the kid": the parent's email as the child's diagnosis. */
const EXPLAINS_THE_KID = `\\b(?:that|which|this|it|and) (?:honestly |really |kind of |sort of |truly )?explains (?:so much|a lot|everything|a whole lot|so many things) about (?:the|that|this|their|his|her) (?:kid|child|boy|girl|student|son|daughter|family)\\b(?!['’]s)|\\b(?:ca|ce qui|cela) explique (?:beaucoup|bien des choses|pas mal de choses|tout) (?:sur|a propos) (?:le|la|cet|cette|ce) (?:jeune|enfant|eleve|kid|gars|fille)\\b`

/**
 * Each family with its gate: a sentence without these literal words skips the family.
 */
export const DEMEANING_TENTH: [gate: RegExp, source: string][] = [
  [
    /moron|idiot|imbecile|buffoon|halfwit|dimwit|nitwit|dunce|cretin|joke|disgrace|loser|waste of|clueless|incompetent|brainless|spineless|useless|hopeless|worthless|dumb as/i,
    ROLE_CLAUSE_FOOL_EN
  ],
  [
    /idiot|imbecile|cretin|abruti|epais|cave|nono|nounoune|niaiseu|incompetent|deux de pique|tata|twit|zero/i,
    ROLE_CLAUSE_FOOL_FR
  ],
  [/ of |farce|blague|honte|joke|cirque|risee/i, JOKE_OF_A],
  [/dumber|stupider|lazier|ruder|thicker|get (?:any )?more/i, NO_DUMBER_EN],
  [/plus/i, NO_DUMBER_FR],
  [
    /puddle|teaspoon|spoon|goldfish|rock|potato|brick|plant|doorknob|toast|noodle|lamppost|sponge|fly|pool|saucer|flaque|cuillere|poisson|roche|patate|brique|poignee|poteau|eponge|mouche|pataugeuse|soucoupe|assiette/i,
    DEPTH_OF
  ],
  [/never|n't|do not|care/i, STEREOTYPE_EN],
  [/on (?:le )?sait/i, WE_ALL_KNOW_FR],
  [
    /s'occupent|prennent soin|se soucient|s'interessent|take care|look after|care about|feed|supervise|raise/i,
    NEGLECT_FR
  ],
  [/apprenez|apprends|apprenne|learn|go back|retourne|rentrez/i, LEARN_THE_LANGUAGE],
  [/\bcall|appelle/i, CALLS_IT_WORK],
  [/karen/i, KAREN],
  [/wolves|loups|grange/i, RAISED_BY_WOLVES],
  [/still|toujours pas|encore pas/i, GROWN_AND_STILL],
  [/🙄|🙃|#sarcasm|\/s\b/u, PRAISE_EYEROLL],
  [/explain/i, EXPLAINS_THE_KID]
]
