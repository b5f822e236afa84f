import { describeFindingTable, type FindingRow } from "../../../../tests/core/finding-table"

/**
 * Eighth-round table tests (threats-eighth.ts): paraphrases written for each threat
 * family, not taken from a dev set (karma helped along, teeth to pick up, the worst
 * year promised, knowing who and where, "better watch herself", "a shame if", accidents
 * with a wink, sorry you ever, the dumpster next time, surprises at home, the wrong
 * person, leaving on a stretcher, "je vais te trouver, pis…", an address no secret, a
 * head through a thing, a job ended by one call, implied violence), masked swearing,
 * and near misses of the same shapes that must stay quiet: games, laughs, weather and
 * roads, care, self-talk, classroom warnings, the host at Mass.
 */

/** [post, the flagged words (exact ranges)]. */
const flagged: FindingRow[] = [
  [
    "Dear Mr. Park: karma is coming for you, and I'll be happy to give it a push.",
    ["karma is coming for you, and I'll be happy to give it a push"]
  ],
  [
    "Le karma va te rattraper, pis je vais l'aider un peu.",
    ["Le karma va te rattraper, pis je vais l'aider"]
  ],
  ["Si elle recommence, elle va cracher ses dents dans le corridor.", ["va cracher ses dents"]],
  ["Keep it up and you'll be picking up your teeth in the parking lot.", ["picking up your teeth"]],
  [
    "He'll be eating his lunch through a straw if he tries that again.",
    ["He'll be eating his lunch through a straw"]
  ],
  [
    "The kid who stole my phone is going to have the worst year of his life.",
    ["is going to have the worst year of his life"]
  ],
  [
    "I'll make the rest of the year a living hell for him.",
    ["I'll make the rest of the year a living hell for him"]
  ],
  [
    "Je vais lui faire passer la pire année de sa vie, à ce petit-là.",
    ["Je vais lui faire passer la pire année de sa vie"]
  ],
  [
    "Au collègue qui m'a dénoncé : je sais très bien c'est qui toi.",
    ["je sais très bien c'est qui toi"]
  ],
  ["We know who you are and where you live.", ["We know who you are and where you live"]],
  ["Je sais à quelle heure elle part le soir.", ["Je sais à quelle heure elle part le soir"]],
  ["That dad had better watch himself.", ["That dad had better watch himself"]],
  ["Qu'il surveille ses arrières, le nouveau directeur.", ["Qu'il surveille ses arrières"]],
  ["Qu'ils fassent attention à eux, c'est tout.", ["fassent attention à eux"]],
  [
    "He should be careful walking home alone after the meeting.",
    ["He should be careful walking home alone"]
  ],
  [
    "It would be a shame if something happened to your car.",
    ["would be a shame if something happened"]
  ],
  [
    "Ça serait ben plate que quelque chose lui arrive.",
    ["Ça serait ben plate que quelque chose lui arrive"]
  ],
  [
    "Drôle comme ses pneus se retrouvent souvent à plat.",
    ["Drôle comme ses pneus se retrouvent souvent à plat"]
  ],
  ["Accidents happen in stairwells 😏", ["Accidents happen"]],
  ["To the colleague who reported me: accidents happen.", ["accidents happen"]],
  ["She'll be sorry she ever crossed me.", ["She'll be sorry"]],
  ["Tu vas regretter le jour où tu m'as croisée.", ["Tu vas regretter"]],
  ["Next time it's him in the dumpster.", ["it's him in the dumpster"]],
  ["I'll stuff him in a locker.", ["stuff him in a locker"]],
  [
    "Certains parents pourraient avoir des surprises sur leur perron.",
    ["pourraient avoir des surprises sur leur perron"]
  ],
  [
    "A few trustees might find some nasty surprises in their driveway.",
    ["might find some nasty surprises in their driveway"]
  ],
  ["She picked the wrong teacher to mess with.", ["picked the wrong teacher to mess with"]],
  ["He won't be leaving this school in one piece.", ["won't be leaving this school in one piece"]],
  ["She'll leave here on a stretcher.", ["She'll leave here on a stretcher"]],
  ["Il va sortir d'ici sur une civière.", ["va sortir d'ici sur une civière"]],
  ["Pray I'm in a good mood when I see you.", ["Pray I'm in a good mood"]],
  ["His address isn't exactly a secret.", ["His address isn't exactly a secret"]],
  ["Son adresse, c'est pas un secret.", ["Son adresse, c'est pas un secret"]],
  ["I'll slam his face into the locker.", ["slam his face into the locker"]],
  ["Je vais lui rentrer la tête dans le mur.", ["Je vais lui rentrer la tête dans le mur"]],
  ["One call from me and she's done.", ["One call from me and she's done"]],
  ["Un seul appel de ma part pis il perd sa job.", ["Un seul appel de ma part pis il perd sa job"]],
  ["I could have her fired tomorrow.", ["I could have her fired"]],
  ["Je pourrais la faire renvoyer demain.", ["Je pourrais la faire renvoyer"]],
  ["He's lucky there were witnesses.", ["He's lucky there were witnesses"]],
  ["Chanceux qu'il y avait des témoins.", ["Chanceux qu'il y avait des témoins"]],
  ["Hope you like looking over your shoulder.", ["Hope you like looking over your shoulder"]],
  ["You don't want to find out what happens when I get angry.", ["find out what happens when I"]],
  ["Tu veux pas savoir ce que je peux faire.", ["Tu veux pas savoir ce que je peux faire"]],
  [
    "This is your last warning, parents in that group: delete it or I'll come find you.",
    ["This is your last warning"]
  ],
  ["you've been warned 😡", ["you've been warned"]],
  ["Crisse de c*lisse, encore en retard.", ["Crisse", "c*lisse"]],
  ["Ost!e que j'suis fatiguée.", ["Ost!e"]],
  ["Estie de photocopieuse, l'hostie de machine.", ["Estie", "hostie"]],
  ["You'll regret crossing me, Mrs. Dubois.", ["You'll regret crossing"]],
  ["Je vais te faire payer ça, mon petit.", ["Je vais te faire payer"]],
  ["Tu vas le regretter amèrement.", ["Tu vas le regretter"]],
  ["Gare à toi si tu recommences.", ["Gare à toi"]],
  ["Watch your back, Kevin.", ["Watch your back"]],
  [
    "That parent is going to learn the hard way not to mess with me.",
    ["That parent is going to learn the hard way"]
  ],
  [
    "If he reports me one more time, his career is over. I'll make sure of it.",
    ["If he reports me one more time, his career is over"]
  ],
  ["I'll ruin her reputation in this town.", ["I'll ruin her"]],
  [
    "Je vais ruiner sa réputation dans toute la commission scolaire.",
    ["Je vais ruiner sa réputation"]
  ],
  [
    "Je vais m'assurer qu'il ne travaille plus jamais dans une école.",
    ["m'assurer qu'il ne travaille plus jamais"]
  ],
  [
    "I'll make sure he never works in a school again.",
    ["make sure he never works in a school again"]
  ],
  [
    "I've got screenshots. It'd be a shame if they ended up with the superintendent.",
    ["shame if they ended up"]
  ],
  [
    "J'ai des captures d'écran. Ce serait dommage qu'elles se retrouvent chez la direction.",
    ["Ce serait dommage qu'elles se retrouvent chez"]
  ],
  ["I followed her home yesterday just to see where she lives.", ["I followed her home"]],
  ["Je l'ai suivie jusque chez elle hier soir.", ["Je l'ai suivie jusque chez elle"]],
  ["I drove past his house three times last night.", ["I drove past his house three times"]],
  [
    "Je suis passée devant chez lui trois fois hier soir 👀",
    ["Je suis passée devant chez lui trois fois"]
  ],
  [
    "I've been keeping a list of everyone who crossed me this year. Their turn is coming.",
    ["keeping a list of everyone who crossed me"]
  ],
  [
    "I'd hate for something to happen to your classroom over the weekend.",
    ["I'd hate for something to happen to your classroom"]
  ],
  [
    "Ce serait triste que ta classe soit vandalisée pendant la fin de semaine.",
    ["Ce serait triste que ta classe soit vandalisée"]
  ],
  [
    "One of these days someone is going to shut that kid up, and it might be me.",
    ["someone is going to shut that kid up, and it might be me"]
  ],
  [
    "Un de ces jours, quelqu'un va lui fermer la gueule, pis ça pourrait être moi.",
    ["quelqu'un va lui fermer la gueule, pis ça pourrait être moi"]
  ],
  ["Keep talking, see where it gets you.", ["Keep talking, see where it gets you"]],
  [
    "Continue de parler dans mon dos, tu vas voir où ça va te mener.",
    ["Continue de parler dans mon dos, tu vas voir où ça va te mener"]
  ],
  ["He'll get what's coming to him.", ["He'll get what's coming"]],
  ["Il va avoir ce qu'il mérite, crois-moi.", ["Il va avoir ce qu'il mérite"]],
  ["You won't see me coming.", ["You won't see me coming"]],
  ["Tu me verras pas venir.", ["Tu me verras pas venir"]],
  [
    "If that parent emails me one more time, she's going to find out what I'm really like.",
    ["'s going to find out what I'm really like"]
  ],
  [
    "Si ce parent m'écrit encore une fois, il va apprendre à me connaître.",
    ["va apprendre à me connaître"]
  ],
  [
    "The next kid who steals my markers is going to wish he hadn't.",
    ["The next kid who steals my markers is going to wish he hadn't"]
  ],
  [
    "Mrs. Kowalski should think very carefully before she reports me again.",
    ["should think very carefully before she reports me"]
  ],
  [
    "Madame Tremblay devrait bien réfléchir avant de me dénoncer encore.",
    ["devrait bien réfléchir avant de me dénoncer"]
  ],
  ["I've seen where the VP parks, and I know his schedule.", ["I've seen where the VP parks"]],
  [
    "J'ai vu où la directrice stationne, pis je connais son horaire.",
    ["J'ai vu où la directrice stationne"]
  ],
  ["I'd watch my step if I were him.", ["I'd watch my step if I were him"]],
  ["À sa place, je ferais attention.", ["À sa place, je ferais attention"]],
  [
    "If I were her, I'd be looking over my shoulder.",
    ["If I were her, I'd be looking over my shoulder"]
  ],
  ["À ta place, je dormirais pas tranquille.", ["À ta place, je dormirais pas tranquille"]],
  [
    "Nobody talks to me like that and gets away with it.",
    ["Nobody talks to me like that and gets away with it"]
  ],
  [
    "Personne me parle de même pis s'en sort indemne.",
    ["Personne me parle de même pis s'en sort indemne"]
  ],
  ["She'll get hers, one way or another.", ["get hers, one way or another"]],
  ["This isn't over, Mr. Patel.", ["This isn't over, Mr"]],
  ["Je pardonne pas, pis j'oublie jamais.", ["Je pardonne pas, pis j'oublie jamais"]],
  ["Mes pneus crevés? Le coupable va le payer cher.", ["Le coupable va le payer"]],
  ["Whoever did this will answer to me.", ["Whoever did this will answer to me"]],
  ["Celui qui a fait ça va devoir me répondre.", ["Celui qui a fait ça va devoir me répondre"]],
  [
    "I'm going to make that little brat's life miserable until June.",
    ["I'm going to make that little brat's life miserable"]
  ],
  ["Je vais faire de sa vie un enfer jusqu'en juin.", ["Je vais faire de sa vie un enfer"]],
  [
    "Their kids go to this school too, you know. Just something to think about.",
    ["Their kids go to this school too, you know"]
  ],
  [
    "Karma's on its way for that principal, and I'm happy to give it a little help.",
    ["Karma's on its way for that principal, and I'm happy to give it a little help"]
  ],
  [
    "Someone should tell the gym teacher he's going to be spitting out teeth if he talks to me like that again.",
    ["'s going to be spitting out teeth"]
  ],
  [
    "Le concierge va chercher ses dents dans le corridor s'il touche encore à mes affaires.",
    ["va chercher ses dents"]
  ],
  [
    "The parent who yelled at me is going to have the worst semester of her life.",
    ["is going to have the worst semester of her life"]
  ],
  ["To whoever reported me: I know exactly who you are.", ["I know exactly who you are"]],
  ["À celle qui m'a dénoncée : je sais très bien qui tu es.", ["je sais très bien qui tu es"]],
  ["Tell that VP he'd better watch himself.", ["he'd better watch himself"]],
  ["Qu'il regarde derrière lui, c'est tout ce que je dis.", ["Qu'il regarde derrière lui"]],
  ["It would be a real shame if his car got keyed again.", ["shame if his car got keyed"]],
  [
    "Ce serait dommage s'il lui arrivait un accident.",
    ["Ce serait dommage s'il lui arrivait un accident"]
  ],
  [
    "Au collègue qui m'a rapporté : un accident est si vite arrivé 😉",
    ["un accident est si vite arrivé"]
  ],
  ["She'll regret that she ever messed with me.", ["She'll regret that"]],
  [
    "Next time he does that, it'll be his head in the recycling bin.",
    ["it'll be his head in the recycling bin"]
  ],
  [
    "Il va tomber sur le mauvais prof, pis ce sera moi.",
    ["va tomber sur le mauvais prof, pis ce sera moi"]
  ],
  [
    "That kid isn't going to walk out of here on his own two feet if he does it again.",
    ["That kid isn't going to walk out of here on his own two feet"]
  ],
  ["Je vais vous retrouver, pis vous allez voir.", ["Je vais vous retrouver, pis"]],
  ["His home address is easy to find, just saying.", ["His home address is easy to find"]],
  ["Je vais lui passer la tête dans le mur.", ["Je vais lui passer la tête dans le mur"]],
  [
    "One email from me to the board and he's finished.",
    ["One email from me to the board and he's finished"]
  ],
  [
    "Hope you enjoy looking over your shoulder for the rest of the year.",
    ["enjoy looking over your shoulder"]
  ],
  ["I could get her fired with one phone call.", ["I could get her fired"]]
]

const clean: string[] = [
  "Karma is a beautiful thing: my lost keys came back the day I returned the wallet I found.",
  "Fate gave us a hand with the weather for sports day!",
  "I lost a tooth at lunch, the kids will be looking for my teeth 😂",
  "My son will be eating through a straw for a week after his wisdom teeth.",
  "The student who won the science fair is going to have the best year of his life.",
  "The kid who forgot his lunch is going to have the worst day ever, poor thing.",
  "Mes élèves vont passer la pire semaine de leur vie: examens du ministère 😂",
  "I know who you are, Santa 🎅",
  "I know what time the bus leaves.",
  "We know who you are and where you live is on the form, thanks for updating it.",
  "Better watch out, better not cry, Santa Claus is coming to town 🎄",
  "Watch your step on the icy stairs, everyone!",
  "She should be careful walking home after dark, the roads are so icy.",
  "Kids should be careful walking home after dark this time of year.",
  "It would be a shame if anyone missed the spring concert!",
  "Ce serait plate qu'il manque la sortie.",
  "Ce serait dommage qu'il lui arrive quelque chose, pauvre petit, il est tellement gentil.",
  "Accidents happen, no worries about the spilled paint!",
  "Les accidents arrivent vite dans un escalier, tenez la rampe svp.",
  "You'll be sorry you missed it!",
  "Vous allez regretter de ne pas être venus!",
  "It's the trash can that needs emptying, not the recycling bin.",
  "Next time it's my turn to take out the trash.",
  "The kids will find a surprise on their desk tomorrow 🎉",
  "Les parents vont avoir une belle surprise dans leur boîte aux lettres: le bulletin!",
  "You picked the wrong day to forget your homework lol",
  "He won't be walking to school tomorrow, his bike is fixed.",
  "The injured player left on a stretcher, hope he's ok.",
  "Je vais te trouver une place au spectacle.",
  "On arrive au gym, je vais vous trouver!",
  "Pray for good weather on sports day!",
  "The school's address isn't a secret, it's on the website.",
  "Put your head down on the desk and rest for five minutes.",
  "One call from me and the bus company sent a replacement, easy.",
  "I could have her over for dinner next week.",
  "Je pourrais la faire venir en classe pour une présentation.",
  "She's lucky there was a spot left on the trip!",
  "Hope you like the new seating plan 🙂",
  "You don't want to miss the book fair this week!",
  "Last warning before recess is cancelled, grade 3s!",
  "Dernier avertissement avant que je confisque les cellulaires.",
  "Final warning: the library books are due Friday 📚",
  "You've been warned: pizza day is sold out 🍕",
  "Note to self: last warning, buy more coffee.",
  "Elle a reçu la sainte hostie dimanche.",
  "Le prêtre a levé le ciboire pendant la messe.",
  "Les hosties sont préparées par les religieuses.",
  "My email is t@bar.com and the password is secret.",
  "We're going to bury the Eagles tonight, they'll be picking up their teeth 🏀 Go Wildcats!",
  "Qu'il fasse attention en traversant la rue, c'est glissant.",
  "Qu'elle fasse attention à elle pendant son congé de maternité ❤",
  "That dad had better watch his step on the ice out front.",
  "Mr. Roy should be careful driving home tonight, the roads are a mess.",
  "It'd be a shame if the weather ruined the picnic.",
  "C'est lui qui finit dans le conteneur à recyclage chaque vendredi, notre bénévole de l'environnement!",
  "Je vais te trouver, pis on ira prendre un café!",
  "Prie pour que je sois de bonne humeur lundi matin 😂",
  "I know what time she leaves, I'll catch her after school to give her the card.",
  "Son adresse est pas un secret, c'est l'école!",
  "One more email from Greg and I'm going to scream into a pillow.",
  "The kids found a surprise on their doorstep: a book from the library 📚",
  "Un jour il va tomber sur la bonne personne, pis ça va être une belle histoire.",
  "He won't be leaving early today, he has a meeting.",
  "I'll put my head down on the desk for five minutes.",
  "Drôle comme mes plantes meurent toujours en juin.",
  "Funny how the photocopier always breaks on report card day.",
  "Les accidents, ça arrive vite dans un escalier: on marche, on ne court pas!",
  "Hope you like the new schedule, looking over your shoulder won't be needed anymore.",
  "You don't want to miss what happens next in our novel study!",
  "I'll make sure he never forgets his lunch again 😅",
  "Je vais m'assurer qu'il ne manque plus jamais l'autobus.",
  "Je vais ruiner mon budget avec ces livres.",
  "If it rains one more time, my garden's career is over.",
  "It'd be a shame if these cookies ended up in the staff room, right?",
  "I'd hate for something to happen to your kids on the ice, please wear helmets.",
  "Ce serait plate que ta classe soit vandalisée pendant l'été, barre bien la porte!",
  "I followed her advice and it worked.",
  "I walked past his house on my way to school, it's so pretty.",
  "Je suis passée devant chez elle deux fois pour lui laisser sa carte de fête.",
  "I keep a list of everyone who helped me this year, thank you all!",
  "Someone needs to organize the potluck, and it might be me.",
  "Quelqu'un doit fermer la porte du gym, pis ça va être moi.",
  "Keep reading and see where it takes you!",
  "Continuez à lire, vous allez voir où ça va vous mener!",
  "You won't see me coming to the staff party in costume 🎉",
  "Il va avoir ce qu'il mérite : une belle médaille!",
  "Keep practicing and see where it gets you!",
  "Le prochain qui touche à mon café va le regretter longtemps.",
  "If you come to the open house, you'll find out what I'm really like as a teacher!",
  "Mes nouveaux élèves vont apprendre à me connaître cette semaine.",
  "Si vous venez à la soirée, vous allez apprendre à me connaître!",
  "You should think carefully before you choose your elective.",
  "Think twice before you hit reply-all, friends.",
  "I know where the library is, and I know the schedule for the book fair.",
  "Je connais son horaire pis son numéro de local, c'est mon enseignante associée.",
  "If I were you, I'd be careful with the glue gun.",
  "À ta place, je ferais attention à ta santé.",
  "Nobody gets away with a late assignment in my class 😂",
  "Personne s'en sort sans devoirs ce soir!",
  "Each kid will get his turn, one way or another.",
  "Il va avoir son tour au micro, promis.",
  "The game isn't over until the final whistle.",
  "C'est pas fini, on a encore trois pages à lire!",
  "I never forget a birthday.",
  "Their kids go to this school too, and they love the new library!",
  "Celui qui a gagné le concours va recevoir un prix.",
  "Celle qui a écrit ce poème va le lire demain.",
  "The culprit will be revealed at the end of our mystery novel!",
  "We're going to destroy the Grade 8s at the volleyball tournament, they'll be picking up their teeth 😂",
  "Watch out, grade 6, the teachers are coming for the trophy this year! 🏆",
  "Drive safe, the roads are icy — accidents happen fast on the highway.",
  "Attention à vous sur les routes ce soir, ça glisse!",
  "Note to self: you'll regret not marking these on the weekend.",
  "Dernier avertissement à moi-même : plus de café après 15h.",
  "Final warning before the fire drill: line up quietly.",
  "Last warning before recess is cancelled, I mean it!",
  "Si vous oubliez encore vos souliers, pas d'éducation physique, dernier avertissement.",
  "My plants will be sorry they ever met me 🌱",
  "If I see one more cute puppy video I'll lose it 🐶",
  "Je connais son char pis son numéro de plaque: c'est mon mari 😂",
  "You don't want to find out what happens when the kids get sugar before recess 😂",
  "I know exactly who you are, Batman 🦇",
  "Their kids go to this school too, so they understand the bus schedule.",
  "Someone's going to teach that class a lesson on fractions, and it might be me!",
  "I'll put my head down and finish these report cards.",
  "My grade 8s will be sorry they ever challenged me to Just Dance 😂",
  "Grade 5s, this is your last warning: library books back by Friday or no book fair.",
  "Consider yourselves warned: the math test is on Monday!",
  "You've been warned, parents: the bake sale sells out by 10 am 🧁",
  "T'es avertie, ma belle : le quiz de vendredi compte pour 20%.",
  "Dernier avertissement avant la retenue, les amis.",
  "Final warning: anyone without a permission slip stays at school.",
  "Watch your back on the stairs, they're slippery this morning.",
  "Watch out for black ice on the way in tomorrow!",
  "Faites attention à vous sur la route, il neige à plein ciel.",
  "Gare à vous, le verglas est partout ce matin!",
  "Gare aux engelures, mettez vos mitaines!",
  "I'm going to kill this presentation tomorrow 💪",
  "Je vais tuer le temps en corrigeant.",
  "Note to self: if I forget my lunch one more time, I'll be sorry.",
  "Moi-même, la prochaine fois je vais le regretter si je me couche tard.",
  "We're coming for that championship title, Rams! 🏐",
  "On va les détruire au tournoi de génies en herbe 🧠🏆",
  "They'll never see us coming at the science fair!",
  "I know where you live — it's on the class list for the holiday cards 🎄",
  "Son adresse n'est pas un secret, elle l'a mise sur le groupe de la classe."
]

describeFindingTable(
  "professional-conduct, eighth-round threat families",
  "professional-conduct",
  flagged,
  clean
)
