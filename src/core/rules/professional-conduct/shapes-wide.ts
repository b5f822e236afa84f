/**
 * Fourth-round demeaning shapes, written as families rather than sentences:
 * collective insults ("a generation of idiots", "bande de petits morveux"),
 * insult nouns that only ever name people ("idiots", "des épais"), contempt
 * adjectives on a group word ("pathetic bunch"), comparisons ("dumb as a box of
 * rocks", "creux comme une citrouille"), denials of basic ability ("can't read a
 * permission form", "savent même pas lire l'heure") and one-word verdicts.
 * Text is accent-folded; patterns are case-insensitive.
 */

/** Plural nouns that only ever name people, as an insult (EN). */
const PEOPLE_INSULT_EN =
  "(?:idiots|morons|imbeciles|cretins|dimwits|halfwits|half-wits|nitwits|numbskulls|numpties|dumbasses|dumb-asses|nincompoops|ignoramuses|incompetents|slackers|suck-ups|brown-nosers|know-it-alls|snobs|freeloaders|deadbeats|leeches|losers|degenerates|lowlifes|hooligans|thugs|punks|twerps|sheeple|simpletons|buffoons|dolts|dunces|boneheads|meatheads|airheads|pinheads|dingbats|lunatics|hypocrites|bullies|gossips|busybodies|whiners|crybabies)"

/** Nouns that are insults only when said of people ("clowns", "zombies", "dinosaurs"): need a frame. */
const LOOSE_INSULT_EN =
  "(?:clowns|zombies|dinosaurs|animals|wolves|jackals|sharks|rabid dogs|monkeys|apes|sheep|pigs|savages|vultures|snakes|weasels|rats|parasites|sloths|goldfish|robots|vegetables|muppets|trolls|gremlins|heathens|tyrants|dictators|monsters|hyenas|cavemen|neanderthals|toddlers|babies|children)"

/** Plural nouns that only ever name people, as an insult (FR, accents folded). */
const PEOPLE_INSULT_FR =
  "(?:idiot(?:e)?s|imbeciles|cretin(?:e)?s|abruti(?:e)?s|debiles|tare(?:e)?s|epais(?:ses)?|nonos|caves|niaiseu(?:x|ses)|innocents|teteu(?:x|ses)|incapables|incompetent(?:e)?s|morveu(?:x|ses)|bons a rien|bonnes a rien|sans-(?:genie|dessein|coeur|cervelle)|deux de pique|cancres|ignorant(?:e)?s|ingrat(?:e)?s|hypocrites|menteu(?:rs|ses)|laches|snobs|commeres|placoteu(?:x|ses)|chialeu(?:x|ses)|plaignards|teteux|lecheu(?:x|ses)|leche-bottes|paresseu(?:x|ses)|faineant(?:e)?s|zeros|nuls|nulles|minables|parasites|profiteu(?:rs|ses)|vendus|ronds-de-cuir|fonctionnaires incompetents|gnochons|tatas|nounounes|deconnecte(?:e)?s|gateu(?:x|ses)|seniles|twits|mongols|attarde(?:e)?s)"

/** French nouns that insult only in a frame ("c'est des singes", "bande de clowns"). */
const LOOSE_INSULT_FR =
  "(?:singes|animaux|sauvages|clowns|bouffons|guignols|dinosaures|zombies|legumes|moutons|cochons|porcs|tyrans|monstres|perroquets|vautours|serpents|viperes|sangsues|dindes|oies|bebes|robots|murs|roches)"

const ADJ_EN =
  "(?:stupid|dumb|idiotic|moronic|brainless|brain-?dead|clueless|useless|worthless|pathetic|incompetent|inept|lazy|spineless|gutless|ignorant|entitled|spoiled|spoilt|rude|disrespectful|obnoxious|insufferable|ungrateful|toxic|arrogant|two-faced|feral|unteachable|annoying|whiny|miserable|bitter|nasty|vile|petty|bored|overpaid|clueless|delusional|hopeless|sorry|sad|vicious|snotty|bratty|mouthy|thick|dense|dimwitted|slack-jawed)"

/** Group words a contempt adjective can fall on: "pathetic bunch", "useless people". */
const GROUP_EN =
  "(?:bunch|lot|crew|gang|group of (?:\\w+ )?(?:people|humans|adults|kids|parents|teachers)|herd|people|humans|adults|individuals|excuses? for (?:\\w+ )?(?:humans?|people|parents?|teachers?|adults?)|brats|bureaucrats?|paper[- ]pushers?|pencil[- ]pushers?|yes-m[ae]n|suck-ups?|know-it-alls?|windbags?|blowhards?)"

const INTENS_EN =
  "(?:(?:so|such|total|complete|absolute|absolutely|utter|utterly|truly|really|totally|completely|just|a|an|the|what a|what|these|those|this|that|our|my|some|bunch of|pack of|real|genuinely|honestly|literally|little)\\s+)*"

/** Collective insult: "a generation of idiots", "a room full of bored moms", "bande de petits morveux". */
const COLLECTIVE_EN = `\\b(?:bunch|pack|gang|herd|crowd|room(?:ful)?|club|generation|nest|den|load|crop|batch|collection|circus|flock|army) (?:full )?of (?:(?:${ADJ_EN}|little|grown|spoiled|entitled|overgrown)\\s+){0,3}(?:${PEOPLE_INSULT_EN}|${LOOSE_INSULT_EN})\\b`
const COLLECTIVE_FR = `\\b(?:bande|gang|gagne|club|generation|troupeau|nid|ramassis|tas|paquet|classe|groupe|cirque|armee|meute|volee) (?:de |d')(?:(?:petits?|petites?|vrais?|vraies?|gros|grosses|maudits?|sales|beaux|belles|grands?|vieux|vieilles)\\s+){0,2}(?:${PEOPLE_INSULT_FR}|${LOOSE_INSULT_FR})\\b`

/** An insult noun that only names people, not said of oneself ("we're idiots", "I was an idiot"). */
const PEOPLE_INSULT_ALONE_EN = `\\b(?=${PEOPLE_INSULT_EN}\\b)(?<!\\b(?:we(?:'re| are| were| was)|us|i(?:'m| am| was)|me|we've been|we look like)(?: \\w+){0,2} )${PEOPLE_INSULT_EN}\\b`

/** French: "des vrais épais", "c'est des incapables", "sont des singes", "ces nonos". */
const DES_INSULT_FR = `(?=\\b(?:des|ces|ce|cet|cette|de|mes|nos|les|quel|quels|quelle|quelles|c'est|c'etait|ce sont|sont|etaient)\\b)(?<!\\b(?:on est|on etait|nous sommes|je suis|j'suis|j'etais|je me sens|on se sent|on a l'air|on avait l'air|j'ai l'air)(?: \\w+){0,2} )(?:\\b(?:des|ces|ce|cet|cette|de vrais|de vraies|de beaux|de belles|mes|nos|les|quels?|quelles?) (?:(?:vrais?|vraies?|beaux|belles|gros|grosses|petits?|petites?|maudits?|sales|sacres)\\s+){0,2}${PEOPLE_INSULT_FR}|\\b(?:c'est|c'etait|ce sont|sont|etaient|sont juste|c'est juste) (?:des|de vrais|juste des|rien que des|une gang de|une bande de) (?:(?:vrais?|vraies?|petits?|gros|maudits?)\\s+){0,2}${LOOSE_INSULT_FR})\\b`

/** Contempt adjective on a group word: "Pathetic bunch honestly", "absolutely useless people". */
const ADJ_GROUP_EN = `\\b${INTENS_EN}${ADJ_EN}(?:,? (?:and |but )?${ADJ_EN})*,? (?:little |old |grown )?${GROUP_EN}\\b(?! (?:project|work|chat|text|activity|assignment|photo|picture|costume))`

/** "grosse paresseuse payée à rien faire", "maudit incompétent", "espèce d'idiot". */
const GROSSE_FR = `\\b(?:gros(?:se)?|maudite?s?|sale|esti d'|osti d'|criss(?:e)? d'|espece d'|espece de|calice d')\\s?(?:paresseu(?:x|se)|incompetente?|nulle?|niaiseu(?:x|se)|cave|epaisse?|idiote?|conne?|hypocrite|imbecile|cretine?|abrutie?|innocente?|teteu(?:x|se)|lache|menteu(?:r|se)|twit|nono|tata|dinde|vache|sans-dessein|bon a rien|bonne a rien)\\b`

/** Comparisons that grade a person: "dumb as a box of rocks", "creux comme une citrouille". */
const COMPARISON_EN = `\\b(?:dumb|thick|dim|dense|stupid|useless|sharp|bright|smart|lazy|slow)(?:er)? (?:as|than) (?:a |an |two |my |the )?(?:box|bag|sack|bucket|pile) of (?:rocks|hammers|bricks|spanners|hair|nails|potatoes)\\b|\\b(?:dumb|thick|dense|stupid) as (?:a )?(?:post|rock|brick|doorknob|plank|two short planks|fence ?post|stump)\\b|\\b(?:useless|helpful|useful) as (?:a )?(?:chocolate teapot|screen door on a submarine|ashtray on a motorbike|handbrake on a canoe)\\b|\\b(?:couldn't|could not|can't|cannot|cant|couldnt) (?:\\w+ )?(?:his|her|their|your) way out of an? (?:wet )?(?:paper bag|cardboard box)\\b|\\bas (?:stupid|dumb|lazy|useless|incompetent|clueless|thick|rude) as (?:they|he|she|you) (?:are|is)\\b`
const COMPARISON_FR = `\\b(?:bete|betes|cave|caves|epais|epaisse|creux|creuse|niaiseu(?:x|se)|paresseu(?:x|se)|lente?s?|vide|vides|utile|utiles|intelligente?s?|brillante?s?) comme (?:ses|leurs|sa|son|une?|des|la|le|un) (?:pieds|mere|pere|citrouille|roche|poteau|bottine|botte|chaise|plante|meuble|mur|huitre|porte|valise|cruche|balai|piquet|patate|navet|poisson rouge|grille-pain|brique)\\b`

/** Denials of basic ability aimed at others: "can't read a permission form", "savent même pas lire l'heure". */
const CANT_EVEN_EN = `(?=\\b(?:can't|cant|cannot|can not|couldn't)\\b)(?<!\\b(?:i|we|i just|we just|you|kindergartners?|kinders?|babies|toddlers)(?: \\w+){0,1} )\\b(?:can't|cant|cannot|can not|couldn't) (?:even )?(?:read|follow|fill out|understand|open|answer) (?:a |an |the |one |simple |basic |my )?(?:simple |basic |one-page |\\w+ )?(?:permission forms?|forms?|emails?|newsletters?|calendars?|clocks?|signs?|instructions|memos?|agendas?)\\b(?! (?:yet|in french|because|on my|on the))`
const CANT_EVEN_FR = `\\b(?:sai(?:t|ent)|savent) (?:meme )?pas (?:lire l'heure|compter jusqu'a \\w+|ecrire (?:leur|son) (?:propre )?nom|dire bonjour|lire un courriel|lire une lettre|c'est quoi (?:un|une) \\w+)\\b|\\b(?:sai(?:t|ent)|savent) meme pas (?:lire|ecrire|compter|parler|ecouter)\\b`

/** "Retire already Doreen", "Prends ta retraite, Gilles", "get a hobby Karen", "t'as une seule job". */
const DISMISS = `\\b(?:retire already|just retire already|please just retire|prends ta retraite|prenez votre retraite|get a hobby|va(?:s)? te trouver (?:une vie|un passe-temps)|trouve-toi une vie|(?:you|u) had one job|(?:t'as|t'avais|tu avais|vous aviez) (?:une seule|juste une|rien qu'une) (?:job|tache|affaire))\\b`

/** "shouldn't be allowed to have kids", "devraient même pas avoir le droit d'avoir des enfants". */
const NO_KIDS = `\\b(?:shouldn't|should not|should never|shouldnt)(?: be allowed to| even)? (?:have|have had|be having|raise|breed|reproduce)(?: (?:kids|children|babies))?\\b(?<=(?:kids|children|babies|reproduce|breed))|\\b(?:devrai(?:t|ent)|devrait) (?:meme )?(?:pas|jamais) (?:avoir le droit d'|pouvoir )?(?:avoir|elever|faire) (?:des|d')\\s?enfants\\b`

/** One-word or two-word verdicts standing as a sentence: "Useless.", "Nul.", "Pathetic bunch." */
const VERDICT_SENTENCE = `^\\W*(?:(?:so|just|absolutely|totally|completely|utterly|truly|vraiment|tellement|completement|juste|franchement|honestly)\\s+)?(?:useless|pathetic|clueless|spineless|incompetent|brainless|brain-dead|braindead|worthless|hopeless|dead weight|morons?|idiots?|nul|nulle|nuls|pathetique|minable|lamentable|incompetents?|incapables?|pitoyable|zero colonne)(?:[,.!…]+\\s*(?:(?:so|just|absolutely|totally|completely|utterly|truly|vraiment|tellement)\\s+)?(?:useless|pathetic|clueless|nul|nulle|pathetique|minable)(?: people| gens)?)*\\W*$`

/** "zéro leadership, zéro colonne", "lazy doesn't begin to cover it", "not enough sense". */
const FRAGMENTS = `(?:^|[.!?,:;…]\\s*)(?:zero|aucune?) (?:colonne|jugement|cervelle|cerveau|bon sens|leadership|allure)(?:,| \\w+,)? (?:zero|aucune?) \\w+|\\b(?:lazy|useless|clueless|incompetent|rude|stupid|dumb|entitled|spoiled|pathetic|spineless|idiotic) (?:doesn't|doesnt|does not|don't|dont) (?:even )?(?:begin to |start to )?(?:cover|describe) (?:it|them|him|her)\\b|\\b(?:too much time and )?not enough (?:sense|brains|brain cells|common sense)\\b|\\b(?:sans cervelle|sans colonne|pas de colonne)\\b|\\b(?:la )?risee (?:de|du|des)\\b`

/** "the least curious group of humans", "les plus lents que j'ai eus". */
const SUPERLATIVE_WIDE = `\\b(?:the )?least (?:curious|motivated|intelligent|competent|capable|mature|respectful|bright|able|self-aware|teachable) (?:\\w+ )?(?:group|bunch|class|crew|kids|students|humans|people|parents|adults|staff|teachers?|colleagues?|admin(?:istrator)?s?)\\b|\\b(?:\\d+|a few|some|several) of the most (?:annoying|entitled|useless|clueless|lazy|obnoxious|rude|spoiled|incompetent) (?:little )?\\w+|\\b(?:sont|est|c'est|c'etait|etaient) (?:vraiment |clairement )?(?:les|le|la) plus (?:lente?s?|faibles|nonos|niaiseu(?:x|se|ses)|caves|epais(?:ses)?|paresseu(?:x|ses)|nul(?:le|s|les)?|insupportables|mal eleve(?:e|s|es)) (?:que j'ai|de l'ecole|de ma carriere|en \\d+)`

/** "run by idiots", "dirigée par une incompétente". */
const RUN_BY = `\\b(?:run|led|managed|staffed|dirige(?:e|s|es)?|gere(?:e|s|es)?|mene(?:e|s|es)?) (?:by|par) (?:a |an |un |une |des |une bande d'|une gang de |a bunch of |a pack of )?(?:${PEOPLE_INSULT_EN}|${PEOPLE_INSULT_FR}|incompetente?|incapable|idiote?|imbecile|cretine?|clowns?|bouffons?|monkeys|singes|children|enfants)\\b`

/** "Central office clowns strike again", "admin zombies", "that white trash family". */
const ROLE_THEN_INSULT = `\\b(?:office|admin|board|division|staff|district|parent council|trustee|leadership) (?:${LOOSE_INSULT_EN}|${PEOPLE_INSULT_EN})\\b|\\b(?:white|trailer) trash\\b`

/** Praise beside an eye-roll, said of a role: "Another genius move by central office 🙄", "Bravo à notre brillante direction 🙄". */
const SARCASM_MARK = /🙄|🙃|#sarcasm|\/s\b|\byeah right\b|\bsure jan\b/iu
const PRAISE =
  /\b(?:genius|brilliant|stellar|fantastic|wonderful|fabulous|great job|well done|way to go|bravo|kudos|thanks?(?: so much)? to|thank you to|merci (?:a|aux)|gotta love|love how|nice (?:job|work|move)|geniale?s?|brillante?s?|formidables?|super idee|quelle (?:belle )?idee|bien joue|(?:idee|coup|plan|decision)s? de genie)\b/i
const STRONG_SARCASM = /🙄|#sarcasm|\/s\b|\byeah right\b|\bsure jan\b/iu
const MOCK_PRAISE =
  /\b(?:genius|brilliant|stellar|geniale?s?|brillante?s?|(?:idee|coup|plan|decision)s? de genie)\b/i
const ROLE_WORD =
  /\b(?:admin|administration|central office|division office|(?:the|our) division|(?:la|notre) division|(?:the|our) board|principal|vp|vice-principal|superintendent|trustees?|direction|directeur|directrice|bureau (?:central|divisionnaire|de la division)|commissaires?|surintendante?|leadership|management|higher-ups|colleagues?|collegues?)\b/i

/** The stretch from the praise to the role when the sentence carries an eye-roll, or null. */
export function sarcasticPraise(s: string): { start: number; end: number } | null {
  if (!SARCASM_MARK.test(s)) return null
  // An upside-down smile alone is as often wry thanks ("Thanks to the division for the snow day 🙃"): it needs mock praise.
  const p = (STRONG_SARCASM.test(s) ? PRAISE : MOCK_PRAISE).exec(s)
  const r = ROLE_WORD.exec(s)
  if (!p || !r) return null
  const start = Math.min(p.index, r.index)
  return { start, end: Math.max(p.index + p[0].length, r.index + r[0].length) }
}

/** ", genius.", "a special kind of stupid", "What a fraud.", "Grow up, ladies.", "like talking to a wall", "raised by wolves". */
const JIBES = `,\\s*(?:genius|einstein|sherlock|brainiac)(?=\\s*[.!?]|\\s*$)|\\bspecial kind of (?:stupid|dumb|lazy|crazy|useless|incompetent)\\b|^\\W*what an? (?:fraud|clown|idiot|moron|loser|hypocrite|coward|snake|tool|buffoon|imbecile)\\W*$|\\bgrow up,? (?:ladies|guys|people|folks|boys|girls|children|kids|gentlemen|karen)\\b|\\blike (?:talking|teaching|speaking|explaining things) to (?:a )?(?:brick )?(?:wall|rock|doorknob|tree stump|bag of rocks|potato)\\b|\\b(?:parle|parler|enseigne|enseigner|explique|expliquer) a (?:des murs|un mur|des roches|une roche|des patates)\\b|\\b(?:being |been |were |was |are |is )raised by (?:wolves|animals|apes|idiots|the internet|tiktok|screens)\\b|\\b(?:gossip|drama) queens?\\b|\\bmean girls\\b(?! (?:musical|movie|film|the musical))`

/** "allergic to effort", "bought and paid for", "Un incompétent payé trop cher.", "the dumbest consultants money can buy". */
const MORE_JIBES = `\\b(?:are|is) (?:\\w+ )?allergic to (?:effort|work|hard work|thinking|homework|learning|responsibility)\\b|\\b(?:are|is) bought and paid for\\b|^\\W*(?:\\w+\\W+)?(?:un|une) (?:vrai |vraie |gros |grosse |belle |beau )?(?:incompetente?|imbecile|idiote?|cretine?|nulle?|bouffon|clown|hypocrite|lache|paresseu(?:x|se)|epaisse?|nono|cave|twit)\\b(?! (?:de|d'|en) (?:moi|ma|mon))(?![^.!?]*(?:😅|🤦|🙈|😂|\\bmoi\\b))|\\b(?:dumbest|laziest|worst|most useless|most incompetent) \\w+ money can buy\\b`

export const DEMEANING_WIDE = [
  MORE_JIBES,
  JIBES,
  ROLE_THEN_INSULT,
  RUN_BY,
  COLLECTIVE_EN,
  COLLECTIVE_FR,
  PEOPLE_INSULT_ALONE_EN,
  DES_INSULT_FR,
  ADJ_GROUP_EN,
  GROSSE_FR,
  COMPARISON_EN,
  COMPARISON_FR,
  CANT_EVEN_EN,
  CANT_EVEN_FR,
  DISMISS,
  NO_KIDS,
  VERDICT_SENTENCE,
  FRAGMENTS,
  SUPERLATIVE_WIDE
]
