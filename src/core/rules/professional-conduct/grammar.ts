import { FIRST, COMMON, knownFlags } from "../../names/lexicon"
import {
  FILL_EN,
  FILL_FR,
  IDIOM_EN,
  IDIOM_FR,
  INSULT_EN,
  INSULT_FR,
  LINK_EN,
  LINK_FR,
  PRONOUN_EN,
  PRONOUN_FR,
  TARGET_EN,
  TARGET_FR
} from "./words"
import { DEMEANING_MORE, THREAT_MORE_SHAPES } from "./shapes-more"
import { DEMEANING_WIDE, sarcasticPraise } from "./shapes-wide"
import { THREAT_WIDE } from "./threats-wide"
import { GENERAL_THREAT_EN, NOT_A_GAME } from "./threats-general"
import { DEMEANING_SIXTH } from "./shapes-sixth"
import { DEMEANING_EIGHTH } from "./shapes-eighth"
import { DEMEANING_TENTH } from "./shapes-tenth"
import { THREAT_SIXTH } from "./threats-sixth"
import { THREAT_TENTH } from "./threats-tenth"
import { quickToCompile } from "../../text/quick-compile"

/**
 * The conduct grammar: instead of listing sentences, it pairs a TARGET (a person
 * or body tied to school life: "these kids", "my principal", "ce parent-là",
 * "les élèves de 8e") with a NEGATIVE EVALUATION (insult nouns, contempt
 * adjectives, dismissive idioms) inside one clause, and reads THREATS from their
 * grammar (first or second person + future or intent + harm). Negation ("is not
 * an idiot"), self-deprecation ("I'm such an idiot": no target) and praise
 * ("these kids are killing it": no evaluation word) fall outside these shapes.
 */

const ADVERB =
  "(?:honestly|really|truly|seriously|frankly|literally|just|basically|all|still|always|clearly|obviously|officially|today|again|vraiment|franchement|honnetement|serieusement|tous|toutes|encore|toujours|clairement)"

/** Words that weaken "hopeless", "terrible": about a skill ("hopeless at drawing"), not the person. */
const ABOUT_A_SKILL = "(?![\\w-])(?! (?:at|en)\\b)"

const fillEn = `(?:\\s*${FILL_EN}\\b)*`
const fillFr = `(?:\\s*${FILL_FR}(?:\\b|(?<=')))*`

/** Target + (adverb) + link + filler + insult / idiom, English. */
const COPULA_EN_AFTER = `(?:\\s+${ADVERB})?(?:\\s*(?:${LINK_EN})(?:\\b|(?<=[:=,-]))${fillEn}\\s*(?:${INSULT_EN})\\b${ABOUT_A_SKILL}|\\s+(?:${ADVERB}\\s+)?(?:${IDIOM_EN})\\b)`

/** Target + (adverb) + link + filler + insult / idiom, French. */
const COPULA_FR_AFTER = `(?:\\s+${ADVERB})?(?:\\s*(?:${LINK_FR})(?:\\b|(?<=[:=,-]))${fillFr}\\s*(?:${INSULT_FR})\\b${ABOUT_A_SKILL}|\\s+(?:${ADVERB}\\s+)?(?:${IDIOM_FR})\\b)`

/** A pronoun standing for a person, with the stronger insults only ("she's an idiot", "ils sont nuls"). */
const PRONOUN_COPULA = `\\b(?:${PRONOUN_EN}(?:'re|'s| are| is| were| was)${fillEn}\\s*(?:idiots?|morons?|imbeciles?|clowns?|jokes?|losers?|snakes?|cowards?|liars?|brats?|a disgrace|a zoo|a circus|savages|useless|incompetent|clueless|pathetic|stupid|dumb(?! luck)|brainless|worthless|spineless|lazy|entitled|a waste of \\w+)(?! savant)|${PRONOUN_FR} ?(?:est|sont|es|etes|etait|etaient)${fillFr}\\s*(?:idiot(?:e|s|es)?|imbeciles?|cretin(?:e|s|es)?|incompetente?s?|nul(?:le|s|les)?(?! part)|inutiles?|stupides?|niaiseu(?:x|se|ses)|epais(?:se)?|caves?|minables?|pathetiques?|paresseu(?:x|se|ses)|une (?:vraie )?(?:farce|honte|blague)))\\b${ABOUT_A_SKILL}`

/** Person roles (no buildings or bodies) for adjective + noun: "useless admin", "lazy parents". */
const PERSON_EN =
  "(?:consultants?|hires|experts?|bureaucrats?|people|folks|humans?|adults|kids?|students?|children|teens?|teenagers?|parents?|moms?|dads?|mothers?|fathers?|colleagues?|co-?workers?|teachers?|principals?|vice-?principals?|vps?|admins?|administrators?|administration|superintendents?|trustees?|subs?|substitutes?|secretar(?:y|ies)|staff|leadership|management|people (?:at|in|on|running) (?:the|this|our) \\w+)"

const STRONG_ADJ_EN =
  "(?:stupid|dumb|idiotic|moronic|brainless|clueless|useless|worthless|pathetic|incompetent|inept|lazy|spineless|gutless|ignorant|entitled|spoiled|spoilt|disrespectful|obnoxious|insufferable|ungrateful|toxic|arrogant|two-faced|idiot|moron|feral|unteachable|braindead|brain-dead)"

const STRONG_NOUN_EN =
  "(?:idiots?|morons?|imbeciles?|fools?|clowns?|buffoons?|losers?|brats?|snakes?|weasels?|cowards?|liars?|crooks?|jerks?|dimwits?|halfwits?|nitwits?|dunces?|hypocrites?|frauds?|parasites?)"

/** Adjective before a person: "useless admin", "my incompetent principal". */
const ADJ_NOUN_EN = `\\b(?:(?:so|such|total|complete|absolute|utter|bunch of|pack of|these|those|the|my|our|that|this|some|what)\\s+)*${STRONG_ADJ_EN}(?:,?\\s+(?:and\\s+)?${STRONG_ADJ_EN})*\\s+${PERSON_EN}\\b`

/** Insult noun placed at a role: "the clowns at the division office", "the idiots running this school". */
const NOUN_AT_EN = `\\b${STRONG_NOUN_EN} (?:at|in|on|from|running|who run|in charge of) (?:the |this |our |my )?(?:division|board|school|office|admin|central office|district|staff|building|front office)\\b`

/** "that idiot of a principal", "this joke of a division". */
const NOUN_OF_EN = `\\b(?:that|this|what an?|an?)\\s+(?:idiot|moron|joke|clown|disgrace|excuse|nightmare|embarrassment)\\s+of\\s+an?\\s+(?:\\w+\\s+)?(?:principal|teacher|parent|mom|dad|mother|father|colleague|school|division|board|superintendent|vp|admin|administration|kid|student|class|trustee|human|person|adult)\\b`

/** Exclamations bound to a target in either order: "What a joke this division is", "My principal, what an idiot." */
const WHAT_EN_BEFORE = `\\b(?:what (?:an? )?|such (?:an? )?)(?:total |complete |absolute |utter |bunch of |pack of |joke of a )?(?:${STRONG_NOUN_EN}|jokes?|disgraces?|embarrassments?|circus|zoo|clown show|mess)\\b,?\\s+`

/** "Idiots, the lot of them", "Clueless, every single one." */
const LOT_EN = `\\b(?:${STRONG_NOUN_EN}|${STRONG_ADJ_EN}|rude|hopeless)\\b,?\\s+(?:the (?:whole )?lot of (?:them|'em)|every (?:single )?one of (?:them|'em)|all of (?:them|'em)|each and every one|every last one(?: of them)?|every single one|top to bottom|from top to bottom)`

/** Sarcastic praise of a target beside an eye-roll: "Another genius decision from our admin 🙄". */
const SARCASM_MARK = /🙄|🙃|#sarcasm|\/s\b|\byeah right\b/iu
const SARCASTIC_BEFORE = `\\b(?:(?:genius|brilliant|stellar|fantastic|wonderful|geniale?s?|brillante?s?|genie)\\b(?:\\s+[\\w']+){0,4}?\\s+(?:from|by|of|de|du|des|par)|(?:genius|brilliant|brillante?s?|geniale?s?))\\s+`

/** A group insult on its own: "bunch of clowns", "bande d'incapables". */
const GROUP_INSULT = `\\b(?:(?:bunch|pack|gang|herd|load) of (?:${STRONG_ADJ_EN}\\s+)?(?:idiots|morons|imbeciles|fools|clowns|buffoons|losers|brats|snakes|weasels|cowards|liars|crooks|jerks|dimwits|halfwits|nitwits|dunces|hypocrites|frauds|parasites|savages|animals|incompetents)|(?:bande|gang|gagne|troupeau) (?:de |d')(?:idiots|imbeciles|cretins|cons|abrutis|debiles|caves|nonos|niaiseux|tares|clowns|bouffons|incompetents|incapables|paresseux|menteurs|hypocrites|morveux|sans-genie|sans-dessein|ignorants|minables|bons a rien|ingrats|anes|singes|sauvages|malades))\\b`

/** Made by fools: "Pensée par des abrutis", "a policy written by clowns", "paid to be useless". */
const MADE_BY_FOOLS = `\\b(?:(?:written|designed|made|planned|thought up|dreamed up|run|decided|organi[sz]ed) by (?:a (?:bunch|pack) of )?(?:idiots|morons|clowns|imbeciles|fools|incompetents|amateurs|monkeys|donkeys)|(?:pensee?s?|ecrite?s?|concue?s?|faite?s?|decidee?s?|inventee?s?|organisee?s?|geree?s?|dirigee?s?|menee?s?) par (?:des|une bande d'|une gang d') ?(?:abrutis|idiots|imbeciles|cretins|clowns|incompetents|incapables|caves|cons|nonos|singes|anes|amateurs)|(?:gets?|getting) paid to (?:be useless|do nothing|sit around))\\b`

/** Stuck with fools: "embarrassed to work with such idiots", "travailler avec des incompétents". */
const STUCK_WITH_FOOLS = `\\b(?:(?:work(?:ing)?|deal(?:ing)?|stuck|surrounded) (?:with|by) (?:such |these |those |a bunch of |a pack of )?(?:${STRONG_ADJ_EN}\\s+)?(?:idiots|morons|imbeciles|fools|clowns|incompetents|losers|brats|snakes|cowards)|(?:travailler|composer|entouree?|pris|prise|coince|coincee) (?:avec|de|par) (?:des|ces|une bande d'|une gang d') ?(?:incompetents|idiots|imbeciles|cretins|abrutis|clowns|incapables|caves|nonos|paresseux|hypocrites))\\b`

/** A sentence that is nothing but an insult: "Des vrais sauvages.", "Total clowns." */
const INSULT_SENTENCE = `^\\W*(?:(?:des|de|une|un|such|what|total|complete|absolute|real|vrais?|vraies?|petits?|little|bunch of|bande de|bande d'|gang de|quelle bande de)\\s+)*(?:${STRONG_NOUN_EN}|savages|animals|incompetents|sauvages|animaux|idiots|imbeciles|cretins|abrutis|incapables|incompetents|clowns|morveux|nonos|caves)\\W*$`

/** "Nobody on this staff has a brain." */
const NOBODY_EN = `\\b(?:nobody|no one|not one (?:person|teacher|parent|adult)) (?:on|in|at|from) (?:this|the|our|my) (?:staff|board|school|division|office|admin|class|building|team) (?:has|have|with) (?:a (?:brain|clue|spine)|any (?:sense|brains|clue|common sense)|common sense|half a brain)\\b`

/** Superlatives about a role: "the laziest colleague", "dumbest group in 20 years". */
const SUPERLATIVE_EN = `(?<!\\b(?:i'm|i am|i was|me|i've been|i feel like)(?: the| such a| a)? )\\b(?:laziest|dumbest|stupidest|rudest|most (?:useless|incompetent|clueless|annoying|entitled|pathetic|arrogant|ignorant|disrespectful|spoiled|lazy)|least (?:competent|intelligent|capable))\\s+(?:\\w+\\s+){0,2}?(?:${PERSON_EN}|group|class|bunch|human|person|people|man|woman|adult|individual|crew)\\b`

/** "I can't stand my principal", "so sick of these parents". */
const CONTEMPT_EN_BEFORE = `\\b(?:i|we)(?:'m| am|'ve| have| are|'re)?(?:\\s+(?:so|really|just|honestly|absolutely|seriously|truly|officially|completely|already|totally|beyond|getting))*\\s+(?:can't stand|cannot stand|can not stand|hate|despise|loathe|detest|(?:sick|sick and tired|tired|fed up|done) (?:of|with)|had it (?:up to here )?with|had enough of|can't deal with|cannot deal with|can't take|can't handle|can't bear|cannot bear|can't wait to be rid of)\\s+(?:all\\s+)?`

const CONTEMPT_FR_BEFORE = `(?:^|\\b|(?<=\\W))(?:je |j')(?:ne |n')?(?:deteste|hais|haïs|(?:peux|peut) (?:pas|plus|pu|vraiment pas|juste pas) (?:sentir|supporter|blairer|voir en peinture|endurer)|(?:supporte|endure|tolere) (?:pas|plus|pu)|en (?:peux|peut) (?:plus|pu|pus) (?:de |d')|en ai (?:marre|assez|ras le bol|plein (?:le|mon) cas|jusque-la|mon voyage) (?:de |d')|suis (?:tanne|tannee|ecoeure|ecoeuree|fatigue|fatiguee|ecoeuree|bien tannee?) (?:de |d'))\\s*(?:tous |toutes |toute |tout )?`

/** French target + insult adjective without a verb: "cette direction incompétente", "des parents irresponsables". */
const POSTNOMINAL_FR_AFTER = `\\s+(?:(?:si|tellement|completement|totalement|vraiment|tellement)\\s+)?(?:incompetente?s?|incapables?|paresseu(?:x|se|ses)|inutiles?|stupides?|debiles?|idiot(?:e|s|es)|minables?|pathetiques?|irresponsables|insupportables?|ingrat(?:e|s|es)|mal eleve(?:e|s|es)|pourri(?:e|s|es)|niaiseu(?:x|se|ses)|tare(?:e|s|es)|gate(?:e|s|es) pourri(?:e|s|es)?)\\b`

/** "cette idiote de directrice", "ce crétin de surintendant". */
const NOUN_DE_FR = `\\b(?:ce|cet|cette|ces|quel|quelle|quels|quelles|mon|ma|mes|notre|nos)\\s+(?:(?:vrai|vraie|gros|grosse|espece d'|espece de)\\s*)?(?:idiot(?:e|s|es)?|imbeciles?|cretin(?:e|s|es)?|abruti(?:e|s|es)?|cave|epais(?:se)?|nono|niaiseu(?:x|se|ses)|incompetente?s?|clowns?|bouffons?|sorciere|vipere|folle|fou|tata|dinde|tarée?s?)\\s+(?:de |d')(?:\\w+\\s+)?(?:directeur|directrice|direction|parents?|mere|pere|collegues?|profs?|enseignante?s?|eleves?|surintendante?|commissaires?|suppleante?s?|division|ecole|conseil|concierge|secretaire|voisin(?:e)?|jeunes?|enfants?)\\b`

/** Exclamations in French bound to a target: "Quelle farce, cette division", "Mon directeur, quel épais." */
const WHAT_FR_BEFORE = `(?:\\bquel(?:le)?s?\\s+(?:(?:vraie?|belle|beau|gros|grosse|bande|gang)\\s+(?:de |d')?)?(?:${INSULT_FR}))\\b,?\\s+`
const WHAT_FR_AFTER = `,?\\s+(?:quel(?:le)?s?|une bande d'|une gang de|bande d'|gang de|des|une|un)\\s+(?:(?:vraie?|belle|beau|gros|grosse|bande|gang)\\s+(?:de |d')?)?(?:idiot(?:e|s|es)?|imbeciles?|cretin(?:e|s|es)?|epais(?:se)?|cave|nono|niaiseu(?:x|se|ses)|incompetente?s?|farce|honte|blague|cirque|clowns?|bouffons?|deux de pique)\\b`

/** Superlatives in French: "le prof le plus paresseux", "les pires parents". */
const SUPERLATIVE_FR = `(?:^|\\b|(?<=\\W))(?:(?:le|la|les|mes|nos|ma|mon) pires? (?:\\w+ )?(?:eleves?|enfants?|jeunes|parents?|meres?|peres?|collegues?|profs?|enseignante?s?|directeur|directrice|direction|division|ecole|groupe|gang|classe|commissaires?|administration)|(?:profs?|enseignante?s?|collegues?|directeur|directrice|parents?|eleves?|groupe|gang|classe|direction|administration|division) (?:\\w+ )?(?:le|la|les) plus (?:paresseu(?:x|se|ses)|nul(?:le|s|les)?|incompetente?s?|stupides?|idiot(?:e|s|es)?|cave|niaiseu(?:x|se|ses)|inutiles?|minables?|pathetiques?|bete|lache|insupportables?|mal eleve(?:e|s|es)?))\\b`

/** Praise in the same sentence turns "my kids are little monsters" into affection. */
export const AFFECTION =
  /\b(?:(?<!(?:gotta|got to|have to|ya gotta) )love (?:them|'em|my|these|those|every)|adore (?:them|my)|je les (?:aime|adore)|(?:mais|but) (?:on|we|i) les? (?:aime|love)|kidding|jk|lol jk|je blague|pleine lune|full moon)\b/i

const standalone = (sources: string[]): RegExp[] =>
  sources.map((source) => quickToCompile(source, "i"))
/** Shapes behind a literal gate: the shape runs only when its gate's words are in the sentence. */
type Gated = [gate: RegExp, shape: RegExp][]
const gated = (list: [RegExp, string][]): Gated =>
  list.map(([gate, source]) => [gate, quickToCompile(source, "i")])
/** Matched after a target, from where it ends (sticky). */
const after = (source: string): RegExp => quickToCompile(source, "iy")
/** Matched before a target: it must end where the target starts. */
const before = (source: string): RegExp => quickToCompile(`${source}$`, "i")

/** Demeaning shapes that carry their own target or need none. */
const DEMEANING_ALONE = standalone([
  PRONOUN_COPULA,
  ADJ_NOUN_EN,
  NOUN_AT_EN,
  NOUN_OF_EN,
  LOT_EN,
  SUPERLATIVE_EN,
  GROUP_INSULT,
  NOBODY_EN,
  MADE_BY_FOOLS,
  STUCK_WITH_FOOLS,
  INSULT_SENTENCE,
  NOUN_DE_FR,
  SUPERLATIVE_FR,
  ...DEMEANING_MORE,
  ...DEMEANING_WIDE
])
const DEMEANING_GATED = gated([...DEMEANING_SIXTH, ...DEMEANING_EIGHTH, ...DEMEANING_TENTH])

/**
 * The targets are found once per sentence (one compiled pattern per language);
 * the words around them are matched from the target's edges. Writing the target
 * into every pattern instead made the patterns large enough that compiling them
 * took seconds at the first check.
 */
const TARGETS_EN = quickToCompile(`\\b(?:${TARGET_EN})`, "gi")
const TARGETS_FR = quickToCompile(`(?:^|\\b|(?<=\\W))(?:${TARGET_FR})`, "gi")
/** A capitalised first name known to the name lexicons can be a target too: "Brenda is useless". */
const CAPITALISED = /\b[A-Z][a-z]+\b/g

/**
 * Whether the sentence names a school-life target at all (a role, a group, a known first
 * name): the gate in front of the sentence model, which never scores a sentence about no one.
 */
export function hasTarget(s: string): boolean {
  if (s.search(TARGETS_EN) >= 0 || s.search(TARGETS_FR) >= 0) return true
  for (const m of s.matchAll(CAPITALISED)) {
    const f = knownFlags(m[0])
    if (f & FIRST && !(f & COMMON)) return true
  }
  return false
}

const HEAD_WINDOW = 160

interface Shapes {
  after: RegExp[]
  before: RegExp[]
}

const DEMEANING_EN: Shapes = {
  after: [after(COPULA_EN_AFTER)],
  before: [before(CONTEMPT_EN_BEFORE), before(WHAT_EN_BEFORE)]
}
const DEMEANING_FR: Shapes = {
  after: [after(COPULA_FR_AFTER), after(POSTNOMINAL_FR_AFTER), after(WHAT_FR_AFTER)],
  before: [before(CONTEMPT_FR_BEFORE), before(WHAT_FR_BEFORE)]
}
const DEMEANING_NAMED: Shapes = {
  after: [after(COPULA_EN_AFTER), after(COPULA_FR_AFTER)],
  before: []
}
const SARCASTIC = before(SARCASTIC_BEFORE)

interface Span {
  start: number
  end: number
}

interface TargetSpans {
  en: Span[]
  fr: Span[]
}

function spansOf(s: string, re: RegExp): Span[] {
  const out: Span[] = []
  for (const m of s.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length })
  return out
}

/**
 * The two target patterns are the costliest part of this rule (most of its time on a long
 * draft), and every sentence is asked twice, for demeaning remarks and then for threats.
 * Remembering the last sentence's targets halves that work; one entry is enough because the
 * rule asks both questions of a sentence before moving on.
 */
let lastSentence: string | null = null
let lastTargets: TargetSpans = { en: [], fr: [] }

function targetSpans(s: string): TargetSpans {
  if (s !== lastSentence) {
    lastTargets = { en: spansOf(s, TARGETS_EN), fr: spansOf(s, TARGETS_FR) }
    lastSentence = s
  }
  return lastTargets
}

/** Every target in the sentence with the shapes that apply to it. */
function* targets(s: string, en: Shapes, fr: Shapes, named?: Shapes): Generator<[Span, Shapes]> {
  const found = targetSpans(s)
  for (const t of found.en) yield [t, en]
  for (const t of found.fr) yield [t, fr]
  if (!named) return
  for (const m of s.matchAll(CAPITALISED)) {
    const f = knownFlags(m[0])
    // "Aiden's assessment": a name with 's owns something; it is not the subject.
    if (f & FIRST && !(f & COMMON) && s[m.index + m[0].length] !== "'")
      yield [{ start: m.index, end: m.index + m[0].length }, named]
  }
}

/** The widest stretch a target makes with the words after or before it, or null. */
function aroundTarget(
  s: string,
  t: Span,
  shapes: Shapes,
  extraBefore: RegExp[] = [],
  beforeHolds = true
): Span | null {
  for (const re of shapes.after) {
    re.lastIndex = t.end
    const m = re.exec(s)
    if (m) return { start: t.start, end: t.end + m[0].length }
  }
  if (!beforeHolds) return null
  // The words before a target that matter fit in a short window; a bounded head keeps long sentences linear.
  const from = Math.max(0, t.start - HEAD_WINDOW)
  const head = s.slice(from, t.start)
  for (const re of [...shapes.before, ...extraBefore]) {
    const m = re.exec(head)
    // "I hate this school's parking lot": the target owns something else.
    if (m && s[t.end] !== "'") return { start: from + m.index, end: t.end }
  }
  return null
}

function earliest(spans: (Span | null)[]): Span | null {
  let best: Span | null = null
  for (const x of spans) if (x && (!best || x.start < best.start)) best = x
  return best
}

function firstMatch(s: string, list: RegExp[]): Span | null {
  return earliest(list.map((re) => spanOf(re.exec(s))))
}

function firstGatedMatch(s: string, list: Gated): Span | null {
  return earliest(list.map(([gate, re]) => (gate.test(s) ? spanOf(re.exec(s)) : null)))
}

function spanOf(m: RegExpExecArray | null): Span | null {
  return m ? { start: m.index, end: m.index + m[0].length } : null
}

/** Words that are insults in a complaint but praise in a happy post: "absolute animals on the dance floor". */
const AMBIGUOUS =
  /\b(?:animals|beasts|monsters|savages?|wild|feral|crazy|insane|monkeys|zombies|dinosaurs|clowns|wolves|monstres|sauvages|fous|folles|singes|animaux|loups|clowns|machines|betes|fou|folle|malades?)\b/i
const HAPPY =
  /\b(?:so much energy|energy|won|win|victory|gagne|champions|on the (?:ice|court|field|floor)|sur la glace|proud|amazing|awesome|great|fun|bravo|fier|fiere|genial|geniaux|super|incroyables?|champions?|tournoi|tournament|concours|competition|championnat|championship)\b|[😍❤💙💚💛💜🥰💕🎉🙌👏🏆]/iu

/** "absolute animals on the dance floor — so much energy!": an ambiguous word in a happy sentence is praise. */
export function praiseNotInsult(span: string, sentence: string): boolean {
  return AMBIGUOUS.test(span) && HAPPY.test(sentence)
}

/** The first demeaning stretch in a sentence, or null. */
export function demeaningRemark(s: string): Span | null {
  const sarcastic = SARCASM_MARK.test(s) ? [SARCASTIC] : []
  const spans: (Span | null)[] = [
    firstMatch(s, DEMEANING_ALONE),
    firstGatedMatch(s, DEMEANING_GATED),
    sarcasticPraise(s)
  ]
  for (const [t, shapes] of targets(s, DEMEANING_EN, DEMEANING_FR, DEMEANING_NAMED))
    spans.push(aroundTarget(s, t, shapes, sarcastic))
  return earliest(spans)
}

// ---- Threats ------------------------------------------------------------------

/** Harm verbs that take the victim as object: "strangle him", "end that mom's career". */
const HARM_EN =
  "(?:kill|murder|strangle|choke|throttle|punch|slap|smack|deck|kick|beat up|beat the (?:crap|hell|shit|snot|living daylights|tar) out of|hurt|stab|shoot|knife|smash|wring|destroy|ruin|end|bury|drown|run over|run down|take out|knock out|rough up|mess up|jump|sucker ?punch|headbutt|go after|come after|hunt down|track down|get even with|get back at|deal with|break|hit)"

/** Harm phrases with the victim inside: "teach that mom a lesson", "make him pay". */
const HARM_PHRASE_EN = `(?:teach (?:him|her|them|you|(?:that|this|the) \\w+) a lesson|make (?:him|her|them|you|(?:that|this|the) \\w+) (?:pay|regret|suffer|sorry)|make (?:him|her|them|you|(?:that|this|the) \\w+) wish (?:he|she|they|you) (?:had )?never|(?:put|throw|toss|shove) (?:him|her|them|you|(?:that|this|the) \\w+) (?:through|out|off|down) (?:a|the) (?:wall|window|door|stairs)|make (?!my |our )(?:[\\w']+ ){1,3}li(?:fe|ves) (?:a )?(?:living )?(?:hell|nightmare|misery|miserable))`

const OBJECT_EN = `(?:him|her|them|you|y'all|'em|u|someone|somebody|everyone|everybody|anyone|anybody|whoever|the (?:next|first) (?:\\w+ )?(?:kid|student|child|parent|mom|dad|person|one|colleague|teacher|guy)s?|(?:a|one of (?:my|these|the|those)) (?:kid|student|child|parent|colleague|teacher|mom|dad)s?|(?:his|her|their|your) (?:\\w+ )?(?:face|head|neck|career|life|lives|car|tires|house|family|kids?|teeth|legs?|arms?|nose|jaw|job|windows|throat))`

const MODAL_EN =
  "(?:'ll|will|'m going to|am going to|'m gonna|am gonna|'re going to|'re gonna|are going to|are gonna|'d like to|would like to|want to|wanna|could|might|swear i'll|swear to god i'll|'m about to|am about to|'m ready to|am ready to|plan to|'m coming to|am coming to|'m gonna have to|need to|will have to|may have to|'d love to|would love to)"

/** Gap words between the modal and the harm verb: never a negation ("I'd never hurt"). */
const GAP = "(?:\\s+(?!not\\b|never\\b|\\w+n't\\b)[\\w']+){0,5}?"

/** "I'm going to strangle him", "Somebody should slash the tires", "I'll end that mom's career". */
const INTENT_EN = `\\b(?:i|we|someone|somebody|some1)\\s*(?:${MODAL_EN}|should|oughta|ought to|needs to)${GAP}\\s+(?:${HARM_EN}\\s+${OBJECT_EN}|${HARM_PHRASE_EN})\\b(?! (?:at|in|on) (?!the (?:face|head|parking))| with (?!(?:a|my|the|this) (?:chair|bat|stick|brick|shovel|hockey stick|stapler|ruler|binder|bus)\\b))`

/** Second- and third-person futures that promise harm: "you'll regret this", "that colleague is going to pay for this". */
const FUTURE_EN_TAIL = `\\s*(?:'ll|will|'re going to|'re gonna|are going to|are gonna|is going to|is gonna|'s going to|'s gonna|better|'d better|had better|should|needs to|need to)\\s+(?:(?:so|really|seriously|definitely|totally)\\s+)?(?:regret (?:it|this|that|the day|ever|crossing|messing)|be sorry(?! (?:you|if|to|that)\\b)|pay(?: for (?:this|that|it|what))?(?=\\s*(?:[.!,;)]|$| for| dearly| big time))|wish (?:you|he|she|they)(?:'d| had)? (?:hadn't|had never|never)|find out (?:what happens|the hard way)|(?:find out|see|learn) what i(?:'m| am) capable of|(?:hope|pray) (?:i|we) (?:don't|never|won't|do not)|lose (?:some|a few|his|her|their|your) teeth|end up in (?:the )?(?:hospital|er|morgue|a body cast)|get what's coming|get what (?:he|she|they|you)(?: (?:deserves?|has coming|had coming|have coming))|never (?:teach|work) (?:again|here)|be (?:dead|next|picking (?:up )?(?:your|his|her|their) teeth|in (?:the )?hospital|eating through a straw)|need an? (?:ambulance|doctor|lawyer)|have to deal with me|answer to me|learn (?:the hard way|(?:your|his|her|their) lesson)|watch (?:out|it|yourself|himself|herself|themselves|(?:your|his|her|their) (?:back|step|mouth)))\\b`

/** Veiled threats, any person: "watch your back", "I know where you live", "there will be consequences". */
const VEILED_EN = `\\b(?:watch (?:your|yer) back|sleep(?:ing)? with one eye open|i know where (?:you|he|she|they|[\\w']+(?: \\w+)?) (?:live|lives|park|parks|sleep|sleeps)|(?:would|'d) be a (?:real )?shame if (?:something|anything) (?:happened|were to happen)|(?<!(?:don't worry|no worries|it's ok|it's okay|hey|oh well),? )accidents happen(?!,? (?:the|we|they|no|it|but|and|so|i|to the best)\\b)|(?:you|he|she|they)(?:'d)? better (?:hope|pray) (?:i|we) (?:don't|never)|don't (?:test|push|try) me(?=\\s*(?:[.!]|$|, (?!monday|tuesday|wednesday|thursday|friday|weekend|winter|snow|weather)))|i know (?:your|his|her|their) (?:address|license plate|plate)|(?:keep (?:\\w+ing|it up)|(?:say|do) (?:that|it) again|try (?:it|me|that)|one more (?:time|word|email|comment)|touch (?:my|\\w+) (?:\\w+ )?again|push me|cross me)\\b[^.!?]{0,40}\\b(?:and|&) (?:you'll |you will |just )?(?:see|find out) what happens|consider yourself warned|you(?:'ve| have) been warned|(?:this is your )?(?:last|final) warning|don't make me (?:come|hurt|do|get)(?![^.!?]*\\bhugs?\\b)|(?:again|more time|keep it up|try it|try me),? (?:and|&) (?:you'll |you will |just )?(?:see|find out) what happens|or else(?=\\s*(?:[.!?…]|$))|(?:i|we) (?:won't|will not|can't|cannot) be (?:held )?responsible for (?:what|my actions)|you (?:have no idea|don't know) what i(?:'m| am) capable of|you don't know who you(?:'re| are) (?:dealing|messing) with|(?:mess|cross) with me (?:again )?and|cross me (?:again )?and|(?:meet|see) (?:me|you) (?:outside|in the parking lot)(?! for)|take this outside|settle this (?:outside|in the parking lot)|i'll be waiting for (?:you|him|her|them)(?= in| after| outside| at)|there (?:will|'ll|is going to|'s going to|is gonna|'s gonna) be (?:blood|consequences|hell to pay)|hell to pay|(?:people|someone|somebody)(?:'s| is| are)? (?:going to|gonna) (?:(?:get|end up(?: getting)?) (?:hurt|killed)|end up in (?:the )?(?:hospital|er|morgue))|burn (?:this|the|that) (?:place|school|building|office) down|burn down (?:this|the|that) (?:place|school|building|office)|(?:find out|figure out|look up) where (?:you|he|she|they) (?:live|lives)|\\b(?:again|one more time|keep it up|try it)\\b[^.!?]{0,30}(?:and|&) you(?:'ll| will) see(?=\\s*(?:[.!…]|$))|(?:i'm|i am|i'll|i will|gonna|going to) (?:bring|bringing) (?:a|my) (?:baseball )?(?:bat|gun|knife|weapon|crowbar|hammer) to (?:the|school|work|our|this)|(?:i'll|i will|i'm going to|i'm gonna|gonna) (?:wait|be waiting) for (?:him|her|them|you|(?:that|this|the) \\w+) (?:in the parking lot|outside|after school|after work)|never see it coming|i'll find you(?! (?:a|an|some|the|one|another|more|extra|something|anything|someone|somebody|a few)\\b)|i'm watching you|your days are numbered|(?:his|her|their) days are numbered|(?:he|she|they)(?:'s| is|'re| are) (?:dead meat|so dead|a dead (?:man|woman))|you(?:'re| are) (?:dead meat|so dead|a dead (?:man|woman))|won't know what hit (?:you|him|her|them)|make sure (?:you|he|she|they|(?:that|this|the) \\w+) (?:never (?:teach|work)|gets? fired|loses? (?:\\w+ )?(?:job|license))|i'll (?:get|have) (?:you|him|her|them) fired|(?:is|are|'s|'re) (?:getting|gonna get|going to get) (?:thrown (?:out|through|off)|a (?:beating|beatdown|smack|slap|fist)|(?:punched|slapped|smacked|decked|stabbed|strangled|kicked|hit)\\b)|i'll have (?:your|his|her|their) job)\\b`

/** The harm a French speaker promises: "tuer", "casser la gueule", "faire payer", "rendre la vie impossible". */
const HARM_FR =
  "(?:tuer|tue|frapper|frappe|etrangler|etrangle|egorger|battre|tabasser|tabasse|(?:casser|casse|peter|pete|petter|arranger|defoncer|defonce) (?:la|sa|ta) (?:gueule|figure|face|yeule|tete)|casser les dents|defoncer|defonce|demolir|demolis|massacrer|massacre|buter|faire (?:la peau|payer|regretter|la vie dure|mal|sa fete|passer un mauvais quart d'heure)|regler (?:son|ton|leur|votre) (?:compte|cas)|rendre (?:la|sa|ta|leur) vie (?:impossible|infernale|miserable|dure|d'enfer)|pourrir la vie|ruiner (?:sa|ta|leur|votre) (?:carriere|vie|reputation)|donner une (?:volee|claque|baffe|gifle|taloche|raclee|mornifle)|(?:crisser|sacrer|cr[iî]sser|sacre|crisse) une volee|arracher (?:la tete|les yeux|les cheveux)|mettre (?:mon poing|ma main) (?:dans|sur) (?:la|sa|ta) (?:face|gueule|yeule)|claque|claquer|gifle|gifler|fesse|fesser|planter|plante|assommer|assomme|rentrer dedans|rentrer dans la face|accrocher|pogner|detruire|detruis|ecraser|ecrase|en faire baver|en faire voir de toutes les couleurs)"

/** "je vais le tuer", "j'vais lui péter la face", "je te frappe", "on va leur régler leur compte". */
const INTENT_FR = `(?:^|\\b|(?<=\\W))(?:je |j'|j |on )(?:(?:vais|va|m'en vais|veux|voudrais|pourrais|jure que je vais|te jure que je vais|vous jure que je vais|suis capable de|suis pas loin de|vais finir par|aimerais|ai envie de)\\s+)?(?:le |la |les |l'|lui |leur |te |t'|vous )${HARM_FR}\\b(?! (?:au|aux|a la|en|dans le jeu)\\b| de (?:devoirs|travail|lecture|boulot|bisous|becs|calins|compliments)\\b)`

/** "tu vas le regretter", "vous allez le payer", "elle va y goûter", "ce surintendant-là va payer". */
const FUTURE_FR_TAIL = `\\s*(?:vas|va|allez|vont)\\s+(?:me |nous )?(?:le )?(?:regretter(?! si vous (?:manquez|ratez)| de ne pas| d'avoir (?:manque|rate))|payer(?=\\s*(?:[.!,;)…]|$|[\\uD83C-\\uD83E\\u2600-\\u27BF]| pour| cher))|y gouter|le sentir passer|souffrir|avoir affaire a moi|passer un mauvais quart d'heure|finir a l'hopital|en manger une|voir ce qui (?:va|t'|lui|leur|vous|arrive(?:ra)? quand)|finir (?:six pieds sous terre|en morceaux)|se retrouver (?:a l'hopital|six pieds sous terre)|voir de quel bois|voir de quoi je suis capable)`

const VEILED_FR = `(?:^|\\b|(?<=\\W))(?:(?:fais attention a toi|faites attention a vous)(?! en (?:\\w+ant|voiture|auto|char)| sur (?:la|les) routes?|,? (?:les routes|il fait|c'est glissant|ca glisse|bonne route)| ?[❤💕😘🥰]| et (?:repose|bon|bonne))|gare a (?:toi|vous|lui|elle|eux)|(?:tu|vous) (?:ne )?(?:perds|perdez) rien pour attendre|(?:surveille|surveillez) (?:tes|vos) arrieres|je sais ou (?:tu|il|elle|ils|elles|vous) (?:habite|habites|reste|restes|habitez|restez|stationne|demeure|demeures|vit|vis)|ca va (?:mal finir|barder|saigner)|il va y avoir du sang|(?:c'est ton |c'est votre |)dernier avertissement|t'es (?:averti|avertie|prevenu|prevenue)|(?:tiens|tenez)-(?:toi|vous) le pour dit|(?:tu|vous) (?:ne )?(?:sais|savez) pas (?:a qui (?:tu as|t'as|vous avez) affaire|de quoi je suis capable)|(?:tu|vous) l'(?:auras|aurez) voulu|(?:il|elle|ils|elles) l'(?:aura|auront) (?:voulu|cherche)|(?:prends|prenez) garde a (?:toi|vous)|je (?:connais|sais) (?:ton|votre|son|leur) adresse|(?:pis|et) tu vas voir(?=\\s*(?:[.!…]|$))|(?:quelqu'un|du monde) va (?:finir par )?(?:se faire mal|etre blesse|se faire blesser|y gouter|le payer|le regretter)|(?:il|elle|ils|elles) (?:ferai(?:t|ent) mieux de|a interet a|ont interet a) (?:faire attention|se tenir tranquilles?|surveiller)|t'as (?:interet|besoin) a (?:faire attention|te tenir tranquille|surveiller)|(?:t'es|tu es|vous etes) mieux de (?:faire attention|te tenir tranquille|vous tenir tranquilles?)|attends?-(?:toi|vous) a (?:des consequences|ce que|le payer)|je vais m'occuper de (?:ton|son|leur|votre) cas|un accident est (?:vite|si vite) arrive|(?:quand|si) (?:on|tu|vous) me cherche(?:s|z)?,? (?:on|tu|vous) me trouve|regler (?:ca|ses comptes|nos comptes|son cas|ton cas) (?:avec (?:lui|elle|eux|toi|vous) )?(?:dans le stationnement|dehors|a la sortie|apres l'ecole)|(?:je |j')(?:vais |veux |pourrais |vais finir par )(?:frapper|tuer|etrangler|battre|tabasser|gifler|claquer|egorger) (?:un|une|ce|cette|le|la|les|mon|ma|mes|des) (?:\\w+ )?(?:eleves?|enfants?|parents?|jeunes?|collegues?|profs?|directeur|directrice|meres?|peres?|kids?)|tes jours sont comptes)`

/** Violence wished on a person: "that kid deserves a good smack", "il mérite une bonne claque". */
const DESERVES_EN_TAIL = `\\s+(?:deserves?|needs?|could use)\\s+(?:a\\s+)?(?:good\\s+|real\\s+)?(?:smack|slap|punch|kick|beating|beatdown|whooping|ass-kicking|fist)\\b`
const DESERVES_FR_TAIL = `\\s+(?:merite(?:nt)?|a besoin d'|ont besoin d')\\s*(?:une\\s+)?(?:bonne\\s+|vraie\\s+)?(?:claque|volee|baffe|gifle|taloche|raclee|mornifle|correction|coup de pied)\\b`

/** "je t'attends à la sortie", "je vais t'attendre dans le stationnement". */
const WAITING_FR = `(?:^|\\b|(?<=\\W))(?:(?:je |j')(?:vais |m'en vais )?(?:t'(?:attendre|attends)|(?:attendre|guetter|attends) (?:ce|cette|ces|le|la|les|mon|ma|mes) [\\w'-]+(?:-la)?) (?:a la sortie|dans le stationnement|dehors|apres (?:l'ecole|la reunion|le travail))|(?:j'apporte|je vais (?:apporter|amener)|j'amene) (?:un|mon|ma) (?:bat|baton de baseball|fusil|couteau|arme|hache))`

/** A harm verb waiting for its object: "I'm going to strangle" + "that kid". */
const INTENT_EN_BEFORE = `\\b(?:i|we|someone|somebody|some1)\\s*(?:${MODAL_EN}|should|oughta|ought to|needs to)${GAP}\\s+${HARM_EN}\\s+`

const THREAT_ALONE = standalone([
  `\\b(?:he|she|they|you)${DESERVES_EN_TAIL}`,
  `(?:^|\\b|(?<=\\W))(?:il|elle|ils|elles|tu|vous)${DESERVES_FR_TAIL}`,
  WAITING_FR,
  INTENT_EN,
  `\\b(?:you|he|she|they)${FUTURE_EN_TAIL}`,
  VEILED_EN,
  INTENT_FR,
  `(?:^|\\b|(?<=\\W))(?:tu|t'|vous|il|elle|ils|elles)${FUTURE_FR_TAIL}`,
  VEILED_FR,
  ...THREAT_MORE_SHAPES,
  ...THREAT_WIDE,
  GENERAL_THREAT_EN
])
const THREAT_GATED = gated([...THREAT_SIXTH, ...THREAT_TENTH])
const THREAT_EN: Shapes = {
  after: [after(FUTURE_EN_TAIL), after(DESERVES_EN_TAIL)],
  before: [before(INTENT_EN_BEFORE)]
}
const THREAT_FR: Shapes = { after: [after(FUTURE_FR_TAIL), after(DESERVES_FR_TAIL)], before: [] }
const GAME_AFTER = after(NOT_A_GAME)

/** The first threatening stretch in a sentence, or null. */
export function threatRemark(s: string): Span | null {
  const spans: (Span | null)[] = [firstMatch(s, THREAT_ALONE), firstGatedMatch(s, THREAT_GATED)]
  for (const [t, shapes] of targets(s, THREAT_EN, THREAT_FR)) {
    GAME_AFTER.lastIndex = t.end
    spans.push(aroundTarget(s, t, shapes, [], GAME_AFTER.test(s)))
  }
  return earliest(spans)
}
