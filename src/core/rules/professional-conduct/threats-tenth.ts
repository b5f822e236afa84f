/**
 * Tenth-round threat families (dev10 first sight): harassment called for and menace
 * without a harm verb. Each family has the literal words it needs (its gate); the
 * near misses are in the table tests, and benignThreat (threats-eighth.ts) and the
 * game context still set aside laughs, care and rivalry.
 * - a pile-on called on a person's page: "Everyone go flood this guy's page", "Allez
 *   tous inonder sa page" (not "flood the gym with balloons", nor birthday wishes);
 * - a parent's page shared "so everyone can leave her the reviews she deserves",
 *   "pour que tout le monde lui laisse les avis qu'elle mérite";
 * - "no mercy" urged on a crowd: "Allez-y, lâchez-vous, pas de pitié", "go get him,
 *   no mercy" (not in a game);
 * - a list kept of who liked a post ("Screenshotting every one of you who liked that
 *   post"), leverage held ("j'ai des captures d'écran pis des contacts à la division") and
 *   "you'll be hearing from me, one way or another";
 * - knowing which car is yours, and tires to enjoy "while you still have them";
 * - a lesson "he won't forget" promised to a person ("Someone should teach that kid
 *   in period 3 a lesson he won't forget", "lui donner une leçon qu'il oubliera pas");
 * - "you should be worried" ending a sentence ("Vous devriez vous inquiéter"), and
 *   "I have a long memory and a lot of free time";
 * - force as the means: "à coups de pied s'il le faut", "beat some sense into them";
 * - "Let's see how funny it is when I'm done with you".
 * Text is accent-folded; patterns are case-insensitive.
 */

/** Kind purposes that make a flood of messages a gift: birthday wishes, thanks, love. */
const KIND =
  "(?:love|birthday|wishes|thank|congrat|support|kind|positiv|prayers|hearts|cards|encourag|appreciation|fete|anniversaire|souhaits|bons mots|felicitations|merci|amour|coeurs|encouragement|bonne chance|good luck|❤|💕|🎉|🎂|🥳|💐|🙏)"

/** Someone else's page, inbox or reviews: "this guy's page", "sa boîte de messages". */
const THEIR_PAGE_EN =
  "(?:(?:this|that) (?:\\w+ )?(?:guy|woman|lady|man|mom|mother|dad|father|parent|teacher|person|family|trustee|principal|reporter)'s|his|her|their|(?:this|that) \\w+'s)\\s+(?:\\w+\\s+)?(?:page|inbox|dms|messages|comments|reviews|profile|wall|account|feed|phone|voicemail|email|mentions|posts)"
const FLOOD_EN = `\\b(?:go|let's|everyone|everybody|y'all|you all|all of you|please|time to|we need to|we should)\\b(?![^.!?]*${KIND})[^.!?]{0,20}?\\b(?:flood|spam|swarm|bombard|brigade|blow up|dogpile|pile on(?:to)?|review[- ]bomb|mass[- ]report|bury|overwhelm)\\s+${THEIR_PAGE_EN}\\b`
const FLOOD_FR = `\\b(?:allez|allons|on va|tout le monde|faut|il faut|go|venez)\\b(?![^.!?]*${KIND})[^.!?]{0,20}?\\b(?:inonder|bombarder|spammer|envahir|faire exploser|remplir|bourrer|submerger|noyer)\\s+(?:sa|son|ses|leur|leurs|la (?:boite|page|messagerie) (?:de|d')\\s*(?:ce|cette|cet)?\\s*\\w+(?:-la)?|le (?:profil|fil|compte|mur) (?:de|d')\\s*(?:ce|cette|cet)?\\s*\\w+(?:-la)?)(?:\\s+(?:page|boite(?: de messages| courriel)?|messagerie|profil|compte|commentaires|mur|fil|cellulaire|telephone|courriel|inbox))?\\b`

/** A named stranger's business shared "so everyone can leave her the reviews she deserves". */
const REVIEWS_DESERVED = `\\b(?:posting|sharing|here's|here is|dropping|linking)\\s+(?![^.!?]*(?:${KIND}|⭐|five stars|5 stars|5 etoiles|cinq etoiles|amazing|delicious|delicieu|super bon))(?:this|that)\\s+(?:\\w+\\s+)?(?:mom|mother|dad|father|parent|guy|woman|lady|man|teacher|family|person)'s\\b[^.!?]{0,60}?\\bso (?:that )?(?:everyone|everybody|y'all|you all|people|we all|all of you)\\s+can\\b[^.!?]{0,40}?\\b(?:reviews?|ratings?|feedback|what (?:she|he|they) deserves?)\\b|\\b(?:je partage|voici|je mets|je vous partage)\\s+(?![^.!?]*(?:${KIND}|⭐|5 etoiles|cinq etoiles|delicieu|super bon))(?:la page|le profil|le lien|le commerce|l'entreprise)\\b[^.!?]{0,40}?\\b(?:de cette|de ce|de cet|d'une|d'un)\\s+\\w+(?:-la)?\\b[^.!?]{0,40}?\\bpour que (?:tout le monde|vous|tous|toutes|on)\\b[^.!?]{0,40}?\\b(?:avis|commentaires|etoiles|critiques|ce qu'(?:elle|il|ils|elles) merite)`

/** One-star reviews called on a person's business: "let's all leave her one-star reviews", "laissez-lui des avis à une étoile". */
const ONE_STAR = `\\b(?:leave|give|drop|post|write)\\s+(?:him|her|them|(?:this|that) \\w+|(?:his|her|their) (?:\\w+ )?(?:business|shop|store|page|salon|restaurant|bakery|company))\\s+(?:a |some |lots of |a bunch of |a few |nothing but )?(?:one|1|zero|0)[- ]stars?(?: reviews?| ratings?)?\\b|\\b(?:laissez|laisse|donnez|donne|mettez|mets)-(?:lui|leur)\\s+(?:des |plein d'|juste des )?(?:avis|commentaires|critiques|evaluations) (?:a|de) (?:une|1|zero|0) etoile\\b`

/** "Let's show him what 400 teachers in his inbox feels like", "ce que ça fait, 300 profs dans sa boîte". */
const CROWD_IN_INBOX = `\\bshow (?:him|her|them) what (?:\\d+|a few hundred|hundreds of|a thousand|thousands of) \\w+ in (?:his|her|their) (?:inbox|dms|comments|messages|mentions|voicemail) (?:feels?|looks?|sounds?) like\\b|\\b(?:montrer|montre|montrez) ce que (?:ca|ça) fait,? (?:\\d+|des centaines de|quelques centaines de) \\w+ dans (?:sa|son|leur|ses) (?:boite|messagerie|commentaires|courriels|cellulaire)\\b`

/** A crowd urged on without mercy: "Allez-y, lâchez-vous, pas de pitié". */
const NO_MERCY = `\\b(?:go get (?:him|her|them|'em)|get (?:him|her|them)|lachez-vous|defoulez-vous|gatez-vous|allez-y|let (?:him|her|them) have it|tear (?:him|her|them) apart|rip (?:him|her|them) apart|give it to (?:him|her|them))\\b[^.!?]{0,30}?\\b(?:no mercy|pas de pitie|sans pitie|aucune pitie|show no mercy|don't hold back|no holding back|retenez-vous pas)\\b`

/** A list of who liked a post: "Screenshotting every one of you who liked that post". */
const KEEPING_A_LIST = `\\b(?:screenshot(?:ting|ted)?|taking screenshots of|saving the names of|keeping (?:a list of|track of|tabs on)|noting the names of|writing down)\\s+(?:every (?:single )?one of you|all of you|each (?:and every )?one of you|everyone|everybody|every person|each of you)\\s+(?:who|that)\\s+(?:liked|shared|commented|reacted|laughed|retweeted|reposted|agreed|posted)\\b|\\b(?:je (?:garde|prends|fais) (?:une capture|des captures|une liste|les noms)|capture d'ecran)\\b[^.!?]{0,30}?\\b(?:de chacun|de tous ceux|de toutes celles|de tout le monde)\\b[^.!?]{0,10}?\\bqui (?:a|ont) (?:aime|like|partage|commente|ri|reagi)\\b`

/** Leverage held over someone: "J'ai des captures d'écran pis des contacts à la division." */
const LEVERAGE = `\\b(?:i have|i've got|i got|j'ai|on a)\\s+(?:the |all the |des |les |plein de )?(?:screenshots|receipts|captures(?: d'ecran)?|screens|preuves|enregistrements|recordings)\\s+(?:and|pis|et|plus)\\s+(?:des |some |a few |good |de bons |friends and )?(?:contacts|friends|connections|amis|chums|allies)\\s+(?:at|in|on|a|au|a la|dans|chez)\\s+(?:the |la |le |les )?(?:division|board|district|central office|school board|conseil|ministere|bureau|direction|media|medias|journaux|press)\\b`

/** Hearing from me "one way or another", paying "tôt ou tard". */
const ONE_WAY_OR_ANOTHER = `\\b(?:you|he|she|they)(?:'ll| will)\\s+(?:be hearing from me|hear from me|pay|answer for (?:this|it|that)|regret (?:it|this|that))\\b[^.!?]{0,25}?\\b(?:one way or (?:another|the other))\\b|\\b(?:tu vas|vous allez|il va|elle va|ils vont|elles vont)\\s+(?:avoir de mes nouvelles|entendre parler de moi|payer|le payer|le regretter)\\b[^.!?]{0,25}?\\b(?:d'une (?:maniere|facon) ou d'une autre|tot ou tard)\\b`

/** Knowing someone's car: "I know which car is yours", "je sais c'est quel char le tien". */
const WHICH_CAR = `\\bi know (?:exactly )?(?:which|what) (?:car|truck|van|suv|vehicle|house|locker) (?:is (?:yours|his|hers|theirs)|you drive|(?:he|she|they) drives?|belongs to (?:you|him|her|them))\\b(?![^.!?]*(?:\\b(?:box|boxes|drop|bring|leave it|put it|cookies|gift|nice|cute|cool)\\b|${KIND}))|\\bje (?:sais|connais) (?:c'est )?(?:quel|quelle|lequel|laquelle) (?:char|auto|voiture|camion|maison|casier)(?: c'est)? (?:(?:est )?(?:a toi|a vous|le tien|la tienne|le votre|la votre|a lui|a elle|le sien|la sienne)|(?:tu|il|elle|vous) (?:conduis|conduit|conduisez|chauffe|chauffes))\\b`
const BELONGING =
  "(?:tires|tyres|car|truck|windows?|windshield|teeth|face|nose|legs|knees|kneecaps|job|career|position|license|licence|pension|house|pneus|char|auto|voiture|vitres?|pare-brise|dents|jambes|genoux|emploi|poste|carriere|permis|maison)"
/** "Enjoy your tires while you still have them", "profite de tes pneus tant que tu les as". */
const ENJOY_WHILE = `\\benjoy (?:your|his|her|their) (?:\\w+ )?${BELONGING} while (?:you|he|she|they) (?:still )?(?:have|has|can|got)(?: (?:it|them|one))?\\b|\\bprofite(?:z)? (?:de|d') ?(?:tes|ton|ta|vos|votre) (?:\\w+ )?${BELONGING} (?:tant que|pendant que) (?:tu|vous) (?:les |l'|la |le )?(?:as|avez|peux|pouvez)\\b`

/** "Someone should teach that kid in period 3 a lesson he won't forget." */
const LESSON_NOT_FORGOTTEN = `\\b(?:someone|somebody|i|we|quelqu'un)\\b[^.!?]{0,15}?\\b(?:should|needs? to|ought to|'ll|will|'m going to|am going to|'m gonna|gonna|might|could)\\s+teach\\s+(?:(?:that|this|the|those|these)\\s+[\\w'-]+(?:\\s+(?:in|from|on|at|down|across|next)\\s+(?:\\w+\\s+){0,3}?)?|him|her|them|you)\\s*a (?:real |good )?lesson(?:\\s+(?:he|she|they|you)(?:'ll| will)?\\s+(?:won't|will not|never|'ll never|will never)\\s+forget)?\\b(?! (?:on|in|about|for)\\b)|\\b(?:(?:lui|leur)\\s+)?(?:donner|apprendre|servir|faire)\\s+(?:a (?:ce|cette|ces)\\s+[\\w'-]+\\s+|(?:lui|leur)\\s+)?une (?:bonne |vraie )?lecon qu'(?:il|elle|ils|elles) (?:n')?oublier(?:a|ont) (?:pas|jamais)\\b`

/**
 * "Vous devriez vous inquiéter." "You should be worried." Ending the sentence flatly: not an
 * "if" advice, and not the cheer of trash talk ("Riverbend, you should be scared!", "😎").
 */
const SHOULD_WORRY = `\\b(?:you|he|she|they|y'all)(?<!\\b(?:if|when|si|quand|lorsque)\\b[^.!?]*)(?: really| probably| seriously| honestly)? (?:should|'d better|better|had better|might want to) (?:be )?(?:very |really |a little |a bit |getting )?(?:worried|worry|scared|afraid|nervous|start worrying)(?=\\s*(?:\\.|…|$))|\\b(?:vous devriez|tu devrais|il devrait|elle devrait|ils devraient|elles devraient|vous feriez mieux de|tu ferais mieux de)(?<!\\b(?:if|when|si|quand|lorsque)\\b[^.!?]*)(?: vraiment| peut-etre| pas mal| serieusement)? (?:vous |t'|te |s'|se )?(?:inquieter|avoir peur|mefier)(?=\\s*(?:\\.|…|$))`
/** "If I were you, I'd be worried." "À ta place, je m'inquiéterais." */
const IN_YOUR_PLACE = `\\b(?:if i were (?:you|him|her|them)|in (?:your|his|her|their) shoes),? i(?:'d| would) (?:be )?(?:very |really |a little |a bit )?(?:worried|scared|nervous|afraid|start worrying|sleep with one eye open)(?=\\s*(?:\\.|…|$))|\\ba (?:ta|votre|sa|leur) place,? je (?:m'inquieterais|me mefierais|aurais peur|commencerais a m'inquieter)(?=\\s*(?:\\.|…|$))`

/** "J'ai une bonne mémoire pis beaucoup de temps libre." */
const MEMORY_AND_TIME = `\\b(?:i have|i've got|i got|j'ai)\\s+(?:a |une )?(?:very |really |tres |bien )?(?:good|long|great|excellent|bonne|longue|excellente|grosse)\\s+(?:memory|memoire)\\s+(?:and|pis|et|plus)\\s+(?:a lot of|lots of|plenty of|all the|beaucoup de|en masse de|tout le|pas mal de)\\s+(?:free |spare )?(?:time|temps)(?: libre)?\\b(?!\\s+(?:to read|this summer|cet ete|pour lire))`

/** Force as the means: "à coups de pied s'il le faut", "beat some sense into them". */
const BY_FORCE = `\\ba coups? de (?:pieds?|poings?|claques?|batons?|pelle|ceinture|strap|bat|taloches?)\\b[^.!?]{0,25}?\\b(?:s'il le faut|si (?:il|ca) le faut|s'il faut|au besoin|si necessaire|s'il faut)\\b|\\b(?:beat|kick|smack|slap|whip|pound)(?:ing)? (?:some |a little )?(?:sense|manners|respect|discipline) into (?!(?:me|myself|us|ourselves)\\b)(?:(?:the|that|this|those|these|his|her|their|my|our|some)\\s+)?[\\w'-]+`

/** "Let's see how funny it is when I'm done with you." */
const DONE_WITH_YOU = `\\b(?:let's see|we'll see|see|on verra) (?:how|si) (?:funny|tough|brave|smart|cute|clever|cocky|smug|big|confident|drole|fin|smatte|brave)\\b[^.!?]{0,30}?\\b(?:when|once|after|quand) (?:i'm|i am|j'aurai|je vais avoir) (?:done|finished|through|fini) (?:with|avec) (?:you|him|her|them|toi|lui|elle|vous|eux)\\b|\\b(?:by the time|when|once) i(?:'m| am) (?:done|finished|through) with (?:you|him|her|them),? (?:you|he|she|they)(?:'ll| will) (?:regret|wish|be sorry|need an?|have to be)\\b`

export const THREAT_TENTH: [gate: RegExp, source: string][] = [
  [
    /flood|spam|swarm|bombard|brigade|blow up|dogpile|pile on|review[- ]bomb|mass[- ]report|bury|overwhelm/i,
    FLOOD_EN
  ],
  [/inonder|bombarder|spammer|envahir|exploser|remplir|bourrer|submerger|noyer/i, FLOOD_FR],
  [/review|rating|feedback|deserve|avis|commentaires|etoiles|critiques|merite/i, REVIEWS_DESERVED],
  [/mercy|pitie|hold back|retenez/i, NO_MERCY],
  [/screenshot|names of|keeping|writing down|capture|liste|les noms/i, KEEPING_A_LIST],
  [/one way or|d'une (?:maniere|facon)|tot ou tard/i, ONE_WAY_OR_ANOTHER],
  [/screenshot|receipts|captures|screens|preuves|recordings|enregistrements/i, LEVERAGE],
  [/i know (?:exactly )?(?:which|what)|je (?:sais|connais)/i, WHICH_CAR],
  [/enjoy|profite/i, ENJOY_WHILE],
  [/lesson|lecon/i, LESSON_NOT_FORGOTTEN],
  [/worr|scared|afraid|nervous|inquieter|peur|mefier/i, SHOULD_WORRY],
  [/memory|memoire/i, MEMORY_AND_TIME],
  [/\b(?:one|1|zero|0)[- ]stars?|etoile/i, ONE_STAR],
  [/inbox|dms|comments|messages|mentions|voicemail|ce que (?:ca|ça) fait/i, CROWD_IN_INBOX],
  [/were (?:you|him|her|them)|shoes|a (?:ta|votre|sa|leur) place/i, IN_YOUR_PLACE],
  [/coups? de|sense|manners|respect|discipline/i, BY_FORCE],
  [/done|finished|through|fini/i, DONE_WITH_YOU]
]
