import { alternatives, englishForms, frenchForms } from "../support/verb-forms"

/**
 * The verbs of a school's own voice, listed once (EN base forms, FR infinitives) and
 * inflected by support/verb-forms, with the act phrases built from them: what a
 * school does when it announces, asks, decides or acts on a decision.
 */

/** What a school does when it announces or decides (English base forms). */
const EN_VERBS = [
  "announce", "cancel", "postpone", "close", "reopen", "move", "switch", "introduce", "implement",
  "launch", "suspend", "change", "reschedule", "require", "ban", "prohibit", "offer", "extend",
  "delay", "adopt", "allow", "ask", "request", "inform", "remind", "advise", "welcome", "thank",
  "apologize", "apologise", "invite", "decide", "notify", "reassure", "share", "update", "urge",
  "discontinue", "replace", "restrict", "limit", "enforce", "mandate", "end", "let", "extend",
  "encourage", "congratulate", "reinstate", "resume", "shorten", "expand", "hold", "host",
  "expect", "provide", "accept", "permit", "pause", "drop", "stop", "scrap", "relocate", "shut"
] // prettier-ignore

/** The same in French (infinitives, accents folded). */
const FR_VERBS = [
  "annoncer", "annuler", "reporter", "fermer", "rouvrir", "decider", "choisir", "interdire",
  "adopter", "suspendre", "prolonger", "informer", "rappeler", "inviter", "remercier", "demander",
  "instaurer", "implanter", "lancer", "offrir", "accueillir", "changer", "modifier", "deplacer",
  "devancer", "retarder", "exiger", "imposer", "inaugurer", "feliciter", "souhaiter", "aviser",
  "mettre", "prendre", "ouvrir", "retirer", "abolir", "cesser", "remplacer", "limiter", "offrir",
  "presenter", "rassurer", "encourager", "prier", "desirer", "tenir", "accepter", "permettre",
  "autoriser", "organiser", "maintenir", "demenager", "retablir", "reduire", "remettre", "vouloir"
] // prettier-ignore

/**
 * The verbs that are decisions even without a "we" ("Shoal Lake School is postponing…",
 * "L'école Taché reporte…"); asking, sharing or offering said of a school is often relayed news.
 */
const DECISIONS = new Set([
  "cancel", "postpone", "close", "reopen", "move", "switch", "introduce", "implement", "launch",
  "suspend", "reschedule", "require", "ban", "prohibit", "extend", "delay", "adopt", "discontinue",
  "restrict", "enforce", "mandate", "reinstate", "pause", "scrap", "relocate", "shut",
  "annuler", "reporter", "fermer", "rouvrir", "decider", "choisir", "interdire", "adopter",
  "suspendre", "prolonger", "instaurer", "implanter", "devancer", "retarder", "exiger", "imposer",
  "abolir", "annoncer", "informer", "aviser", "remercier", "souhaiter", "maintenir", "demenager",
  "retablir", "modifier", "deplacer", "remplacer", "limiter", "retirer", "cesser", "mettre"
]) // prettier-ignore

const en = EN_VERBS.map(englishForms)
export const EN_DECIDING = alternatives(
  en.filter((f) => DECISIONS.has(f.base)).flatMap((f) => f.ing)
)
export const EN_BASE = alternatives(en.map((f) => f.base))
const EN_S = alternatives(en.flatMap((f) => f.s))
export const EN_ING = alternatives(en.flatMap((f) => f.ing))

const fr = FR_VERBS.filter((v) => v !== "vouloir").map(frenchForms)
export const FR_INF = alternatives(fr.map((f) => f.inf))
const FR_NOUS = alternatives([...fr.flatMap((f) => [f.nous, f.futNous]), "voulons", "voudrions"])
export const FR_IL = alternatives([...fr.flatMap((f) => [f.il, f.futIl]), "veut", "voudrait"])
export const FR_DECIDES = alternatives(
  fr.filter((f) => DECISIONS.has(f.inf)).flatMap((f) => [f.il, f.futIl])
)
const FR_ILS = alternatives([...fr.flatMap((f) => [f.ils, f.futIls]), "veulent"])

/** Phrasal decisions: "calling off the dance", "putting the fair on hold", "going nut-free". */
const EN_PHRASAL =
  "(?:call(?:ing|ed|s)? off|put(?:ting|s)? (?:\\w+ ){0,3}on hold|push(?:ing|ed|es)? (?:\\w+ ){0,3}back|" +
  "shut(?:ting|s)? down|go(?:ing|es)? (?:nut|peanut|phone|cell(?:phone)?|scent|screen|paper)-free|" +
  "mak(?:e|es|ing) the (?:switch|move|change|call)|bring(?:ing|s)? back|phas(?:e|es|ing|ed) out|pull(?:ing|ed|s)? the plug)"

/** A decision already taken, as "we" say it: "we have cancelled", "we've moved", "we chose". */
export const EN_DECIDED_PP = alternatives([
  ...en.filter((f) => DECISIONS.has(f.base)).flatMap((f) => f.ed),
  "chosen", "shut", "called off", "put (?:\\w+ ){0,3}on hold", "pushed (?:\\w+ ){0,3}back",
  "made the (?:\\w+ )?(?:decision|call|choice)", "decided", "had to (?:\\w+)"
]) // prettier-ignore

/** The same in French: "nous avons annulé", "l'école a reporté", "avons dû" (+ infinitive). */
const FR_DECIDED_PP = alternatives([
  ...fr.filter((f) => DECISIONS.has(f.inf)).flatMap((f) => f.pp),
  "du",
  "pris (?:la|une) (?:\\w+ )?decision"
])

const FEELING =
  "(?:so |very |really |truly |extremely )?(?:pleased|proud|happy|excited|thrilled|delighted|sad|saddened|sorry|honou?red|glad)"
export const SENTIMENT_FR =
  "(?:tres |si |tellement )?(?:heureux|heureuses|heureuse|fiers|fieres|fier|fiere|ravis|ravies|ravi|ravie|tristes|triste|desoles|desolees|desole|desolee|contents|contentes|content|contente)"
const DECIDED =
  "(?:decided|chosen|voted|made (?:the|a) (?:\\w+ )?decision|agreed|determined|resolved)"
export const DECIDE_FR =
  "(?:decide|choisi|vote|resolu|pris (?:la|une) (?:difficile |dure |triste |lourde )?decision)"

/** What the school's voice does in English: announce, decide, or act on a decision (any person). */
export const EN_ACT =
  // An adverb a notice puts before its verb: "we kindly ask", "we regretfully have to cancel".
  "(?:(?:kindly|respectfully|strongly|once again|again|also|now|sadly|unfortunately|regretfully|reluctantly|officially|currently|still) )?(?:" +
  [
    // Obligation and intention: "must postpone", "have had to cancel", "are going to close".
    `(?:must|need to|needs to|have to|has to|had to|have had to|has had to|'ve had to|are having to|is having to|are going to|is going to|'re going to|will have to|can no longer|cannot|can't|won't|will not|have no choice but to|has no choice but to) (?:\\w+ )?(?:${EN_BASE}|${EN_PHRASAL})`,
    `(?:have|has|'ve) (?:\\w+ )?(?:${EN_DECIDED_PP})`,
    `(?:are|is|'re|'s|will be|will) (?:now |officially |also )?${EN_PHRASAL}|${EN_PHRASAL}`,
    `(?:are|is|am|'re|'s) ${FEELING} to (?:${EN_BASE})`,
    `(?:would like|'d like|want|wants|wish|wishes|hope|hopes|are writing|is writing|need|needs) to (?:${EN_BASE})`,
    "regrets? to (?:inform|announce|share|let)",
    // "we at X: the concert is cancelled" is handled by the colon; here a bare past decision.
    `(?:${EN_DECIDED_PP})`,
    `(?:have|has|'ve) (?:officially |now |just |unanimously |collectively |finally |also )?${DECIDED}`,
    "(?:decided|voted|chose)",
    `(?:are|is|'re|'s|will be|will also be|will now be) (?:now |officially |also |temporarily )?(?:${EN_ING})`,
    `will (?:now |officially |also |no longer |not |be )?(?:${EN_BASE})`,
    // "won't be holding the concert", "will no longer be offering…": a decision not to go ahead.
    `(?:won't|will not|will no longer|are no longer|is no longer) (?:be )?(?:${EN_ING})`,
    // "want families to know…": the school addressing its community.
    "(?:want|wants|would like|'d like) (?:all )?(?:our )?(?:families|parents|everyone|you|community) to know",
    "(?:will be|will remain|remains?|are|is) (?:closed|cancell?ed|postponed|closing)",
    "(?:do not|does not|will not|can not|are not|is not|no longer) (?:allow|permit|tolerate|accept|support|offer)",
    "stands? (?:with|behind)|(?:firmly )?believes?|(?:are|is) committed",
    `(?:${EN_S})`,
    `(?:${EN_BASE})`
  ].join("|") +
  ")\\b"

/** "nous" + the school's act: "annonçons", "avons décidé", "sommes fiers d'annoncer", "allons interdire". */
export const FR_ACT_NOUS =
  "(?:" +
  [
    `(?:vous |nous |n'|ne )?(?:${FR_NOUS})`,
    `avons (?:\\w+ )?(?:${DECIDE_FR}|le plaisir|l'honneur|le regret|la tristesse|la joie)`,
    `sommes ${SENTIMENT_FR}(?= (?:de|d'))`,
    `allons (?:vous |nous )?(?:${FR_INF})`,
    "nous (?:excusons|engageons)",
    // Obligation and decisions already taken: "devons annuler", "avons dû reporter", "avons annulé".
    `(?:devons|devrons|devrions|allons devoir|avons (?:\\w+ment )?du|sommes (?:dans l'obligation|contraints|contraintes|obliges|obligees|forces|forcees) (?:de |d')|sommes en train (?:de |d')) ?(?:vous |nous |ne |n')?(?:${FR_INF})`,
    `avons (?:\\w+ment |deja |donc |aussi )?(?:${FR_DECIDED_PP})`
  ].join("|") +
  ")\\b"

/** "on / l'équipe / l'école" + the school's act: "annule", "a décidé", "est fière d'annoncer", "va fermer". */
export const FR_ACT_IL =
  "(?:" +
  [
    `(?:vous |nous |n'|ne )?(?:${FR_IL})`,
    `a (?:\\w+ )?(?:${DECIDE_FR}|le plaisir|l'honneur|le regret)`,
    `est ${SENTIMENT_FR}(?= (?:de|d'))`,
    `va (?:vous |nous )?(?:${FR_INF})`,
    `(?:doit|devra|devrait|va devoir|a (?:\\w+ment )?du|est (?:dans l'obligation|contrainte?|obligee?|forcee?) (?:de |d')|est en train (?:de |d')) ?(?:vous |nous |ne |n')?(?:${FR_INF})`,
    `a (?:\\w+ment |deja |donc |aussi )?(?:${FR_DECIDED_PP})`
  ].join("|") +
  ")\\b"

/** Plural teams ("les enseignants de…", "les membres du personnel…"). */
export const FR_ACT_ILS =
  "(?:" +
  [
    `(?:vous |nous )?(?:${FR_ILS})`,
    `ont (?:\\w+ )?(?:${DECIDE_FR}|le plaisir|l'honneur|le regret)`,
    `sont ${SENTIMENT_FR}(?= (?:de|d'))`,
    `vont (?:vous |nous )?(?:${FR_INF})`,
    `(?:doivent|devront|vont devoir|ont (?:\\w+ment )?du|sont en train (?:de |d')) ?(?:vous |nous |ne |n')?(?:${FR_INF})`,
    `ont (?:\\w+ment |deja |donc |aussi )?(?:${FR_DECIDED_PP})`
  ].join("|") +
  ")\\b"

/**
 * After "À l'école X, nous avons / sommes…", what makes it the school's act rather than an
 * account of the day ("avons eu", "avons fait"): a decision ("avons annulé", "avons dû"),
 * a notice's phrase ("avons le plaisir", "sommes heureux de") or work in progress.
 */
export const FR_VOICE_AFTER_AUX = `(?:\\w+ment )?(?:${FR_DECIDED_PP}|${DECIDE_FR}|le plaisir|l'honneur|le regret|la tristesse|la joie|${SENTIMENT_FR} (?:de |d')|en train|dans l'obligation)\\b`

/** A past-tense account, not a decision: "we at X raised $2,000", "here at X we had a blast". */
export const EN_PAST_ACCOUNT = `(?:(?:have |has |'ve )?(?:had(?! to)|been|was|were|went|saw|did|got|ran|won(?!')|took|came|ate|met|spent|sang|made(?! (?:the|a) (?:\\w+ )?(?:decision|call|choice))|rode|threw|found|brought|wore|(?!(?:${EN_DECIDED_PP})\\b)[a-z]{2,}(?<!e)ed)\\b)`
