import { describeRemovalTable, type RemovalRow } from "../../../../tests/core/removal-table"

/**
 * Special education said through what a plan gives one child (accommodations, the child's
 * aide, the plan or code or assessment for a named child, a diagnosis in parentheses) and a
 * detail about "a student" that the next sentence names. Sentences written for the
 * mechanisms, not taken from any evaluation set; each family has near misses of the same
 * shape that must stay clean (a whole class, a room, a budget, a locker code, a gloss).
 */

const flagged: RemovalRow[] = [
  // Accommodations, with an adverb or a verb between.
  [
    "Owen now gets extra time on his unit tests.",
    "Owen now gets extra time on his unit tests.",
    ""
  ],
  [
    "Zoé a aussi droit à du temps supplémentaire en maths.",
    "Zoé a aussi droit à du temps supplémentaire en maths.",
    ""
  ],
  [
    "Léo écrit ses examens dans un local à part.",
    "Léo écrit ses examens dans un local à part.",
    ""
  ],
  [
    "Chloé écrit ses contrôles dans un local isolé.",
    "Chloé écrit ses contrôles dans un local isolé.",
    ""
  ],
  [
    "Maya fait ses dictées dans une salle calme, ça l'aide beaucoup.",
    "Maya fait ses dictées dans une salle calme, ça l'aide beaucoup.",
    ""
  ],
  [
    "Ethan has all his tests read aloud to him now.",
    "Ethan has all his tests read aloud to him now.",
    ""
  ],
  ["Grayson has his quizzes read aloud now.", "Grayson has his quizzes read aloud now.", ""],
  [
    "On lui lit ses examens depuis janvier, Raphaël réussit mieux.",
    "On lui lit ses examens depuis janvier, Raphaël réussit mieux.",
    ""
  ],
  // The child's own aide, and the aide who follows the child.
  [
    "Harper's amazing EA made her a visual timer.",
    "Harper's amazing EA made her a visual timer.",
    ""
  ],
  ["Maya's new EA is a gem.", "Maya's new EA is a gem.", ""],
  [
    "Sa nouvelle TES commence lundi, Mathis est tellement content.",
    "Sa nouvelle TES commence lundi, Mathis est tellement content.",
    ""
  ],
  [
    "Jules est content, son éducatrice spécialisée revient lundi.",
    "Jules est content, son éducatrice spécialisée revient lundi.",
    ""
  ],
  [
    "L'AE qui accompagne Zacharie part en congé de maternité.",
    "L'AE qui accompagne Zacharie part en congé de maternité.",
    ""
  ],
  [
    "L'éducatrice spécialisée qui accompagne Maxime est en congé.",
    "L'éducatrice spécialisée qui accompagne Maxime est en congé.",
    ""
  ],
  [
    "The aide who shadows Kai at recess is wonderful.",
    "The aide who shadows Kai at recess is wonderful.",
    ""
  ],
  [
    "The EA who supports Jonah is off sick today.",
    "The EA who supports Jonah is off sick today.",
    ""
  ],
  [
    "Une technicienne à temps plein pour Rosalie, enfin!",
    "Une technicienne à temps plein pour Rosalie, enfin!",
    ""
  ],
  // The plan, the code, the assessment for a named child.
  ["Drafting a safety plan for Eli tonight.", "Drafting a safety plan for Eli tonight.", ""],
  [
    "Wrote a new IEP for Hamza tonight, fingers crossed.",
    "Wrote a new IEP for Hamza tonight, fingers crossed.",
    ""
  ],
  [
    "Mise à jour du plan d'intervention pour Élodie demain.",
    "Mise à jour du plan d'intervention pour Élodie demain.",
    ""
  ],
  ["Réunion PPI pour Thomas jeudi.", "Réunion PPI pour Thomas jeudi.", ""],
  ["Révision du PI lundi pour Ludovic.", "Révision du PI lundi pour Ludovic.", ""],
  [
    "Bonne nouvelle, Rosalie a eu son code de difficulté cette semaine.",
    "Bonne nouvelle, Rosalie a eu son code de difficulté cette semaine.",
    ""
  ],
  [
    "Mathéo a vu son code approuvé ce matin, quelle joie!",
    "Mathéo a vu son code approuvé ce matin, quelle joie!",
    ""
  ],
  [
    "Son code de difficulté a été accepté, Arnaud aura une TES.",
    "Son code de difficulté a été accepté, Arnaud aura une TES.",
    ""
  ],
  [
    "Évaluation en orthophonie pour Léa la semaine prochaine.",
    "Évaluation en orthophonie pour Léa la semaine prochaine.",
    ""
  ],
  [
    "Evaluation en psychologie pour Benjamin jeudi prochain.",
    "Evaluation en psychologie pour Benjamin jeudi prochain.",
    ""
  ],
  // A diagnosis in parentheses after a name or a child word.
  [
    "Ma belle Aurélie (TSA) a chanté au spectacle!",
    "Ma belle Aurélie (TSA) a chanté au spectacle!",
    ""
  ],
  [
    "Paul-Émile (TSA) a lu devant toute la classe!",
    "Paul-Émile (TSA) a lu devant toute la classe!",
    ""
  ],
  [
    "Jackson (ADHD, grade 2) sat through the whole assembly!",
    "Jackson (ADHD, grade 2) sat through the whole assembly!",
    ""
  ],
  [
    "Mon élève (TSA, 3e année) a présenté son projet seul!",
    "Mon élève (TSA, 3e année) a présenté son projet seul!",
    ""
  ],
  // A detail about "a student", then a sentence naming the child: the first sentence goes.
  [
    "Any advice for a kid with dysgraphia? Mateo in my class hates writing.",
    "Any advice for a kid with dysgraphia?",
    "Mateo in my class hates writing."
  ],
  [
    "Advice for a boy with FASD? Kieran in my class keeps running off.",
    "Advice for a boy with FASD?",
    "Kieran in my class keeps running off."
  ],
  [
    "Des idées pour une élève dyslexique? Camille a de la misère à lire.",
    "Des idées pour une élève dyslexique?",
    "Camille a de la misère à lire."
  ],
  // A name, then the detail with "lui" pointing back.
  [
    "Belle rencontre avec la famille de Noémie. On va lui obtenir plus d'heures avec l'AE.",
    "On va lui obtenir plus d'heures avec l'AE.",
    "Belle rencontre avec la famille de Noémie."
  ]
]

const clean: string[] = [
  "Extra time for everyone on the test today, Noah asked so nicely!",
  "Emma got extra credit on the test.",
  "Noah wrote his test in the library because the gym was full.",
  "Lucas a fait son examen dans le local de musique.",
  "Liam asked if our resource room got new books.",
  "Thanks to our EAs for everything, Emma made them cards!",
  "Emma made cards for our EA appreciation day.",
  "The EA who supports our class is off today.",
  "La TES qui accompagne les élèves au dîner est malade.",
  "La technicienne en informatique aide Olivier avec son portable.",
  "Our new aide (Mrs. Patel) starts Monday.",
  "Liam has more hours at his job now.",
  "Zoé a plus d'heures avec sa grand-mère depuis Noël.",
  "Plan d'intervention budgétaire adopté par le conseil; Zoé était là.",
  "Le conseil a adopté le plan d'intervention budgétaire; bravo à Élodie pour sa présentation.",
  "Writing a lesson plan for Friday.",
  "Writing a plan for Jayden's birthday party.",
  "Jade a eu son code de casier ce matin.",
  "Charlotte a eu son code Wi-Fi.",
  "Sam got his code for the robotics kit working!",
  "Elle a réussi son évaluation de mathématiques, bravo Léa!",
  "Mia's team won! Attention Deficit Hyperactivity Disorder (ADHD) Awareness Month starts.",
  "Autism Spectrum Disorder (ASD) workshop with Dr. Singh on Friday.",
  "The kids read the book Rules (autism) and Liam loved it.",
  "Lucas took the quiz (IEP meeting prep for staff is Monday).",
  "Un petit (très petit) chaton est venu voir Léo.",
  "Tips for a student teacher? Jordan is starting with me on Monday.",
  "Any tips for a student with a long bus ride? Liam is always tired.",
  "Des idées pour un élève qui adore les dinosaures? Loïc a tout lu.",
  "Tips for a student with dyscalculia? Thanks in advance!",
  "A student with asthma can use an inhaler, says our handbook. Thanks Sarah for sharing!",
  "Madame, votre enfant a 15 ans pis vous êtes pas capable de lui enlever son cell.",
  "Liam forgot his cell at home again."
]

describeRemovalTable(
  "confidential-student-info: accommodations, the child's aide, plans and codes for a child",
  "confidential-student-info",
  flagged,
  clean
)
