/**
 * Fourth-round threat shapes, as families: bodily harm with a body part or a
 * place to be thrown ("snap his neck", "put him through the wall"), "make X
 * cry/bleed", wishing someone unborn, needing a doctor or a dentist, "five
 * minutes alone with", "better hope he never runs into me", harm that happens
 * to "someone", damage to someone's tires or car, and the French equivalents
 * ("je vais en étrangler un", "faire passer l'envie", "va se faire casser la
 * gueule", "tu vas pleurer ta mère", "croise-moi pas"). Accent-folded text.
 */

const WHO =
  "(?:him|her|them|you|y'all|'em|(?:that|this|the|those|these|every|each|one of (?:the|these|those|my)) (?:[\\w-]+ ){0,3}?[\\w-]+)"
const BODY_EN =
  "(?:neck|necks|arms?|legs?|face|nose|jaw|fingers|skull|head|teeth|ribs|knees?|kneecaps?)"
const POSS_EN =
  "(?:his|her|their|your|that \\w+'s|the \\w+'s|someone's|somebody's|that (?:little )?\\w+'s)"

/** "I might snap his neck", "I'll break that kid's arm", "wring their necks". */
const BREAK_BODY = `\\b(?:snap|wring|break|twist|crack|bash|smash|punch|kick|bust|rearrange|knock) (?:in )?${POSS_EN} (?:\\w+ )?${BODY_EN}\\b(?! (?:laughing|off at|with laughter))`

/** "put him through the staffroom wall", "throwing his phone, and maybe him, out the window". */
const THROW_PERSON = `\\b(?:put|putting|throw|throwing|toss|tossing|chuck|chucking|shove|shoving|launch|send|sending|drag|dragging) (?:${WHO}|[\\w' ]{0,25}?,? (?:and|or) (?:maybe |possibly |probably )?(?:him|her|them|you),?) (?:\\w+ ){0,2}?(?:through|out|off|down|into|across) (?:a|the|my|his|her|their|that) (?:[\\w-]+ )?(?:wall|window|door|stairs|staircase|locker|dumpster|room|hallway|roof|bus)\\b`

/** "gonna make that little punk cry", "I'll make them bleed". */
const MAKE_CRY = `\\b(?:i'll|i will|i'm going to|i'm gonna|gonna|going to|i'd love to|i want to|i'm about to) make ${WHO} (?:cry|bleed|beg|crawl|suffer|scream|pay|regret (?:it|this|ever|the day))\\b`

/** "is going to wish they'd never been born", "va regretter d'être né". */
const NEVER_BORN = `\\b(?:wish (?:they|he|she|you)(?:'d| had| were)? (?:never been|not been|never) born|regrett(?:er|era|eras|eront|es|ez) (?:d'etre nee?s?|d'etre venue?s? au monde|le jour ou (?:il|elle|ils|tu|vous) (?:est|sont|es|etes) nee?s?))\\b`

/** "you'll be the one needing a lawyer, or a doctor", "il va avoir besoin d'un dentiste". */
const NEED_DOCTOR = `\\b(?:(?:you|he|she|they)(?:'ll| will|'re going to|'re gonna| are going to| is going to|'s going to|'s gonna| are gonna| is gonna)? (?:be the one |be )?(?:needing|need|needs) (?:a|an) (?:lawyer,? or (?:a )?doctor|doctor|dentist|ambulance|surgeon|new face|body ?cast|stretcher)|(?:va|vont|vas|allez) (?:avoir|en avoir) besoin d'(?:un|une) (?:dentiste|medecin|docteur|ambulance|chirurgien|civiere|platre))\\b`

/** "I'd love 5 minutes alone in the parking lot with the trustee", "j'aimerais passer cinq minutes seule avec". */
const ALONE_WITH = `\\b(?:i'd love|i would love|give me|gimme|all i need is|i want|j'aimerais(?: ca)?(?: passer)?|donnez-moi|laissez-moi|juste|je veux) (?:just )?(?:\\d+|two|five|ten|deux|cinq|dix) minutes (?:seule? |alone )?(?:(?:in|dans) (?:the|a|le|un|la) (?:parking lot|alley|room|stationnement|ruelle|gym|classe) )?(?:alone )?(?:with|avec)(?! my (?:kids|family|coffee|book|class)| (?:mon|ma|mes) (?:cafe|livre|famille|enfants))(?= \\w)(?![^.!?]{0,50}\\b(?:to|pour) (?:pitch|talk|discuss|chat|ask|explain|show|share|present|brainstorm|plan|thank|jaser|parler|discuter|presenter|remercier))`

/** "better hope he never runs into me", "croise-moi pas en dehors", "I won't be so nice", "je serai pas aussi gentille". */
const RUN_INTO_ME = `\\b(?:(?:had |'d )?better (?:hope|pray) (?:he|she|they|you|i) (?:never|don't|doesn't|do not|does not) (?:run|runs|bump|bumps|see|sees|meet|meets|cross|crosses) (?:into )?(?:me|him|her|them|you)|(?:croise-moi|croisez-moi|me croise|me croisez) (?:pas|jamais)|(?:i|je) (?:won't|will not|ne serai pas|serai pas) (?:be )?(?:so|as|aussi|si) (?:nice|gentille?|polie?|fine|patiente?|friendly))\\b`

/** "someone is getting hurt", "quelqu'un va se faire casser la gueule", "tu vas pleurer ta mère". */
const SOMEONE_HURT = `\\b(?:(?:someone|somebody|people|heads)(?:'s| is| are| will be)? (?:getting|going to get|gonna get|will get|about to get|gonna|going to)? ?(?:hurt|punched|hit|roll)\\b(?! feelings)|(?:va|vont|vas|allez) se faire (?:casser (?:la|sa|ta|leur) (?:gueule|face|yeule|tete)|tabasser|frapper|planter|ramasser|arranger le portrait|defoncer|peter la face|mal)|(?:tu vas|vous allez|il va|elle va|ils vont) pleurer (?:ta|sa|leur|votre) mere)\\b`

/** "je vais en étrangler un", "je vais finir par en frapper un". */
const EN_UN_FR = `\\b(?:je|j'|j) ?(?:vais |vas |va |m'en vais )?(?:finir par |pas tarder a )?en (?:etrangler|frapper|tuer|battre|claquer|gifler|tabasser|massacrer|assommer|planter|egorger|pogner) (?:un|une|deux|quelques-uns)\\b(?!\\s*(?:\\.\\.\\.|…)?\\s*(?:de|des|d') ?(?!eleves|jeunes|parents|enfants|collegues|profs|kids))`

/** "je vais lui faire passer l'envie", "je le sors par la fenêtre", "je défonce ta porte". */
const FR_HARM_MORE = `\\b(?:(?:je vais|j'vais|je vas|on va|je m'en vais) (?:lui|leur|te|vous) faire passer l'envie|(?:je|j'vais|je vais|je vas) (?:le|la|les|te|vous|l') ?(?:sors|sortir|lance|lancer|garroche|garrocher|pitche|pitcher|jette|jeter|crisse|crisser|sacre|sacrer|tords?|tordre|pogne|pogner|ramasse|ramasser|accroche|accrocher) (?:dehors|par la fenetre|en bas|dans le mur|a travers|le cou|dans le stationnement|a la sortie|au coin)|(?:je|j'vais|je vais) (?:lui|leur|te|vous) (?:tordre|tords|casser|casse|peter|pete|arracher|arrache) (?:le cou|les bras|la tete|les jambes|les dents|la face|la gueule)|\\bje (?:te |le |la |lui |les )?(?:defonce|casse|pete|brise|crisse|sacre|garroche) (?:ta|sa|leur|votre|ton|son|tes|ses) (?:porte|face|gueule|yeule|tete|char|auto|voiture|bureau|dents)|(?:attends?|attendez)(?:-toi)? (?:de voir|a voir) ce que je (?:te|vous|lui|leur) (?:reserve|prepare)|(?:attends?|attendez) que je (?:te|vous|le|la|les) (?:pogne|poigne|attrape|trouve|croise))\\b`

/** "he has NO idea what's coming", "il sait pas ce qui l'attend", "wait till you see what I have planned for you". */
const WHATS_COMING = `\\b(?:(?:he|she|they|you) (?:has|have|had|got) no idea what(?:'s| is) coming(?: (?:for|to) (?:him|her|them|you))?(?![^.!?]*(?:surprise|party|gift|cake|fun|🎉|🎁|🥳))|(?:il|elle|ils|elles|tu|vous) (?:ne )?(?:sai(?:t|s)|savent|savez) pas ce qui (?:l'|les |t'|vous )attend(?![^.!?]*(?:surprise|fete|cadeau|🎉|🎁))|wait (?:till|until|'til) (?:you|he|she|they) (?:see|sees) what i(?:'ve| have) (?:got |in store |planned )(?:for (?:you|him|her|them))?)`

/** "ses pneus vont se retrouver à plat", "your tires might end up flat", "slashed tires would teach them". */
const PROPERTY = `\\b(?:(?:ses|tes|vos|leurs|his|her|your|their) (?:pneus|tires|vitres|windows|char|auto|voiture|car|truck) (?:vont|va|might|will|could|may|are going to|are gonna|would) (?:se retrouver|end up|get|go|accidentally)? ?(?:a plat|flat|slashed|keyed|smashed|creves|brises|egratigne|scratched)|(?:slashed|keyed|flat|smashed) (?:tires|cars?|windows|windshields?) (?:would|will|might|could) teach)\\b`

/** "régler le cas de certains parents une fois pour toutes", "I'm going to get you", "I know things about you". */
const OTHER = `\\b(?:regler (?:le|son|leur|ton|votre) (?:cas|compte) (?:de|a|aux) (?:certains|certaines|ce|cette|ces|mon|ma|mes|la|le|les)|(?:i'm|i am) (?:going to|gonna) get (?:you|him|her|them)(?=\\s*[.!,]|\\s*$|\\s+for)|i know (?:things|stuff|some things|a few things|secrets) about (?:you|him|her|them)(?= (?:that|which))|one of these days,? (?:i'm|i am|i'll|i will) (?:gonna |going to )?(?:snap|lose it) and)\\b`

/** "better sleep with the lights on", "you'll lose a hand", "lucky I can't legally hit him". */
const CONSEQUENCE = `\\b(?:(?:better|'d better|had better|should) sleep with (?:the lights on|one eye open)|(?:you|he|she|they)(?:'ll| will|'re going to|'re gonna| are going to| is going to|'s going to) lose (?:a|an|your|his|her|their) (?:hand|finger|fingers|eye|tooth|teeth|arm|kneecap)|lucky (?:that )?(?:i|we) (?:can't|cannot|am not allowed to|'m not allowed to|aren't allowed to|can not) (?:legally )?(?:hit|punch|slap|strangle|kill|smack|touch)|chanceu(?:x|se|ses) que (?:j'aie|je n'aie|j'ai) pas le droit de (?:le|la|les|lui|te) (?:frapper|tuer|etrangler|toucher))\\b`

/** "you mess with my classroom, you mess with me", "I'll get you for this", "I'm coming after everyone who". */
const COMING_FOR = `\\b(?:mess with (?:my|me)\\b[^.!?]{0,30}\\byou mess with me|(?:i'll|i will|i'm gonna|i'm going to) get (?:you|him|her|them) for (?:this|that|it)|(?:i'm|i am|we're|we are) (?:coming|going) (?:after|for) (?:you|him|her|them|everyone|everybody|anyone|whoever|(?:that|those|the|every|each) (?:\\w+ )?(?:kid|student|parent|mom|dad|teacher|colleague|trustee|person|people|principal|vp|one)s?)\\b(?! (?:to (?:help|support|visit|see)|with (?:cookies|coffee|a hug)))|(?:knock|slap|smack|punch) (?:that|the) (?:smirk|smile|grin|look) (?:right )?off (?:his|her|their|your) (?:\\w+ )?face|(?:i (?:really )?hope|i wish|hope) (?:\\w+ ){0,3}?(?:gets?|get) (?:hit by (?:a|the) (?:bus|truck|car|train)|run over|punched|beaten|stabbed)|(?:je (?:te|lui|leur|vous) souhaite|j'espere qu(?:e|') ?(?:il|elle|ils|tu)) (?:de )?(?:te |se |vous )?(?:faire frapper|faire ecraser|faire renverser|se faire frapper|se faire ecraser) par (?:un|une|le|la) (?:autobus|bus|char|auto|camion|train))`

/** "ça va mal se passer", "ce que ça coûte de me chercher", "elle sait pas à qui elle a affaire", "quelqu'un va en payer le prix". */
const FR_VEILED_MORE = `(?:\\bca va (?:mal se passer|chauffer|brasser|faire mal|mal tourner)(?! (?:au|pour le|pour la|dans le|sur la route))|\\bce que (?:ca|cela) (?:coute|va (?:te|vous|lui|leur) couter) de me (?:chercher|niaiser|provoquer|ecoeurer|manquer)|\\b(?:il|elle|ils|elles|tu|vous) (?:ne )?(?:sait|savent|sais|savez) pas a qui (?:il|elle|ils|elles|tu|vous) (?:a|ont|as|avez) affaire|\\b(?:he|she|they|you) (?:doesn't|don't|does not|do not) know who (?:he's|she's|they're|you're|he is|she is|they are|you are) (?:dealing|messing) with|\\b(?:quelqu'un|someone|somebody) (?:va|is going to|'s going to|is gonna|will) (?:en )?pay(?:er)? (?:le prix|the price)|\\b(?:je vais|j'vais|je vas) m'arranger pour qu(?:e|') ?(?:il|elle|ils|elles|tu|vous) (?:perde|perdes|perdent|perdiez) (?:son|sa|ton|ta|leur|votre) (?:emploi|job|poste|permis|brevet)|\\b(?:encore|une autre fois|recommence|continue|touche|refais ca)\\b[^.!?]{0,40}\\b(?:et|pis) (?:tu|vous) (?:verras|verrez)(?=\\s*(?:[.!…]|$)))`

/** "drag him out by his collar", "get his teeth knocked in", "go full psycho on", "see what happens to your car". */
const BODILY_MORE = `\\b(?:(?:drag|dragging|haul|pull|grab|grabbing|yank) (?:him|her|them|you|that \\w+|the \\w+) (?:out |outside |down |across )?by (?:the|his|her|their|your) (?:collar|hair|ear|ears|neck|throat|scruff)|get(?:s|ting)? (?:his|her|their|your) (?:teeth|face|head|ass|butt|lights|skull) (?:knocked|kicked|bashed|smashed|punched|beaten|caved|busted)(?: in| out)?|go (?:full )?(?:psycho|postal|medieval) on|see what happens to (?:your|his|her|their) (?:car|tires|truck|house|windows|face|kids?)|(?:a|one) taste of (?:his|her|their|your) own medicine)\\b`

/** "someone is going to teach that brat a lesson", "goûter à sa propre médecine", "il va se ramasser à l'hôpital". */
const FR_MORE = `\\b(?:(?:someone|somebody)(?:'s| is)? (?:going to|gonna|will|needs to) (?:teach (?:him|her|them|that \\w+|the \\w+) a lesson|shut (?:him|her|them) up(?: for good)?)|gouter a (?:sa|ta|leur|votre) propre medecine|(?:se ramasser|se ramasse|se ramasses|se ramassent|aboutir|se retrouver|finir) (?:a l'hopital|a l'urgence|aux urgences|a la morgue|en chaise roulante)|m'occuper (?:de|du) (?:cas de )?(?:ce|cette|ces|ton|son|leur) [\\w'-]+(?:-la)? personnellement|(?:a|ont|as|avez) (?:tout )?interet a (?:faire attention|se tenir tranquille|surveiller ses arrieres|pas me (?:croiser|chercher))|(?:ferai(?:t|ent|s)|feriez) mieux de (?:ne )?(?:pas|jamais) (?:croiser mon chemin|me croiser|se montrer|me chercher)|(?:better|'d better|had better) (?:not )?(?:stay out of my way|never cross my path|not cross my path|not show (?:his|her|their|your) face))\\b`

/** "smack the attitude right out of that kid", "rip that kid's head off", "his car is getting keyed", "a visit from me". */
const MORE_EN = `\\b(?:(?:smack|slap|knock|beat|kick) the (?:attitude|sass|smirk|stupid|crap|snot|hell|tar|daylights) (?:right )?(?:out of|off) (?:him|her|them|you|that|the|those|these|this)|(?:rip|tear|ripping|tearing|knock|knocking|bite|biting) (?:his|her|their|your|that \\w+'s|the \\w+'s) (?:\\w+ )?(?:head|face|arms?|legs?|teeth|throat) (?:off|out)|(?:his|her|their|your) (?:car|tires|truck|windows|house) (?:is|are) (?:getting|gonna get|going to get|about to get) (?:keyed|slashed|smashed|scratched|egged|torched)|(?:get|getting|gets|pay (?:him|her|them|you)) a (?:little |personal )?visit from me|i'm not done with you(?! yet)|(?:you|he|she|they)(?:'ll| will|'re going to|'re gonna|'s going to|'s gonna| is going to| are going to) (?:just |soon |so |totally |definitely )?be (?:dead|eating through a straw|six feet under))\\b`

/** "je vais lui casser les deux jambes", "je te sacre mon poing sur la gueule", "faire manger ses dents", "va avoir de mes nouvelles". */
const MORE_FR = `\\b(?:(?:casser|casse|peter|pete|briser) (?:les|ses|tes) (?:deux )?(?:jambes|bras|genoux|dents|doigts|cotes)|(?:sacre|sacrer|crisse|crisser|mets|mettre|colle|coller) (?:mon|un) (?:poing|coup de poing|pied) (?:sur|dans) (?:la|sa|ta) (?:gueule|face|yeule|tete|figure)|faire (?:manger|avaler) (?:ses|tes|leurs) dents|(?:va|vont|vas|allez) avoir de mes nouvelles|(?:t'as|tu as|vous avez|il a|elle a) besoin de (?:faire attention a (?:toi|vous|lui|elle)|surveiller (?:tes|vos|ses) arrieres))\\b`

/** "put that VP in a headlock", "slap some sense into", "je lui saute dessus", "à coups de poing", "with my baseball bat". */
const ASSAULT = `\\b(?:(?:put|get|have|got) (?:him|her|them|you|that \\w+|the \\w+|this \\w+) in a (?:headlock|chokehold|choke hold|sleeper hold)|(?:slap|beat|knock|smack|kick|punch) (?:some )?(?:sense|manners|respect) into (?:him|her|them|you|that|the|those|these|this)|(?:je|j'vais|je vais|je vas) (?:lui|leur|te|vous) (?:saute|sauter) dessus|(?:je|j'vais|je vais|on va)\\b[^.!?]{0,50}\\ba coups? de (?:poing|pied|batte|baton|bat)s?|(?:je vais|j'vais|je vas|j'arrive|je m'en vais|on va)\\b[^.!?]{0,50}\\bavec (?:mon|un|ma|une) (?:baton de baseball|batte|bat|hache|couteau|fusil|arme|marteau|pied de biche)|(?:i'm going|i'll go|i'll show up|gonna go|i'm coming|i'll come|i'll be)\\b[^.!?]{0,50}\\bwith (?:my|a) (?:baseball )?(?:bat|gun|knife|axe|hammer|crowbar|tire iron)|rendre la monnaie de (?:sa|ta|leur|votre) piece)\\b`

export const THREAT_WIDE = [
  ASSAULT,
  MORE_EN,
  MORE_FR,
  BODILY_MORE,
  FR_MORE,
  CONSEQUENCE,
  COMING_FOR,
  FR_VEILED_MORE,
  BREAK_BODY,
  THROW_PERSON,
  MAKE_CRY,
  NEVER_BORN,
  NEED_DOCTOR,
  ALONE_WITH,
  RUN_INTO_ME,
  SOMEONE_HURT,
  EN_UN_FR,
  FR_HARM_MORE,
  WHATS_COMING,
  PROPERTY,
  OTHER
]

/** Sports and games: "on va les écraser ce soir", "rematch next year, you've been warned". */
export const GAME_CONTEXT =
  /\b(?:rematch|tournament|tournoi|playoffs?|finals?|hockey|volleyball|basketball|dodgeball|ballon-chasseur|soccer|football|badminton|curling|chess|echecs|game night|board game|jets|oilers|canadiens|leafs|bombers|riders|flames|canucks|senators|habs|bruins|match|la partie|the game|tonight's game|scrabble|uno|monopoly|trivia|pictionary)\b/i
