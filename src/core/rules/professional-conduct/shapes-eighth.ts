import { INSULT_EN, INSULT_FR } from "./words"

/**
 * Eighth-round demeaning families: put-downs built from images and frames rather
 * than a target + insult pair. Each family is anchored on the literal words that
 * make it a sneer (its gate), and its near misses are in the table tests:
 * - a dull object wearing the badge of office ("a participation trophy in a
 *   lanyard", "headless chicken with a clipboard", "un vrai poteau avec un badge");
 * - the cheap copy of a role ("the dollar-store version of a teacher");
 * - a licence to have children ("should need a license to reproduce",
 *   "ça devrait prendre un permis pour faire des enfants");
 * - a person addressed, then insulted ("girl, you are a fraud", "ma belle, t'es
 *   juste pas bonne");
 * - "go get a life" in French ("allez vous trouver une vie", "trouve-toi un hobby");
 * - one brain cell between them ("share one brain cell", "un neurone pour toute la classe");
 * - a class as what happens when animals get in ("my homeroom is what happens
 *   when you let feral raccoons into a building");
 * - giving up on their ability ("I've stopped pretending they're teachable");
 * - "is anyone at the board office thinking?" ("Y'a-tu quelqu'un qui réfléchit
 *   dans ce bureau-là?");
 * - "you're the problem" said to a parent about their child;
 * - "Une honte pour la profession." / "A disgrace to the profession." as a sentence;
 * - "Quelle école de fous", "what a school of clowns";
 * - a sentence that is one sneer at a person ("Une vraie folle.").
 * Text is accent-folded; patterns are case-insensitive.
 */

/** Things that stand in for a person who does nothing: "a participation trophy", "un poteau". */
const DUD =
  "(?:headless chickens?|chickens? with (?:its|their) heads? cut off|participation troph(?:y|ies)|(?:potted |house|office |plastic |fake )?plants?|ferns?|cardboard cut-?outs?|mannequins?|scarecrows?|(?:traffic|parking) cones?|(?:sacks?|bags?) of (?:potatoes|rocks|flour|hammers)|potato(?:es)?|rocks?|bricks?|(?:fence ?|lamp ?)posts?|doorstops?|paperweights?|screensavers?|empty suits?|(?:wet|soggy) noodles?|poteaux?|piquets?|plantes?(?: vertes?)?|patates?|roches?|meubles?|chaises?|buches?|cruches?|pots? de fleurs?|bibelots?|cones? orange|epouvantails?|sacs? de (?:patates|roches))"

/** The badge of office it wears: "with a lanyard", "avec un badge". */
const OFFICE_PROP =
  "(?:clipboards?|lanyards?|badges?|name ?tags?|job titles?|titles?|whistles?|ties?|salar(?:y|ies)|pensions?|parking spots?|corner office|business cards?|six-figure salary|cravates?|cordons?|porte-noms?|titres?|salaires?|sifflets?|bureau(?: ferme)?|stationnement reserve|cartes? d'affaires)"

/** Said of oneself ("I'm basically a potato with a lanyard today 😂") it is self-deprecation. */
const NOT_ME =
  "(?<!\\b(?:i|i'm|im|i am|i was|i feel like|i felt like|me|we|we're|je suis|j'suis|j'etais|je me sens|moi|on est|nous sommes)(?: \\w+){0,3} )"

/** Said as a verdict ("is basically a", "described as", sentence start), not of a craft ("a scarecrow with a whistle for the fair"). */
const DUD_WITH_PROP = `${NOT_ME}(?:^\\W*|\\b(?:is|are|was|were|'s|'re|as|like|c'est|est|sont|etait|comme)\\W{1,3})(?:(?:a|an|un|une|des|de|basically|just|literally|honestly|truly|vraiment|juste|pas mal|vrai|vraie|real|total|glorified)\\s+)*${DUD} (?:with|in|wearing|holding|avec|en|qui porte) (?:a|an|un|une|des|son|sa|ses|his|her|their) ${OFFICE_PROP}\\b`

/** Roles a cheap copy is made of. */
const ROLE_COPY_EN =
  "(?:teacher|educator|principal|vice-principal|vp|admin|administrator|superintendent|leader|boss|parent|mom|dad|colleague|co-?worker|professional|adult|human(?: being)?|person|trustee|coach|sub|substitute)"
const ROLE_COPY_FR =
  "(?:prof|professeure?|enseignante?|directeur|directrice|direction|parent|mere|pere|collegue|adulte|etre humain|humain|personne|surintendante?|suppleante?|coach|patron(?:ne)?)"
const CHEAP_COPY = `\\b(?:dollar[- ]?store|discount|knock-?off|bargain[- ]bin|clearance[- ]rack|off-brand|store-brand|wish(?:\\.com)?|temu|dollarama|walmart|low-budget|budget) (?:version|edition|copy|knock-?off|model) of (?:a |an |the )?(?:real |actual )?${ROLE_COPY_EN}\\b|\\b(?:version|edition|copie) (?:dollarama|temu|wish|cheap|bas de gamme|a rabais|discount|pas chere|de fond de tiroir) (?:d'une?|de|du) (?:vrai |vraie )?${ROLE_COPY_FR}\\b|\\b(?:un|une) ${ROLE_COPY_FR} (?:de|du|achete(?:e)? (?:au|chez)) (?:dollarama|temu|wish|dollar store|magasin a une piastre)\\b`

/** "should need a license to reproduce", "ça prend un permis pour conduire, mais pas pour faire des enfants". */
const LICENCE_TO_BREED = `\\b(?:licen[cs]e|permit|test) (?:to|before (?:they|you|people|some people) (?:can |could |get to |are allowed to )?|for) (?:reproduce|reproducing|breed|breeding|procreate|have (?:kids|children|babies)|having (?:kids|children|babies)|be (?:a )?parents?|parent|parenting)\\b|\\b(?:permis|examen|test|licence) (?:pour|avant d'|avant de) (?:avoir des enfants|faire des enfants|se reproduire|procreer|etre parents?|elever des enfants)\\b`

/** A person hailed, then judged: "girl, you are a fraud", "ma belle, t'es juste pas bonne", "Monsieur, vous êtes ridicule". */
const HAIL =
  "(?:girl|girlie|sis|boy|buddy|bud|dude|bro|sir|ma'am|lady|honey|hun|sweetie|sweetheart|my friend|pal|friend|karen|ma belle|mon beau|ma chere|mon cher|ma grande|mon grand|mon chum|ma chum|madame|monsieur|mon ami|mon amie|ma fille|mon gars|mon homme|ma petite|mon petit)"
const HAILED_THEN_INSULTED = `\\b${HAIL}\\s*,\\s*(?:you(?:'re| are)|ur|u r|t'es|tu es|vous etes)(?:\\s+(?:just|juste|such|so|really|truly|honestly|vraiment|tellement|franchement|pas mal|rien qu'|clearly|literally|a|an|un|une|vrai|vraie|real|total|complete|absolute))*\\s+(?:${INSULT_EN}|${INSULT_FR})\\b(?! (?:at|en|a|au|pour|for)\\b)(?![^.!?]*(?:😂|🤣|\\blol\\b|\\bhaha|\\bjk\\b|❤|💕|🥰|😘))`

/** French "go get a life": "allez vous trouver une vie", "trouve-toi un hobby". */
const GET_A_LIFE_FR = `\\b(?:(?:va|vas|allez)(?: (?:donc|don))? (?:te|vous) (?:trouver|chercher|acheter|faire) (?:une vie(?: sociale)?|un passe-temps|un hobby|des amis)|(?:trouvez|trouve|achetez|achete|cherchez|cherche)-(?:vous|toi) (?:une vie(?: sociale)?|un passe-temps|un hobby|des amis))\\b|\\b(?:go )?(?:find|get) (?:yourself|yourselves) (?:a life|a hobby|some friends)\\b`

/** "some of them share one brain cell", "un neurone pour toute la classe"; not "my friend and I share one brain cell". */
const ONE_BRAIN_CELL = `(?<!\\b(?:we|us|me and|and me|and i|moi|on|nous)\\b[^.!?]{0,30})\\b(?:shar(?:e|es|ing|ed)|split(?:ting)?|tak(?:e|es|ing) turns (?:with|using)) (?:one|a|a single|the same|1|half a) brain ?cells?\\b|(?<!\\b(?:we|us|me and|and me|and i)\\b[^.!?]{0,20})\\b(?:one|a single|1) brain ?cell (?:between|among|for) (?:them|the (?:\\w+ )?(?:of them|lot|class|group|bunch)|all of them|\\d+ (?:kids|students|people|adults)|the whole \\w+)\\b|(?<!\\b(?:on|nous|moi)\\b[^.!?]{0,20})\\bse (?:partagent|partage) (?:un|une|le meme|un seul|une seule) (?:neurone|cellule grise|cerveau)\\b|\\bun (?:seul )?neurone pour (?:toute la \\w+|tout le \\w+|eux|\\d+|deux|trois|quatre)\\b`

/** A class or an office as "what happens when you let raccoons in". */
const GROUP_WORD =
  "(?:homeroom|class|classroom|kids|students|group|staff|staff room|admin|board|division|office|meeting|department|classe|groupe|eleves|jeunes|direction|bureau|reunion|personnel)"
const ANIMALS_GOT_IN = `\\b${GROUP_WORD}\\b[^.!?]{0,40}?\\b(?:is|are|'s|was|were|c'est|est|sont) (?:basically |literally |just |exactement |juste )?(?:what happens when (?:you|they|someone|somebody) (?:let|put|give|hand|leave|lock|release)|ce qui arrive quand (?:on|tu|vous) (?:laisse|laissez|met|mets|mettez|lache|lachez|donne|donnez)) [^.!?]{0,30}?\\b(?:raccoons|monkeys|chimps|chimpanzees|animals|goats|squirrels|hyenas|toddlers|gremlins|wolves|baboons|a toddler|a monkey|a chimp|ratons? laveurs?|singes|chimpanzes|animaux|chevres|ecureuils|hyenes|bambins|gremlins|loups|babouins)\\b`

/** "I've stopped pretending they're teachable", "j'ai arrêté de faire semblant qu'ils sont capables". */
const STOPPED_PRETENDING = `\\b(?:stopped|quit|given up|gave up|done|tired of) pretending (?:that )?(?:they|he|she|these kids|those kids|(?:my|our|the|this|that) (?:\\w+ )?\\w+)(?:'re| are|'s| is| can be| will be| could be| have| has)(?! not\\b)(?: (?:ever|even|remotely|at all|actually|really))? (?:teachable|educable|smart|competent|capable|intelligent|human|bright|reasonable|functional|qualified|useful|a clue|any clue|a brain|able to (?:learn|read|think|lead|parent))\\b|\\b(?:arrete|arreter|fini|cesse|lache) de (?:faire semblant|pretendre) qu(?:'ils|'elles|'il|'elle|e (?:mes|ces|les|la|le|ma|mon|notre|nos) \\w+) (?:sont|est|peuvent|peut|ont|a) (?:\\w+ )?(?:capables?|competente?s?|intelligente?s?|educables?|apprendre|brillante?s?|un cerveau|du jugement)\\b`

/** "Is anyone at the board office thinking?", "Y'a-tu quelqu'un qui réfléchit dans ce bureau-là?" */
const PLACE =
  "(?:office|board|division|admin|administration|district|ministry|building|school|central office|head office)"
const PLACE_FR =
  "(?:bureau|division|direction|ecole|conseil|css|ministere|commission scolaire|centre de services)"
const ANYONE_THINKING = `\\b(?:is there|is|does) (?:anyone|anybody|one person|a single person|a single adult) (?:(?:at|in|on|over at|down at|working at|who works at) (?:the |this |that |our |central )?(?:\\w+ )?${PLACE}\\b[^.!?]{0,20}? (?:who |that )?(?:even )?(?:think|thinks|thinking|has a brain|have a brain|with a brain|with a functioning brain|capable of thought|using (?:their|a) brain)|(?:who |that )?(?:even )?(?:thinks|has a brain|uses their brain) (?:at|in|on|over at|down at) (?:the |this |that |our |central )?(?:\\w+ )?${PLACE}\\b[^.!?]{0,20}?)\\s*\\?|\\b(?:y'?a-?tu|y a-t-il|y'a-t-il|est-ce qu'il y a|y'?a tu|il y a-tu) (?:quelqu'un|une personne|un adulte|une seule personne) (?:qui (?:reflechit|pense|a un cerveau|a du jugement|a une tete|utilise son cerveau)|avec un cerveau) (?:dans|a|au|a la|chez) (?:ce |cette |la |le |l'|notre )?${PLACE_FR}\\b[^.!?]{0,20}?\\?`

/** A parent told "you're the problem" about their own child. */
const YOU_ARE_THE_PROBLEM = `\\b(?:your (?:\\w+ )?(?:child|kids?|children|son|daughter)|(?:votre|ton|vos|tes) (?:\\w+ )?(?:enfants?|fils|fille|jeunes?))\\b[^.!?]{0,160}?\\b(?:you(?:'re| are)|vous etes|t'es|tu es|c'est (?:vous|toi)) (?:the|le) (?:real |vrai )?(?:problem|probleme)\\b(?![\\w-]| (?:solver|solving))`

/** "Une honte pour la profession.", "a disgrace to the profession". */
const SHAME_OF_PROFESSION = `^\\W*(?:(?:une|a|an|quelle|what an?|such an?|des)\\s+)?(?:vraie |real |total |absolute |complete |walking )?(?:honte|hontes|disgrace|embarrassment) (?:pour|to|for|a|on) (?:la |le |l'|the |our |this |notre )?(?:teaching )?(?:profession(?: enseignante)?|metier|enseignement|teaching)\\b`

/** "Quelle école de fous", "what a bunch... " in French: a body of people "de fous". */
const BODY_OF_FOOLS = `\\bquel(?:le)?s? (?:belle |beau |vraie? )?(?:ecole|classe|direction|division|equipe|staff|personnel|administration|conseil) (?:de |d')(?:fous|folles|malades|caves|clowns|nonos|cons|tares|debiles|bouffons|imbeciles|idiots|incompetents|incapables|epais)\\b`

/** A sentence that is one sneer at a person: "Une vraie folle.", "Un vrai poteau." */
const ONE_SNEER_FR = `^\\W*(?:\\w+\\W+)?(?:un|une) (?:vrai|vraie|beau|belle|maudit|maudite|sacre|sacree) (?:folle|fou|malade|sorciere|vipere|hysterique|capotee?|poteau|plante verte|innocente?|dinde|peste|chipie|harpie|megere|twit|tata|nounoune|epaisse?|teigne|cruche|gourde)\\b(?! (?:de|d'|du|des)\\b)(?![^.!?]*(?:😅|🤦|🙈|😂|🤣|❤|🥰|\\bmoi\\b|\\bje\\b))`

/**
 * Each family with the literal words it cannot match without: a sentence that
 * lacks them skips the family (a cheap test first, the same results).
 */
export const DEMEANING_EIGHTH: [gate: RegExp, source: string][] = [
  [
    /lanyard|clipboard|badge|name ?tag|title|whistle|\bties?\b|salar|pension|parking|corner office|business card|cravate|cordon|porte-nom|titre|sifflet|bureau|stationnement|cartes? d'affaires/i,
    DUD_WITH_PROP
  ],
  [/version|edition|copy|copie|knock-?off|model|dollar|temu|wish|rabais/i, CHEAP_COPY],
  [/licen[cs]e|permit|\btest\b|permis|examen/i, LICENCE_TO_BREED],
  [/,\s*(?:you|ur\b|u r\b|t'es|tu es|vous etes)/i, HAILED_THEN_INSULTED],
  [/une vie|passe-temps|hobby|des amis|a life|some friends/i, GET_A_LIFE_FR],
  [/brain ?cell|neurone|cellule grise|cerveau/i, ONE_BRAIN_CELL],
  [/what happens when|ce qui arrive quand/i, ANIMALS_GOT_IN],
  [/pretend|semblant/i, STOPPED_PRETENDING],
  [/\?/, ANYONE_THINKING],
  [/problem/i, YOU_ARE_THE_PROBLEM],
  [/honte|disgrace|embarrassment/i, SHAME_OF_PROFESSION],
  [/\bquel/i, BODY_OF_FOOLS],
  [/\b(?:vraie?|beau|belle|maudite?|sacree?)\b/i, ONE_SNEER_FR]
]
