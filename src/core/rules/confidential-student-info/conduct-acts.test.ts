import { describeRemovalTable, type RemovalRow } from "../../../../tests/core/removal-table"

/**
 * Discipline as an act aimed at a person, threats, damage, leaving class, serious
 * incidents (EN and FR); a failed or passed course with its mark, repeating a year.
 * Sentences written for the mechanisms, not taken from any evaluation set; each
 * mechanism has near-misses that must stay clean.
 */

const conduct: RemovalRow[] = [
  [
    "Jaxon punched a classmate at recess and is home until Monday.",
    "Jaxon punched a classmate at recess and is home until Monday.",
    ""
  ],
  [
    "One of my grade 7s shoved another student into the lockers.",
    "One of my grade 7s shoved another student into the lockers.",
    ""
  ],
  [
    "Brielle has been bullying a younger girl on the bus.",
    "Brielle has been bullying a younger girl on the bus.",
    ""
  ],
  ["Damon swore at me and walked out of class.", "Damon swore at me and walked out of class.", ""],
  [
    "Logan threatened to bring a knife to school.",
    "Logan threatened to bring a knife to school.",
    ""
  ],
  [
    "Jace punched a hole in the wall outside the gym.",
    "Jace punched a hole in the wall outside the gym.",
    ""
  ],
  [
    "Gavin had two serious incidents at recess this week.",
    "Gavin had two serious incidents at recess this week.",
    ""
  ],
  [
    "Zack checks in with the VP every morning because of his behaviour.",
    "because of his behaviour",
    "Zack checks in with the VP every morning."
  ],
  [
    "Un de mes élèves a frappé un autre enfant à la récré.",
    "Un de mes élèves a frappé un autre enfant à la récré.",
    ""
  ],
  [
    "Samuel a insulté l'enseignante pendant la dictée.",
    "Samuel a insulté l'enseignante pendant la dictée.",
    ""
  ],
  [
    "Zoé intimide une élève de la classe depuis la rentrée.",
    "Zoé intimide une élève de la classe depuis la rentrée.",
    ""
  ],
  ["Léa a lancé une chaise en classe.", "Léa a lancé une chaise en classe.", ""],
  ["Olivier a été pris en train de tricher.", "Olivier a été pris en train de tricher.", ""]
]

const conductClean: string[] = [
  "Jake kicked the ball over the fence at recess and we all laughed.",
  "Mia kicked the winning goal at the tournament!",
  "Sam pushed me to try the climbing wall and I did it!",
  "Reading Ava's card, it hit me how lucky I am to teach these kids.",
  "Noah threatened to beat my record in the mile run.",
  "Our class ran out of school supplies already, send glue sticks!",
  "Elle pousse un ami sur la balançoire tous les midis.",
  "Théo a frappé la balle jusqu'au bout du terrain!"
]

const marks: RemovalRow[] = [
  [
    "Huge congrats to Leilani for finally passing Math 20 with a 51!",
    "Huge congrats to Leilani for finally passing Math 20 with a 51!",
    ""
  ],
  [
    "Dawson finished English 10 with 49% after all that.",
    "Dawson finished English 10 with 49% after all that.",
    ""
  ],
  [
    "Bravo à Anaïs qui a enfin réussi son cours de sciences 10 avec 53 %!",
    "qui a enfin réussi son cours de sciences 10 avec 53 %",
    "Bravo à Anaïs!"
  ],
  [
    "Mathis va doubler sa 4e année l'an prochain.",
    "Mathis va doubler sa 4e année l'an prochain.",
    ""
  ],
  ["My student Kai flunked the provincial.", "My student Kai flunked the provincial.", ""],
  [
    "Alex didn't pass the midterm and needs a tutor.",
    "Alex didn't pass the midterm and needs a tutor.",
    ""
  ],
  ["Zoé a la meilleure note de la classe!", "Zoé a la meilleure note de la classe!", ""],
  [
    "Kellan writes his unit tests in the resource room.",
    "Kellan writes his unit tests in the resource room.",
    ""
  ],
  ["Callum is doing math at a Grade 2 level.", "Callum is doing math at a Grade 2 level.", ""]
]

const marksClean: string[] = [
  "Maya finished the cross-country race with a 12 minute time!",
  "Our team finished the season with a 10-2 record, go Falcons!",
  "On va refaire la murale de la classe l'an prochain.",
  "We all bombed the review game quiz on purpose, it was hilarious.",
  "La meilleure note de la classe sera affichée? Non, jamais chez nous."
]

describeRemovalTable(
  "confidential-student-info: discipline acts",
  "confidential-student-info",
  conduct,
  conductClean
)

describeRemovalTable(
  "confidential-student-info: marks by course and test",
  "confidential-student-info",
  marks,
  marksClean
)
