import { describeRemovalTable, type RemovalRow } from "../../../../tests/core/removal-table"

/**
 * Special education in teachers' shorthand (support levels, plan names, designations,
 * test settings, a program modified in a subject, needs as issues, a caseload, French
 * short forms) and the demonstrative or caseload student references that carry them.
 * Sentences written for the mechanisms, not taken from any evaluation set; each
 * mechanism has near-misses that must stay clean.
 */

const flagged: RemovalRow[] = [
  [
    "Rémi has 1:1 support for the whole afternoon block.",
    "Rémi has 1:1 support for the whole afternoon block.",
    ""
  ],
  [
    "One of my grade 3s needs full-time adult support on the playground.",
    "One of my grade 3s needs full-time adult support on the playground.",
    ""
  ],
  [
    "Theo has a behaviour intervention plan since the winter break.",
    "Theo has a behaviour intervention plan since the winter break.",
    ""
  ],
  [
    "Tamsin's positive behaviour support plan starts Monday.",
    "Tamsin's positive behaviour support plan starts Monday.",
    ""
  ],
  [
    "Aubree finally got her M-designation this spring.",
    "Aubree finally got her M-designation this spring.",
    ""
  ],
  [
    "Kellan writes his unit tests in the resource room.",
    "Kellan writes his unit tests in the resource room.",
    ""
  ],
  [
    "Yusuf needs a quiet space to write his tests.",
    "Yusuf needs a quiet space to write his tests.",
    ""
  ],
  ["Petra is modified in math this term.", "Petra is modified in math this term.", ""],
  [
    "Desmond is one of my IEP kids and he nailed the spelling test.",
    "Desmond is one of my IEP kids and he nailed the spelling test.",
    ""
  ],
  [
    "Anouk has sensory issues and wears headphones in the gym.",
    "Anouk has sensory issues and wears headphones in the gym.",
    ""
  ],
  [
    "Valentina has complex needs and we are still learning what works.",
    "Valentina has complex needs and we are still learning what works.",
    ""
  ],
  [
    "I have a student on my caseload who is working at a Grade 1 level.",
    "I have a student on my caseload who is working at a Grade 1 level.",
    ""
  ],
  [
    "Soren has a hearing impairment so I wear a mic now.",
    "Soren has a hearing impairment so I wear a mic now.",
    ""
  ],
  [
    "Everett is ADHD and the field trip was a lot for him.",
    "Everett is ADHD and the field trip was a lot for him.",
    ""
  ],
  [
    "Marisol has been tested and identified as gifted.",
    "Marisol has been tested and identified as gifted.",
    ""
  ],
  ["Piper gets Reading Recovery every morning.", "Piper gets Reading Recovery every morning.", ""],
  [
    "Lucy uses a wobble chair as part of her plan.",
    "Lucy uses a wobble chair as part of her plan.",
    ""
  ],
  [
    "We finally got Jacob an EA for the afternoons.",
    "We finally got Jacob an EA for the afternoons.",
    ""
  ],
  [
    "One of my grade 5s just started with the speech-language pathologist for his stutter.",
    "One of my grade 5s just started with the speech-language pathologist for his stutter.",
    ""
  ],
  ["Zoé a un plan adapté en mathématiques.", "Zoé a un plan adapté en mathématiques.", ""],
  [
    "Chloé a besoin d'un scribe pour ses examens.",
    "Chloé a besoin d'un scribe pour ses examens.",
    ""
  ],
  [
    "Camille est sur le spectre et la sortie a été difficile pour elle.",
    "Camille est sur le spectre et la sortie a été difficile pour elle.",
    ""
  ],
  [
    "Lina a un TDA et elle oublie souvent ses affaires.",
    "Lina a un TDA et elle oublie souvent ses affaires.",
    ""
  ],
  [
    "Tom est en adaptation scolaire depuis septembre.",
    "Tom est en adaptation scolaire depuis septembre.",
    ""
  ],
  ["Gabin est un élève HDAA.", "Gabin est un élève HDAA.", ""],
  [
    "Ethan a eu une évaluation neuropsychologique en mai.",
    "Ethan a eu une évaluation neuropsychologique en mai.",
    ""
  ],
  [
    "Le plan d'intervention comportemental de Jérémie marche enfin.",
    "Le plan d'intervention comportemental de Jérémie marche enfin.",
    ""
  ],
  [
    "Élodie a un rapport d'ergothérapie qui recommande un ordinateur.",
    "Élodie a un rapport d'ergothérapie qui recommande un ordinateur.",
    ""
  ]
]

const clean: string[] = [
  "I had 1:1 support from my mentor teacher in my first year, so grateful.",
  "We had a great PD session on behaviour intervention plans today.",
  "We parked in a designated area for the field trip.",
  "Our unit tests this week are in the library because of the gym floor.",
  "The worksheets were adapted for math centres by our grade team.",
  "Writing report cards tonight. One of my IEP meetings got moved, ugh.",
  "Our division is offering a workshop on sensory issues in the classroom.",
  "Today we learned about caseload management at our staff PD.",
  "Great news: our school got an EA for the library program.",
  "Le plan adapté de la division sera présenté au conseil.",
  "Cette semaine, on a parlé du spectre de la lumière en sciences."
]

describeRemovalTable(
  "confidential-student-info: special-education shorthand",
  "confidential-student-info",
  flagged,
  clean
)

/** Demonstratives, a need before the child word, the child a teacher or an aide works with. */
const references: RemovalRow[] = [
  [
    "My autistic student gave a presentation today!",
    "My autistic student gave a presentation today!",
    ""
  ],
  ["My ADHD kiddo had the best day.", "My ADHD kiddo had the best day.", ""],
  ["Grosse journée avec mon élève TSA.", "Grosse journée avec mon élève TSA.", ""],
  [
    "The little guy I work with 1:1 said his first sentence today!",
    "The little guy I work with 1:1 said his first sentence today!",
    ""
  ],
  [
    "Tough day. The student I support as an EA had three meltdowns.",
    "The student I support as an EA had three meltdowns.",
    "Tough day."
  ],
  [
    "Le petit que j'accompagne en 1:1 a dit sa première phrase!",
    "Le petit que j'accompagne en 1:1 a dit sa première phrase!",
    ""
  ],
  [
    "A boy I teach who is on the spectrum made a friend today.",
    "who is on the spectrum made a friend today",
    "A boy I teach."
  ],
  [
    "This kiddo has an EA now and it's made such a difference.",
    "This kiddo has an EA now and it's made such a difference.",
    ""
  ],
  [
    "Cette élève a une aide-enseignante depuis janvier.",
    "Cette élève a une aide-enseignante depuis janvier.",
    ""
  ],
  [
    "Ce petit bonhomme a un TSA et il a participé au spectacle!",
    "Ce petit bonhomme a un TSA et il a participé au spectacle!",
    ""
  ],
  ["Mon coco a son PEI aujourd'hui.", "Mon coco a son PEI aujourd'hui.", ""]
]

const referencesClean: string[] = [
  "We welcomed an ASL interpreter to talk to our class about deaf culture.",
  "Our ADHD awareness bulletin board is up in the hallway!",
  "I support students 1:1 in reading as part of my new role, loving it.",
  "The kids I teach are the best, they made me a card!",
  "This kid-friendly recipe is a hit with my class!",
  "We are working with the family to support this student with a new EA.",
  "Ce petit projet a été une belle réussite pour toute la classe.",
  "Mon champion a terminé son casse-tête!",
  "Belle semaine de sensibilisation à l'autisme à l'école!"
]

describeRemovalTable(
  "confidential-student-info: how the child is referred to",
  "confidential-student-info",
  references,
  referencesClean
)
