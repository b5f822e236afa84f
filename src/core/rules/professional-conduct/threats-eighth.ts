import { quickToCompile } from "../../text/quick-compile"

/**
 * Eighth-round threat families, each with the literal words it needs (its gate).
 * Text is accent-folded; patterns are case-insensitive. None of them fires when
 * the sentence laughs ("😂", "haha", "je niaise"; not "je niaise pas" nor "lol", which
 * dev threats end with) or cheers a team ("🏀 Go Wildcats!"): a joke or a game.
 * - helping karma along: "karma is coming for you, and I might be the one helping it along";
 * - teeth to pick up: "le prof d'éduc va ramasser ses dents", "he'll be picking up his teeth";
 * - the worst year promised to whoever wronged me: "l'élève qui m'a filmée va passer la
 *   pire année de sa vie", "I'll make this the worst year of her life";
 * - knowing who and where: "je sais c'est qui toi" (to whoever wronged me), "I know exactly
 *   who you are and where you live", "I know what time he leaves.";
 * - watch yourself: "Jessica's mom better watch herself", "qu'elle surveille ses arrières";
 * - careful after dark: "she should be careful walking to her car after dark";
 * - a shame if: "would be a shame if it kept happening", "ce serait plate qu'il lui arrive
 *   quelque chose", "funny how his tires keep going flat";
 * - accidents with a wink or to whoever reported me: "les accidents, ça arrive vite dans un
 *   escalier 😉";
 * - sorry you ever: "you'll be sorry you ever set foot in this school";
 * - ending up in the bin: "la prochaine fois c'est lui qui finit dans le conteneur";
 * - surprises at home: "des cadres qui vont avoir des surprises dans leur entrée de garage";
 * - the wrong person: "il va tomber sur la mauvaise personne, pis ça va être moi";
 * - not leaving on his feet: "he won't be walking out of my room on his own two feet";
 * - found, then: "je vais te trouver, pis…", "prie pour que je sois de bonne humeur";
 * - an address that is no secret: "their home addresses aren't exactly a secret";
 * - a head through a thing: "I'll put his head through the photocopier";
 * - a job ended by one call: "one call from me and she's done", "je pourrais la faire virer";
 * - lucky there were witnesses, eating through a straw, looking over your shoulder;
 * - a career ended: "I'll make sure he never works in a school again", "je vais ruiner sa
 *   réputation";
 * - leverage: "it'd be a shame if these screenshots ended up with the superintendent";
 * - following someone home: "je l'ai suivie jusque chez elle", "drove past his house three
 *   times last night";
 * - a list of enemies, "someone is going to shut that kid up, and it might be me";
 * - "keep talking and see where it gets you", "you won't see me coming";
 * - the culprit will answer: "le coupable va le payer", "whoever did this will answer to me"
 *   (not about coffee or a donut);
 * - after "one more time": "she's going to find out what I'm really like", "il va apprendre
 *   à me connaître";
 * - "she should think very carefully before she reports me", "devrait bien réfléchir avant
 *   de me dénoncer";
 * - two stalking facts: "I've seen where the VP parks, and I know his schedule";
 * - in his place: "I'd watch my step if I were him", "à ta place, je dormirais pas tranquille";
 * - "nobody talks to me like that and gets away with it", "she'll get hers, one way or
 *   another", "this isn't over, Mr. Patel", "je pardonne pas pis j'oublie jamais";
 * - "je vais faire de sa vie un enfer", "their kids go to this school too, you know".
 * And what no layer should call a threat (benignThreat, over every layer's finding): a bare
 * warning said to oneself ("dernier avertissement à mon propre cerveau"), with a playful
 * emoji ("You've been warned 🐝") or a classroom consequence ("last warning before recess
 * is cancelled"); care about ice or roads ("watch his step on the ice", "accidents happen fast on icy
 * roads"); a lesson on fractions; a game; a laugh ("my grade 8s will be sorry they ever
 * challenged me 😂"; not "lol", which dev threats end with).
 */

const PERSON_EN = "(?:him|her|them|you)"
const POSS_EN = "(?:his|her|their|your)"
const FUTURE_EN =
  "(?:'ll|will|'s going to|is going to|'s gonna|is gonna|'re going to|are going to|'re gonna|are gonna|might|could|may)"

/** "karma is coming for you, and I might be the one helping it along", "le karma va te rattraper pis je vais l'aider". */
const KARMA = `\\b(?:karma|payback|fate|le karma|le destin)\\b[^.!?]{0,80}?\\b(?:(?:i|i'll|i will|i might|i may|i could|i'm going to|i'm gonna|i'd be happy to|i'd love to|i'm (?:more than )?(?:happy|glad|willing|ready) to|i am (?:happy|glad|willing|ready) to)(?: (?:just|be (?:the one|happy|glad)(?: to)?))? (?:help(?:ing|s)?|giv(?:e|ing)) (?:it|karma|fate|(?:it|karma) a (?:hand|push|nudge|little help|helping hand)|a (?:hand|push|nudge))(?: along| a (?:hand|push|nudge|little help))?|(?:je vais|j'vais|je pourrais|je risque de|je vais juste) (?:l'aider|lui donner un (?:coup de (?:main|pouce)|petit coup de (?:main|pouce)|elan)))\\b`

/** "le prof d'éduc va ramasser ses dents", "he'll be picking up his teeth", "tu vas cracher tes dents". */
const TEETH = `\\b(?:(?:va|vont|vas|allez|risque de|pourrait) (?:ramasser|cracher|avaler|chercher|compter) (?:ses|tes|leurs|vos) dents|${FUTURE_EN} (?:be )?(?:pick(?:ing)? up|spit(?:ting)? out|swallow(?:ing)?|look(?:ing)? for|count(?:ing)?) (?:${POSS_EN} (?:own )?|some |a few |(?:his|her|their|your) (?:front )?)?teeth|\\b(?:he|she|they|you)(?:'ll| will|'s gonna|'re gonna|'s going to|'re going to|'ll be| will be)? (?:be )?(?:eat|eating|drink|drinking) (?:[\\w']+ ){0,3}?through a straw)\\b(?![^.!?]*\\b(?:surgery|dentist|wisdom|braces|jaw (?:is )?wired|chirurgie|dentiste))`

/** Whoever wronged me, in the words before: "l'élève qui m'a filmée", "the kid who stole my phone". */
const WRONGED_ME =
  "(?:\\bqui (?:m'|me |s'amuse a me |a (?:vole|crev|brise|raye|vandalis|graffit|pris|touche)\\w*)|\\bwho (?:[\\w']+ ){0,3}?(?:me|my)\\b|\\bwhoever\\b)"

/** "l'élève qui m'a filmée va passer la pire année de sa vie", "I'll make this the worst year of his life". */
const WORST_YEAR = `(?=va |vont |is |are |'s |will |'ll )(?<=${WRONGED_ME}[^.!?]{0,120}?)\\b(?:va|vont|is going to|are going to|'s going to|is gonna|are gonna|will|'ll) (?:passer|vivre|have|live through) (?:la|les|the) (?:pire|worst)s? (?:annee|semaine|mois|journee|session|etape|year|week|month|day|days|semester|term)s? (?:de|of) (?:sa|leur|ta|votre|his|her|their|your) (?:vie|life|lives|carriere|career)|\\b(?:i'll|i will|i'm going to|i'm gonna|we'll|we will) make (?:this|the rest of (?:the|this) (?:year|term|semester)|every day|it) (?:the worst (?:year|month|week|term) of ${POSS_EN} (?:life|lives|career)|(?:a )?(?:living )?hell for ${PERSON_EN})|\\b(?:je vais|j'vais|je vas|on va) (?:lui|leur|te|vous) faire (?:passer|vivre) (?:la|les) pires? (?:annee|semaine|mois|journee)s? de (?:sa|leur|ta|votre) (?:vie|carriere)`

/** Knowing who and where: "je sais c'est qui toi" to whoever wronged me, "I know exactly who you are and where you live". */
const KNOW_WHO = `\\b(?:i|we) know (?:exactly |very well )?who (?:you are|he is|she is|they are)(?:,)? (?:and|&) (?:exactly )?where (?:you|he|she|they) (?:live|lives|park|parks|work|works|sleep|sleeps)\\b(?! (?:is|are|was|on|in the)\\b)|(?=je sais|i know)(?<=${WRONGED_ME}[^.!?]{0,120}?)\\b(?:je sais (?:tres bien |exactement |maintenant )?(?:c'est qui|qui) (?:toi|vous|t'es|tu es|vous etes)|i know (?:exactly |very well |full well |now )?who (?:you are|you were|it was|did (?:it|this|that)))\\b|\\b(?:i know|je sais) (?:what time|when|a quelle heure|quand) (?:he|she|they|you|il|elle|ils|tu|vous) (?:leaves?|gets? home|gets? off|finishes|parks?|walks? (?:home|to (?:his|her|their|your) car)|part|pars|partez|partent|sort|sors|finit|finis|arrive|arrives)(?: (?:le soir|le matin|de l'ecole|du travail|from work|from school|at night|in the evening|every (?:day|night)|tous les soirs))?\\b(?=\\s*(?:[.!…]|$|👀|😉|🙂|😈|,? (?:just saying|je dis ca|c'est tout)))`

/** "Jessica's mom better watch herself", "qu'elle surveille ses arrières", "qu'il fasse attention à lui". */
const WATCH_YOURSELF = `(?:\\b(?:'d |had )?better watch (?:(?:him|her|them|your)sel(?:f|ves)|${POSS_EN} (?:back|step|mouth|tone))\\b|(?:^|\\W)qu'(?:il|elle|ils|elles) (?:(?:surveille|surveillent|regarde|regardent) (?:(?:ses|leurs) arrieres|derriere (?:lui|elle|eux))|(?:fasse|fassent) attention a (?:lui|elle|eux|elles)(?=\\s*(?:[.,!…]|$)))\\b)(?![^.!?]*(?:❤|💕|😘|🥰|🙏|\\b(?:ice|icy|stairs?|slippery|snow|wet floor|glace|escaliers?|glissant|routes?)\\b))`

/** "She should be careful walking to her car after dark" (a person, not the weather or the roads). */
const CAREFUL_AFTER_DARK = `\\b(?:he|she|they|(?:mr|mrs|ms|mx|mme|m)\\.? [A-Z][\\w-]+|(?:that|this) (?:\\w+ )?(?:mom|dad|parent|colleague|teacher|kid|student|trustee|principal|vp))(?:'d| should| had| might want to| may want to| better| had better)+ (?:be (?:very |really |extra )?careful|watch (?:out|(?:him|her|them)sel(?:f|ves)|${POSS_EN} back)) (?:walking|going|driving|getting) (?:[\\w']+ ){0,4}?(?:after dark|at night|alone|(?:to|from) ${POSS_EN} (?:car|house|home)|in the parking lot)\\b(?![^.!?]*\\b(?:ice|icy|slippery|snow|storm|fog|deer|coyote|traffic|roads?|construction|streetlights?|lights are out)\\b)`

/** "Would be a shame if it kept happening", "ce serait plate qu'il lui arrive quelque chose", "funny how his tires keep going flat". */
const SHAME_IF = `\\b(?:(?:would|'d|it'd|it would)(?: be| really be)? a (?:real |damn |crying |terrible )?shame if (?:something|anything|it|that|this|someone|somebody|${POSS_EN} \\w+)(?: bad| unfortunate)? (?:happened|were to happen|kept happening|happens? again|happened again|keeps? happening|continued|got (?:out|around|keyed|scratched|damaged|broken|slashed|lost))|(?:ce serait|ca serait|ce serait ben|ca serait ben|ce serait vraiment|ca serait vraiment) (?:plate|dommage|triste|bete|de valeur|poche) (?:qu'(?:il|elle|ils|on) (?:lui|leur|te|vous|t') ?arrive (?:quelque chose|qqch|malheur|un (?:accident|malheur))|que quelque chose (?:lui|leur|t'|te|vous) arrive|s'il (?:lui|leur|t'|te|vous) arrivait (?:quelque chose|malheur|un (?:accident|malheur)))|funny how (?:[\\w'.]+ ){1,4}?(?:tires|car|windows?|windshield|locker|mailbox) (?:keep|keeps|always|seem to|seems to) (?:going|get|getting|gets|end up|ending up) (?:flat|scratched|keyed|slashed|smashed|broken|egged)|(?:drole|curieux) comme (?:ses|leurs|tes) (?:pneus|vitres) (?:se retrouvent|finissent|sont) (?:souvent |toujours )?(?:a plat|creves|brises|rayes))\\b(?![^.!?]{0,60}\\b(?:pauvre|poor|gentil|gentille|fine|sweet|sois prudent|be careful|take care)\\b)`

/** "les accidents, ça arrive vite dans un escalier 😉", "accidents happen in stairwells 😏". */
const PLACE =
  "(?:escaliers?|stairs|stairwells?|staircase|stationnement|parking lot|corridor|hallway|ruelle|alley)"
const ACCIDENTS = `\\b(?:accidents?|les accidents|un accident|une chute|falls)\\b[^.!?]{0,30}?\\b(?:happen|happens|arrive|arrivent|est (?:vite|si vite) arrive)\\b[^.!?]{0,40}?\\b${PLACE}\\b[^.!?]{0,20}?(?:😉|😏|😈|🙂|👀|🙃)|(?=accident|les accidents|un accident)(?<=${WRONGED_ME}[^.!?]{0,100}?)\\b(?:accidents?|les accidents|un accident)\\b[^.!?]{0,30}?\\b(?:happen|happens|arrive|arrivent|est (?:vite|si vite) arrive)\\b`

/** "You'll be sorry you ever set foot in this school", "she'll be sorry she ever crossed me". */
const SORRY_EVER = `\\b(?:you|he|she|they)${FUTURE_EN} (?:be (?:so |very |really )?sorry|regret) (?:that )?(?:you|he|she|they) ever\\b|\\b(?:tu vas|vous allez|il va|elle va|ils vont) regretter (?:le jour ou|d'avoir (?:mis les pieds|croise|ose))\\b`

/** "la prochaine fois c'est lui qui finit dans le conteneur", "next time it's him in the dumpster", "stuff him in a locker". */
const BIN =
  "(?:conteneur|poubelle|poubelles|bac|vidanges|recyclage|dumpster|trash|garbage|trash can|garbage can|recycling bin|locker|casier|fenetre|window)"
const NEXT_TIME =
  "(?<=\\b(?:prochaine fois|next time|sinon|otherwise|or else|une autre fois|encore une fois|one more time|keep it up|si|if)\\b[^.!?]{0,60}?)"
const ENDS_UP_IN = `(?=c'est)${NEXT_TIME}\\bc'est (?:lui|elle|toi|vous|eux|elles|sa tete|ta tete|sa face) qui (?:finit|finis|va finir|vas finir|se ramasse|va se ramasser|revole|va revoler|passe|va passer) (?:dans|par|a travers|au fond d[ue]) (?:le |la |les |l')?${BIN}\\b|(?=it)${NEXT_TIME}\\b(?:it's|it'll be|it will be|it is) (?:him|her|you|them|his head|her head|your head)(?: that| who)? (?:(?:end|ends|ending) up |going |goes |landing |in )?(?:in|into|through|out) (?:the|a) ${BIN}\\b|\\b(?:stuff|stuffing|shove|shoving|toss|tossing|throw|throwing|chuck|chucking|dump|dumping) ${PERSON_EN} (?:in|into) (?:the|a) (?:dumpster|trash|garbage|trash can|garbage can|recycling bin|locker)\\b`

/** "des cadres qui vont avoir des surprises dans leur entrée de garage", "might find a surprise in their driveway". */
const SURPRISES = `\\b(?:(?:va|vont|pourrai(?:t|ent)|risque(?:nt)? d') ?(?:avoir|trouver|recevoir) (?:des|une|de (?:mauvaises|droles de)|une (?:mauvaise|drole de)) surprises? (?:dans|sur|devant|a) (?:leur|leurs|sa|son|ses|ta|ton|tes|votre|vos) (?:entree(?: de garage)?|perron|porte|char|auto|voiture|boite aux lettres|cour|maison|pneus|terrain)|(?:${FUTURE_EN}|might) (?:find|get|wake up to) (?:a |some )?(?:little |nasty |unpleasant )?surprises? (?:on|in|at) ${POSS_EN} (?:driveway|doorstep|porch|car|lawn|mailbox|front door|windshield|house))\\b(?![^.!?]*(?:🎉|🎁|❤|🥰|😊|🍪|📚|\\b(?:gift|cadeau|treat|chocolat|book|livre|card|carte|merci|thank)))`

/** "il va tomber sur la mauvaise personne, pis ça va être moi", "she picked the wrong teacher to mess with". */
const WRONG_PERSON = `\\b(?:(?:va|vont|vas|allez) tomber sur (?:la mauvaise personne|le mauvais (?:monde|prof|gars)|la mauvaise (?:prof|fille))[^.!?]{0,20}?(?:pis|et) (?:ca va|ce sera|ca sera|c'est) (?:etre )?moi|(?:picked|chose|found|messed with|crossed) the wrong (?:teacher|person|woman|man|lady|guy|one) to (?:mess with|cross|threaten|report|film|complain about|screw with|lie about)|(?:${FUTURE_EN}) (?:mess with|cross|run into|pick on) the wrong (?:person|teacher|woman|man)[^.!?]{0,20}?(?:and|&) (?:it'll|it will|that'll|that will|it's going to) be me)\\b`

/** "he won't be walking out of my room on his own two feet", "she'll leave on a stretcher". */
const LEAVE_HURT = `\\b(?:(?:won't|will not|isn't going to|is not going to|aren't going to|ain't gonna|ain't going to) be (?:walking|leaving|going home|getting out|strolling|walking out)(?: (?:out|away))?(?: (?:of )?(?:here|there|my (?:room|class|classroom|office|school)|this (?:room|school|building|class)))? (?:in one piece|alive|standing|on ${POSS_EN} own (?:two )?(?:feet|legs))|(?:he|she|they|you)${FUTURE_EN} (?:be )?(?:leav(?:e|ing)|go(?:ing)? home|be carried out)(?: (?:of )?(?:here|my (?:room|class|classroom)))? (?:in an ambulance|on a stretcher|in a body bag|in pieces|feet first)|(?:va|vont|vas) (?:sortir|partir|repartir) (?:d'ici |de ma classe )?(?:en ambulance|sur une civiere|les pieds devant|en morceaux))\\b`

/** "je vais te trouver, pis…", "prie pour que je sois de bonne humeur", "pray I'm in a good mood". */
const FOUND_THEN = `(?:^|\\W)(?:je vais|j'vais|je vas|on va) (?:te|vous) (?:trouver|retrouver)\\s*,\\s*(?:pis|et)\\b(?=\\s*(?:ce jour-la|tu vas|vous allez|t'as|ca va|prie|priez|crois-moi|on va (?:regler|s'expliquer|voir)))|\\b(?:prie|priez|pray|better pray|hope) (?:pour )?(?:que |qu')?(?:je sois|i'm|i am|i'll be|that i'm) (?:de (?:tres )?bonne humeur|in a (?:very )?good mood|feeling (?:generous|merciful|calm))\\b`

/** "Their home addresses aren't exactly a secret", "son adresse, c'est pas un secret". */
const ADDRESS = `\\b(?:${POSS_EN} (?:home )?address(?:es)? (?:is|are)(?:n't| not) (?:exactly |really |much of |that much of |all that )?(?:hard to find|a secret|secrets?)|${POSS_EN} (?:home )?address(?:es)? (?:is|are) (?:easy to find|public|no secret|one search away)|(?:son|leur|ton|votre|leurs) adresses?,? (?:c'est|est|sont|ce sont) pas (?:vraiment |exactement |un |des )?(?:un )?secrets?)(?![^.!?]*\\b(?:l'ecole|le bureau|site|website|the school|school's|form|formulaire)\\b)`

/** "I'll put his head through the photocopier", "slam her face into the locker". */
const HEAD_THROUGH = `\\b(?:put|putting|shove|shoving|stick|sticking|ram|ramming|slam|slamming|smash|smashing|bash|bashing|push|pushing|stuff|stuffing|throw|throwing) (?:${POSS_EN}|that \\w+'s|the \\w+'s|[A-Z]\\w+'s) (?:\\w+ )?(?:head|face|skull) (?:through|into|against|down) (?:the|a|my) (?:\\w+ )?(?:photocopier|copier|wall|window|door|locker|desk|table|toilet|whiteboard|smartboard|floor|ground|dumpster|microwave|laminator|printer|shredder)\\b|\\b(?:je vais|j'vais|je vas)\\b[^.!?]{0,20}?\\b(?:lui|leur|te) (?:rentrer|passer|sacrer|crisser|mettre) (?:la|sa|ta) (?:tete|face) (?:dans|a travers) (?:le|la|un|une) (?:\\w+ )?(?:photocopieuse|mur|fenetre|porte|casier|bureau|toilette|tableau)\\b`

/** "One call from me and she's done", "je pourrais la faire virer", "I could have him fired". */
const JOB = `\\b(?:(?:one|a single) (?:call|phone call|email|word|text) (?:from me|to (?:the|his|her|their) (?:boss|employer|union|board|superintendent))[^.!?]{0,20}?(?:and|&) (?:he|she|they|you)(?:'s|'re| is| are)? (?:done|finished|fired|gone|out of a job|unemployed)|(?:un|une) (?:seul )?(?:appel|courriel|mot|texto) de (?:ma part|moi)[^.!?]{0,20}?(?:pis|et) (?:il|elle|ils|tu|vous) (?:perd|perds|perdent|perdez) (?:sa|leur|ta|votre) (?:job|emploi|poste|permis|brevet)|(?:i|we) could (?:get|have) ${PERSON_EN} (?:fired|suspended|removed)|je (?:pourrais|peux) (?:le|la|les|te|vous) faire (?:virer(?! de bord| capot)|renvoyer|congedier|suspendre))\\b`

/** "he's lucky there were witnesses", "hope you like looking over your shoulder", "chanceux qu'il y avait des témoins". */
const IMPLIED = `\\b(?:(?:he's|she's|they're|you're|he is|she is|they are|you are) (?:so |very |damn |real )?lucky (?:there (?:were|was) (?:witnesses|cameras|kids around|students around|people around)|i'm (?:a teacher|at work|on the clock|a professional))|(?:chanceu(?:x|se|ses)|chanceux) qu'il y (?:avait|ait eu) (?:des temoins|du monde|des cameras|des eleves)|(?:hope you like|get used to|start|enjoy) looking over ${POSS_EN} shoulders?|you don't want to (?:find out|see|know) (?:what (?:happens|i'll do|i can do|i do)|how (?:angry|mad|nasty) i (?:can )?get)|(?:tu veux|vous voulez|il veut|elle veut) pas (?:savoir|voir) ce que je (?:vais (?:te|vous|lui|leur) faire|peux faire))\\b`

/** "I'll make sure he never works in a school again", "je vais ruiner sa réputation", "if he reports me again, his career is over". */
const CAREER = `\\b(?:make sure (?:he|she|they|you) never (?:works?|teach(?:es)?|sets? foot|gets? hired)\\b(?: (?:in|at) (?:a|this|any|another) (?:school|division|district))? again|m'assurer qu'(?:il|elle|ils|elles) (?:ne )?(?:travaille|enseigne|travaillent|enseignent|remette|remettent) (?:plus jamais|jamais plus)|(?:je vais|j'vais|je vas|je pourrais|je peux|on va) (?:ruiner|detruire|briser|salir|couler) (?:sa|ta|leur|votre|son|ton) (?:reputation|carriere|nom)|(?:if|one more|next time)\\b[^.!?]{0,80}?\\b${POSS_EN} (?:career|job)(?:'s| is| will be) (?:over|done|finished)|(?:si|encore une fois|la prochaine fois)\\b[^.!?]{0,80}?\\b(?:sa|ta|leur|votre) (?:carriere|job) (?:est|va etre) (?:finie|terminee|faite))\\b`

/** Leverage and damage: "it'd be a shame if these screenshots ended up with the superintendent", "I'd hate for something to happen to your classroom". */
const LEVERAGE = `\\b(?:shame if (?:they|these|those|the (?:screenshots|photos|pictures|messages|emails|texts|videos)) (?:ended up|got out|were (?:sent|shared|forwarded|posted|leaked)|found (?:their|its) way|made (?:their|its) way)|i'd hate for (?:something|anything) (?:bad )?to happen to (?:${POSS_EN} \\w+|${PERSON_EN})|(?:ce serait|ca serait) (?:ben |vraiment )?(?:plate|dommage|triste|bete|poche) qu(?:e |')(?:elles|ils|ces (?:photos|captures|messages|courriels|videos)) se retrouvent (?:chez|sur|dans|entre les mains)|(?:ce serait|ca serait) (?:ben |vraiment )?(?:plate|dommage|triste|bete|poche) que (?:ton|ta|son|sa|leur|votre) (?:char|auto|voiture|classe|maison|commerce|local) (?:soit|se fasse|se retrouve) (?:vandalise|raye|brise|endommage|saccage|defonce|a plat)e?)(?![^.!?]*\\b(?:ice|icy|storm|helmet|casque|tempete|verglas|barre|barrer|verrouille|lock|assure-toi|make sure you)\\b)`

/** Following someone home: "I followed her home", "je l'ai suivie jusque chez elle", "drove past his house three times last night". */
const FOLLOWED = `\\b(?:i (?:followed|tailed) (?:him|her|them|that \\w+|the \\w+) (?:all the way )?(?:home|to (?:his|her|their) (?:house|car|home|door))|je (?:l'ai|les ai) (?:suivie?s?|file(?:e|s|es)?) jusque? (?:chez (?:elle|lui|eux)|a (?:sa|leur|son) (?:maison|auto|char|porte))|i(?:'ve| have)? (?:drove|driven|walked|been driving|been walking) (?:past|by) (?:his|her|their) (?:house|place|home)\\b[^.!?]{0,30}?\\b(?:(?:two|three|four|five|several|many|\\d+) times|every (?:night|day)|again)|(?:je suis passee?|j'ai passe) (?:devant|en avant de) chez (?:lui|elle|eux)\\b[^.!?]{0,30}?\\b(?:(?:deux|trois|quatre|cinq|plusieurs) fois|tous les soirs|encore))\\b(?![^.!?]*\\b(?:to (?:drop|give|leave|bring|deliver)|pour (?:lui|leur) (?:laisser|porter|donner|apporter)|card|carte|cadeau|gift|flowers|fleurs)\\b)`

/** A list of enemies, and someone shut up "and it might be me": "keeping a list of everyone who crossed me". */
const SCORE_LIST = `\\b(?:keep(?:ing)? a list of (?:everyone|everybody|all the \\w+|the \\w+|people|those) who (?:crossed|wronged|reported|betrayed|screwed|messed with|ratted on) me|(?:je garde|je tiens|j'ai) une liste (?:de tous )?(?:ceux|celles|du monde|des gens|des collegues|des parents) qui m'ont (?:trahie?|denoncee?|niaisee?|ecoeuree?|fait du tort|rapportee?)|(?:someone|somebody|quelqu'un)\\b[^.!?]{0,40}?\\b(?:shut (?:him|her|them|that \\w+|the \\w+) up|teach (?:him|her|them|that \\w+) a lesson(?! (?:on|in|about|de|sur)\\b)|put (?:him|her|them|that \\w+) in (?:his|her|their) place|(?:lui|leur) fermer (?:la|sa) (?:gueule|yeule|trappe|boite)|(?:le|la|les) remettre a (?:sa|leur) place|(?:lui|leur) donner une (?:lecon|volee|claque))[^.!?]{0,30}?(?:and|pis|et) (?:it|that|ca)(?:'ll| will| might| could| may| pourrait| va| risque d')? ?(?:be me|etre moi)|(?:je vais|j'vais|je vas|on va) (?:lui|leur|te|vous) fermer (?:la|sa|ta|leur|votre) (?:gueule|yeule|trappe))\\b`

/** "Keep talking, see where it gets you", "continue, tu vas voir où ça va te mener", "you won't see me coming". */
const WHERE_IT_GETS = `\\b(?:keep (?:talking|pushing|testing|lying|complaining|reporting|writing me up|spreading|messing|mouthing|running (?:your|his|her|their) mouth|talking back|going behind my back|calling|emailing me)\\b[^.!?]{0,40}?\\b(?:and )?see where (?:it|that) (?:gets|will get|'ll get) (?:you|him|her|them)|(?:continue|continuez|continuer) (?:de|a) (?:parler|me|m'|rapporter|niaiser|chialer|mentir|ecrire|te plaindre|vous plaindre)\\b[^.!?]{0,60}?\\b(?:tu vas|vous allez|il va|elle va) voir (?:ou|jusqu'ou) (?:ca|cela) (?:va )?(?:te|vous|le|la|les) (?:mener|mene|amener)|(?:you|he|she|they) (?:won't|will not|will never|'ll never) see me coming|(?:tu|vous|il|elle|ils) (?:ne )?me (?:verras|verrez|verra|verront) (?:pas|jamais) venir|(?:il|elle|ils|elles|tu|vous) (?:va|vont|vas|allez) (?:avoir|recevoir) ce qu(?:'il|'elle|'ils|'elles|e tu|e vous) (?:merite|meritent|merites|meritez)(?=[^.!?]*\\b(?:crois-moi|croyez-moi|je (?:te|vous) le (?:garantis|promets)|inquiete-toi pas|c'est certain)\\b))\\b(?![^.!?]*(?:🎉|🎁|🥳|\\b(?:surprise|party|fete|medaille|prix|bravo)\\b))`

/** The one who did it, and what they will owe: "le prochain qui touche à mes affaires va le regretter", "the culprit will answer to me". */
const CULPRIT = `(?![^.!?]*\\b(?:cafe|coffee|lunch|donuts?|beignes?|muffins?|chocolat|chocolate|pizza|gateau|cake|cookies?|biscuits?|snacks?|collation|dessert|chips|candy|bonbons)\\b)\\b(?:(?:le|la) prochaine? (?:\\w+ )?qui|celui qui|celle qui|ceux qui|quiconque|(?:le|la|les) coupables?|the culprit|whoever (?:did|took|stole|broke|keyed|wrote|posted) (?:this|that|it))\\b[^.!?]{0,80}?\\b(?:va|vont|devra|devront|will|'ll|is going to|are going to) (?:le regretter|le payer|me le payer|y gouter|avoir affaire a moi|(?:devoir )?me repondre|answer to me|deal with me|regret it|pay for (?:it|this))\\b`

/** "she's going to find out what I'm really like" / "il va apprendre à me connaître" after a condition. */
const REAL_ME = `(?<=\\b(?:one more|next time|again|once more)\\b[^.!?]{0,60}?)\\b(?:(?:is|are|'s|'re) going to|will|'ll|gonna) (?:find out|learn|see|discover|meet) (?:what i'm (?:really )?like|who i (?:really )?am|the real me|my (?:other|bad|ugly|dark) side)(?=\\s*(?:[.!…]|$))|(?<=\\b(?:encore|la prochaine fois|une autre fois|recommence)\\b[^.!?]{0,60}?)\\b(?:va|vont|vas|allez) (?:apprendre a me connaitre|connaitre (?:mon autre (?:cote|face)|le vrai moi)|voir mon (?:autre|mauvais|vrai) (?:cote|visage))(?=\\s*(?:[.!…]|$))`

/** "Mrs. Kowalski should think very carefully before she reports me again", "devrait bien réfléchir avant de me dénoncer". */
const THINK_BEFORE = `\\b(?:should|had better|'d better|better|might want to|may want to) think (?:(?:very|really|long and|twice|hard|carefully)\\s+)*before (?:(?:he|she|they|you) )?(?:report(?:s|ing)?|complain(?:s|ing)? about|cross(?:es|ing)?|go(?:es|ing)? over my head|writ(?:es|ing) me up|mess(?:es|ing) with|film(?:s|ing)?|post(?:s|ing)? about|talk(?:s|ing) about) me\\b|\\b(?:devrai(?:t|ent|s)|ferai(?:t|ent|s) mieux de|est mieux de|sont mieux de) (?:bien |tres bien |deux fois )?(?:reflechir|y penser)(?: (?:a )?deux fois)? avant de me (?:denoncer|rapporter|critiquer|niaiser|chercher|provoquer|filmer|ecoeurer|manquer de respect|dénoncer)\\b`

/** Two stalking facts together: "I've seen where the VP parks, and I know his schedule", "je connais son char pis son horaire". */
const STALK_ITEM =
  "(?:(?:i know|i've seen|i've figured out|i've learned|i found out|i know exactly|know|je connais|j'connais|connais|je sais|j'ai vu|j'ai trouve) (?:exactly )?(?:where (?:he|she|they|(?:the|that) \\w+) (?:parks?|lives?|works? out|eats|walks|goes after work)|what time (?:he|she|they) (?:leaves?|gets home|finishes)|(?:his|her|their) (?:schedule|routine|route home|license plate|car|address)|(?:son|leur) (?:horaire|char|auto|adresse|routine|trajet|numero de plaque|plaque)|ou (?:il|elle|ils|la \\w+|le \\w+) (?:stationne|reste|habite|demeure|travaille|s'entraine)|a quelle heure (?:il|elle|ils) (?:part|finit|sort|arrive)))"
const STALKING = `\\b${STALK_ITEM}(?=[^.!?]{0,60}?\\b(?:and|pis|et|,)\\s+(?:i\\s+|je\\s+|j')?${STALK_ITEM})`

/** "I'd watch my step if I were him", "à ta place, je dormirais pas tranquille". */
const IN_HIS_PLACE = `\\b(?:(?:if i were (?:him|her|them|you)|in (?:his|her|their|your) (?:shoes|place)),? i(?:'d| would) (?:be )?(?:watch(?:ing)? my (?:step|back)|look(?:ing)? over my shoulder|sleep(?:ing)? with one eye open|lock(?:ing)? my doors|start looking for (?:a new|another) job)|if i were (?:him|her|them),? i(?:'d| would) be (?:very |really )?careful(?=\\s*(?:[.!…]|$))|i(?:'d| would) (?:be )?(?:watch(?:ing)? my (?:step|back)|look(?:ing)? over my shoulder|sleep(?:ing)? with one eye open|lock(?:ing)? my doors) if i were (?:him|her|them|you)|(?:a (?:sa|ta|leur|votre) place|si j'etais (?:lui|elle|toi|vous|eux)),? (?:je |j')(?:ferais (?:tres )?attention(?=\\s*(?:[.!…]|$))|surveillerais mes arrieres|dormirais pas (?:tranquille|sur mes deux oreilles)|regarderais derriere moi|barrerais mes portes|me chercherais une autre job))`

/** "Nobody talks to me like that and gets away with it", "personne me parle de même pis s'en sort indemne". */
const GETS_AWAY = `\\b(?:(?:nobody|no one) (?:talks to|speaks to|treats|disrespects|crosses|embarrasses|messes with|reports|humiliates|lies about) me\\b[^.!?]{0,40}?\\band gets away with it|personne (?:ne )?(?:me parle|me traite|me manque de respect|me niaise|m'humilie|me denonce|me rapporte)\\b[^.!?]{0,30}?(?:pis|et) s'en (?:sort|tire) (?:indemne|comme ca|de meme|sans (?:consequences?|rien)))\\b`

/** Payback "one way or another": "she'll get hers, one way or another", "il va avoir son tour, d'une façon ou d'une autre". */
const ONE_WAY = `\\b(?:get (?:his|hers|theirs|yours)|pay(?: for (?:it|this|that))?|payer|le regretter|y gouter|get what(?:'s| is) coming(?: to (?:him|her|them|you))?),? (?:one way or (?:another|the other)|d'une (?:facon|maniere) ou d'une autre|mark my words|crois-moi|croyez-moi)\\b`

/** "This isn't over, Mr. Patel", "c'est pas fini entre nous", "I never forgive and I never forget". */
const NOT_OVER = `\\b(?:(?:this|it)(?: is not|'s not| isn't| ain't) over(?:,? (?:mr|mrs|ms|mx|buddy|pal|lady|sir)\\b| between (?:us|you and me)| by a long shot)|(?:c'est|c'est pas|ca) (?:pas )?fini entre (?:nous|toi et moi|vous et moi|elle et moi|lui et moi)(?![^.!?]*(?:😂|🤣|🌵|🌱|plante|cafe|coffee))|i (?:never|don't|do not) forgive(?:,| and| &)? (?:i )?(?:never|don't|do not) forget|je (?:ne )?pardonne (?:pas|jamais),?(?: et| pis)? (?:je |j')(?:n')?oublie (?:pas|jamais))\\b`

/** "je vais faire de sa vie un enfer", "their kids go to this school too, you know". */
const HELL_AND_KIDS = `\\b(?:(?:je vais|j'vais|je vas|on va) (?:faire|rendre) (?:de )?(?:sa|ta|leur|votre) vie (?:un enfer|infernale|impossible|miserable|un cauchemar)|(?:his|her|their|your) (?:kids?|children|son|daughter) (?:go|goes|attend|attends) (?:to )?(?:this|our|my) school(?: too| as well)?,? (?:you know|just saying|remember that|don't forget))\\b`

/** Play: a team cheered on, a game emoji ("We'll bury the Eagles tonight 🏀 Go Wildcats!"). */
const PLAY = /🏀|🏒|⚽|🏈|🏐|🏆|\bgo (?:les )?[A-Z]\w+!|\b(?:tonight's|the|le|au) (?:game|match)\b/u

/** A laugh makes a joke of the sentence: none of the families above fires beside one. */
const LAUGH =
  /😂|🤣|😆|😜|😝|\b(?:haha\w*|hihi|mdr|jk)\b|(?<!not |pas )\bjust kidding\b|\bje (?:niaise|blague)\b(?! pas| a moitie)/iu

const FAMILIES: [gate: RegExp, source: string][] = [
  [/karma|payback|fate|destin/i, KARMA],
  [/dents|teeth|straw/i, TEETH],
  [/pire|worst|hell/i, WORST_YEAR],
  [/\bqui\b|\bwho|what time|when|a quelle heure|quand/i, KNOW_WHO],
  [/watch|qu'(?:il|elle)/i, WATCH_YOURSELF],
  [/careful|watch/i, CAREFUL_AFTER_DARK],
  [/shame|plate|dommage|triste|bete|valeur|poche|funny how|drole|curieux/i, SHAME_IF],
  [/accident|chute|falls/i, ACCIDENTS],
  [/ever|regretter/i, SORRY_EVER],
  [/c'est|it's|it'll|it will|it is|stuff|shove|toss|throw|chuck|dump/i, ENDS_UP_IN],
  [/surprise/i, SURPRISES],
  [/mauvais|wrong/i, WRONG_PERSON],
  [
    /won't|will not|isn't|is not|aren't|ain't|ambulance|stretcher|body bag|pieces|feet first|civiere|pieds devant|morceaux/i,
    LEAVE_HURT
  ],
  [/trouver|pray|prie|hope/i, FOUND_THEN],
  [/address|adresse/i, ADDRESS],
  [/head|face|skull|tete/i, HEAD_THROUGH],
  [/call|email|word|text|appel|courriel|mot|could|pourrais|peux/i, JOB],
  [/lucky|chanceu|shoulder|don't want|veu(?:x|t)|voulez/i, IMPLIED],
  [/make sure|m'assurer|ruiner|detruire|briser|salir|couler|career|carriere|job/i, CAREER],
  [/shame|hate for|plate|dommage|triste|bete|poche/i, LEVERAGE],
  [/followed|tailed|suivi|file|drove|driven|walked|driving|walking|passee?\b/i, FOLLOWED],
  [/list|liste|moi|me\b|fermer/i, SCORE_LIST],
  [/see where|continue|see me coming|verr?a|merit/i, WHERE_IT_GETS],
  [/qui|culprit|coupable|whoever/i, CULPRIT],
  [/find out|learn|see|discover|meet|connaitre|voir/i, REAL_ME],
  [/think|reflechir|y penser/i, THINK_BEFORE],
  [/know|seen|figured|found|connais|sais|j'ai vu|trouve/i, STALKING],
  [/if i were|shoes|place|si j'etais/i, IN_HIS_PLACE],
  [/away with|s'en (?:sort|tire)/i, GETS_AWAY],
  [/one way|d'une (?:facon|maniere)|mark my|crois-moi|croyez-moi/i, ONE_WAY],
  [/over|fini|forgive|pardonne/i, NOT_OVER],
  [/enfer|infernale|impossible|miserable|cauchemar|school/i, HELL_AND_KIDS]
]

const COMPILED = FAMILIES.map(([gate, source]) => [gate, quickToCompile(source, "i")] as const)

interface Span {
  start: number
  end: number
}

/** The first eighth-round threat in a sentence, or null. */
export function eighthRoundThreat(s: string): Span | null {
  if (LAUGH.test(s) || PLAY.test(s)) return null
  let best: Span | null = null
  for (const [gate, re] of COMPILED) {
    if (!gate.test(s)) continue
    const m = re.exec(s)
    if (m && (!best || m.index < best.start)) best = { start: m.index, end: m.index + m[0].length }
  }
  return best
}

/** "I know where you live, it's on the class list for the holiday cards": knowing an address for a kind errand. */
const FRIENDLY_ERRAND =
  /\b(?:class list|holiday cards?|christmas cards?|thank-you cards?|birthday|invitations?|carpool|drop (?:it|them) off|deliver|liste de classe|cartes? de (?:noel|souhaits|fete)|covoiturage|livrer|porter (?:le|la|les) (?:cadeau|carte)s?)\b/i

/** A bare warning: "You've been warned", "dernier avertissement", "t'es averti". */
const WARNING =
  /^(?:(?:this is your |c'est ton |c'est votre |)(?:last|final|dernier) (?:warning|avertissement)|(?:you(?:'ve| have) been|consider yourselves?|t'es|vous etes|tu es) (?:warned|averti(?:e|s|es)?|prevenu(?:e|s|es)?))$/i

/** Said to oneself, to a plant or a machine: "à mon propre cerveau", "note to self". */
const TO_ONESELF =
  /\b(?:(?:a|au|to) (?:mon|ma|mes|my|the|la|le) (?:propre |own )?(?:cerveau|brain|estomac|stomach|plantes?|plants?|photocopieuse|photocopier|printer|imprimante|cafetiere|coffee maker|ordi|laptop|reveil|alarm|future self|self)|a moi-meme|to myself|note to self|note a moi-meme)\b/i

/** A classroom consequence: "last warning before recess is cancelled". */
const CLASSROOM =
  /\b(?:recess|recre|recreation|detention|retenue|homework|devoirs|quiz|library books?|livres? de (?:la )?bibliotheque|cellulaires?|phones?|free time|temps libre|gym|points|education physique|eduque|souliers|shoes|sortie|field trip|privileges?|confisque|confiscate|cancel(?:led|ed)?|annulee?s?|before (?:i|we) (?:call|email|take|cancel)|avant (?:que|la|le))\b/i

/** Emojis that keep a warning menacing; any other emoji makes it play ("You've been warned 🐝"). */
const MENACING = /🙂|😉|😈|👀|🔪|🗡|🔫|🪓|💣|💀|☠|⚰|😠|😡|🤬|👿|🖕|😏|🙃|🤫|😤/u
const EMOJI = /\p{Extended_Pictographic}/u

/** "watch his step", "fais attention à elle": care, when the sentence is about ice, roads or love. */
const CARE = /\b(?:watch|careful|attention|gare|prudente?s?)\b/i
/** "accidents happen fast on icy roads": the roads, not the stairs of a colleague who reported me. */
const ROADS =
  /\b(?:icy|ice|roads?|highway|autoroute|routes?|verglas|glace|tempete|storm|drive safe|soyez prudents?)\b/i
const SAFETY =
  /❤|💕|😘|🥰|🙏|\b(?:ice|icy|stairs?|slippery|snow|storm|roads?|traffic|wet floor|glace|glissante?|escaliers?|routes?|tempete|neige|verglas|conge|maternite|repose|prends soin|take care)\b/iu

/**
 * A threat-shaped phrase that threatens nobody: a laugh, care about ice or roads, rivalry
 * in a game ("they'll be picking up their teeth 🏀 Go Wildcats!"), or a bare warning said
 * to oneself, in play, or as a classroom consequence.
 */
export function benignThreat(s: string, found: Span): boolean {
  const words = s.slice(found.start, found.end)
  if (PLAY.test(s) || LAUGH.test(s)) return true
  // "teach that class a lesson on fractions": a lesson with a subject is teaching.
  if (/\blesson$/i.test(words) && /^ (?:on|in|about)\b/i.test(s.slice(found.end))) return true
  if (!MENACING.test(s) && CARE.test(words) && SAFETY.test(s)) return true
  if (!MENACING.test(s) && /accident/i.test(words) && ROADS.test(s)) return true
  if (!MENACING.test(s) && /where|ou /i.test(words) && FRIENDLY_ERRAND.test(s)) return true
  if (!WARNING.test(words.trim())) return false
  if (MENACING.test(s)) return false
  return TO_ONESELF.test(s) || LAUGH.test(s) || EMOJI.test(s) || CLASSROOM.test(s)
}

/**
 * The sentence's threat: the earlier layers' (`earlier`), else this round's families;
 * a benign warning is set aside and the rest of the sentence read again.
 */
export function threatWithEighth(s: string, earlier: (t: string) => Span | null): Span | null {
  const found = earlier(s) ?? eighthRoundThreat(s)
  if (!found || !benignThreat(s, found)) return found
  const rest = s.slice(0, found.start) + " ".repeat(found.end - found.start) + s.slice(found.end)
  return earlier(rest) ?? eighthRoundThreat(rest)
}
