/**
 * Sixth-round demeaning families: sneers that carry no insult word, so the
 * target + evaluation grammar cannot see them. Each family is anchored on the
 * literal words that make it a sneer, and its near misses are in the table tests:
 * - a bleak future promised to students ("half my class will end up in jail",
 *   "vont finir sur le BS", "future inmates");
 * - their upbringing or their parents' genes ("who raised these kids?", "the apple
 *   doesn't fall far", "avec une génétique comme la vôtre", "des enfants-rois");
 * - a school turned into a daycare or a madhouse ("c'est rendu une garderie");
 * - an adult who "se prend pour une experte" / "thinks she's God's gift";
 * - a community lumped together ("kids from the north end are all the same",
 *   "les parents du quartier ouest sont tous pareils", "rez kids who never listen");
 * - a dig at a colleague's work ("some of us actually work, Gord.");
 * - an empty head ("y'a rien dans la tête", "not the sharpest tool");
 * - a clown emoji thrown at an adult target.
 * Text is accent-folded; patterns are case-insensitive.
 */

const KIDS_EN =
  "(?:kids|students|children|class|group|boys|girls|(?:half|most|some|all|none) of (?:them|my class|the class|these kids|my kids|my students)|(?:the )?other half|these|those|they|he|she|(?:this|that) (?:kid|boy|girl|one|student))"

/** "half my class will end up working the drive-thru", "future inmates", "vont finir sur le BS". */
const BLEAK_FUTURE = `\\b${KIDS_EN}\\b[^.!?]{0,40}?\\b(?:will|'ll|(?:is|are|'s|'re) (?:going to|gonna|destined to|bound to|headed to)) (?:probably |definitely |all |just )?(?:end up|wind up|be stuck) (?:in (?:jail|prison|juvie)|behind bars|on welfare|on (?:the )?dole|flipping burgers|(?:working|asking|serving)\\b[^.!?]{0,25}\\b(?:drive[- ]?thru|fries|fry station|mcdonald'?s)|(?:as )?(?:dropouts|unemployable|criminals))|\\bfuture (?:inmates|convicts|criminals|dropouts|burger flippers|welfare recipients)\\b|\\b(?:vont|va|vas) (?:tous |toutes |juste )?(?:finir|aboutir|se ramasser|terminer) (?:en prison|en dedans|au pen|sur le bs|sur l'aide sociale|sur le bien-etre(?: social)?|derriere les barreaux|a flipper des burgers|chez mcdo|au mcdo)\\b|\\bfuturs? (?:detenus|criminels|decrocheurs|assistes sociaux|bs)\\b`

const CHILD_EN = "(?:kids?|children|child|brats?|students?|monsters|boys?|girls?|sons?|daughters?)"
const UPBRINGING_EN = `\\bwho raised (?:these|those|this|that|the|your|their) ${CHILD_EN}\\b|\\b(?:raised|brought up) (?:your|their|his|her|these|those|the) ${CHILD_EN} to be (?:a |an |such )?(?:liars?|bull(?:y|ies)|brats?|thie(?:f|ves)|rude|entitled|disrespectful|monsters?|jerks?)\\b|\\b(?:tell|see|obvious|clear|know) (?:who|which (?:ones|kids|families)) (?:was|were|wasn't|weren't) (?:raised right|raised properly|brought up right|taught manners)\\b|\\b(?:no|zero) home training\\b|\\bapples? (?:doesn't|don't|does not|didn't|never|really doesn't) falls? (?:very )?far\\b|\\bapple, tree\\b|\\b(?:genes|genetics|gene pool|dna) like (?:that|yours|theirs|his|hers|those)\\b(?! (?:one|of|in|on|for)\\b)|\\b(?:no wonder|not surprising|what do you expect|what did you expect)\\b[^.!?]{0,40}\\bwith (?:parents|a mom|a dad|a mother|a father|families) like (?:that|those|them|theirs|his|hers|yours)\\b|\\bwith (?:parents|a mom|a dad|a mother|a father|families) like (?:that|those|them|theirs|his|hers|yours),? (?:no wonder|what do you expect|it's no surprise|it figures)\\b`
const UPBRINGING_FR = `\\bqui a eleve (?:ces|ce|cette|les|tes|vos|leurs) (?:enfants|jeunes|eleves|petits|monstres|kids|morveux)\\b|\\bla pomme (?:ne )?tombe (?:pas|jamais|pas bien|pas tres) loin\\b|\\b(?:une genetique|des genes|un bagage genetique|un pool genetique|un adn) comme (?:ca|la (?:votre|sienne|leur|tienne)|les (?:votres|siens|leurs|tiens)|celle-la|ceux-la)\\b|\\bavec des parents comme (?:ca|ceux-la|eux),? (?:pas (?:surprenant|etonnant)|faut pas s'etonner|normal qu|c'est pas surprenant|on comprend)|\\b(?:pas surprenant|pas etonnant|faut pas s'etonner)\\b[^.!?]{0,40}\\bavec des parents comme (?:ca|ceux-la|eux)\\b|\\b(?:des|ces|pour|de|d'|gang d'|bande d') ?enfants[- ]rois\\b`

/** "mon école c'est rendu une garderie", "this school has become a glorified daycare". */
const DAYCARE = `\\b(?:school|class|classroom|staff ?room|building|division|board|office|meeting)\\b[^.!?]{0,20}?(?:(?:is|'s) (?:basically|just|nothing but|now basically)|has become|turned into|became) (?:a |an )?(?:glorified )?(?:daycare|day care|babysitting service|madhouse|nuthouse|loony bin|insane asylum|clown car|dumpster fire|gong show|clown show)\\b|\\b(?:ecole|classe|salle des profs|reunion|direction|bureau|division|conseil)\\b[^.!?]{0,20}?(?:c'est|est|s'est) (?:rendue?|devenue?|transformee? en|juste|rien qu') ?(?:une? )?(?:garderie|zoo|cirque|jungle|asile|maison de fous|foire|poulailler)\\b`

/** "ma collègue se prend pour une experte", "the principal thinks she's God's gift". */
const ADULT_FR =
  "(?:collegue|directeur|directrice|direction|adjointe?|surintendante?|conseillere?|prof|enseignante?|parents?|mere|pere|secretaire|suppleante?|commissaires?)"
const ADULT_EN =
  "(?:colleague|co-?worker|co-?teacher|principal|vp|admin|superintendent|trustee|teacher|sub|parent|mom|dad|boss|coordinator|consultant)"
const FULL_OF_THEMSELVES = `\\b${ADULT_FR}\\b[^.!?]{0,40}?\\bse (?:prend|prennent|pense|pensent|croit|croient) (?:pour )?(?:un |une |des |le |la )?(?:expert|experte|experts|expertes|genie|genies|einstein|boss|roi|reine|nombril du monde|vedette|star|meilleure?s?|superieure?s?|dieu|prof de l'annee|sauveur|sauveuse)\\b|\\b${ADULT_EN}s?\\b[^.!?]{0,40}?\\bthinks? (?:he's|she's|they're|he is|she is|they are) (?:god's gift|an expert|such an expert|so smart|smarter than|better than|einstein|hot stuff|all that|above)\\b|\\b(?:he|she) thinks (?:he's|she's) (?:god's gift|hot stuff|better than (?:everyone|us|the rest))\\b`

/** "kids from the north end are all the same", "les parents du quartier ouest sont tous pareils". */
const PLACE_EN =
  "(?:the rez|the reserve|the north end|the south end|the east side|the west side|the inner city|the trailer park|the projects|that (?:neighbou?rhood|part of town|side of town|area)|this (?:neighbou?rhood|part of town))"
const LUMPED = `\\b(?:kids|students|families|parents|people|moms|dads) (?:from|in|on) ${PLACE_EN}\\b[^.!?]{0,30}?\\b(?:are|is) (?:all |just |always )?(?:the same|different|like that|trouble|a lost cause|wild|feral)\\b|\\b(?:rez|reserve|trailer[- ]park|welfare|ghetto|inner[- ]city) (?:kids|families|parents|moms|dads|students) (?:who|that) (?:never|can't|don't|won't|always)\\b|\\b(?:parents|familles|enfants|jeunes|eleves|gens|monde|meres|peres) (?:du|de la|des|de l'|de) (?:quartier|reserve|rez|nord|sud|bout|coin|ce coin|cette ville|ce quartier|cite|hlm|logements sociaux|roulottes?|parc de roulottes)\\b[^.!?]{0,30}?\\b(?:sont|c'est) (?:tous |toutes |toute |juste |toujours )?(?:pareil(?:le)?s|les memes|comme ca|du trouble|des cas)\\b`

/** "some of us actually work, Gord.", "y'en a qui travaillent pour vrai, nous". */
const SOME_OF_US = `\\bsome of us (?:actually|really|still) (?:work|teach|do (?:our|the|real) (?:jobs?|work))(?=\\s*(?:[.!,]|$))|\\b(?:certains d'entre nous|y'en a qui|il y en a qui) (?:travaillent|bossent|font leur job|font leur travail) (?:pour vrai|vraiment)(?=\\s*(?:[.!,]|$))`

/** "y'a rien dans la tête", "not the sharpest tool in the shed". */
const EMPTY_HEAD = `\\b(?:(?:a|ont|avait|avaient) rien|(?:n'a|n'ont) rien|y'?a rien|il y a rien|il n'y a rien) dans (?:la tete|le crane|la caboche|le ciboulot)\\b|(?<!\\b(?:i'm|i am|i was|me|i'll admit i'm)\\s)\\bnot the (?:sharpest|brightest) (?:tool|knife|pencil|crayon|bulb)\\b|\\b(?:lights are on but nobody's home|a few (?:fries|sandwiches|bricks|cards) short of a)\\b`

const PARTY =
  "costume|dress|dressed|deguise|cirque|circus|party|fete|halloween|birthday|anniversaire|fundraiser|spirit day"
/** A clown emoji after an adult target, outside a costume or a party: calling them a clown. */
const CLOWN_AT = `(?<!\\b(?:${PARTY})\\b[^]*)(?![^]*\\b(?:${PARTY})\\b)\\b(?:${ADULT_EN}|${ADULT_FR}|board|division|office|direction|conseil)s?\\b[^.!?]{0,120}?🤡`

/**
 * Each family with the literal words it cannot match without: a sentence that
 * lacks them skips the family (a cheap test first, the same results).
 */
export const DEMEANING_SIXTH: [gate: RegExp, source: string][] = [
  [/end up|wind up|be stuck|future|finir|aboutir|ramasser|terminer|futur/i, BLEAK_FUTURE],
  [/raised|brought up|taught manners|home training|apple|\blike\b/i, UPBRINGING_EN],
  [/eleve|pomme|comme|rois/i, UPBRINGING_FR],
  [
    /daycare|day care|babysitting|madhouse|nuthouse|loony|asylum|clown|dumpster|gong show|garderie|zoo|cirque|jungle|asile|fous|foire|poulailler/i,
    DAYCARE
  ],
  [/\bse (?:prend|pense|croi)|\bthinks? (?:he|she|they)/i, FULL_OF_THEMSELVES],
  [
    /pareil|memes|comme ca|trouble|des cas|rez|reserve|north end|south end|east side|west side|inner|trailer|projects|neighbou?rhood|part of town|side of town|area|welfare|ghetto/i,
    LUMPED
  ],
  [/some of us|d'entre nous|en a qui/i, SOME_OF_US],
  [
    /dans (?:la|le) (?:tete|crane|caboche|ciboulot)|not the (?:sharpest|brightest)|nobody's home|short of a/i,
    EMPTY_HEAD
  ],
  [/🤡/u, CLOWN_AT]
]
