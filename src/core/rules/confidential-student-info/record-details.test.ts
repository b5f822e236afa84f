import { describeRemovalTable, type RemovalRow } from "../../../../tests/core/removal-table"

/**
 * Support people and decisions (support-people.ts), conditions, procedures and papers
 * (health-status.ts), marks, police matters, homes (record-details.ts), in EN and FR.
 * Sentences written for the mechanisms, not taken from any evaluation set.
 */

/** [post, the flagged words (exact range), the text left once "Remove this detail" is applied]. */
const flagged: RemovalRow[] = [
  [
    "Emma lives in unit 4B at the Riverside apartments.",
    "Emma lives in unit 4B at the Riverside apartments.",
    ""
  ],
  ["Chloé's home phone is 555-0134.", "Chloé's home phone is 555-0134.", ""],
  [
    "Kiana works with the resource teacher every morning, and it shows!",
    "Kiana works with the resource teacher every morning, and it shows!",
    ""
  ],
  [
    "So happy for Dominic, who was coded this fall.",
    "who was coded this fall",
    "So happy for Dominic."
  ],
  [
    "Noor goes to the OT twice a week for fine motor.",
    "Noor goes to the OT twice a week for fine motor.",
    ""
  ],
  [
    "Theo qualified for a one-on-one aide in January.",
    "Theo qualified for a one-on-one aide in January.",
    ""
  ],
  [
    "Sienna has a TA who helps her with writing.",
    "Sienna has a TA who helps her with writing.",
    ""
  ],
  [
    "Jasper was assessed by the school psychologist last month.",
    "Jasper was assessed by the school psychologist last month.",
    ""
  ],
  [
    "Émile travaille avec la TES toute la journée.",
    "Émile travaille avec la TES toute la journée.",
    ""
  ],
  [
    "Une élève de ma classe a une éducatrice spécialisée à temps plein.",
    "Une élève de ma classe a une éducatrice spécialisée à temps plein.",
    ""
  ],
  ["Hugo a un ETCAF et il a besoin de pauses.", "Hugo a un ETCAF et il a besoin de pauses.", ""],
  [
    "Maddie has anorexia and will miss a few weeks.",
    "Maddie has anorexia and will miss a few weeks.",
    ""
  ],
  [
    "A boy in my class went into anaphylaxis at lunch today.",
    "A boy in my class went into anaphylaxis at lunch today.",
    ""
  ],
  [
    "Riley is recovering from knee surgery, send good vibes!",
    "Riley is recovering from knee surgery, send good vibes!",
    ""
  ],
  [
    "Jayden has been self-harming, so we called his mom.",
    "Jayden has been self-harming, so we called his mom.",
    ""
  ],
  [
    "Zoé a subi une opération au cœur la semaine dernière.",
    "Zoé a subi une opération au cœur la semaine dernière.",
    ""
  ],
  ["Une de mes élèves se scarifie depuis Noël.", "Une de mes élèves se scarifie depuis Noël.", ""],
  ["Jules est boulimique et suivi à l'hôpital.", "Jules est boulimique et suivi à l'hôpital.", ""],
  [
    "Hamid's dad's work permit runs out in June.",
    "Hamid's dad's work permit runs out in June.",
    ""
  ],
  ["La famille de Youssef est sans-papiers.", "La famille de Youssef est sans-papiers.", ""],
  [
    "Le permis de travail du père de Sami expire en mars.",
    "Le permis de travail du père de Sami expire en mars.",
    ""
  ],
  [
    "Tariq's family might have to go back to Pakistan this summer.",
    "Tariq's family might have to go back to Pakistan this summer.",
    ""
  ],
  [
    "Nora is sitting at 38% in English right now.",
    "Nora is sitting at 38% in English right now.",
    ""
  ],
  [
    "Xavier has a 51 in science after the midterm.",
    "Xavier has a 51 in science after the midterm.",
    ""
  ],
  [
    "A boy in my class is being retained next year.",
    "A boy in my class is being retained next year.",
    ""
  ],
  [
    "My student Luke will have to repeat the course in summer school.",
    "My student Luke will have to repeat the course in summer school.",
    ""
  ],
  ["Eliott est passé de 45 % à 80 % en maths!", "Eliott est passé de 45 % à 80 % en maths!", ""],
  ["Ella reads at level J now, what a year!", "Ella reads at level J now, what a year!", ""],
  [
    "Colton's dad had to call the police after he brought a knife to school.",
    "Colton's dad had to call the police after he brought a knife to school.",
    ""
  ],
  [
    "Mon élève Léa vit au refuge avec sa mère depuis janvier.",
    "Mon élève Léa vit au refuge avec sa mère depuis janvier.",
    ""
  ],
  [
    "Brody is couch surfing at his aunt's since his mom moved out.",
    "Brody is couch surfing at his aunt's since his mom moved out.",
    ""
  ],
  [
    "Maya lives down the street from the school, in the yellow house.",
    "Maya lives down the street from the school, in the yellow house.",
    ""
  ],
  [
    "Retenue encore ce midi pour Xavier de mon groupe.",
    "Retenue encore ce midi pour Xavier de mon groupe.",
    ""
  ]
]

/** Look-alikes: a gifted artist, coding a game, EA thanks, push-ups, a grade's trip, a chosen team. */
const clean: string[] = [
  "Our school's home phone line for families is 555-0100.",
  "Liam is a gifted artist and drew the poster!",
  "Emma coded a game in Scratch today.",
  "Noah was accepted into the hockey program.",
  "Amusez-vous avec tes amis ce week-end!",
  "Thank you to the OT team for the sensory room!",
  "Nathan travaille avec son équipe sur le projet.",
  "Mateo worked with the custodian to fix the garden.",
  "Thanks to all our amazing EAs and TAs!",
  "Formation sur le TDAH pour le personnel cet après-midi.",
  "Our staff did EpiPen training this morning.",
  "My son had a concussion last year, so check your kids' helmets.",
  "Ava went from 2 to 10 push-ups this month!",
  "Our class went from 12 books to 40 books read!",
  "Liam's grade is going to the zoo tomorrow.",
  "Her notes are on the fridge, Emma wrote them for you.",
  "The kids will repeat the class chant every morning.",
  "Noah didn't pass the ball once, ball hog lol.",
  "Liam came high on the list for the science fair.",
  "Ethan charged his chromebook before class.",
  "Léa a reçu un accusé de réception de la bibliothèque.",
  "Sa mère reste au foyer avec le bébé.",
  "Léa reste dans un hôtel à Québec pour le tournoi.",
  "Liam is at level 4 in swimming!",
  "La candidature de Léa a été retenue pour le prix.",
  "Équipe de génies en herbe retenue pour le tournoi provincial : Laroche, Étienne ; Singh, Ravneet.",
  "The permit for our field trip came through!",
  "Sofia arrived from Calgary last week and already has friends!",
  "World Refugee Day assembly this morning.",
  "Liam had to repeat the question three times lol."
]

describeRemovalTable(
  "confidential-student-info: support, health, papers, marks, police, home",
  "confidential-student-info",
  flagged,
  clean
)
