import { describeRemovalTable, type RemovalRow } from "../../../../tests/core/removal-table"

/**
 * Sentence shapes: a name then "she"/"elle" in the next sentence, "the kid with X in my
 * class", "le garçon autiste de mon groupe", a condition as an adjective, interventions,
 * letter grades, identity and pregnancy, a family in a war zone, a placement.
 * Sentences written for the mechanisms, not taken from any evaluation set.
 */

/** [post, the flagged words (exact range), the text left once "Remove this detail" is applied]. */
const flagged: RemovalRow[] = [
  [
    "Had a rough afternoon with Mireya. She flipped a desk and we had to clear the room.",
    "She flipped a desk and we had to clear the room.",
    "Had a rough afternoon with Mireya."
  ],
  [
    "Je pense fort à Maëlle. Elle est hospitalisée depuis lundi.",
    "Elle est hospitalisée depuis lundi.",
    "Je pense fort à Maëlle."
  ],
  [
    "The girl in my class with epilepsy went on the trip with her mom.",
    "The girl in my class with epilepsy went on the trip with her mom.",
    ""
  ],
  [
    "The kid with an EpiPen in my homeroom had a reaction at lunch.",
    "The kid with an EpiPen in my homeroom had a reaction at lunch.",
    ""
  ],
  [
    "So my student with the IEP finally wrote a full paragraph!",
    "So my student with the IEP finally wrote a full paragraph!",
    ""
  ],
  [
    "La petite fille de ma classe a le diabète de type 1.",
    "La petite fille de ma classe a le diabète de type 1.",
    ""
  ],
  [
    "Le petit garçon autiste de mon groupe a adoré la chorale.",
    "Le petit garçon autiste de mon groupe a adoré la chorale.",
    ""
  ],
  [
    "Felix's funding application for an aide was finally approved.",
    "Felix's funding application for an aide was finally approved.",
    ""
  ],
  [
    "Sawyer now gets pulled for reading intervention every morning.",
    "Sawyer now gets pulled for reading intervention every morning.",
    ""
  ],
  [
    "Proud of Dante for managing his temper all week.",
    "Proud of Dante for managing his temper all week.",
    ""
  ],
  [
    "Mon élève Antoine est TDAH et il bouge beaucoup.",
    "Mon élève Antoine est TDAH et il bouge beaucoup.",
    ""
  ],
  [
    "Clara a besoin d'une scriptrice pour ses examens.",
    "Clara a besoin d'une scriptrice pour ses examens.",
    ""
  ],
  [
    "Jana's family escaped the shelling in Kharkiv.",
    "Jana's family escaped the shelling in Kharkiv.",
    ""
  ],
  ["Le père d'Ali est toujours en Syrie.", "Le père d'Ali est toujours en Syrie.", ""],
  ["Mackenzie got her first A in chemistry!", "Mackenzie got her first A in chemistry!", ""],
  [
    "Kai came out as trans to our class on Friday.",
    "Kai came out as trans to our class on Friday.",
    ""
  ],
  [
    "Une de mes élèves est enceinte et accouche en mai.",
    "Une de mes élèves est enceinte et accouche en mai.",
    ""
  ],
  ["Léo est placé chez sa tante depuis l'été.", "Léo est placé chez sa tante depuis l'été.", ""],
  [
    "Congrats Jean-Luc! Il a enfin réussi son examen après l'avoir coulé deux fois.",
    "après l'avoir coulé deux fois",
    "Congrats Jean-Luc! Il a enfin réussi son examen."
  ],
  [
    "Cameron's outbursts are getting harder to manage.",
    "Cameron's outbursts are getting harder to manage.",
    ""
  ]
]

/** Look-alikes: a printer, a mother's pregnancy, a parent's job, a whole-class group, a missed shot. */
const clean: string[] = [
  "Had a tough day with the printer. It threw a paper jam and we had to clear it.",
  "Liam's mom is pregnant with twins, he can't wait!",
  "Emma's mom works for Immigration Canada and visited us for career day.",
  "Our counsellor runs a friendship group every Tuesday.",
  "Every student with an IEP will receive a copy on Friday.",
  "Léo a raté deux fois son tir mais il a marqué au troisième!",
  "Liam's family is in Mexico for the holidays.",
  "Leo's dad is in Ukraine for work this month.",
  "Nathan travaille avec une intervenante de la bibliothèque municipale.",
  "My boy (my son) was diagnosed with a cold lol.",
  "Our class pet hamster had surgery and is fine!",
  "The kid in me loved the field trip!"
]

describeRemovalTable(
  "confidential-student-info: sentence shapes",
  "confidential-student-info",
  flagged,
  clean
)
