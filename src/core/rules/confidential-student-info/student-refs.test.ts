import { describeRemovalTable, type RemovalRow } from "../../../../tests/core/removal-table"

/**
 * Student references from student-refs.ts: endearments ("my little buddy", "mon petit
 * bonhomme"), "one of the kids in my homeroom", "a 6th grader", "our new student", and
 * names that are also words ("Chase", "Grace in my class") or only surnames ("Harris").
 * Sentences written for the mechanisms, not taken from any evaluation set.
 */

/** [post, the flagged words (exact range), the text left once "Remove this detail" is applied]. */
const flagged: RemovalRow[] = [
  [
    "My little buddy finally got his IEP signed this morning.",
    "My little buddy finally got his IEP signed this morning.",
    ""
  ],
  [
    "One of my littles was diagnosed with epilepsy over the break.",
    "One of my littles was diagnosed with epilepsy over the break.",
    ""
  ],
  [
    "A 6th grader in my class was suspended for vaping.",
    "A 6th grader in my class was suspended for vaping.",
    ""
  ],
  [
    "One of the kids in my homeroom is in foster care now.",
    "One of the kids in my homeroom is in foster care now.",
    ""
  ],
  [
    "Our new student has a full-time EA starting Monday.",
    "Our new student has a full-time EA starting Monday.",
    ""
  ],
  [
    "The new girl in my class arrived as a refugee last spring.",
    "The new girl in my class arrived as a refugee last spring.",
    ""
  ],
  [
    "My grade 8 student is failing three classes.",
    "My grade 8 student is failing three classes.",
    ""
  ],
  [
    "Chase was charged with assault on the weekend.",
    "Chase was charged with assault on the weekend.",
    ""
  ],
  [
    "Grace in my class is being tested for dyslexia.",
    "Grace in my class is being tested for dyslexia.",
    ""
  ],
  ["Harris is failing everything this term.", "Harris is failing everything this term.", ""],
  [
    "Mon petit bonhomme a un plan d'intervention depuis octobre.",
    "Mon petit bonhomme a un plan d'intervention depuis octobre.",
    ""
  ],
  [
    "Ma nouvelle élève est en famille d'accueil.",
    "Ma nouvelle élève est en famille d'accueil.",
    ""
  ],
  [
    "Notre nouvel élève a eu une commotion cérébrale au hockey.",
    "Notre nouvel élève a eu une commotion cérébrale au hockey.",
    ""
  ],
  [
    "Mon petit Louis voit l'orthophoniste le mardi.",
    "Mon petit Louis voit l'orthophoniste le mardi.",
    ""
  ],
  [
    "Un des enfants de ma classe a été expulsé hier.",
    "Un des enfants de ma classe a été expulsé hier.",
    ""
  ]
]

/** Look-alikes: a class EA, a student council, a lost tooth, a verb "Chase", a park, a whole class. */
const clean: string[] = [
  "Liam made cookies with our EA this morning.",
  "Our new student council had its first meeting.",
  "Our new student teacher starts Monday!",
  "My little guy lost his first tooth at school today.",
  "Mon petit Louis a perdu sa première dent!",
  "Chase your dreams, kids!",
  "Hope is on the way - spring break in 3 days!",
  "Grace and gratitude this Thanksgiving.",
  "Harris Park is closed for the season.",
  "A 7th grader won the science fair!",
  "Celle qui a gagné le concours recevra un prix.",
  "Whoever left the lunch bag in room 12, it's at the office.",
  "Une des élèves de ma classe a remporté le prix.",
  "Every student with an IEP will get a copy.",
  "Tous les élèves qui ont un PEI recevront une copie."
]

describeRemovalTable(
  "confidential-student-info: more student references",
  "confidential-student-info",
  flagged,
  clean
)
