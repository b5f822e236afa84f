import { describeFindingTable, type FindingRow } from "../../../../tests/core/finding-table"
/**
 * Fourth-round table tests: whole families rather than dev sentences (collective
 * insults, people-only nouns, wider roles, comparisons, denials of ability,
 * sarcasm beside an eye-roll; threats with body parts, doctors, "alone with",
 * property), with near misses of the same shapes that must stay quiet.
 */

/** [post, the flagged words (exact ranges)]. */
const flagged: FindingRow[] = [
  [
    "Our parent council is a room full of busybodies with nothing better to do.",
    ["room full of busybodies"]
  ],
  [
    "Honestly, a generation of slackers is coming up through the grades.",
    ["generation of slackers"]
  ],
  [
    "Les gars de ma classe de 9e, c'est une bande de petits bums.",
    ["Les gars de ma classe de 9e, c'est une bande de petits bums"]
  ],
  ["Le comité de parents, c'est un club de chialeux.", ["club de chialeux"]],
  ["The trustees are spineless cowards.", ["The trustees are spineless cowards"]],
  ["Our new VP is a power-hungry little tyrant.", ["Our new VP is a power-hungry little tyrant"]],
  ["The gym teacher is a meathead.", ["The gym teacher is a meathead"]],
  [
    "That kid in period 5 is a sociopath in training.",
    ["That kid in period 5 is a sociopath in training"]
  ],
  ["Our resource teacher is a total airhead.", ["Our resource teacher is a total airhead"]],
  ["My co-teacher is lazy af.", ["My co-teacher is lazy"]],
  ["Grade 10 boys are basically cavemen.", ["Grade 10 boys are basically cavemen"]],
  ["Ces deux-là, des vrais épais.", ["des vrais épais"]],
  ["C'est des incapables, tous.", ["des incapables"]],
  ["Notre orthopédagogue ne sert à rien.", ["Notre orthopédagogue ne sert à rien"]],
  [
    "La technicienne en éducation spécialisée est une paresseuse finie.",
    ["La technicienne en éducation spécialisée est une paresseuse finie"]
  ],
  ["Les profs d'éduc sont des gorilles.", ["Les profs d'éduc sont des gorilles"]],
  ["Ma stagiaire est nulle à chier.", ["Ma stagiaire est nulle à chier"]],
  ["Le chauffeur d'autobus est un vrai malade.", ["Le chauffeur d'autobus est un vrai malade"]],
  ["The lunch supervisors are useless.", ["The lunch supervisors are useless"]],
  ["Absolutely useless people, the lot of them.", ["Absolutely useless people"]],
  ["Pathetic bunch, our trustees.", ["Pathetic"]],
  [
    "The new counsellor is dumb as a box of rocks.",
    ["The new counsellor is dumb as a box of rocks"]
  ],
  ["She couldn't lead her way out of a paper bag.", ["couldn't lead her way out of a paper bag"]],
  ["Ce gars-là est bête comme ses pieds.", ["Ce gars-là est bête comme ses pieds"]],
  ["Some parents can't even read a permission form.", ["Some parents can't even read"]],
  ["La moitié savent même pas lire l'heure.", ["savent même pas lire l'heure"]],
  ["Get a hobby, Karen.", ["Get a hobby"]],
  ["Prends ta retraite, Gilles.", ["Prends ta retraite"]],
  ["Some people shouldn't be allowed to have kids.", ["shouldn't be allowed to have kids"]],
  [
    "Ces gens-là devraient même pas avoir le droit d'avoir des enfants.",
    ["devraient même pas avoir le droit d'avoir des enfants"]
  ],
  ["Useless. Absolutely useless.", ["Useless.", "Absolutely useless."]],
  ["Nul.", ["Nul."]],
  ["Our school is run by idiots.", ["Our school is run by idiots"]],
  ["La division est dirigée par une incompétente.", ["dirigée par une incompétente"]],
  ["Central office clowns at it again.", ["office clowns"]],
  ["Another genius decision from the division 🙄", ["genius decision from the division"]],
  [
    "Merci à notre brillante direction pour la réunion de 3 h 🙄",
    ["Merci à notre brillante direction"]
  ],
  ["These are the least curious kids I have ever taught.", ["the least curious kids"]],
  ["Les élèves du groupe 12 sont les plus lents que j'ai eus.", ["sont les plus lents que j'ai"]],
  ["Zéro jugement, zéro colonne.", ["Zéro jugement, zéro colonne"]],
  ["I might snap his neck.", ["snap his neck"]],
  ["I'll break that kid's arm.", ["break that kid's arm"]],
  ["I'm going to put him through the wall.", ["I'm going to put him through the wall"]],
  ["Gonna make that little punk cry.", ["Gonna make that little punk cry"]],
  ["That little thief is going to wish he'd never been born.", ["wish he'd never been born"]],
  ["Le p'tit comique va regretter d'être né.", ["regretter d'être né"]],
  ["You'll be the one needing a doctor.", ["You'll be the one needing a doctor"]],
  ["Il va avoir besoin d'un dentiste.", ["va avoir besoin d'un dentiste"]],
  ["Give me five minutes alone with that trustee.", ["Give me five minutes alone with"]],
  [
    "J'aimerais passer cinq minutes seule avec le commissaire.",
    ["J'aimerais passer cinq minutes seule avec"]
  ],
  ["That dad better hope he never runs into me.", ["better hope he never runs into me"]],
  ["Croise-moi pas en dehors de l'école.", ["Croise-moi pas"]],
  ["Someone is getting hurt today.", ["Someone is getting hurt"]],
  ["Quelqu'un va se faire casser la gueule.", ["casser la gueule"]],
  ["Tu vas pleurer ta mère.", ["Tu vas pleurer ta mère"]],
  ["Je vais finir par en frapper un.", ["Je vais finir par en frapper un"]],
  ["Je vais lui faire passer l'envie.", ["Je vais lui faire passer l'envie"]],
  ["Je le sors par la fenêtre.", ["Je le sors par la fenêtre"]],
  ["Je défonce ta porte.", ["Je défonce ta porte"]],
  ["Attends de voir ce que je te réserve.", ["Attends de voir ce que je te réserve"]],
  ["He has no idea what's coming.", ["He has no idea what's coming"]],
  ["Ses pneus vont se retrouver à plat.", ["Ses pneus vont se retrouver à plat"]],
  ["Slashed tires would teach them respect.", ["Slashed tires would teach"]],
  ["I know things about you that your husband doesn't.", ["I know things about you"]],
  ["Better sleep with the lights on.", ["Better sleep with the lights on"]],
  ["Touch my stuff again and you'll lose a hand.", ["you'll lose a hand"]],
  ["I'll get you for this.", ["I'll get you for this"]],
  ["I'm coming after everyone who signed it.", ["I'm coming after everyone"]],
  ["I'll knock that smirk off his face.", ["knock that smirk off his face"]],
  ["I hope that kid gets hit by a bus.", ["I hope that kid gets hit by a bus"]],
  [
    "Je te souhaite de te faire frapper par un autobus.",
    ["Je te souhaite de te faire frapper par un autobus"]
  ],
  ["Si tu continues, ça va mal se passer.", ["ça va mal se passer"]],
  ["Elle sait pas à qui elle a affaire.", ["Elle sait pas à qui elle a affaire"]],
  ["Quelqu'un va en payer le prix.", ["Quelqu'un va en payer le prix"]],
  [
    "Je vais m'arranger pour qu'il perde son emploi.",
    ["Je vais m'arranger pour qu'il perde son emploi"]
  ],
  ["Touche encore à ma classe et tu verras.", ["Touche encore à ma classe et tu verras"]],
  ["I'm going to drag him out by his collar.", ["drag him out by his collar"]],
  [
    "The next kid who steals from me is going to get his teeth knocked in.",
    ["get his teeth knocked in"]
  ],
  ["Ma collègue va goûter à sa propre médecine.", ["goûter à sa propre médecine"]],
  ["Il va se ramasser à l'hôpital.", ["se ramasser à l'hôpital"]],
  ["La directrice a intérêt à faire attention à elle.", ["a intérêt à faire attention"]],
  [
    "Le commissaire ferait mieux de ne pas croiser mon chemin.",
    ["ferait mieux de ne pas croiser mon chemin"]
  ],
  [
    "The kid who broke my window better watch himself.",
    ["The kid who broke my window better watch himself"]
  ],
  ["I'll hurt whoever keyed my car.", ["I'll hurt whoever"]],
  ["ffs, again?", ["ffs"]],
  ["f u c k this week.", ["f u c k"]],
  ["Criss que j'suis tannée.", ["Criss"]],
  // Jibes, wider roles and the general English threat (intent + violent verb + a person).
  ["These kids are allergic to effort.", ["are allergic to effort"]],
  ["Our trustees are bought and paid for.", ["are bought and paid for"]],
  ["Le surintendant? Un incompétent payé trop cher.", ["Un incompétent"]],
  ["The division hires the dumbest consultants money can buy.", ["dumbest consultants"]],
  [
    "The new principal is a micromanaging nightmare.",
    ["The new principal is a micromanaging nightmare"]
  ],
  ["Maybe because he never hands anything in, genius.", [", genius"]],
  ["My grade 6 class is a special kind of stupid.", ["special kind of stupid"]],
  ["What a fraud.", ["What a fraud."]],
  ["Grow up, ladies.", ["Grow up, ladies"]],
  ["Teaching this group is like talking to a wall.", ["like talking to a wall"]],
  ["These children are being raised by wolves.", ["being raised by wolves"]],
  ["Our division's leadership is a clown car.", ["Our division's leadership is a clown"]],
  ["The kids in 7C are a pack of wolves.", ["pack of wolves"]],
  [
    "Mon collègue de sciences est une vraie plaie.",
    ["Mon collègue de sciences est une vraie plaie"]
  ],
  ["La prof de musique est folle à lier.", ["La prof de musique est folle"]],
  [
    "I'm this close to throttling the next parent who emails me.",
    ["I'm this close to throttling the next parent"]
  ],
  ["I'm gonna smack the attitude right out of that kid.", ["smack the attitude right out of that"]],
  ["I'm going to rip that kid's head off.", ["I'm going to rip that kid"]],
  ["If the VP writes me up again, his car is getting keyed.", ["his car is getting keyed"]],
  ["The colleague who ratted me out is going to get a visit from me.", ["get a visit from me"]],
  ["Soon you'll just be dead.", ["you'll just be dead"]],
  ["Je vais lui casser les deux jambes.", ["casser les deux jambes"]],
  ["Encore une fois pis je te sacre mon poing sur la gueule.", ["sacre mon poing sur la gueule"]],
  ["Je vais lui faire manger ses dents.", ["faire manger ses dents"]],
  ["Ce parent-là va avoir de mes nouvelles.", ["va avoir de mes nouvelles"]],
  ["T'as besoin de faire attention à toi, le comique.", ["T'as besoin de faire attention à toi"]],
  ["I'd like to put that VP in a headlock.", ["put that VP in a headlock"]],
  ["Someone should slap some sense into that trustee.", ["slap some sense into that"]],
  ["Je lui saute dessus, à ce parent-là.", ["Je lui saute dessus"]],
  [
    "Je vais aller le voir avec mon bâton de baseball.",
    ["Je vais aller le voir avec mon bâton de baseball"]
  ],
  ["I'm gonna end that mom's whole career.", ["I'm gonna end that mom"]]
]

/** Games, things, self-mockery, zoo and circus, surprises, kind send-offs. */
const clean: string[] = [
  "We're going to crush them at the volleyball tournament!",
  "On va les écraser au hockey samedi!",
  "Rematch next year, you've been warned 😤",
  "I'm going to destroy this pile of marking tonight.",
  "I could strangle this laminator.",
  "Fais attention à toi en revenant, les routes sont glissantes.",
  "Accidents happen, the kids cleaned up the paint right away.",
  "He's an idiot savant at chess, that kid — amazing.",
  "The kids were monsters on the ice, we won 8-2!",
  "My students are lazy on Fridays and honestly so am I 😂",
  "The brats at the BBQ were delicious.",
  "We were idiots to think the snow would stop.",
  "I'm such a moron, I locked myself out.",
  "Les singes du zoo ont fait rire les enfants.",
  "On a vu des clowns au cirque avec la classe!",
  "The zombies in our Halloween play were terrifying!",
  "We watched a documentary on dinosaurs; the grade 2s loved it.",
  "My kindergartners can't read the signs yet.",
  "Our custodian is a hero, the gym looks brand new.",
  "Mes élèves étaient des vrais champions aujourd'hui.",
  "Thanks to our amazing admin team for the breakfast! 🥞",
  "The kids have no idea what's coming — surprise party at 2! 🎉",
  "I'll punch in the numbers tonight.",
  "I'd love five minutes alone with my coffee.",
  "I'm going to wring out these wet mittens.",
  "Je vais tuer le temps à la bibliothèque.",
  "Nos élèves ont écrasé l'équipe adverse au basket.",
  "Je suis nulle en maths, mes élèves me corrigent 😂",
  "Le photocopieur est un vrai désastre.",
  "Ce logiciel est complètement inutile.",
  "Our new principal is brilliant, so lucky 😊",
  "I hope the kids get a snow day tomorrow.",
  "Someone is getting a surprise tomorrow!",
  "Ma collègue est une perle.",
  "The parents who volunteered are heroes.",
  "That was a killer lesson, the kids were hooked.",
  "You're going to regret missing this concert!",
  "Tu vas voir, ça va être super!",
  // Near misses of the general threat: emails, volunteers, kindness, games, buildings, wry thanks.
  "I'm going to shoot the parents an email tonight.",
  "I'll hit the parents up for volunteers.",
  "I'm going to kick the kids outside for extra recess.",
  "I'll kill the kids with kindness, that's my plan.",
  "I'm going to destroy my students at Kahoot tomorrow.",
  "I'm going to beat the kids to the gym.",
  "I'll end the class with a read-aloud.",
  "I'll hit the gym after school.",
  "I'd love five minutes alone with my principal to pitch the idea.",
  "Thanks to the division for the snow day 🙃",
  "Another genius move by me: forgot my lunch 🙄",
  "Je vais leur donner une claque de devoirs, pauvres élèves 😂",
  "Mes élèves sont des petits singes au gym, ils grimpent partout ❤️",
  "The Grade 12s were savage in the debate, so proud!",
  "I'm not done with you yet, spelling list!",
  "I'm the dumbest person alive for forgetting my lunch again.",
  "Ma classe est un zoo aujourd'hui, c'est la pleine lune 😂",
  "Une vraie nulle en dessin, moi 😅",
  "Thanks, champ!"
]

describeFindingTable(
  "professional-conduct, fourth-round families",
  "professional-conduct",
  flagged,
  clean
)
