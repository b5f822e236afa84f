/**
 * Sixth-round threat families, each with the literal words it needs (its gate):
 * - "they'd better not show their face here again", "better stay away from me";
 * - a conditional that ends in harm or in losing control: "if that kid does it
 *   again I swear I'll do something I'll regret", "si elle recommence, je vais faire
 *   un malheur", "je réponds plus de moi";
 * - "I know where she parks 👀", "attention à toi" (not when a laugh follows: a joke),
 *   "qu'il ose revenir";
 * - a beating promised in the third person: "il va manger une volée";
 * - getting someone fired as a threat: "je vais le faire virer";
 * - "he won't leave in one piece", "il sortira pas d'ici en un morceau";
 * - "ça va mal aller pour lui", "I dare him to show his face".
 * Text is accent-folded; patterns are case-insensitive.
 */

const WHO_EN =
  "(?:he|she|they|you|(?:that|this|the) (?:kid|parent|mom|dad|student|colleague|teacher|sub|principal|boy|girl|guy|lady|woman|man|trustee|vp))"

const BETTER_NOT = `\\b${WHO_EN}(?:'d| had| would)? better (?:not (?:show (?:up|(?:his|her|their|your) (?:face|faces))|set foot|step foot|cross (?:me|my path)|try (?:that|it|me)|touch (?:me|my)|come (?:at|for|near) me|come near (?:my|me))|stay (?:the hell |the f\\w* )?away from (?:me|my))\\b`

const LOSE_CONTROL_EN = `\\b(?:i|i'm|i am)(?: (?:swear|swear to god|honestly|seriously|literally))?,? (?:going to|gonna|will|'ll|might|may) (?:end up )?(?:do|doing) something (?:i'll|i will|i'd|i might|we'll|everyone will|he'll|she'll|they'll) (?:regret|be sorry for)\\b|\\bi'?m? ?(?:'ll|will|going to|gonna) (?:throw hands|lay (?:him|her|them|you) out|throw (?:something|a chair|a desk|a stapler) at (?:him|her|them|you|that \\w+|the next \\w+))\\b`

const LOSE_CONTROL_FR = `\\b(?:je vais|j'vais|je vas|on va) (?:finir par )?(?:faire|commettre) un (?:malheur|meurtre|massacre)\\b|\\bje (?:ne )?(?:reponds|repondrai|serai) (?:pas|plus|pu) (?:de moi|responsable de mes (?:actes|gestes))\\b`

const WATCHING = `\\bi know where (?:you|he|she|they|(?:that|this|the) \\w+|\\w+) (?:works?|parks?|walks?|goes|hangs? out|gets? (?:coffee|gas|groceries)|drops? (?:off|\\w+ off)|picks? (?:up|\\w+ up)|takes? (?:\\w+ )?(?:kids?|dog))\\b(?=\\s*(?:[.!…]|$|👀|😉|🙂|😈|,? (?:just saying|remember that|btw)))|(?:^|\\W)attention a (?:toi|vous|lui|elle|eux)\\b(?![^.!?]{0,80}(?:😂|🤣|😅|😜|\\blol\\b|\\bhaha|\\bmdr\\b))(?! (?:en|sur|dans|pendant|au|aux|a la|avec) |,? (?:les routes|il fait|bonne|c'est glissant|prends soin)| ?[❤💕😘🥰🙏]| et (?:repose|bon|bonne|prends))|\\bqu'(?:il|elle|ils|elles) (?:ose|osent) (?:juste |seulement )?(?:revenir|remettre les pieds|me (?:parler|toucher|reparler|recontacter|ecrire)|toucher a|lever la main)\\b|\\bi dare (?:him|her|them|you|that \\w+) to (?:come (?:back|near|at)|show (?:up|(?:his|her|their|your) face)|set foot|say that (?:again|to my face))\\b`

const BEATING_FR = `\\b(?:va|vont|vas|allez|risque de|pourrait) (?:manger|recevoir|se prendre|prendre|en manger|pogner) (?:une|un|toute une|ma|mon) (?:volee|claque|baffe|rince|raclee|mornifle|taloche|gifle|coup de poing|beigne)\\b`

const FIRED_FR = `\\b(?:je |j')(?:vais|m'en vais|vas|veux|te jure que je vais|vous jure que je vais)\\s+(?:le |la |les |te |vous |l')faire (?:virer(?! de bord| capot)|renvoyer|congedier|mettre dehors|suspendre|radier)\\b|\\bje vais m'arranger pour qu(?:'il|'elle|'ils|e tu|e vous) (?:perde|perdes|perdent|perdiez) (?:son|sa|leur|ton|votre) (?:job|emploi|poste|permis|brevet)\\b`

const ONE_PIECE = `\\b${WHO_EN} (?:won't|will not|is not going to|isn't going to|ain't gonna|are not going to|aren't going to) (?:leave|walk out|go home|make it (?:home|out)|get out)(?: of (?:here|there|my (?:room|class|classroom|office)))? (?:in one piece|alive|standing|on (?:his|her|their|your) own (?:two )?feet)\\b|\\b(?:sortira|sortiront|partira|repartira|sortirez|sortiras) (?:pas|jamais) (?:d'ici |de ma classe |de mon bureau )?(?:en un (?:seul )?morceau|vivante?s?|sur (?:ses|tes|leurs|vos) deux pieds|indemnes?)\\b`

const GOING_BADLY_FR = `\\bca va (?:mal aller|aller mal|mal finir|chauffer|barder|brasser|saigner) pour (?:toi|lui|elle|eux|elles|vous|ce \\w+|cette \\w+)\\b`

/** "we know where you live", "on sait où vous habitez", "je connais ton employeur", "on va voir qui rit le dernier". */
const WE_KNOW = `\\b(?:we|i) know where (?:you|he|she|they) (?:live|lives|sleep|sleeps)\\b|(?:^|\\W)(?:on sait|nous savons|je sais|j'sais) (?:ou|c'est ou) (?:tu|vous|il|elle|ils|elles) (?:habite|habites|habitez|habitent|reste|restes|restez|restent|demeure|demeurez|vit|vivez|vivent)\\b|(?:^|\\W)(?:je connais|on connait|je sais c'est qui) (?:ton|votre|son|leur) (?:employeur|patron|boss|adresse)\\b|\\b(?:on va voir|on verra|nous verrons|tu vas voir|vous allez voir) qui (?:rit|rira|va rire) (?:le dernier|la derniere|en dernier)\\b`

/** Exposure as a threat: "I'll make sure everyone finds out what you did", "tout le monde va savoir ce que tu as fait". */
const EXPOSURE = `\\b(?:i'll|i will|i'm going to|i'm gonna|we'll|we will) (?:make sure |see to it that )?(?:everyone|everybody|the whole (?:school|staff|town|division)|your (?:wife|husband|boss|family)) (?:finds? out|knows?|hears?) (?:what|about) (?:you|he|she|they)\\b|\\btout le monde va (?:savoir|apprendre) ce qu(?:e tu as|e vous avez|'il a|'elle a|'ils ont) fait\\b`

/** "push me one more time on this and I'll…", "one more snarky email and I'm going to show up at her house". */
const PUSHED = `\\b(?:push|cross|test|try) me (?:one more time|again|once more)\\b[^.!?]{0,40}\\band (?:i'll|i will|i'm going to|i'm gonna)\\b|\\b(?:one more|another|if|again|keep)\\b[^.!?]{0,80}\\b(?:i'm going to|i'm gonna|i'll|i will) (?:just )?(?:show up|turn up|go|drive over|come) (?:at|to) (?:his|her|their|your) (?:house|home|door|doorstep|place)\\b|\\bsettle (?:this|it|things) (?:properly|for good|once and for all|the old[- ]fashioned way)\\b`

/** "Things have a way of happening to people who cross me", "il arrive des choses aux gens qui me cherchent". */
const THINGS_HAPPEN = `\\b(?:things|accidents|bad things|stuff) (?:have a way of happening|happen|tend to happen) to (?:people|those|anyone|folks|colleagues|teachers|parents) who (?:cross|mess with|annoy|betray|rat on|report|cross) me\\b|\\bil (?:arrive|arrivera|peut arriver) (?:des|de droles de) (?:choses|malheurs|accidents) (?:aux|a ceux|au monde|a ceux-la) (?:gens |personnes )?qui (?:me cherchent|me nuisent|me trahissent|m'ecoeurent|me provoquent|me cherche)\\b|\\b(?:some|certain) (?:people|folks|colleagues|parents|teachers) (?:at|in|on|from) (?:my|this|the|our) (?:school|staff|office|building) (?:should|had better|'d better|better) (?:be (?:very |really |extra )?careful|watch (?:out|their backs?|themselves))\\b|\\b(?:certaines personnes|certains|du monde|des gens) (?:a|de|dans) (?:l'ecole|mon ecole|notre ecole|ma job|mon ecole) (?:devraient|feraient mieux de|ont interet a) faire (?:tres )?attention\\b`

/** "I'm going to find you and…", "je vais te trouver pis tu vas payer". */
const FIND_YOU = `\\b(?:i'm going to|i'm gonna|i'll|i will|we'll|we will|we're going to) (?:find|track down|hunt down) you and\\b|(?:^|\\W)(?:je vais|j'vais|je vas|on va) (?:te|vous) (?:trouver|retrouver)(?=\\s*(?:pis|et)\\b)`

/** Retaliation on a child for a parent's doing: "his kid's report card is going to reflect it". */
const GRADES_PAY = `\\b(?:his|her|their|your) (?:kid|son|daughter|child)'s (?:report card|grades?|marks?|mark)\\b[^.!?]{0,15}?\\b(?:is|are|will|'ll) (?:going to |gonna )?(?:reflect (?:it|that|this)|suffer|pay)\\b|\\b(?:le bulletin|les notes) de (?:son|sa|leur|ton|ta|votre) (?:fils|fille|enfant|kid|jeune) (?:vont|va) (?:en souffrir|s'en ressentir|payer|le refleter)\\b`

/** A weapon emoji after a demand: "…better return my projector or I'll… 🔪". */
const WEAPON_EMOJI = `\\b(?:better|or (?:i'll|i will|else)|one more|if (?:he|she|they|you)|sinon|ou (?:je|sinon))\\b[^.!?]{0,80}?(?:🔪|🗡|🔫|🪓|💣)`

export const THREAT_SIXTH: [gate: RegExp, source: string][] = [
  [/better/i, BETTER_NOT],
  [/regret|be sorry|throw|lay/i, LOSE_CONTROL_EN],
  [/malheur|meurtre|massacre|reponds|repondrai|serai/i, LOSE_CONTROL_FR],
  [/know where|attention a|ose|dare/i, WATCHING],
  [/volee|claque|baffe|rince|raclee|mornifle|taloche|gifle|coup de poing|beigne/i, BEATING_FR],
  [/faire|arranger/i, FIRED_FR],
  [/one piece|alive|standing|feet|morceau|vivant|deux pieds|indemne/i, ONE_PIECE],
  [/\bca va/i, GOING_BADLY_FR],
  [/know where|sait|savons|sais|connais|connait|laughs last|rit|rira|rire/i, WE_KNOW],
  [/everyone|everybody|the whole|your|tout le monde/i, EXPOSURE],
  [/me (?:one more|again|once more)|show up|turn up|go|drive over|come|settle/i, PUSHED],
  [/happen|arrive|careful|watch|attention/i, THINGS_HAPPEN],
  [/find you|track down|hunt down|trouver/i, FIND_YOU],
  [/'s (?:report|grade|mark)|bulletin|notes/i, GRADES_PAY],
  [/🔪|🗡|🔫|🪓|💣/u, WEAPON_EMOJI]
]
