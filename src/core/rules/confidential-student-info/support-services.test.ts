import { describeRemovalTable, type RemovalRow } from "../../../../tests/core/removal-table"

/**
 * Special education said through the services around one child (support-services.ts): a
 * clinician who sees or works for the child, one-on-one support, time out of class for help,
 * clinical assessment and screening, accommodations and a modified course, the child's own
 * plan, reading far below the grade, a name standing for its own plan after a sentence
 * about plans (detect.ts), and the student references that carry them ("this student of
 * mine", "a kid in period 3", "the shy girl at the back of my Grade 4 room"). Sentences written for the mechanisms, not taken from any
 * evaluation set.
 */

/** [post, the flagged words (exact range), the text left once "Remove this detail" is applied]. */
const flagged: RemovalRow[] = [
  [
    "Our SLP, who has been working with Maya since October, says her sounds are so clear now.",
    "Our SLP, who has been working with Maya since October, says her sounds are so clear now.",
    ""
  ],
  [
    "The OT that sees Jonah every Tuesday brought him a new pencil grip.",
    "The OT that sees Jonah every Tuesday brought him a new pencil grip.",
    ""
  ],
  [
    "La psychologue qui suit Léa depuis l'automne est super.",
    "La psychologue qui suit Léa depuis l'automne est super.",
    ""
  ],
  [
    "L'orthopédagogue qui rencontre Thomas chaque matin m'a écrit.",
    "L'orthopédagogue qui rencontre Thomas chaque matin m'a écrit.",
    ""
  ],
  [
    "The speech therapist's exercises for Talia are working!",
    "The speech therapist's exercises for Talia are working!",
    ""
  ],
  [
    "Les exercices de l'orthophoniste pour Noah fonctionnent bien.",
    "Les exercices de l'orthophoniste pour Noah fonctionnent bien.",
    ""
  ],
  ["Our EA works 1:1 with Elijah all morning.", "Our EA works 1:1 with Elijah all morning.", ""],
  [
    "Mme Roy travaille individuellement avec Justin chaque matin.",
    "Mme Roy travaille individuellement avec Justin chaque matin.",
    ""
  ],
  [
    "Our aide sits one-on-one with Maya so she can stay in the regular classroom.",
    "Our aide sits one-on-one with Maya so she can stay in the regular classroom.",
    ""
  ],
  [
    "Zoé sort de la classe deux fois par semaine pour du soutien en maths avec l'orthopédagogue.",
    "Zoé sort de la classe deux fois par semaine pour du soutien en maths avec l'orthopédagogue.",
    ""
  ],
  [
    "Eli gets pulled out of class three times a week for reading help.",
    "Eli gets pulled out of class three times a week for reading help.",
    ""
  ],
  ["Maya goes to resource every afternoon.", "Maya goes to resource every afternoon.", ""],
  [
    "Finally got Noah's psycho-educational assessment report back.",
    "Finally got Noah's psycho-educational assessment report back.",
    ""
  ],
  [
    "Léa a enfin eu son évaluation psychologique.",
    "Léa a enfin eu son évaluation psychologique.",
    ""
  ],
  [
    "On va le faire évaluer en orthophonie l'an prochain, Loïc.",
    "On va le faire évaluer en orthophonie l'an prochain, Loïc.",
    ""
  ],
  [
    "Mon élève Jade a été repérée lors du dépistage d'automne.",
    "Mon élève Jade a été repérée lors du dépistage d'automne.",
    ""
  ],
  [
    "Ava was flagged in the fall screening and starts reading intervention Monday.",
    "Ava was flagged in the fall screening and starts reading intervention Monday.",
    ""
  ],
  ["Brody is in the Tier 3 group now.", "Brody is in the Tier 3 group now.", ""],
  [
    "Maya's extra-time accommodations are finally in place.",
    "Maya's extra-time accommodations are finally in place.",
    ""
  ],
  [
    "Accommodations for Maya were approved today!",
    "Accommodations for Maya were approved today!",
    ""
  ],
  [
    "Samuel a ses mesures d'adaptation pour l'examen du ministère.",
    "Samuel a ses mesures d'adaptation pour l'examen du ministère.",
    ""
  ],
  ["Noah passed his adapted math course!", "Noah passed his adapted math course!", ""],
  [
    "Lucas a réussi son cours de français adapté.",
    "Lucas a réussi son cours de français adapté.",
    ""
  ],
  [
    "Emma has a visual schedule in her individual education plan.",
    "Emma has a visual schedule in her individual education plan.",
    ""
  ],
  ["Théo a un horaire visuel sur son pupitre.", "Théo a un horaire visuel sur son pupitre.", ""],
  [
    "One of my Grade 4s reads at a grade 1 level.",
    "One of my Grade 4s reads at a grade 1 level.",
    ""
  ],
  [
    "Un élève de ma 4e année a trois ans de retard en lecture.",
    "Un élève de ma 4e année a trois ans de retard en lecture.",
    ""
  ],
  [
    "Writing IEPs all weekend. Maya's is 11 pages.",
    "Maya's is 11 pages.",
    "Writing IEPs all weekend."
  ],
  [
    "Fini d'écrire mes plans d'intervention. Celle de Rosalie m'a pris trois heures.",
    "Celle de Rosalie m'a pris trois heures.",
    "Fini d'écrire mes plans d'intervention."
  ],
  [
    "So proud of Ethan, whose cognitive testing is finally done.",
    "whose cognitive testing is finally done",
    "So proud of Ethan."
  ],
  [
    "Proud of Dominic, who passed his modified math course this term.",
    "who passed his modified math course this term",
    "Proud of Dominic."
  ],
  [
    "Merci à Mme Lavoie qui travaille en un-à-un avec Samuel chaque matin.",
    "qui travaille en un-à-un avec Samuel chaque matin",
    "Merci à Mme Lavoie."
  ],
  [
    "Grateful for our EA, who works one-on-one with Declan so he can stay in the regular classroom.",
    "who works one-on-one with Declan so he can stay in the regular classroom",
    "Grateful for our EA."
  ],
  [
    "Our SLP sees Talia twice a week and her sounds are so clear now.",
    "Our SLP sees Talia twice a week and her sounds are so clear now.",
    ""
  ],
  [
    "The OT has been working with Dev on his handwriting.",
    "The OT has been working with Dev on his handwriting.",
    ""
  ],
  [
    "Mme Dubé, notre orthophoniste, voit Chloé deux fois par semaine.",
    "Mme Dubé, notre orthophoniste, voit Chloé deux fois par semaine.",
    ""
  ],
  [
    "Notre orthophoniste suit Chloé depuis septembre.",
    "Notre orthophoniste suit Chloé depuis septembre.",
    ""
  ],
  [
    "The SLP has been working on Talia's r sounds all term.",
    "The SLP has been working on Talia's r sounds all term.",
    ""
  ],
  [
    "The OT gave us sensory strategies for Dev and they work.",
    "The OT gave us sensory strategies for Dev and they work.",
    ""
  ],
  [
    "L'ergothérapeute a proposé un coussin pour Édouard.",
    "L'ergothérapeute a proposé un coussin pour Édouard.",
    ""
  ],
  [
    "La psychologue scolaire a enfin évalué Mathis.",
    "La psychologue scolaire a enfin évalué Mathis.",
    ""
  ],
  [
    "Mrs. Friesen spends every afternoon one-on-one with Declan.",
    "Mrs. Friesen spends every afternoon one-on-one with Declan.",
    ""
  ],
  [
    "Madame Lise passe ses après-midis en un-à-un avec Samuel.",
    "Madame Lise passe ses après-midis en un-à-un avec Samuel.",
    ""
  ],
  [
    "Rosalie quitte la classe trois fois par semaine pour de l'aide en lecture.",
    "Rosalie quitte la classe trois fois par semaine pour de l'aide en lecture.",
    ""
  ],
  [
    "Harper leaves class three times a week for reading help.",
    "Harper leaves class three times a week for reading help.",
    ""
  ],
  [
    "Jonah goes to the resource room every morning.",
    "Jonah goes to the resource room every morning.",
    ""
  ],
  [
    "Mathis a passé des tests cognitifs avec la psychologue.",
    "Mathis a passé des tests cognitifs avec la psychologue.",
    ""
  ],
  [
    "Le bilan neuropsychologique de Léa est arrivé.",
    "Le bilan neuropsychologique de Léa est arrivé.",
    ""
  ],
  ["Ethan finished his WISC testing today.", "Ethan finished his WISC testing today.", ""],
  [
    "Easton gets Tier 2 support for reading now.",
    "Easton gets Tier 2 support for reading now.",
    ""
  ],
  [
    "Émile reçoit du soutien de niveau 2 en lecture.",
    "Émile reçoit du soutien de niveau 2 en lecture.",
    ""
  ],
  ["Dominic is in modified math this year.", "Dominic is in modified math this year.", ""],
  ["Loïc est en maths adaptées cette année.", "Loïc est en maths adaptées cette année.", ""],
  ["Sophie a droit à un lecteur pour l'examen.", "Sophie a droit à un lecteur pour l'examen.", ""],
  [
    "Writing IEPs all weekend. The one for Brody is 14 pages.",
    "The one for Brody is 14 pages.",
    "Writing IEPs all weekend."
  ],
  [
    "Maya has a calm corner written into her IEP.",
    "Maya has a calm corner written into her IEP.",
    ""
  ],
  ["Léa a un coin calme dans son PEI.", "Léa a un coin calme dans son PEI.", ""],
  [
    "Maya is reading two years below grade level.",
    "Maya is reading two years below grade level.",
    ""
  ],
  [
    "A girl in my Grade 2 class reads at a kindergarten level.",
    "A girl in my Grade 2 class reads at a kindergarten level.",
    ""
  ],
  [
    "Big thanks to the clinician team for finishing Ethan's assessment before spring break.",
    "Big thanks to the clinician team for finishing Ethan's assessment before spring break.",
    ""
  ],
  [
    "The clinicians finally finished testing Ethan, now we can build his plan.",
    "The clinicians finally finished testing Ethan, now we can build his plan.",
    ""
  ],
  [
    "Merci à l'équipe clinique d'avoir évalué Mathis avant la relâche.",
    "Merci à l'équipe clinique d'avoir évalué Mathis avant la relâche.",
    ""
  ],
  [
    "Our speech-language pathologist has seen Talia every week since September.",
    "Our speech-language pathologist has seen Talia every week since September.",
    ""
  ],
  [
    "Talia sees the speech-language pathologist twice a week.",
    "Talia sees the speech-language pathologist twice a week.",
    ""
  ],
  [
    "Chloé voit l'orthophoniste deux fois par semaine.",
    "Chloé voit l'orthophoniste deux fois par semaine.",
    ""
  ],
  [
    "Les ateliers de l'orthophoniste avec Chloé portent fruit.",
    "Les ateliers de l'orthophoniste avec Chloé portent fruit.",
    ""
  ],
  [
    "The referral finally went through for Owen to see the school psychologist.",
    "The referral finally went through for Owen to see the school psychologist.",
    ""
  ],
  [
    "Owen is finally on the list to see the school psychologist.",
    "Owen is finally on the list to see the school psychologist.",
    ""
  ],
  [
    "La demande pour que Émile rencontre la psychologue a été acceptée.",
    "La demande pour que Émile rencontre la psychologue a été acceptée.",
    ""
  ],
  [
    "Les démarches sont commencées pour faire évaluer Léa en orthophonie.",
    "Les démarches sont commencées pour faire évaluer Léa en orthophonie.",
    ""
  ],
  [
    "We started the paperwork to get her assessed for a learning disability, poor Maya.",
    "We started the paperwork to get her assessed for a learning disability, poor Maya.",
    ""
  ],
  [
    "Maya's reader accommodations for the provincial exam got approved!",
    "Maya's reader accommodations for the provincial exam got approved!",
    ""
  ],
  [
    "Les accommodements de Sophie pour l'examen ont été acceptés.",
    "Les accommodements de Sophie pour l'examen ont été acceptés.",
    ""
  ],
  [
    "Sophie aura un scribe pour l'examen du ministère.",
    "Sophie aura un scribe pour l'examen du ministère.",
    ""
  ],
  [
    "Dominic, who takes modified math with student services, aced his test.",
    "who takes modified math with student services",
    "Dominic aced his test."
  ],
  [
    "Loïc suit un cours de maths modifié depuis septembre.",
    "Loïc suit un cours de maths modifié depuis septembre.",
    ""
  ],
  [
    "I wrote Cédric's PEI this weekend, it's 12 pages.",
    "I wrote Cédric's PEI this weekend, it's 12 pages.",
    ""
  ],
  ["Brody's IEP alone is 14 pages.", "Brody's IEP alone is 14 pages.", ""],
  [
    "Juliette's plan includes a visual schedule and a calm corner.",
    "Juliette's plan includes a visual schedule and a calm corner.",
    ""
  ],
  [
    "Maëlle a un horaire visuel et un coin calme dans son plan d'intervention.",
    "Maëlle a un horaire visuel et un coin calme dans son plan d'intervention.",
    ""
  ],
  [
    "Ms. Friesen works with Declan one-on-one every afternoon.",
    "Ms. Friesen works with Declan one-on-one every afternoon.",
    ""
  ],
  [
    "Mme Lavoie est en un-à-un avec Samuel tous les après-midis.",
    "Mme Lavoie est en un-à-un avec Samuel tous les après-midis.",
    ""
  ],
  [
    "Rosalie va en classe ressource trois fois par semaine pour la lecture.",
    "Rosalie va en classe ressource trois fois par semaine pour la lecture.",
    ""
  ],
  [
    "Harper gets pulled out three times a week to work with the resource teacher.",
    "Harper gets pulled out three times a week to work with the resource teacher.",
    ""
  ],
  [
    "Benjamin fait partie du groupe d'intervention de niveau 3 depuis le dépistage.",
    "Benjamin fait partie du groupe d'intervention de niveau 3 depuis le dépistage.",
    ""
  ],
  [
    "After the fall screening, Easton was placed in a Tier 3 reading group.",
    "After the fall screening, Easton was placed in a Tier 3 reading group.",
    ""
  ],
  [
    "Mon élève Benjamin a commencé des rencontres individuelles avec l'orthopédagogue.",
    "Mon élève Benjamin a commencé des rencontres individuelles avec l'orthopédagogue.",
    ""
  ],
  [
    "One of my Grade 3s is reading at a kindergarten level.",
    "One of my Grade 3s is reading at a kindergarten level.",
    ""
  ],
  [
    "Un de mes élèves de 3e lit au niveau de la maternelle.",
    "Un de mes élèves de 3e lit au niveau de la maternelle.",
    ""
  ],
  [
    "This student of mine gets extra time on all her tests.",
    "This student of mine gets extra time on all her tests.",
    ""
  ],
  [
    "A kid in period 3 told me he sees the school psychologist every week.",
    "A kid in period 3 told me he sees the school psychologist every week.",
    ""
  ],
  [
    "Le jeune de ma 3e période voit l'orthophoniste chaque jeudi.",
    "Le jeune de ma 3e période voit l'orthophoniste chaque jeudi.",
    ""
  ],
  [
    "The shy girl at the back of my Grade 4 room has a new behaviour plan.",
    "The shy girl at the back of my Grade 4 room has a new behaviour plan.",
    ""
  ],
  [
    "Do you have a Grade 2 with an ADHD diagnosis and no EA yet?",
    "Do you have a Grade 2 with an ADHD diagnosis and no EA yet?",
    ""
  ],
  [
    "Our school psych finally assessed my student Noor, she has dyslexia.",
    "Our school psych finally assessed my student Noor, she has dyslexia.",
    ""
  ],
  [
    "La psychologue a enfin évalué mon élève, on attend le rapport.",
    "La psychologue a enfin évalué mon élève, on attend le rapport.",
    ""
  ]
]

/** Staff thanked with no child, whole-class programmes, a teacher's own appointments, look-alikes. */
const clean: string[] = [
  "Shoutout to our amazing OT and SLP team!",
  "Merci à nos aides-enseignantes, vous êtes incroyables.",
  "Our Grade 2s all get reading screening in October.",
  "Tier 2 reading groups start Monday.",
  "Les interventions de niveau 2 commencent lundi pour toute l'école.",
  "I have a physio appointment after school today.",
  "J'ai rendez-vous chez la psychologue ce soir, prenez soin de vous.",
  "Arjun's poster won first place at the science fair!",
  "We are learning about sensory processing in science.",
  "Thank you to our speech-language pathologist, Ms. Abara, for running a parent info night.",
  "Merci à notre orthophoniste, Mme Bélanger, pour la soirée d'information aux parents.",
  "Our OT ran a workshop for Grade 1 families on Thursday.",
  "Notre ergothérapeute présente un atelier pour Noël aux parents.",
  "The school psychologist visited our staff meeting for Friday's PD.",
  "Students with accommodations can write in the library.",
  "Info evening for families who want to learn how individual education plans work.",
  "Soirée d'information sur les plans d'intervention pour les familles.",
  "Writing report cards all weekend. Liam's alone took two hours.",
  "Marking essays all weekend. Celui de Xavier fait 12 pages.",
  "Coach Dan works one-on-one with Tobias on his jump shot every afternoon.",
  "I love working one-on-one with students during writers' workshop.",
  "Our kindergarten class reads at a kindergarten level, of course!",
  "Ava built a modified obstacle course for the robot race.",
  "Arjun's hotel accommodations for the tournament are booked.",
  "Le cours a été modifié à cause de la tempête, Léa a eu congé.",
  "Our resource teachers ran a great PD session on differentiated instruction today.",
  "Nos enseignantes ressources ont donné une super formation sur la différenciation.",
  "Mental Health Week: we built a calming corner together and every student added one idea.",
  "Semaine de la santé mentale : on a créé un coin calme ensemble, chaque élève a ajouté une idée.",
  "Liam read the morning announcements at the assembly today.",
  "Emma helped the OT set up the sensory room for everyone.",
  "Thanks to our OT for the new fidgets, the kids love them.",
  "Merci à la ressource pour l'aide avec la pièce de théâtre.",
  "Our school psychologist, Dr. Lee, is retiring in June.",
  "Amélie sort de la classe pour aller au gym avec son groupe.",
  "Maya goes out for recess with her buddies.",
  "Félicitations à Léa qui a été sélectionnée pour l'équipe de volleyball!",
  "Ava was selected for the provincial choir!",
  "Our new visual schedule is up for everyone.",
  "Le psychologue scolaire visitera toutes les classes de 6e année.",
  "We have evaluations this week, so Noah is studying hard.",
  "Le cours de maths de Noah a été déplacé à jeudi.",
  "Liam was picked for the all-star team after tryouts.",
  "Reading buddies today: Maya reads with a kindergarten friend.",
  "Liam plays on the tier 2 hockey team this year.",
  "Léa a fait l'évaluation sensorielle des biscuits en sciences.",
  "Ava volunteered as reader and scribe for her kindergarten buddy.",
  "Léa a été sélectionnée pour une aide financière de la fondation.",
  "Thanks to our resource teacher for organizing Ava's birthday surprise.",
  "Ava's science fair project was on sensory processing.",
  "Liam wrote a report on developmental psychology for Grade 12.",
  "Le psychologue scolaire Martin Roy sera à la soirée de parents.",
  "Our SLP is seeing all kindergarten kids for screening this week.",
  "Notre orthophoniste voit les élèves de maternelle pour le dépistage.",
  "Maya's mom is an occupational therapist and came to talk about her job.",
  "Le père de Léo est ergothérapeute et est venu parler de son métier.",
  "The school psychologist met with Principal Roy and Maya's mom about the fundraiser.",
  "Our OT works with the whole Grade 1 class on printing every Friday.",
  "I spend every afternoon one-on-one with my coffee.",
  "Ava leaves class early on Fridays for hockey.",
  "Liam missed class for his dentist appointment.",
  "Léa quitte la classe plus tôt pour son match de soccer.",
  "Le groupe de niveau 2 en maths a fini son projet.",
  "Our Grade 2s all get reading screening in October, so Maya is excited.",
  "Hamza is in math club this year.",
  "Writing report cards all weekend. The one for Liam is 14 pages.",
  "Liam made a plan for the weekend and stuck to it.",
  "Florence wrote her own plan for the science fair.",
  "Maya is reading two books this week for the challenge.",
  "Léa est en maths enrichies cette année.",
  "The speech-language pathologist met with Maya's class to talk about sounds.",
  "Our OT works with Maya's Grade 1 class on printing.",
  "The student services team celebrated Ava's birthday with cake.",
  "Our clinician team met with Grade 6 families tonight.",
  "L'équipe clinique a rencontré les parents de 6e année ce soir.",
  "Every kid in period 2 aced the quiz on fractions.",
  "We have a Grade 1 with 28 kids this year and one EA.",
  "Les jeunes de ma 2e période ont adoré le labo.",
  "Le jeune de ma 2e période a gagné le concours d'épellation!",
  "Our school psychologist tested the new screening tool with staff.",
  "Our school psych tested the new app and Maya loved it.",
  "La psychologue a évalué le nouveau programme de lecture avec Léa et Noé.",
  "This student of mine just won the spelling bee!",
  "The quiet boy at the back of my Grade 5 room just read his poem to the class.",
  "Le petit gars tranquille au fond de ma classe a lu son poème devant tout le monde."
]

describeRemovalTable(
  "confidential-student-info: services around one child",
  "confidential-student-info",
  flagged,
  clean
)
