/**
 * Third-round shapes (dev4 first sight): comparisons to objects, "X are trash",
 * clause-opening French insults, whole-team verdicts, and veiled threats that
 * name a consequence without a harm verb. Text arrives lower-cased-insensitive
 * and without accents; every pattern starts on literal words.
 */

const PEOPLE =
  "(?:families|parents|kids|students|children|people|colleagues|teachers|staff|admin|moms|dads|he|she|they)"
const OBJECT =
  "(?:houseplant|plant|rock|chair|brick|potato|doorknob|wall|fence ?post|chaise|plante|roche|brique|patate|poteau|mur)s?"

/** "she's about as useful as a chair", "elle est aussi utile qu'une chaise", "kids would learn more from a rock". */
const OBJECT_COMPARISON = `\\b(?:(?:he's|she's|he is|she is|they're|they are|elle est|il est|ils sont|elles sont)(?: (?:about|just|honestly|franchement|vraiment))? (?:as useful as|aussi utiles? qu'?e?) ?(?:an? |une? )?${OBJECT}|(?:kids|students|they|children) (?:would|could|'d) learn more from (?:an? )?${OBJECT})\\b`

/** "these families are trash", "some people are too stupid to hold a job". */
const TRASH_OR_TOO_STUPID = `\\b${PEOPLE} (?:are|is) (?:(?:just|total|absolute|plain)\\s+)?(?:trash|garbage|scum)\\b(?! (?:at|bags?|day|duty|pickup|cleanup|talk))|\\b${PEOPLE} (?:are|is) too (?:stupid|dumb|lazy|incompetent) to\\b`

/** A sentence that opens on an insult: "Une vraie nulle, ...", "des vrais imbéciles, j'te jure" (a laughing emoji marks self-mockery). */
const FR_INSULT_CLAUSE = `(?:^|[.!?…]\\s*)(?:une vraie|un vrai|des vrais|des vraies|de vrais|de vraies) (?:nul(?:le|s|les)?|imbeciles|idiot(?:e|s|es)?|cretin(?:e|s|es)?|abruti(?:e|s|es)?|incapables|incompetente?s?)\\b(?![^.!?]*(?:😅|🤦|🙈|😂))|\\bdes cas desesperes\\b`

/** "Total fraud, the whole senior admin team", "snobs prétentieux". */
const WHOLE_TEAM = `\\b(?:total |complete |absolute )?(?:frauds?|clowns?|jokes?|idiots|morons|incompetents|useless|clueless),?\\s+the whole (?:\\w+\\s+){0,2}?(?:admin|administration|staff|team|board|division|office|department)\\b|\\bbande de snobs\\b`

/** "you are small, petty, miserable people": a verdict on the reader as a person. */
const YOU_ARE_PEOPLE = `\\byou(?: are|'re)(?: \\w+,?){0,3}? (?:petty|miserable|pathetic|small-minded|nasty|vile) (?:little )?(?:people|humans)\\b`

/** "natural selection will sort this group out": a wish that the students die off. */
const NATURAL_SELECTION = `\\bnatural selection (?:will|is going to|gonna|'ll) (?:sort|take care of|weed|handle)(?: out)? (?:this|these|those|them|that|the)\\b`

export const DEMEANING_MORE = [
  OBJECT_COMPARISON,
  TRASH_OR_TOO_STUPID,
  FR_INSULT_CLAUSE,
  WHOLE_TEAM,
  NATURAL_SELECTION,
  YOU_ARE_PEOPLE
]

/** "keep their mouths shut ... or someone is going to", "se taire, sinon quelqu'un va s'en charger". */
const SHUT_OR_SOMEONE = `\\b(?:keep (?:their|your|his|her) mouths? shut|shut (?:their|your|his|her) mouths?|se taire|fermer (?:leur|sa|ta|votre) (?:gueule|boite|bouche))\\b[^.!?]{0,60}\\b(?:or|otherwise|sinon)\\b[^.!?]{0,20}\\b(?:someone|somebody|quelqu'un)\\b`

/** "je vais trouver où tu habites", "I'll find out where you live". */
const FIND_WHERE_YOU_LIVE = `\\b(?:(?:je vais|je vas|j'vais) trouver ou (?:tu (?:habites|restes)|vous (?:habitez|restez)|(?:il|elle) (?:habite|reste))|(?:i'll|i will|i'm going to|i'm gonna) find (?:out )?where (?:you|he|she|they) li?ves?)\\b`

/** "on verra ce qui arrive à tes pneus", "we'll see what happens to your car". */
const SEE_WHAT_HAPPENS = `\\b(?:(?:on|tu|vous) (?:verra|verras|verrez) ce qui (?:arrive|va arriver) a (?:tes|ta|ton|vos|votre|ses|sa|son) (?:pneus|auto|char|voiture|maison|fenetres|enfants?|job)|(?:we'll|you'll|we will|you will) see what happens to (?:your|his|her|their) (?:tires|car|truck|house|windows|kids?))\\b`

/** "I'm going to ... settle this the old-fashioned way", "je vais aller régler ça chez lui, à l'ancienne". */
const OLD_FASHIONED_WAY = `\\b(?:(?:i'm going to|i'm gonna|i'll|i will) (?:[\\w']+ ){0,8}?settle (?:this|that|it|things) (?:[\\w']+ ){0,3}?the old[- ]fashioned way|(?:je vais|je vas|j'vais) (?:aller )?regler (?:ca|cela|ce)[ ,]+(?:[\\w']+[ ,]+){0,3}?a l'ancienne)\\b`

export const THREAT_MORE_SHAPES = [
  SHUT_OR_SOMEONE,
  FIND_WHERE_YOU_LIVE,
  SEE_WHAT_HAPPENS,
  OLD_FASHIONED_WAY
]
