import { defaultCheckSettings } from "../../../settings/defaults"
import { createChecker } from "../../checker"
import type { Finding } from "../../types"

const checker = createChecker(defaultCheckSettings)
const found = (text: string): Finding[] =>
  checker.check({ text }).findings.filter((f) => f.rule === "professional-conduct")

/** [post, the flagged words (exact ranges)]. */
const flagged: [string, string[]][] = [
  ["Honestly, these kids are hopeless.", ["these kids are hopeless"]],
  ["my principal is an idiot", ["my principal is an idiot"]],
  ["Another memo? The division is a joke.", ["The division is a joke"]],
  ["that mom needs to get a life", ["that mom needs to get a life"]],
  ["If that dad emails me one more time I'm going to strangle him.", ["I'm going to strangle him"]],
  ["Parents these days are clueless.", ["Parents these days are clueless"]],
  ["What the fuck is this schedule", ["fuck"]],
  // Soft hyphens and zero-width characters do not hide a word.
  ["What the f\u00ADu\u200Bck is this schedule", ["f\u00ADu\u200Bck"]],
  ["Ce con de directeur!", ["con"]],
  ["Quelle journée de merde.", ["merde"]],
  ["Tabarnak, quelle semaine.", ["Tabarnak"]],
  ["Ma directrice est complètement incompétente.", ["Ma directrice est complètement incompétente"]],
  ["La division scolaire est une farce.", ["La division scolaire est une farce"]],
  ["Ces élèves sont irrécupérables.", ["Ces élèves sont irrécupérables"]],
  // Masked swearing, wider targets and insults, threats (EN and FR).
  ["Quelle journée de m*rde", ["m*rde"]],
  ["Who the f*** planned this?", ["f***"]],
  ["WTF is this schedule", ["WTF"]],
  ["The subs we get are useless.", ["The subs we get are useless"]],
  [
    "Some of the brats in 6C need a reality check.",
    ["Some of the brats in 6C need a reality check"]
  ],
  ["Cette direction incompétente oublie tout.", ["Cette direction incompétente"]],
  ["Le suppléant d'hier est un crétin fini.", ["Le suppléant d'hier est un crétin fini"]],
  ["If he keeps it up I'm coming for him.", ["I'm coming for him"]],
  ["Tu vas le regretter, crois-moi.", ["Tu vas le regretter"]],
  ["Les retards? Estie que c'est long.", ["Estie"]],
  ["My VP is a complete waste of space.", ["My VP is a complete waste of space"]],
  ["These teenagers are so entitled and rude.", ["These teenagers are so entitled"]],
  [
    "Les parents de cette école sont insupportables.",
    ["Les parents de cette école sont insupportables"]
  ],
  ["Quelle bande de tarés dans le staff.", ["bande de tarés"]],
  ["If that student does it again I'll lose it and smack him.", ["I'll lose it and smack him"]],
  ["Je vais lui casser la gueule s'il recommence.", ["casser la gueule"]],
  // Second round: wider subjects, evaluation words, comparisons, sarcasm and veiled threats.
  [
    "Our department head is a lazy, clueless clown.",
    ["Our department head is a lazy, clueless clown"]
  ],
  ["The sub in room 12 is dumb as a post.", ["The sub in room 12 is dumb as a post"]],
  ["My Grade 7s have the manners of a pig.", ["My Grade 7s have the manners of a pig"]],
  ["That dad is a sorry excuse for a father.", ["sorry excuse for a father"]],
  ["Some people shouldn't be allowed to teach kids.", ["shouldn't be allowed to teach kids"]],
  ["Our board is a genius, truly 🙃", ["Our board is a genius, truly 🙃"]],
  ["Notre direction, c'est une vraie blague.", ["Notre direction, c'est une vraie blague"]],
  ["Mes collègues sont des gérants d'estrade.", ["Mes collègues sont des gérants d'estrade"]],
  ["La commissaire, quelle nono.", ["quelle nono"]],
  ["Somebody is gonna get hurt at the next staff meeting.", ["Somebody is gonna get hurt"]],
  ["Keep it up and you'll find out what happens.", ["you'll find out what happens"]],
  ["That trustee has it coming.", ["has it coming"]],
  ["Be a shame if her tires got slashed.", ["shame if her tires got slashed"]],
  ["Je vais leur faire payer, à ces parents-là.", ["Je vais leur faire payer"]],
  ["Il va finir à l'hôpital s'il continue.", ["finir à l'hôpital"]],
  ["Je sais où elle habite, la directrice.", ["Je sais où elle habite"]],
  ["Grade 6s this week: rude, lazy, hopeless.", ["Grade 6s this week: rude, lazy, hopeless"]],
  ["Ma classe est dirigée par des cons.", ["dirigée par des cons"]],
  ["These parents are too dumb to read an email.", ["These parents are too dumb"]],
  // The grammar (grammar.ts): target × negative evaluation, threats by person, tense and harm.
  [
    "Some of the parents in this community are honestly too dumb to function.",
    ["Some of the parents in this community are honestly too dumb"]
  ],
  ["That kid is a little psycho and his parents are no better.", ["That kid is a little psycho"]],
  [
    "The board of trustees is a bunch of out-of-touch dinosaurs.",
    ["The board of trustees is a bunch of out-of-touch dinosaurs"]
  ],
  [
    "These so-called administrators are a disgrace.",
    ["These so-called administrators are a disgrace"]
  ],
  ["Half the staff here are deadweight.", ["Half the staff here are deadweight"]],
  ["Parents like that shouldn't have kids.", ["Parents like that shouldn't have kids"]],
  ["That family is trash.", ["That family is trash"]],
  ["Nobody on this staff has a brain.", ["Nobody on this staff has a brain"]],
  ["Typical division: clueless and arrogant.", ["Typical division: clueless and arrogant"]],
  ["Honestly some parents are just awful human beings.", ["some parents are just awful"]],
  [
    "La direction de mon école, c'est une gang de clowns.",
    ["La direction de mon école, c'est une gang de clowns"]
  ],
  ["Mon directeur est un imbécile fini.", ["Mon directeur est un imbécile"]],
  [
    "La nouvelle secrétaire est complètement idiote.",
    ["La nouvelle secrétaire est complètement idiote"]
  ],
  ["La commission scolaire ne fait rien de bon, bande d'incapables.", ["bande d'incapables"]],
  ["Ma collègue est une vipère.", ["Ma collègue est une vipère"]],
  [
    "Franchement, les jeunes d'aujourd'hui sont paresseux.",
    ["les jeunes d'aujourd'hui sont paresseux"]
  ],
  ["Le surintendant est un lâche.", ["Le surintendant est un lâche"]],
  ["Keep it up and you'll be picking your teeth off the floor.", ["you'll be picking your teeth"]],
  ["Someone needs to teach that mom a lesson.", ["Someone needs to teach that mom a lesson"]],
  ["Next time she yells at me, I'll slap her.", ["I'll slap her"]],
  ["I will end you, Kevin.", ["I will end you"]],
  ["The superintendent should watch his back.", ["The superintendent should watch his back"]],
  ["Il va passer un mauvais quart d'heure, ce parent.", ["Il va passer un mauvais quart d'heure"]],
  ["Je vais leur régler leur compte, aux commissaires.", ["Je vais leur régler leur compte"]],
  ["Tu vas me le payer, Mélanie.", ["Tu vas me le payer"]],
  ["Je vais lui faire la peau.", ["Je vais lui faire la peau"]],
  ["Another genius decision from our admin 🙄", ["genius decision from our admin"]],
  ["My principal couldn't lead a parade.", ["My principal couldn't lead"]],
  ["Grade 8 this year is the worst bunch I've ever had.", ["Grade 8 this year is the worst"]],
  [
    "Ugh, the kids in my homeroom are so annoying and dumb.",
    ["the kids in my homeroom are so annoying and dumb"]
  ],
  [
    "The trustees are completely out of touch and frankly incompetent.",
    ["The trustees are completely out of touch and frankly incompetent"]
  ],
  ["Mrs. Patterson is a nightmare to work with.", ["Mrs. Patterson is a nightmare"]],
  ["Whoever made this timetable is a moron.", ["Whoever made this timetable is a moron"]],
  [
    "These parents need to back off and get a life.",
    ["These parents need to back off and get a life"]
  ],
  [
    "This division doesn't give a damn about teachers.",
    ["This division doesn't give a damn about teachers"]
  ],
  ["Ma directrice, c'est une incompétente finie.", ["Ma directrice, c'est une incompétente"]],
  ["La direction, c'est n'importe quoi.", ["La direction, c'est n'importe quoi"]],
  ["Quelle gang de nonos, mes 8e aujourd'hui.", ["Quelle gang de nonos, mes 8e aujourd'hui"]],
  [
    "Les élèves de cette classe sont vraiment stupides.",
    ["Les élèves de cette classe sont vraiment stupides"]
  ],
  ["Mes élèves sont de plus en plus cons chaque année.", ["Mes élèves sont de plus en plus cons"]],
  [
    "Les enseignants de cette école sont des fainéants.",
    ["Les enseignants de cette école sont des fainéants"]
  ],
  ["Si ce parent me relance encore, je vais lui faire regretter.", ["je vais lui faire regretter"]],
  ["Un jour quelqu'un va lui casser la gueule, à ce directeur.", ["casser la gueule"]],
  ["Ce jeune-là, je vais l'étrangler.", ["je vais l'étrangler"]],
  ["If he does that again, I'll put him through a wall.", ["I'll put him through a wall"]],
  ["Try me, Steve. You'll regret it.", ["You'll regret it"]],
  ["The next kid who throws a chair is getting thrown out a window.", ["is getting thrown out"]],
  ["You'll get what's coming to you.", ["You'll get what's coming"]],
  ["Keep talking and see what happens.", ["Keep talking and see what happens"]],
  ["I know where you park, Gary.", ["I know where you park"]],
  ["I'm going to slap the next parent who complains.", ["I'm going to slap the next parent"]],
  ["I will destroy that trustee's reputation, mark my words.", ["I will destroy that trustee"]],
  ["Some parents need a punch in the face.", ["Some parents need a punch"]],
  ["You better hope I don't see you at pickup.", ["You better hope I don't"]],
  ["Il va avoir affaire à moi.", ["Il va avoir affaire à moi"]],
  ["Je vais t'attendre à la sortie, mon homme.", ["Je vais t'attendre à la sortie"]],
  ["Je vais lui en faire baver, à la directrice.", ["Je vais lui en faire baver"]],
  ["Prends garde à toi, Nicole.", ["Prends garde à toi"]],
  ["Ce parent-là, je vais le démolir.", ["je vais le démolir"]],
  ["Ce kid est une vraie peste.", ["Ce kid est une vraie peste"]],
  ["My principal is a two-faced snake.", ["My principal is a two-faced snake"]],
  ["Most of my students are illiterate morons.", ["Most of my students are illiterate morons"]],
  ["Our admin is a bunch of cowards hiding behind emails.", ["Our admin is a bunch of cowards"]],
  ["La directrice adjointe est une hypocrite.", ["La directrice adjointe est une hypocrite"]],
  ["Les parents de ma classe me font chier.", ["Les parents de ma classe me font chier"]],
  // Qualities lacked, people stuck with fools, relative-clause and quantifier targets, injury futures.
  ["My principal has the spine of a jellyfish.", ["My principal has the spine of a jellyfish"]],
  ["These kids have zero respect and zero brains.", ["These kids have zero respect"]],
  ["That mom is the most toxic person I have ever met.", ["That mom is the most toxic"]],
  ["The division hires the dumbest people imaginable.", ["dumbest people"]],
  [
    "Our trustees wouldn't know a classroom if it hit them in the face.",
    ["Our trustees wouldn't know a classroom if it hit"]
  ],
  [
    "My students are like wild animals in a cage today, disgusting behaviour.",
    ["My students are like wild animals"]
  ],
  ["I'm embarrassed to work with such idiots.", ["work with such idiots"]],
  [
    "Some of my colleagues are an embarrassment to the profession.",
    ["Some of my colleagues are an embarrassment"]
  ],
  ["This admin team is worthless, full stop.", ["This admin team is worthless"]],
  ["The parents of this school are garbage people.", ["this school are garbage"]],
  ["Ma directrice n'a pas de colonne vertébrale.", ["Ma directrice n'a pas de colonne"]],
  ["Mes élèves ont zéro cerveau.", ["Mes élèves ont zéro cerveau"]],
  [
    "Les gens de la division sont complètement déconnectés, une vraie bande d'incompétents.",
    ["bande d'incompétents"]
  ],
  ["Ce parent-là est une vraie plaie.", ["Ce parent-là est une vraie plaie"]],
  ["J'ai honte de travailler avec des incompétents pareils.", ["travailler avec des incompétents"]],
  ["Les parents de cette école sont des déchets.", ["Les parents de cette école sont des déchets"]],
  ["Mon directeur adjoint, c'est un zéro.", ["Mon directeur adjoint, c'est un zéro"]],
  ["Ma classe de 9e, c'est un zoo.", ["Ma classe de 9e, c'est un zoo"]],
  ["Les profs de l'école d'à côté sont des nuls.", ["Les profs de l'école d'à côté sont des nuls"]],
  ["Cette enseignante devrait changer de métier.", ["Cette enseignante devrait changer de métier"]],
  [
    "Next time he touches my stuff he's going to lose some teeth.",
    ["he's going to lose some teeth"]
  ],
  [
    "If the principal writes me up again, I'm going to burn this place down.",
    ["burn this place down"]
  ],
  [
    "Somebody's going to end up in the hospital if this keeps up.",
    ["Somebody's going to end up in the hospital"]
  ],
  ["That boy will regret the day he was born.", ["That boy will regret the day"]],
  ["I'm going to find out where she lives.", ["I'm going to find out where she lives"]],
  ["Mess with my classroom again and you'll see.", ["again and you'll see"]],
  ["They'll be sorry when I'm done with them.", ["They'll be sorry"]],
  [
    "I'll deal with that parent myself, after hours, in the parking lot.",
    ["I'll deal with that parent"]
  ],
  ["Si elle continue, je vais lui arracher les cheveux.", ["je vais lui arracher les cheveux"]],
  ["Il va regretter d'être né.", ["Il va regretter"]],
  ["Vous allez voir ce qui arrive quand on me cherche.", ["Vous allez voir ce qui arrive quand"]],
  [
    "Je vais aller régler ça avec lui dans le stationnement.",
    ["régler ça avec lui dans le stationnement"]
  ],
  ["Il va finir six pieds sous terre.", ["Il va finir six pieds sous terre"]],
  ["Un de ces jours, je vais frapper un élève.", ["je vais frapper un élève"]],
  [
    "Whoever parked in my spot is going to find out what happens.",
    ["Whoever parked in my spot is going to find out what happens"]
  ],
  [
    "The parents who complain about homework: grow up.",
    ["The parents who complain about homework: grow up"]
  ],
  ["Half of them can't even spell their own names.", ["Half of them can't even spell"]],
  ["Certains collègues sont d'une paresse incroyable.", ["Certains collègues sont d'une paresse"]],
  ["Câlice, encore une réunion.", ["Câlice"]],
  ["Cette policy a été pensée par des incompétents.", ["pensée par des incompétents"]],
  ["Des vrais clowns.", ["Des vrais clowns."]],
  // Third round (shapes-more.ts): comparisons to objects, verdicts on a group, veiled threats.
  ["She's about as useful as a chair in meetings.", ["She's about as useful as a chair"]],
  ["Elle est aussi utile qu'une chaise.", ["Elle est aussi utile qu'une chaise"]],
  ["The kids would learn more from a rock.", ["kids would learn more from a rock"]],
  ["These families are trash.", ["These families are trash"]],
  ["Some people are too stupid to hold a job.", ["people are too stupid to"]],
  ["Une vraie nulle, cette prof.", ["Une vraie nulle"]],
  ["Total fraud, the whole senior admin team.", ["Total fraud, the whole senior admin"]],
  ["You are small, petty, miserable people.", ["You are small, petty, miserable people"]],
  ["Natural selection will sort this group out.", ["Natural selection will sort this"]],
  [
    "They better keep their mouths shut about it or someone is going to make them.",
    ["keep their mouths shut about it or someone"]
  ],
  ["Je vais trouver où tu habites.", ["Je vais trouver où tu habites"]],
  ["I'll find out where you live.", ["I'll find out where you live"]],
  ["On verra ce qui arrive à tes pneus.", ["On verra ce qui arrive à tes pneus"]],
  ["We'll see what happens to your car.", ["We'll see what happens to your car"]],
  [
    "I'm going to settle this the old-fashioned way.",
    ["I'm going to settle this the old-fashioned way"]
  ],
  [
    "Je vais aller régler ça chez lui, à l'ancienne.",
    ["Je vais aller régler ça chez lui, à l'ancienne"]
  ]
]

const clean: string[] = [
  "I disagree with the division's new cellphone policy.",
  "I think the new report card format makes it harder to explain progress to families.",
  "They killed it at the concert!",
  "this project is sick!",
  "I'm an idiot, I forgot my lunch",
  "Les élèves sont allés pour assez longtemps au concours; connexion au conseil.",
  "The class assessment is in the cockpit.",
  "Dick Smith read Moby Dick to my class.",
  "We headed to the Assiniboine Park Zoo.",
  "These kids are amazing.",
  "I could kill for a coffee.",
  "Scunthorpe, Essex and Sussex are in England.",
  "Nos élèves ont conçu des affiches pour le concours.",
  "My little monsters baked cookies today",
  "Brats and burgers at the year-end BBQ!",
  "Get a life jacket before the canoe trip.",
  "Mes élèves sont une belle gang de champions.",
  "Pussy willows are out on our nature walk.",
  "Les autobus auront 30 minutes de retard ce matin.",
  "Our team needs a reality check after that loss, says Coach.",
  "Our kids are the worst at hiding surprises",
  "I'll totally beat you at chess, Grade 5!",
  "Les élèves étaient tellement mal à l'aise.",
  "This weather is a total joke, -40 again.",
  "My students think I'm hopeless at drawing.",
  "Someone's going to pay for the new printer and it's me.",
  "The new bus route is a mess but we'll figure it out.",
  "I'm going to get hurt on this ice one of these days.",
  "Quel idiot je suis, j'ai oublié mon lunch.",
  "Ma voiture va finir au garage encore.",
  "Les élèves ont le cerveau plein d'idées pour la foire.",
  "Our team is going to pay for that penalty, says Coach.",
  "It would be a shame if you missed the spring concert!",
  "Watch yourself, the ice by the doors is slippery.",
  // Same shapes without a target, with negation, praise, skill, titles, weather, games.
  "Our Grade 6s were absolute animals on the dance floor — so much energy!",
  "My students were wild today, full moon for sure.",
  "I'm the worst at remembering birthdays.",
  "The new cellphone policy is a mistake, in my opinion; I've emailed my trustee.",
  'Reading "The Stupidest Angel" for book club.',
  'We watched "Idiocracy" in media studies... for science.',
  "This snowstorm is brutal.",
  "Report card season is killing me.",
  "My class crushed their reading goals!",
  "Nos élèves ont été des monstres de générosité pour la guignolée.",
  "Je suis une vraie nouille en technologie.",
  "La tempête est une vraie catastrophe.",
  "La politique sur les devoirs me semble mal pensée; j'ai écrit à la direction.",
  "Ma classe est malade cette semaine, la moitié a la grippe.",
  "Nos 5e ont été fous de joie à la cabane à sucre.",
  "Mon directeur est génial, merci pour tout!",
  "Ils vont payer 5 $ à l'entrée.",
  "Vous allez adorer le spectacle!",
  "Je vais les battre aux échecs demain midi.",
  "You're going to love this project.",
  "I'll kill it at the staff talent show.",
  "My students destroyed me at dodgeball 😂",
  "The kids are going to pay $10 for the trip.",
  "This printer is useless.",
  "Teachers are exhausted and the division needs to listen.",
  "The admin asked us to be patient with the new system.",
  "My principal is a legend.",
  "Parents, you are the best!",
  "Our division is the best place to work.",
  "I know where you can find the permission forms.",
  "Watch out for icy patches in the parking lot!",
  "Don't make me come over there and give you a hug 🤗",
  "Honestly, report cards are a nightmare this term.",
  "My principal gave me a great idea for the unit.",
  "I'm sick of this snow!",
  "The kids were hilarious today, little goofballs.",
  "Our new VP is brilliant, so lucky to have her.",
  "Je suis tannée de l'hiver.",
  "Les parents ont été formidables à la vente de garage.",
  "Ma classe est bruyante aujourd'hui mais on s'amuse.",
  "Can't stand the cold anymore, bring on spring!",
  "I hate Mondays.",
  "Je déteste la neige en avril.",
  "Les élèves ont lu « Le journal d'un dégonflé ».",
  'We read "The Worst Witch" in class.',
  "My students beat me at chess again, I'm hopeless.",
  "That kid is going to be a star.",
  "I'm going to kill it at this conference!",
  "Je vais tuer le temps en corrigeant.",
  "Our board approved the new budget; I have concerns about the music cuts.",
  "The division's communication on the bus changes could be clearer.",
  "I'm going to smash this workout.",
  "The printer deserves a good smack honestly.",
  "Don't test me, Monday.",
  "We'll destroy the other team at the tournament!",
  "Je vais faire la fête ce soir!",
  "Tu vas t'en souvenir longtemps de ce voyage, c'est magique!",
  "Ce sera ta fête samedi, bonne fête Julie!",
  "Mes élèves sont malades cette semaine.",
  "The kids are bouncing off the walls, must be Halloween.",
  "Mon directeur m'a donné une belle tape dans le dos.",
  "That book was a pain to read but the kids loved it.",
  // Same shapes about things, records, songs and chalices; names that contain a listed word.
  "My principal has the patience of a saint.",
  "These kids have so much heart.",
  "I'm embarrassed that I forgot the field trip forms.",
  "This app is worthless.",
  "Ma directrice a une patience d'ange.",
  "Mes élèves ont zéro devoir ce soir!",
  "Ma classe de 9e, c'est une famille.",
  "Les profs de l'école d'à côté sont des champions.",
  "Cette enseignante va changer de classe l'an prochain.",
  "I'm going to burn this playlist onto a CD for the bus.",
  "We're going to crush the food drive goal!",
  "Il va regretter de ne pas être venu au spectacle!",
  "Je vais le briser, ce record de lecture!",
  "I'll deal with the photocopier myself.",
  "The principal's going to lose it when she sees the mural, it's so good.",
  "Le prêtre a levé le calice pendant la messe.",
  "Merci à M. Dick Tremblay pour sa visite!",
  "Half of them went to the science fair and loved it.",
  // Near misses of the third-round shapes: chores, self-mockery, objects and experiments.
  "The students are trash pickup volunteers this week.",
  "Our class is trash-free this month!",
  "Des vrais champions, nos élèves!",
  "Une vraie nulle en dessin, moi 😅",
  "The kids built a chair out of cardboard.",
  "We'll see what happens to the seeds in the dark closet.",
  "I'll find out where the field trip forms went.",
  "We settled it the old-fashioned way: rock, paper, scissors.",
  "Natural selection is the topic of our Grade 11 biology unit.",
  "Students are too excited to sleep before the trip!"
]

describe("professional-conduct", () => {
  test.each(flagged)("flags %j", (text, words) => {
    const f = found(text)
    expect(f.map((x) => text.slice(x.start, x.end))).toEqual(words)
    expect(f[0]!.severity).toBe("warn")
    expect(f[0]!.policyRef.clause).toMatch(/2\(b\)/)
    expect(f[0]!.fixes).toEqual([{ label: "Rephrase or leave this out", advice: true }])
  })

  test.each(clean)("does not flag %j", (text) => {
    expect(found(text)).toEqual([])
  })

  test("speaks French when the check does", () => {
    const fr = createChecker({ ...defaultCheckSettings, locale: "fr" })
    const [f] = fr.check({ text: "these kids are hopeless" }).findings
    expect(f!.fixes[0]!.label).toBe("Reformuler ou retirer ce passage")
  })
})
