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
const DAYCARE = `\\b(?:school|class|classroom|staff ?room|building|division|board|office|meeting)\\b[^.!?]{0,20}?(?:(?:is|'s) (?:basically|just|nothing but|now basically)|has become|turned into|became) (?:a |an )?(?:glorified )?(?:daycare|day care|babysitting service|madhouse|nuthouse|loony bin|insane asylum|clown car|dumpster fire|gong show|clown show)\\b(?! (?:helpers?|team|volunteers?|visit))|\\b(?:ecole|classe|salle des profs|reunion|direction|bureau|division|conseil)\\b[^.!?]{0,20}?(?:c'est|est|s'est) (?:rendue?|devenue?|transformee? en|juste|rien qu') ?(?:une? )?(?:garderie|zoo|cirque|jungle|asile|maison de fous|foire|poulailler)\\b`

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
const EMPTY_HEAD = `\\b(?:(?:a|ont|avait|avaient) rien|(?:n'a|n'ont) rien|y'?a rien|il y a rien|il n'y a rien) dans (?:la tete|le crane|la caboche|le ciboulot|(?:ces|leurs?|sa|ses) tetes?(?:-la)?)\\b|(?<!\\b(?:i'm|i am|i was|me|i'll admit i'm)\\s)\\bnot the (?:sharpest|brightest) (?:tool|knife|pencil|crayon|bulb)\\b|\\b(?:lights are on but nobody's home|a few (?:fries|sandwiches|bricks|cards) short of a)\\b`

const PARTY =
  "costume|dress|dressed|deguise|cirque|circus|party|fete|halloween|birthday|anniversaire|fundraiser|spirit day"
/** A clown emoji after an adult target, outside a costume or a party: calling them a clown. */
const CLOWN_AT = `(?<!\\b(?:${PARTY})\\b[^]*)(?![^]*\\b(?:${PARTY})\\b)\\b(?:${ADULT_EN}|${ADULT_FR}|board|division|office|direction|conseil)s?\\b[^.!?]{0,120}?🤡`

/** ", what a clown" closing a sentence; "Quel innocent…" alone; "Imagine being so incompetent you…"; "if brains were gas…". */
const CLOSING_JIBE = `(?:[,;:—-]|\\.\\.\\.|…)\\s*what an? (?:clown|idiot|moron|joke|fraud|loser|tool|buffoon|imbecile|hypocrite|snake)\\W*$|^\\W*quel(?:le)?s? (?:vraie? |gros |grosse |belle |beau )?(?:innocente?s?|epaisse?|cave|niaiseu(?:x|se)|imbecile|idiote?|cretine?|nono|tata|deux de pique)\\W*$|\\bimagine being so (?:incompetent|lazy|clueless|stupid|dumb|useless|entitled|dense|thick)(?= (?:that|you|as) )|\\bif brains were (?:\\w+ ){1,2}?(?:\\w+ ){0,4}?(?:couldn't|could not|wouldn't|would not|could barely)\\b`

/** People as trash: "des familles qui sont juste des déchets", "those parents are garbage". */
const PEOPLE_FR =
  "(?:familles|parents|gens|monde|jeunes|eleves|enfants|collegues|profs|meres|peres|commissaires|voisins)"
const TRASH = `\\b(?:families|parents|people|kids|students|moms|dads|colleagues|coworkers|teachers|trustees|admin)\\b(?: (?:who|that))? (?:are|is) (?:just |total |absolute |complete |basically )?(?:trash|garbage|scum|filth|lowlifes|white trash|trailer trash|the dregs)\\b(?! (?:pickup|pick-up|duty|day|collectors?|volunteers?|bins?|bags?|cans?|cleanup|clean-up))|\\b${PEOPLE_FR}\\b[^.!?]{0,40}?\\b(?:qui sont|sont|c'est) (?:juste |rien que |vraiment |toutes? )?(?:des |du |de la )?(?:dechets|vidanges|ordures|deches|racailles?|raclures?|moins que rien)\\b|\\binbred\\b(?! (?:mice|rats|lines?|strains?|plants?|populations?|dogs?|breeds?))`

/** "allez donc vous faire voir", "va te faire voir". */
const GET_LOST_FR = `\\b(?:va|allez|allez-vous|aller) (?:donc |don |toute la gang )?(?:te|vous) faire (?:voir|cuire un oeuf)\\b`

/** A role's plan called the stupidest thing: "the superintendent's new plan is the stupidest thing I've read". */
const ROLE_POSSESSIVE =
  "(?:superintendent|principal|vp|admin|administration|board|division|trustees?|district|office|director|coordinator|minister|ministry|colleague|co-?worker)"
const STUPIDEST_PLAN = `\\b${ROLE_POSSESSIVE}(?:'s|s') (?:\\w+ ){0,3}?(?:plan|idea|policy|decision|memo|email|initiative|rule|schedule|strategy|vision)\\b[^.!?]{0,20}?\\b(?:is|was|are) (?:the|such an?|an?|just)? ?(?:stupidest|dumbest|most idiotic|most moronic|most brain-?dead|idiotic|moronic|brain-?dead)\\b`

/** "couldn't coach a fish to swim", "couldn't organize his way out of a paper bag", "a waste of a salary". */
const CANT_EVEN_IDIOM = `\\bcould(?:n't|not) (?:\\w+ ){1,3}?(?:(?:his|her|their|its) way out of a (?:wet )?(?:paper )?bag|a fish to swim|a piss-?up in a brewery|water (?:downhill|out of a boot)|(?:his|her|their) (?:own )?(?:ass|butt) with both hands)\\b|\\bwaste of (?:oxygen|skin|good air|a (?:salary|paycheck|paycheque|pay ?cheque))\\b`

/** Parents addressed, then insulted: "Aux parents qui m'écrivent à minuit : vous êtes ridicules", "Dear admin, you are a joke". */
const ADDRESSED = `(?:^|\\W)(?:aux|a tous les|a la|au|chers?|cheres?|dear|to (?:the|all the|every|my))\\s+(?:\\w+\\s+){0,2}?(?:parents?|collegues?|direction|directeur|directrice|admin|administration|conseil|board|trustees?|commissaires?|colleagues?|coworkers?|moms?|dads?|teachers?|profs?|enseignante?s?|principal|superintendent|surintendante?)\\b[^.!?]{0,80}?\\b(?:vous etes|t'es|tu es|you're|you are|y'all are)\\s+(?:tellement |so |such |vraiment |really |just |completely |totally |absolutely )?(?:ridicules?|pathetiques?|pitoyables?|lamentables?|ridiculous|pathetic|clowns|a joke|une farce|des clowns|une blague|incompetente?s?|incompetent|clueless|useless|insupportables?|minables?|embarrassing|an embarrassment)\\b`

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
    /dans (?:la|le|ces|leurs?|sa|ses) (?:tete|crane|caboche|ciboulot)|not the (?:sharpest|brightest)|nobody's home|short of a/i,
    EMPTY_HEAD
  ],
  [/🤡/u, CLOWN_AT],
  [/what an? |quel|imagine being|if brains/i, CLOSING_JIBE],
  [
    /trash|garbage|scum|filth|lowlifes|dregs|dechets|vidanges|ordures|deches|racaille|raclure|moins que rien|inbred/i,
    TRASH
  ],
  [/faire (?:voir|cuire)/i, GET_LOST_FR],
  [/stupidest|dumbest|idiotic|moronic|brain-?dead/i, STUPIDEST_PLAN],
  [/could(?:n't|not)|waste of/i, CANT_EVEN_IDIOM],
  [/vous etes|t'es|tu es|you're|you are|y'all are/i, ADDRESSED]
]
