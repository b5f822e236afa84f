import {
  DataSet,
  englishDataset,
  englishRecommendedTransformers,
  parseRawPattern,
  RegExpMatcher
} from "obscenity"
import { alt } from "../support/alternation"
import { quickToCompile } from "../../text/quick-compile"
import { MASKED_COMPOUND, MASKED_SWEARING } from "./masked-swearing"

/**
 * Word lists for professional-conduct (ESM 2(b), 2(c), 2(f); AP 144 Personal Use).
 * They live in the background with the checker; content scripts only receive
 * findings (a structure test checks that nothing under src/page, src/ui or
 * src/contents imports this file or `obscenity`).
 *
 * Offensive words: obscenity's English set plus a small French (and Québécois)
 * set in its pattern format ("|con|" = whole word), with an allow-list for names,
 * titles and everyday words that contain a listed word ("Dick Smith", "Moby
 * Dick", "assez", "cockpit", "Assiniboine").
 */

const FRENCH: [string, string[]][] = [
  ["con", ["|con|", "|cons|", "|conne|", "|connes|"]],
  ["connard", ["connard", "connasse", "conasse"]],
  ["merde", ["|merde", "|merdique"]],
  ["putain", ["putain", "|pute|", "|putes|"]],
  ["salope", ["salope", "salaud", "|salauds|"]],
  ["encule", ["encule", "enculer"]],
  ["batard", ["|batard", "|batards|"]],
  ["chier", ["|chier|", "|fait chier|", "|chiant", "|chiante"]],
  ["foutre", ["|foutre|", "|fous-toi|", "|je m'en fous|"]],
  ["tabarnak", ["tabarnak", "tabarnac", "tabarnouche", "|tabarnaque"]],
  ["calisse", ["|calisse", "|caliss|", "|câlice"]],
  ["osti", ["|osti|", "|ostie|", "|hostie|", "|esti|", "|estie|", "|esti d|"]],
  ["crisse", ["|crisse|", "|crisses|", "|criss|", "|kriss|"]],
  ["ciboire", ["ciboire"]],
  ["tapette", ["|tapette|", "|tapettes|", "|pédé|", "|pede|"]],
  ["nègre", ["|negre|", "|negres|"]]
]

/** Names, titles and everyday words (English and French) that contain a listed word. */
const ALLOWED = [
  "dick smith",
  "moby dick",
  "philip k. dick",
  "dickens",
  "dickson",
  "dickinson",
  "dickie",
  "van dyke",
  "assez",
  "assiniboine",
  "assiniboia",
  "cockpit",
  "cockpits",
  "cockatoo",
  "cockatiel",
  "cockroach",
  "hancock",
  "peacock",
  "shuttlecock",
  "woodcock",
  "cockburn",
  "hitchcock",
  "babcock",
  "scunthorpe",
  "penistone",
  "sussex",
  "essex",
  "middlesex",
  "cum laude",
  "magna cum laude",
  "summa cum laude",
  "cumulative",
  "document",
  "titmouse",
  // Québécois "p'tit", "p'tite": little, not a body word.
  "p'tit",
  "p'tite",
  "p'tits",
  "p'tites",
  "ptit",
  "ptite",
  "shiitake",
  "kuntz",
  "bassin",
  "passer",
  "compass",
  "classe",
  "masse",
  "chasse",
  "casse",
  "tasse",
  "impasse",
  "connu",
  "rappel",
  "rappels",
  "rappeler",
  "rappelle",
  "rappelez",
  "rappelons",
  "grappe",
  "trappe",
  "trapper",
  "pussy willow",
  "pussy willows",
  "en retard",
  "de retard",
  "du retard",
  "le retard",
  "un retard",
  "les retards",
  "aux retards",
  "des retards"
]

function buildDataset(): DataSet<{ originalWord: string }> {
  const ds = new DataSet<{ originalWord: string }>().addAll(englishDataset)
  for (const [word, patterns] of FRENCH)
    ds.addPhrase((p) => {
      let phrase = p.setMetadata({ originalWord: word })
      for (const pat of patterns) phrase = phrase.addPattern(parseRawPattern(pat))
      return phrase
    })
  ds.addPhrase((p) => {
    let phrase = p
    for (const term of ALLOWED) phrase = phrase.addWhitelistedTerm(term)
    return phrase
  })
  return ds
}

let matcher: RegExpMatcher | null = null

const CAPITALISED_WORD = /^[A-Z][a-z]+$/
/** Listed words that are also given names or surnames. */
const ALSO_A_NAME = new Set([
  "dick",
  "willy",
  "fanny",
  "johnson",
  "cox",
  "wang",
  "hooker",
  "butts",
  "titus"
])
const TITLE_BEFORE = /\b(?:M|Mr|Mrs|Ms|Mx|Dr|Mme|Mlle|Coach|Uncle|Oncle)\.? $/
const CAPITALISED_AFTER = /^ [A-Z][a-z]/

/** "M. Dick Lavallée", "Dick Smith": a capitalised listed word after a title or before a surname is a name. */
function partOfAName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end)
  if (!CAPITALISED_WORD.test(word) || !ALSO_A_NAME.has(word.toLowerCase())) return false
  return (
    TITLE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ||
    CAPITALISED_AFTER.test(text.slice(end, end + 3))
  )
}

/** Offensive words in one normalised sentence: merged [start, end) ranges. */
export function offensiveWords(text: string): { start: number; end: number }[] {
  matcher ??= new RegExpMatcher({ ...buildDataset().build(), ...englishRecommendedTransformers })
  const hits = matcher
    .getAllMatches(text, true)
    .map((m) => ({ start: m.startIndex, end: m.endIndex + 1 }))
    .filter((h) => !partOfAName(text, h.start, h.end))
  const out: { start: number; end: number }[] = []
  for (const h of hits) {
    const last = out[out.length - 1]
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end)
    else out.push({ ...h })
  }
  return out
}

/** Who a demeaning remark can be about: students, parents, colleagues, the school, the division. */
const TARGET_EN = alt([
  "(?:these|those|the|my|our|this year's|some|some of (?:these|my|the)|half (?:of )?(?:my|these|the)) (?:\\w+ )?(?:kids|students|children|teenagers|teens|parents|moms|dads|families|colleagues|co-?workers|teachers|staff|board members|admins?|administrators?|trustees|board|eas|learners|brats|subs|substitutes|people on staff|grade \\d+s|gr \\d+s)",
  "(?:grade|gr\\.?) \\d+s",
  "your (?:kid|son|daughter|child|kids|children)",
  "(?:that|this|the|one) (?:\\w+ )?(?:kid|student|child|mom|dad|mother|father|parent|colleague|co-?worker|teacher|principal|vice-principal|vp|admin|superintendent|trustee|secretary|sub|substitute|family|class)",
  "my (?:principal|vice-principal|vp|admin|boss|superintendent|class|colleague|co-?worker|department head|school|division)",
  "(?:the|our|this) (?:school )?(?:division|school board|board|district|administration|admin|office|school|superintendent)(?: office| staff| leadership| team)?",
  "(?:PWSD|Park West(?: School Division)?)",
  "(?:he|she|they)",
  "(?:parents|kids|students|admin|administration|management) (?:these days|today|nowadays|around here)"
])

const TARGET_FR = alt([
  "(?:ces|mes|nos|les|certains|certaines) (?:\\w+ )?(?:eleves|enfants|jeunes|parents|meres|peres|collegues|enseignants|enseignantes|profs|commissaires|suppleants|suppleantes|administrateurs|gestionnaires|\\d+e)(?:-la)?(?: de \\d+e| de (?:cette|notre|mon|ma|la) \\w+)?",
  "(?:cet|cette|ce|mon|ma|notre|la|le|l') ?(?:\\w+ )?(?:eleve|enfant|mere|pere|parent|papa|maman|collegue|prof|directeur|directrice|direction|division(?: scolaire)?|ecole|commission scolaire|surintendant|surintendante|classe|suppleant|suppleante|commissaire)(?: adjointe?| d'hier| d'en face| de \\d+e)?",
  "(?:il|elle|ils|elles)"
])

const INSULT_EN = alt([
  "(?:a |an |such an? |a bunch of |a pack of |total |complete |absolute |utter |so |such |truly |completely |totally |really |just |all |beyond )*(?:idiots?|morons?|imbeciles?|stupid|dumb|useless|hopeless|brainless|clueless|incompetent|pathetic|worthless|lazy|spoiled brats?|brats|(?:feral )?animals|feral|(?:little )?monsters|savages|(?:born )?losers?|morons|(?:garbage|trash)(?![ -](?:pick|bag|can|bin|dut|day|clean|collect|free|talk))|a joke|a bad joke|a circus|a clown show|clowns|a disgrace|disgusting|(?:a )?waste of (?:space|oxygen|time|a salary)|(?:the )?(?:absolute )?worst(?! at| when| in| part| thing)|entitled|rude|disrespectful|ungrateful|insufferable|unbearable|(?:little )?(?:psychopaths?|sociopaths?)|idiotic|a lost cause|lost causes|dumber than|a nightmare|liars?|crooks?|a bunch of liars)",
  "(?:a |an )?(?:little |real |total |absolute )(?:monster|menace|brat|nightmare|terror|idiot|moron)",
  "(?:(?:who|that) [^.!?,]{0,60} )?(?:should|needs? to|ought to|deserves? to) (?:be fired|get fired|get a life|get a clue|grow a brain|shut up|go away|rot)",
  "(?:can't|cannot|can not) (?:do anything right|teach|read|think|parent)(?: to save (?:his|her|their) li(?:fe|ves))?",
  "(?:need|needs) a (?:reality check|good smack|slap)",
  "(?:has|have) no (?:clue|brain|idea what (?:they|he|she)(?:'re| are| is|'s) doing)",
  "(?:doesn't|don't|does not|do not) (?:have|has) (?:a|any) (?:clue|brain)",
  "(?:is|are) (?:run|led|managed) by (?:donkeys|clowns|idiots|morons|monkeys|children)",
  "(?:couldn't|could not|can't) (?:run|organi[sz]e|manage|lead) a (?:lemonade stand|bake sale|piss-up|conga line|bus|fire drill)",
  "(?:don't|doesn't|do not|does not) deserve (?:their|his|her) (?:kids|children|job|salary)"
])

const INSULT_FR = alt([
  "(?:un |une |des |vraiment |tellement |trop |completement |totalement |si |juste |tous |toutes |bande d'|bande de )*(?:idiots?|idiotes?|imbeciles?|stupides?|nuls|nulles?|nul|incompetente?s?|inutiles?|paresseu(?:x|ses?)|minables?|debiles?|cons|connes|sans espoir|irrecuperables?|une farce|une blague|une honte|un cirque|des monstres|des animaux|des sauvages|bons a rien|bonnes a rien|cingle(?:e|s|es)?|menteu(?:r|rs|se|ses)|(?:des |de )?(?:petits )?monstres|insupportables?|detestables?|odieu(?:x|se|ses)|ingrat(?:e|s|es)?|mal eleve(?:e|s|es)?|irrespectueu(?:x|se|ses)|(?:une )?(?:vraie )?sorciere|(?:des )?tare(?:e|s|es)?|une vraie honte|(?:des |de )?paresseux(?: finis)?|des anes(?: bates)?|(?:un |une )?cretine?s?(?: finie?s?)?|(?:une )?(?:vraie )?(?:gang|bande) de (?:sans-genie|morveux|paresseux|cons|incompetents)|(?:la|le) (?:prof|pire|personne) (?:le|la) plus (?:paresseu(?:x|se)|nulle?|incompetente?|stupide|cave))",
  "ne meritent? pas (?:leurs?|ses|son|sa) (?:enfants?|poste|job|salaire)",
  "n'(?:a|ont) aucune idee de ce qu",
  "(?:est|sont) (?:geree?s?|dirigee?s?) n'importe comment",
  "(?:est|sont) (?:geree?s?|dirigee?s?|menee?s?) par des (?:clowns|idiots|incompetents|anes|singes|enfants)",
  "(?:devrai(?:t|ent)|doi(?:t|vent)) (?:etre (?:renvoye|renvoyee|renvoyes|congedie|congediee)|se trouver une vie|se taire)"
])

const LINK_EN =
  "(?: (?:we|i) (?:get|got|have|had)| in \\w+)?(?:'re|'s| are| is| was| were| seem| seems| act like| acts like| has been| have been| =| can be| will always be| remains?| been| need| needs)?(?: basically| honestly| literally| just| all| really| truly)*"

/** "these kids are hopeless", "my principal is an idiot", "the division is a joke", "that mom needs to get a life". */
export const DEMEANING = quickToCompile(
  alt([
    `\\b${TARGET_EN}${LINK_EN}\\s+${INSULT_EN}\\b`,
    `\\b${TARGET_FR}(?: sont| est| etait| etaient| restent?| (?:,? ?je vous jure(?:\\.\\.\\.)?,? )?(?:il|elle|ils|elles))?(?: vraiment| tellement| franchement)?\\s+${INSULT_FR}\\b`,
    // An insult standing as its own sentence or opening one: "Incompetent from top to bottom.", "Pathétique."
    "^(?:total |complete |utter |such |what |des |une bande d'|une gang de )?(?:incompetent|pathetic|idiots|morons|clowns|losers|spoiled little monsters|incompetents|imbeciles|pathetique|cretins)\\b",
    "\\b(?:(?:bande|gang) (?:de |d')(?:tares|idiots|imbeciles|cons|caves|debiles|incompetents)|spoiled (?:little )?(?:brats|monsters)|a clown show|clown show|zero brain cells|gang de morveux|sans-genie|cerveaux? de poisson rouge)\\b",
    "\\bimagine being so (?:stupid|dumb|lazy|clueless)\\b|\\b(?:^|\\. |\\b(?:you|they|he|she|lady|people|parents) (?:need to |needs to |should )?)get a life\\b(?! jacket)",
    "\\b(?:cette|cet|ce|la|le|les|ces) (?:direction|administration|division|ecole|commission scolaire|directeur|directrice|prof|collegue|suppleant|suppleante) (?:incompetente?s?|nulle?s?|pathetiques?|minables?)\\b",
    // "what an idiot my principal is", "idiot parents", "useless admin"
    "\\b(?:what (?:an? )?|such (?:an? )?)(?:idiot|moron|joke|clown|disgrace|loser)s? (?:my|our|the|this|that|these) \\w+",
    "\\b(?:idiot|moronic|useless|incompetent|clueless|lazy|stupid|entitled|helicopter) (?:parents?|moms?|dads?|kids|students|principal|admin|administration|colleagues?|co-?workers?|superintendent|board|trustees|division)\\b",
    "\\b(?:quel(?:le)?s? (?:idiot|imbecile|farce|honte|cirque|bande d'incompetents)) (?:ce|cette|ces|mon|ma|mes|la|le|notre)\\b"
  ]),
  "i"
)

/** Threats: "I'm going to strangle that kid", "she'd better watch her back", "je vais le tuer". */
export const THREAT = quickToCompile(
  alt([
    "\\b(?:i'?ll|i will|i'm going to|i am going to|i'm gonna|gonna|i want to|i could|i'd like to|i swear i'll|someone should|somebody should) (?:\\w+ ){0,3}?(?:kill|strangle|punch|slap|smack|hurt|beat up|choke|murder|shoot|stab|destroy|ruin|end) (?:him|her|them|you|one of)\\b(?! (?:game|test|exam|presentation|performance|project|workout)\\b)",
    "\\b(?:he|she|they|that \\w+|you)(?:'d| had) better watch (?:out|(?:his|her|their|your) back)\\b",
    "\\b(?:i'?ll|i will|i'm going to|gonna) make (?:him|her|them|you) (?:pay|regret|sorry)\\b",
    "\\bwatch your back\\b|\\byou(?:'ll| will) regret (?:this|it)\\b|\\bi know where (?:you|he|she|they) li(?:ve|ves)\\b",
    "\\byou(?:'ll| will) be sorry\\b(?! (?:if|you|to|that)\\b)|\\b(?:casser|peter|petter) (?:la|sa|ta) (?:gueule|face|yeule)\\b|\\brefaire le portrait\\b",
    "\\bmake sure (?:he|she|they|you) regrets? (?:it|this)\\b|\\bmake (?:every day of )?(?:your|his|her|their) li(?:fe|ves) (?:miserable|a living hell|hell)\\b|\\b(?:i'm|i am) coming for (?:you|him|her|them)\\b",
    "\\bfind out what happens when i\\b|\\bsleep(?:ing)? with one eye open\\b|\\b(?:you|he|she|they)(?:'re| are| is|'s) (?:gonna|going to) (?:regret|pay for) (?:it|this|that)\\b",
    "\\b(?:il|elle|ils|elles|tu|vous) (?:va|vont|vas|allez) (?:le |me le )?(?:regretter(?! de ne pas| d'avoir (?:manque|rate)| si vous (?:manquez|ratez))|payer(?=\\s*(?:[.!,;)]|$| pour| cher)))\\b|\\bde quel bois je me chauffe\\b|\\bce qui va (?:t'|lui |leur |vous )arriver\\b|\\bje (?:te|vous|lui|leur) creve (?:les|tes|ses) pneus\\b",
    "\\bje vais (?:le|la|les|te|lui|leur) (?:tuer|frapper|etrangler|detruire|faire payer)\\b|\\b(?:il|elle|ils|elles) (?:va|vont) me le payer\\b"
  ]),
  "i"
)

/** Masked or spelled-around swearing that the word lists do not see: "f***ing", "WTF", "Bullsh*t", "M*rde". */
export const MASKED = quickToCompile(
  alt([
    "(?<![\\w*])(?:f[*#@$]{2,4}(?:ing|in'?|ed|er|k|ks)?|f[*#@$]ck\\w*|sh[*#@$]t\\w*|bullsh[*#@$]t|b[*#@$]tch\\w*|a[*#@$]{2}(?:hole)?|m[*#@$]rde|p[*#@$]tain|cr[*#@$]sse)(?![\\w])",
    // Church words sworn with no article before them ("Câlice que j'suis tannée"); "le calice" is a chalice.
    "(?<!\\b(?:le|la|un|une|du|au|ce|son|sa|les|des|mon|ma|leur|chaque|grand) )\\b(?:calice|tabernacle|sacrament|viarge)\\b",
    "\\bf[ .]u[ .]c[ .]k\\b|\\b(?:ffs|fml|wtf|stfu|gtfo|crap|crappy|pissed|piss off|bloody hell|phuck\\w*|fuk\\w*|fcking|goddamn\\w*|god damn(?: it)?|damn it|dammit)\\b"
  ]) + `|${MASKED_SWEARING}|${MASKED_COMPOUND}`,
  "i"
)

/** Self-deprecation and positive slang are not attacks: "I'm an idiot", "they killed it". */
export const NOT_AN_ATTACK =
  /\b(?:so am i|so was i|me too|moi aussi|comme moi|just like me|myself included|moi la premiere|moi le premier|including me|idiot savant|killed it|killing it|crushed it|nailed it|slayed|(?:is|so|was) sick(?! (?:of|and tired))|sick (?:moves|skills|project)|insane(?:ly)? (?:good|talented|fast)|crazy (?:good|talented|fast|proud)|beast mode)\b/i

/** Who (second round): a person or group by role, with the usual possessives and locators. */
const WHO_EN =
  "(?:(?:grade|gr\\.?) ?\\d+s|(?:(?:half|most|some|all|one) (?:of )?)?(?:my|our|the|this|that|these|those|his|her|their|some) (?:new |whole |entire |current |\\w+ )?(?:kids?|students?|class(?:es)?|parents?|moms?|dads?|mothers?|fathers?|famil(?:y|ies)|colleagues?|co-?workers?|teachers?|principal|vice-principal|vp|department head|admin(?:istration)?|superintendent|trustees?|board|school|division|district|staff|guy|lady|sub|grade \\d+s|gr\\.? ?\\d+s)(?: next door| down the hall| across the hall| in (?:room )?\\w+)?)"

const BAD_EN =
  "(?:idiots?|morons?|imbeciles?|jokes?|zoo|dump|dumpster fire|circus|clowns?|cowards?|snakes?|weasels?|brats?|monsters?|animals|disgrace|embarrassment|losers?|failures?|waste of (?:space|oxygen|a salary)|idiotic|useless|hopeless|pathetic|incompetent|dumb as (?:rocks|a (?:post|brick|bag of \\w+))|dumb(?! luck)|stupid|lazy|worthless|clueless|spineless|brainless|gutless|ignorant|disgusting)"

const FILL_EN =
  "(?:such|so|too|truly|really|honestly|literally|just|basically|completely|totally|absolutely|utterly|a|an|one|total|complete|absolute|utter|real|little|big|giant|bunch of|pack of|lazy|useless|rude|spoiled|spineless|entitled|stupid|dumb|pathetic|incompetent|clueless)"

const WHO_FR =
  "(?:(?:le|la|les|l'|mon|ma|mes|notre|nos|ce|cet|cette|ces) ?(?:\\w+ )?(?:conseil scolaire|division(?: scolaire)?|direction|ecole|directeur(?: adjoint)?|directrice(?: adjointe)?|surintendante?|collegues?|profs?|enseignante?s?|eleves?|jeunes|enfants?|parents?|meres?|peres?|classe|commissaires?|dsfm)(?:-la)?(?: de (?:ma|mon|cette|notre) \\w+| de \\d+e| d'a cote)?)"

const BAD_FR =
  "(?:des deux de pique|niaiseu(?:x|se|ses)(?: au boutte)?|des (?:petits? )?morveux(?: gates)?|(?:un |une )?(?:vrai |vraie )?(?:incompetente?s?|nulle?|cave|epaisse?|nono)|(?:un |une )(?:vrai |vraie )malade|bete comme (?:ses|leurs) pieds|des cas (?:desesperes|perdus)|une (?:vraie )?(?:farce|blague|honte)(?: \\w+)?|un (?:vrai )?(?:cirque|trou a rats)|une (?:bande|gang) de (?:clowns|caves|nonos|incompetents|idiots|cons)|des gerants d'estrade|des (?:petits? )?(?:enfants )?gates(?: pourris)?)"

/** Demeaning remarks, second round: wider subjects, evaluation words, comparisons and sarcasm. */
export const DEMEANING_MORE = quickToCompile(
  alt([
    `\\b${WHO_EN}(?: today| these days| this week| lately)?(?:'s| is| are| was| were| has become| have become| remains?|:)(?:,? (?:and )?${FILL_EN}){0,5},? ${BAD_EN}\\b`,
    `\\b${WHO_EN} (?:has|have|has got|have got) (?:the )?(?:attention span|manners|brains?|iq|intelligence|memory|maturity|personality) of an? \\w+`,
    "\\b(?:pathetic|sorry|poor) excuse for an? (?:parent|teacher|principal|human|adult|person|mother|father|colleague|admin|vp|school|division)\\b",
    "\\b(?:most|least) (?:useless|incompetent|lazy|stupid|clueless|annoying) (?:human|person|teacher|man|woman|colleague|parent|admin) (?:in|on|at|alive)\\b",
    "\\b(?:shouldn't|should not) be allowed to (?:raise|have|breed|teach|parent|own|work with) \\w+",
    "\\b(?:couldn't|could not|can't|cannot) teach an? (?:dog|fish|cat|rock|parrot)\\b",
    "\\bif (?:stupidity|incompetence|laziness|ignorance) (?:were|was) an? \\w+",
    "\\bgrow a spine\\b",
    `\\b${WHO_EN} is (?:a |such a |truly a |an absolute )?(?:genius|brilliant|mastermind)\\b[^.!?]{0,30}(?:🙃|#sarcasm|\\/s\\b)`,
    "['\"«“] ?(?:brilliant|genius|brillante?s?|geniale?s?) ?['\"»”] (?:idea|decision|plan|memo|direction|administration|admin|division|idee|decision)\\b",
    `\\b${WHO_FR}(?: est| sont| c'est|, c'est|,)(?: vraiment| tellement| franchement| encore)? ${BAD_FR}\\b`,
    `\\b${WHO_FR} (?:a|ont) le (?:qi|cerveau|quotient intellectuel) d'une? \\w+`,
    "\\bla moitie de (?:ma|mes|notre|cette) \\w+ (?:a|ont) le (?:qi|cerveau) d'une? \\w+",
    "\\bquel(?:le)? (?:epais(?:se)?|cave|nono|niaiseux|niaiseuse|imbecile|deux de pique)\\b(?! je suis| que je suis)",
    "\\b(?:roi|reine) des (?:nonos|caves|idiots|imbeciles|epais|clowns)\\b",
    "\\b(?:geree?s?|dirigee?s?|menee?s?) par des (?:incompetents|clowns|idiots|imbeciles|caves|cons)\\b",
    "\\b(?:une nulle|un nul|un incompetent|une incompetente) qui\\b",
    `\\b${WHO_FR} (?:devrai(?:t|ent)|doi(?:t|vent)) se trouver une vie\\b`
  ]),
  "i"
)

/** Threats, second round: first/second person harm and the veiled forms. */
export const THREAT_MORE = quickToCompile(
  alt([
    "\\b(?:someone|somebody)(?:'s| is| will)? (?:going to |gonna )?get hurt\\b",
    "\\bi(?:'ll| will| might| could)? (?:\\w+ ){0,3}(?:hurt|punch|hit|slap|kill|strangle) (?:someone|somebody)\\b",
    "\\byou(?:'ll| will) find out what happens\\b",
    "\\bmake (?:that|the|this) \\w+ (?:pay|regret)\\b",
    "\\b(?:is getting|gets|getting|will get|is gonna get|is going to get) (?:punched|slapped|smacked|decked|stabbed|shot|a fist)\\b",
    "\\b(?:slash|slashing|key|keying|smash|smashing) (?:the|his|her|their|your) (?:tires|car|windows)\\b",
    "\\bshame if (?:[\\w']+ ){1,5}(?:got|were|was|get) (?:smashed|broken|damaged|slashed|keyed|burned|torched|hurt)\\b",
    "\\b(?:is|are|'s) (?:going to|gonna) pay for (?:this|that|it)(?= *(?:[.!?,;]|$))",
    "\\b(?:wring|snap|break) (?:his|her|their|your|someone's) (?:neck|legs?|arms?|face)\\b|\\bfist through\\b|\\bpick(?:ing)? up (?:your|his|her|their) teeth\\b|\\bknock (?:his|her|your|their) teeth\\b",
    "\\bi know where (?:\\w+ ){1,3}(?:parks|lives|live|sleeps)\\b",
    "\\bwatch yourself, (?:mr|mrs|ms|mx|mme|madame|monsieur)\\b|\\bpeople remember things\\b",
    "\\b(?:has|have|had) it coming\\b|\\bwon't see it coming\\b|\\benjoy your last (?:week|day|days)\\b",
    "\\bshould be (?:dragged|thrown) out\\b|\\btaken out back\\b",
    "\\b(?:je vais|j'vais) (?:lui|le|la|les|leur|te|vous) faire (?:regretter|payer)\\b",
    "\\bfasse(?:nt)? attention a (?:lui|elle|eux)\\b|\\bsurveiller (?:ses|tes|vos|leurs) arrieres\\b",
    "\\bquelqu'un va (?:se faire mal|y gouter|le payer)\\b",
    "\\b(?:va|vont) payer(?: pour (?:ca|cela)|\\s*[.!])",
    "\\bcass(?:e|er|erai) (?:la|sa|ta) (?:gueule|yeule)\\b|\\barrach(?:e|er|erai) la tete\\b",
    "\\bje sais ou (?:il|elle|ils|elles|tu|vous) (?:reste|restes|habite|habites|stationne)\\b",
    "\\b(?:ca|cela) va mal finir pour\\b",
    "\\bcrever les pneus\\b|\\brendre (?:sa|ta|leur|votre) vie (?:infernale|impossible|miserable)\\b",
    "\\battends?-(?:toi|vous) a des consequences\\b|\\btu sauras pas d'ou\\b",
    "\\by avoir du sang\\b|\\b(?:va|vont|vas) le sentir passer\\b",
    "\\bje (?:le|la|les|lui|te) (?:frappe|fesse|tue|etrangle)\\b",
    "\\bje (?:l'|les |t')attends? (?:dans le stationnement|dehors)\\b",
    "\\b(?:finir|finira|finiras|se retrouver) a l'hopital\\b"
  ]),
  "i"
)
