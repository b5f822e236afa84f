import { defaultCheckSettings } from "../../../settings/defaults"
import { createChecker } from "../../checker"
import type { Finding } from "../../types"

const checker = createChecker(defaultCheckSettings)
const found = (text: string): Finding[] =>
  checker.check({ text }).findings.filter((f) => f.rule === "confidential-student-info")

/** [post, the flagged words (exact range), the text left once "Remove this detail" is applied]. */
const flagged: [string, string, string][] = [
  [
    "So proud of Liam, who has autism, for reading aloud today",
    "who has autism",
    "So proud of Liam for reading aloud today"
  ],
  ["Ava is back after her suspension", "after her suspension", "Ava is back"],
  [
    "Congrats to Noah for finally passing math after failing twice",
    "after failing twice",
    "Congrats to Noah for finally passing math"
  ],
  [
    "Maya's new foster family came to the concert",
    "Maya's new foster family came to the concert",
    ""
  ],
  ["Jordan lives at 12 Elm St", "Jordan lives at 12 Elm St", ""],
  [
    "Great concert! One of my Grade 3s was diagnosed with ADHD this week.",
    "One of my Grade 3s was diagnosed with ADHD this week.",
    "Great concert!"
  ],
  [
    "Un de mes élèves a un PEI depuis septembre. Bravo à tous!",
    "Un de mes élèves a un PEI depuis septembre.",
    "Bravo à tous!"
  ],
  [
    "Liam had a rough week. He was suspended on Tuesday.",
    "He was suspended on Tuesday.",
    "Liam had a rough week."
  ],
  [
    "Welcome back Amir, whose family arrived as refugees last month!",
    "whose family arrived as refugees last month",
    "Welcome back Amir!"
  ],
  [
    "Une élève de ma classe est diabétique, merci de ne pas envoyer de bonbons.",
    "Une élève de ma classe est diabétique, merci de ne pas envoyer de bonbons.",
    ""
  ],
  ["Zoë's reading level jumped this term!", "Zoë's reading level jumped this term!", ""],
  // Wider vocabularies: procedures, therapies, fights, marks, family news, unknown names, French.
  [
    "Big hugs to Keanu, who had his tonsils out on Monday.",
    "who had his tonsils out on Monday",
    "Big hugs to Keanu."
  ],
  [
    "Pray for Wapun - his mom passed away on the weekend.",
    "Pray for Wapun - his mom passed away on the weekend.",
    ""
  ],
  [
    "One of my Gr 7s got a 2-day suspension for fighting.",
    "One of my Gr 7s got a 2-day suspension for fighting.",
    ""
  ],
  [
    "Priya is reading at a Level D, so we practise every day.",
    "Priya is reading at a Level D, so we practise every day.",
    ""
  ],
  [
    "Un de mes 4e fait de l'anxiété depuis Noël.",
    "Un de mes 4e fait de l'anxiété depuis Noël.",
    ""
  ],
  [
    "Bravo à Mireille qui a eu 52 % à son test de maths.",
    "qui a eu 52 % à son test de maths",
    "Bravo à Mireille."
  ],
  [
    "Trois de mes élèves ont fait un choix. Suspension pour eux.",
    "Suspension pour eux.",
    "Trois de mes élèves ont fait un choix."
  ],
  [
    "Le papa de Zacharie est en prison depuis l'automne.",
    "Le papa de Zacharie est en prison depuis l'automne.",
    ""
  ],
  [
    "Amira a échoué son examen de maths pour la deuxième fois.",
    "Amira a échoué son examen de maths pour la deuxième fois.",
    ""
  ],
  [
    "Kiona started on ADHD meds and what a difference!",
    "Kiona started on ADHD meds and what a difference!",
    ""
  ],
  [
    "Bravo Félix! Il est suivi par la psychologue chaque semaine.",
    "Il est suivi par la psychologue chaque semaine.",
    "Bravo Félix!"
  ],
  // Second round: resource rooms, reading levels, more subjects, French special education.
  ...[
    "Noor heads to the resource room after lunch with her group.",
    "Mateo went from level E to level K this year!",
    "Hana is reading at a Grade 2 level in Grade 5.",
    "Ethan failed physics and will retake it.",
    "Sami was caught vaping in the washroom.",
    "Mon élève avec une dyslexie a lu toute la page!",
    "Gabrielle va en ressource le matin.",
    "Éloïse a coulé son examen de chimie.",
    "Benoît est passé du niveau B au niveau F en lecture.",
    "Les parents de Maëlle se disputent pour la garde.",
    "La famille de Yusuf attend une réponse à sa demande d'asile."
  ].map((t): [string, string, string] => [t, t, ""]),
  // Third round: word classes joined to the student (EA / aide-enseignante, learning needs,
  // scores and letter grades, papers and visas, consequences, FR "le PEI de Zoé").
  ...[
    "Sofia's learning disability makes spelling tests really hard for her.",
    "Lily works with an EA every morning for reading.",
    "A student in my class is dyslexic and loves audiobooks.",
    "Grace's educational assistant is away so she had a tough day.",
    "Un de mes élèves est dyslexique et adore les livres audio.",
    "Nathan reçoit du soutien en ressource trois fois par semaine.",
    "Le PEI de Zoé a été mis à jour hier.",
    "Mathéo a été évalué par la psychologue scolaire le mois dernier.",
    "Rosalie a des difficultés d'apprentissage mais elle persévère.",
    "Rowan a maintenant une AE à temps partiel.",
    "Thankful for the EA who works one-on-one with Aiden every day.",
    "Big win: Luca used his visual schedule all day without prompting.",
    "Arjun a un programme adapté en maths maintenant.",
    "L'orthopédagogue de Kenji dit qu'il a fait de gros progrès.",
    "One of my Grade 8s got a D in math this term.",
    "Mason scored 32 out of 50 on the quiz.",
    "My student Harper is two grades behind in reading.",
    "Chloe got the lowest mark in the class on the test.",
    "Un de mes élèves de 8e a eu un D en maths.",
    "Mon élève Léa a deux ans de retard en lecture.",
    "La note de Gabriel en maths est de 52 %.",
    "Maya a 48 % de moyenne en sciences.",
    "Brody bombed his math final, 38%.",
    "Quinn est passé d'un D à un B+ en sciences!",
    "Report card comments for Ezra: still not meeting expectations in reading.",
    "Commentaire au bulletin d'Ezra : ne répond pas encore aux attentes en lecture.",
    "A student in my class has no immigration papers.",
    "Zainab's visa expires in June and her family is worried.",
    "Hassan arrived from a camp in Uganda in September.",
    "Amira vient d'arriver d'un camp de réfugiés au Kenya.",
    "Un de mes élèves de 4e est nouvel arrivant d'Ukraine.",
    "Une élève de ma classe n'a pas de papiers.",
    "Le visa de Zainab expire en juin.",
    "Aisha's family arrived from Afghanistan in August and she's already reading in English!",
    "Jace got a three-day suspension for vaping.",
    "Zion had to stay in for recess after pushing someone.",
    "Éli a été envoyé au bureau de la direction encore aujourd'hui.",
    "Kayla a de l'asthme, elle n'a pas fait le cours d'éducation physique.",
    "Nova got her cast off today!",
    "Les parents d'Ella divorcent.",
    "Les parents de Ruby se sont séparés cet été.",
    "Les grands-parents d'Asher ont obtenu sa garde.",
    "Maya a été placée par les services à l'enfant.",
    "Maddox lives on Oak Street, right by the school."
  ].map((t): [string, string, string] => [t, t, ""]),
  // Fourth round: illnesses, injuries and devices, more consequences, shelters, status, scores on
  // named assessments, and more ways to point at one student ("a little guy in my class").
  ...[
    "Please keep Hudson in your thoughts, he's having surgery on his heart next week.",
    "Our sweet Clara is going through chemo and we made her cards.",
    "Naomi has been struggling with her mental health lately.",
    "Lena uses a wheelchair so we changed the field trip route.",
    "Hudson se fait opérer au cœur la semaine prochaine.",
    "Clara suit des traitements de chimiothérapie.",
    "Félix s'est foulé la cheville à la récréation.",
    "Tristan a reçu un diagnostic de syndrome de Gilles de la Tourette.",
    "Un de mes élèves a été renvoyé de l'école.",
    "Landon punched a kid on the bus.",
    "Jayce was kicked off the bus for the rest of the month.",
    "Sophie's mom is in the hospital.",
    "Noah's parents are going through a messy divorce.",
    "La famille d'Ella vit dans un refuge en ce moment.",
    "Ayla's family is new to Canada and still waiting on their PR.",
    "Ibrahim's family came as government-assisted refugees.",
    "La famille d'Ibrahim est arrivée comme réfugiés parrainés par le gouvernement.",
    "Mateo got a 2 on the provincial assessment.",
    "Jonas got held back in Grade 2.",
    "La moyenne de Violet est passée de 85 à 62.",
    "Text Max's mom at 204-555-7781.",
    "A little guy in my class has a peanut allergy.",
    "Une de mes petites a un diagnostic d'autisme.",
    "Un élève de notre école a été suspendu pour avoir apporté un couteau.",
    "My student J. has a behaviour plan now.",
    "Two of my students are in foster care.",
    "Chloé et Maëlle ont été suspendues deux jours.",
    "Mes élèves Lucas et Éli ont été expulsés de l'école.",
    "Arthur prend du Ritalin le matin.",
    "Victor a été hospitalisé hier soir.",
    "Rose est en chimio depuis octobre.",
    "Louis a coulé toutes ses matières.",
    "Youssef et sa famille sont des demandeurs d'asile.",
    "Dear Jonah's mom, his reading is way behind and he needs help.",
    "Heads up team: Brayden can't have any dairy, he's severely lactose intolerant.",
    "Reminder to myself: Ivy's EpiPen is in her backpack.",
    "Noé est suivi en pédopsychiatrie.",
    "Aria a passé la fin de semaine à l'urgence.",
    "Le père de Jace n'a pas le droit de s'approcher de l'école.",
    "Charlotte a plagié son travail.",
    "Hunter a manqué 30 jours d'école cette session.",
    "Mia's writing is at a grade 1 level.",
    "Théa ne mange pas à sa faim, sa famille a de la misère financièrement.",
    "Kayden told me he hasn't eaten since Friday."
  ].map((t): [string, string, string] => [t, t, ""]),
  ["Hazel est la seule qui a échoué la dictée.", "qui a échoué la dictée", "Hazel est la seule."],
  [
    "Noah was amazing in the play. Unfortunately he was suspended the next day.",
    "Unfortunately he was suspended the next day.",
    "Noah was amazing in the play."
  ],
  [
    "Liam had a hard morning. His mom called at nine. He has ADHD and forgot his meds.",
    "He has ADHD and forgot his meds.",
    "Liam had a hard morning. His mom called at nine."
  ],
  [
    "Welcome Imani, whose family just got asylum in Canada.",
    "whose family just got asylum in Canada",
    "Welcome Imani."
  ]
]

const clean: string[] = [
  "Our class learned about diabetes today",
  "Autism Awareness Day assembly at 10",
  "Report cards go home Friday",
  "Thanks to our EAs",
  "Mrs. Klassen is recovering from surgery, get well soon!",
  "Terry Fox ran to fight cancer.",
  "Mia wrote a story about a refugee family.",
  "Will you join us at the Walk for Diabetes?",
  "Call the office at 204-555-1234 for info.",
  "Grace under pressure: our team won!",
  "Nos élèves ont appris sur le diabète cette semaine.",
  "Congrats to Noah for passing his swimming level!",
  "Our EA Tanya is amazing with the whole class.",
  "We learned about eating disorders in health class.",
  "Thanks to the RCMP for the bike rodeo, Grade 4!",
  "Call Mme Poirier at 204-555-0100 to volunteer, says Léa.",
  "Nouvelle semaine de sensibilisation au diabète : bravo Mireille pour ton affiche!",
  "Congratulations to Omar on the Citizenship Award!",
  "On a construit un pont suspendu en bâtonnets.",
  "Diabetes is a condition many kids live with.",
  "Les élèves de 3e ont appris sur l'asthme avec l'infirmière.",
  "Liam was sent home with a permission form today.",
  "Jonah's family welcomed a newcomer family from Syria to our town.",
  "Elijah asked great questions about the police officer's job during the visit.",
  "Mila's grandpa died in the war, she told us on Remembrance Day.",
  "Ana from the office broke her wrist skiing, get well soon!",
  "En sciences humaines, on parle d'immigration avec Malik et sa classe.",
  "The hockey team went from level 2 to level 3 in the league.",
  "Our Grade 4s visited the resource centre at the library.",
  "Le bateau a coulé dans le roman que Jonas a lu.",
  "Big day for Maya: she read her poem at the assembly!",
  "Resource room got a makeover this summer!",
  "We had a guest speaker on dyslexia for parents tonight.",
  "The Grade 5s all passed their swim test.",
  "Dmitri's family hosted our class for a pancake breakfast.",
  "We read a story about a refugee family from Syria.",
  "Marley's mom volunteered at the bake sale.",
  "La classe-ressource a été rénovée cet été!",
  "Toute la classe a eu 100 % à la dictée!",
  "Les grands-parents de Ruby sont venus pour la Journée des grands-parents.",
  "Liam is back from summer camp with so many stories!",
  "Noah coded his own video game in computer class.",
  "Liam built a shelter in outdoor ed.",
  "Summer is here and Noah is ready for the beach!",
  "What a 10/10 day with Ava and the Grade 2s!",
  "Thanks Liam for pushing the cart to the gym.",
  // Same words, not about a confidential matter (a French link word glued to 'lice' in 'Alice').
  "Bien joué, Alice Leblanc : ton projet sur les milieux humides était remarquable !",
  "Noah's status as class president is official!",
  "Liam crossed the finish line first at the Terry Fox Run.",
  "Ava moved up to the next level in swimming lessons!",
  "Maya's team meeting for the science fair is at lunch.",
  "Jonah lives for hockey season!",
  "Eli's account of the field trip was hilarious.",
  "Emma went to hockey camp this summer.",
  "Our class visited the border crossing at Emerson on our trip.",
  "Zoe's lunch plan: pizza Friday!",
  "Léa est montée au niveau 3 en natation!",
  "Noah a gagné la médaille d'or au camp de hockey.",
  "Sam read at the assembly in front of the whole school!",
  "Isla scored 3 goals in the final!",
  "Liam got an A for effort in our class rap battle, lol.",
  "Mia has a new baby brother!",
  "Owen's grandma lives with them now and makes the best bannock.",
  "Ben's dad is a police officer and visited our class.",
  "Hannah's mom is a nurse at the hospital and talked to us about germs.",
  "Theo is reading at home every night, so proud!",
  "Aiden brought his pet lizard; he takes care of it every day.",
  "Kai helped the EA set up the gym.",
  "Ruby's reading buddy is in Grade 6.",
  "Jack went to the office to drop off the attendance sheet.",
  "Lucas a apporté la feuille de présences au bureau.",
  "Chloé a aidé l'aide-enseignante à ranger le gymnase.",
  "Chloé et Maëlle ont été choisies pour le spectacle.",
  "Clara a été nommée élève du mois.",
  "Victor a gagné un prix en sciences.",
  "Anaïs nous a parlé d'Haïti et de sa culture.",
  "Le père de Kenza est venu parler de son métier de pompier.",
  "Mia's mom texted me a picture of the class pet.",
  "Kai is in Grade 9 and loves math.",
  "Maria taught us a song in Spanish.",
  "Ethan's parents came to the spring concert.",
  "La mère de Noah est venue au dîner de Noël.",
  "Hudson had a great time at the heart-healthy cooking class.",
  "Our class raised $500 for the children's hospital!",
  "Felix ran the fastest lap at recess.",
  "Rory loves trains and built a model railway!",
  "Maxime a aidé à ranger la bibliothèque.",
  "The RCMP visited our class for a bike safety talk.",
  "Owen's dad came to talk about his job as a paramedic.",
  "Ella's family donated books to our library.",
  "Le père d'Owen est venu nous parler de son métier.",
  "Ayla taught us a song from her home country.",
  "Ibrahim's family brought samosas for our potluck.",
  "Hazel won the spelling test challenge!",
  "Jonas read to the Grade 2s.",
  "Mateo a aidé à préparer la salle pour l'évaluation provinciale.",
  "Anna a lu 30 livres cet été.",
  "Max's mom brought snacks for the whole class.",
  "Our Grade 3 class is learning about the refugee experience.",
  "We had a fire drill and everyone did great.",
  "One of my kiddos brought me a flower today 🌸",
  "One of our students won the provincial science fair.",
  "Two of my students started a recycling club.",
  "Un élève de notre école a gagné le concours d'écriture.",
  "So proud of my little buddy Sam. He spoke in front of everyone today.",
  "Ava read her poem today. Her family came to watch.",
  "Noah was amazing in the play. His mom cried.",
  "We visited the police station on our field trip with Noah's class."
]

describe("confidential-student-info", () => {
  test.each(flagged)("flags %j", (text, words, after) => {
    const f = found(text)
    expect(f).toHaveLength(1)
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe(words)
    expect(f[0]!.severity).toBe("warn")
    expect(f[0]!.policyRef.clause).toMatch(/2\(a\)/)
    const [fx] = f[0]!.fixes
    expect(fx!.label).toBe("Remove this detail")
    const r = fx!.range ?? f[0]!
    expect(text.slice(0, r.start) + fx!.replacement + text.slice(r.end)).toBe(after)
  })

  test.each(clean)("does not flag %j", (text) => {
    expect(found(text)).toEqual([])
  })

  test("speaks French when the check does", () => {
    const fr = createChecker({ ...defaultCheckSettings, locale: "fr" })
    const [f] = fr.check({ text: "Ava is back after her suspension" }).findings
    expect(f!.fixes[0]!.label).toBe("Retirer ce détail")
  })
})
