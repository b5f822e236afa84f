import { describeRemovalTable, type RemovalRow } from "../../../../tests/core/removal-table"

/**
 * Support placements and plans, clinicians, accommodations, immigration steps,
 * owned procedures, and the student references that carry them (unknown names
 * before a time or a class, a family before a name). Sentences written for the
 * mechanisms, not taken from any evaluation set.
 */

/** [post, the flagged words (exact range), the text left once "Remove this detail" is applied]. */
const flagged: RemovalRow[] = [
  [
    "Marcus spends his afternoons in the life skills classroom.",
    "Marcus spends his afternoons in the life skills classroom.",
    ""
  ],
  [
    "Une élève de ma classe est en classe d'adaptation depuis janvier.",
    "Une élève de ma classe est en classe d'adaptation depuis janvier.",
    ""
  ],
  [
    "One of my kiddos now has an individual program plan.",
    "One of my kiddos now has an individual program plan.",
    ""
  ],
  [
    "So proud of Tavish, his one-to-one aide says he read a whole page!",
    "So proud of Tavish, his one-to-one aide says he read a whole page!",
    ""
  ],
  [
    "A boy in my class started seeing the speech-language pathologist.",
    "A boy in my class started seeing the speech-language pathologist.",
    ""
  ],
  [
    "Olivia gets help from our resource teacher every morning.",
    "Olivia gets help from our resource teacher every morning.",
    ""
  ],
  [
    "Élodie va voir l'orthopédagogue deux fois par semaine.",
    "Élodie va voir l'orthopédagogue deux fois par semaine.",
    ""
  ],
  [
    "Simon reçoit des services d'orthophonie à l'école.",
    "Simon reçoit des services d'orthophonie à l'école.",
    ""
  ],
  [
    "Noé a été référé en psychologie la semaine passée.",
    "Noé a été référé en psychologie la semaine passée.",
    ""
  ],
  [
    "Harper is on the waitlist for a psych-ed assessment.",
    "Harper is on the waitlist for a psych-ed assessment.",
    ""
  ],
  ["Carter needs a scribe for his final exam.", "Carter needs a scribe for his final exam.", ""],
  [
    "Ben gets extra time on tests, so he writes in the library.",
    "Ben gets extra time on tests, so he writes in the library.",
    ""
  ],
  [
    "Leo has been on a reduced timetable since October.",
    "Leo has been on a reduced timetable since October.",
    ""
  ],
  [
    "Victor a un horaire réduit depuis les Fêtes.",
    "Victor a un horaire réduit depuis les Fêtes.",
    ""
  ],
  ["Liam is coded for funding this year.", "Liam is coded for funding this year.", ""],
  [
    "We need tips for a student in my class whose behaviour plan has too many steps.",
    "whose behaviour plan has too many steps",
    "We need tips for a student in my class."
  ],
  [
    "Tellement fière de Mathis, son nouveau plan d'intervention fonctionne!",
    "Tellement fière de Mathis, son nouveau plan d'intervention fonctionne!",
    ""
  ],
  [
    "Merci à notre aide-enseignante qui travaille en un-à-un avec Océane.",
    "Merci à notre aide-enseignante qui travaille en un-à-un avec Océane.",
    ""
  ],
  [
    "Tariq arrived last month from Afghanistan and is learning so fast.",
    "Tariq arrived last month from Afghanistan and is learning so fast.",
    ""
  ],
  ["Omar just became a Canadian citizen!", "Omar just became a Canadian citizen!", ""],
  [
    "Hana's family was privately sponsored by our church.",
    "Hana's family was privately sponsored by our church.",
    ""
  ],
  [
    "La famille d'Ahmed a demandé l'asile l'an dernier.",
    "La famille d'Ahmed a demandé l'asile l'an dernier.",
    ""
  ],
  [
    "Moussa est en attente de son statut depuis un an.",
    "Moussa est en attente de son statut depuis un an.",
    ""
  ],
  ["My student Daria is here on a CUAET visa.", "My student Daria is here on a CUAET visa.", ""],
  [
    "Jin's family came here on a work permit from Seoul.",
    "Jin's family came here on a work permit from Seoul.",
    ""
  ],
  [
    "Fatima's family finally got permanent residence!",
    "Fatima's family finally got permanent residence!",
    ""
  ],
  [
    "Audience de garde demain pour un de mes élèves, le pauvre.",
    "Audience de garde demain pour un de mes élèves, le pauvre.",
    ""
  ],
  [
    "Please keep Keanu from my grade 4 class in your prayers, he starts chemo Monday.",
    "Please keep Keanu from my grade 4 class in your prayers, he starts chemo Monday.",
    ""
  ],
  [
    "Packing the EpiPen for field day because Lucía's peanut allergy is serious.",
    "because Lucía's peanut allergy is serious",
    "Packing the EpiPen for field day."
  ],
  [
    "Apporter l'épipen pour la journée sportive : l'allergie aux arachides de Maëlle est grave.",
    "Apporter l'épipen pour la journée sportive : l'allergie aux arachides de Maëlle est grave.",
    ""
  ],
  [
    "Proud of Xander, first week back since his concussion.",
    "since his concussion",
    "Proud of Xander, first week back."
  ],
  [
    "Everett's insulin pump beeped all through the spelling test.",
    "Everett's insulin pump beeped all through the spelling test.",
    ""
  ],
  [
    "Kinsley is off for two weeks after her knee surgery.",
    "after her knee surgery",
    "Kinsley is off for two weeks."
  ],
  [
    "Les parents de Capucine sont en instance de divorce.",
    "Les parents de Capucine sont en instance de divorce.",
    ""
  ],
  [
    "Anaïs a un trouble du déficit de l'attention.",
    "Anaïs a un trouble du déficit de l'attention.",
    ""
  ],
  [
    "Shoutout to our EA who works 1:1 with Amira every day.",
    "Shoutout to our EA who works 1:1 with Amira every day.",
    ""
  ],
  [
    "Met my new student today. His family just claimed refugee status.",
    "His family just claimed refugee status.",
    "Met my new student today."
  ],
  [
    "One of my Grade 6s doesn't have status yet, so no US trip for him.",
    "One of my Grade 6s doesn't have status yet, so no US trip for him.",
    ""
  ],
  [
    "My little buddy Ilya only speaks Ukrainian, his family escaped the war last spring.",
    "My little buddy Ilya only speaks Ukrainian, his family escaped the war last spring.",
    ""
  ],
  [
    "Mon élève Olena est ici avec un visa CUAET.",
    "Mon élève Olena est ici avec un visa CUAET.",
    ""
  ],
  ["Le père d'Ilan n'a pas encore ses papiers.", "Le père d'Ilan n'a pas encore ses papiers.", ""],
  [
    "A boy in my Grade 4 class is waiting on an autism assessment.",
    "A boy in my Grade 4 class is waiting on an autism assessment.",
    ""
  ],
  ["Our EA Mrs. Lee is with Noah all day now.", "Our EA Mrs. Lee is with Noah all day now.", ""],
  ["Kira uses a visual schedule and a timer.", "Kira uses a visual schedule and a timer.", ""],
  [
    "Cole qualifies for learning support this year.",
    "Cole qualifies for learning support this year.",
    ""
  ],
  [
    "Sasha has a communication book that goes home each day.",
    "Sasha has a communication book that goes home each day.",
    ""
  ],
  ["Léon a un PI en lecture.", "Léon a un PI en lecture.", ""],
  [
    "Romane a des mesures d'adaptation pour ses examens.",
    "Romane a des mesures d'adaptation pour ses examens.",
    ""
  ],
  [
    "Ulysse a du temps supplémentaire pour ses examens.",
    "Ulysse a du temps supplémentaire pour ses examens.",
    ""
  ],
  [
    "Alice travaille avec l'éducatrice spécialisée le matin.",
    "Alice travaille avec l'éducatrice spécialisée le matin.",
    ""
  ],
  [
    "Shoutout to Mateo! He just started with his new EA and had his best day yet.",
    "He just started with his new EA and had his best day yet.",
    "Shoutout to Mateo!"
  ],
  [
    "Big day for one of my kinders: first day with her new aide.",
    "Big day for one of my kinders: first day with her new aide.",
    ""
  ],
  [
    "I have a student who is non-verbal and uses an iPad to talk.",
    "who is non-verbal and uses an iPad to talk",
    "I have a student."
  ],
  [
    "My grade 2 student with Down syndrome read his first sentence!",
    "My grade 2 student with Down syndrome read his first sentence!",
    ""
  ],
  [
    "We finally got Kai's coding approved, so he gets EA time now.",
    "We finally got Kai's coding approved, so he gets EA time now.",
    ""
  ],
  [
    "Nadia's resource teacher says she jumped two reading levels.",
    "Nadia's resource teacher says she jumped two reading levels.",
    ""
  ],
  [
    "Proud of Rylan, he used his calm-down plan all week.",
    "Proud of Rylan, he used his calm-down plan all week.",
    ""
  ],
  [
    "Daisy's family arrived from Afghanistan last winter. She speaks Dari at home.",
    "Daisy's family arrived from Afghanistan last winter.",
    "She speaks Dari at home."
  ],
  [
    "Hassan's family is living in a hotel until their refugee claim is processed.",
    "Hassan's family is living in a hotel until their refugee claim is processed.",
    ""
  ],
  [
    "A girl in my class is a refugee from Sudan and doesn't talk about it.",
    "A girl in my class is a refugee from Sudan and doesn't talk about it.",
    ""
  ],
  [
    "Milo and his mom are newcomers to Canada and don't have a car.",
    "Milo and his mom are newcomers to Canada and don't have a car.",
    ""
  ],
  [
    "Sofía's family is waiting to hear if they can stay in Canada.",
    "Sofía's family is waiting to hear if they can stay in Canada.",
    ""
  ],
  [
    "Lena's family had to leave Ukraine when the war started.",
    "Lena's family had to leave Ukraine when the war started.",
    ""
  ],
  [
    "Zohra a quitté l'Afghanistan avec sa famille l'an dernier.",
    "Zohra a quitté l'Afghanistan avec sa famille l'an dernier.",
    ""
  ],
  [
    "La famille de Yasmine vit à l'hôtel en attendant leur demande d'asile.",
    "La famille de Yasmine vit à l'hôtel en attendant leur demande d'asile.",
    ""
  ],
  [
    "Notre nouvel élève Bilal arrive d'un camp de réfugiés au Liban.",
    "Notre nouvel élève Bilal arrive d'un camp de réfugiés au Liban.",
    ""
  ],
  [
    "Ma petite Amal ne parle pas encore français, sa famille est arrivée de Syrie en janvier.",
    "Ma petite Amal ne parle pas encore français, sa famille est arrivée de Syrie en janvier.",
    ""
  ],
  [
    "Ilyès a maintenant un accompagnateur à temps plein.",
    "Ilyès a maintenant un accompagnateur à temps plein.",
    ""
  ],
  [
    "Maxence fait de l'orthophonie depuis deux ans.",
    "Maxence fait de l'orthophonie depuis deux ans.",
    ""
  ],
  ["Zélie a un plan d'aide pour sa lecture.", "Zélie a un plan d'aide pour sa lecture.", ""],
  [
    "Un de mes élèves a un TSA et a besoin d'un horaire visuel.",
    "Un de mes élèves a un TSA et a besoin d'un horaire visuel.",
    ""
  ],
  [
    "Can't stop smiling about Nia today. Her family got their permanent resident cards!",
    "Her family got their permanent resident cards!",
    "Can't stop smiling about Nia today."
  ],
  [
    "So happy for one of my grade 5s, her family's refugee claim was accepted.",
    "So happy for one of my grade 5s, her family's refugee claim was accepted.",
    ""
  ],
  [
    "Pray for Adil's family, their asylum claim was denied.",
    "Pray for Adil's family, their asylum claim was denied.",
    ""
  ],
  [
    "Joud's family is facing deportation next month.",
    "Joud's family is facing deportation next month.",
    ""
  ],
  [
    "Daniyar's family is here on a temporary permit and might have to go back.",
    "Daniyar's family is here on a temporary permit and might have to go back.",
    ""
  ],
  [
    "Un de mes élèves est arrivé comme demandeur d'asile avec son père.",
    "Un de mes élèves est arrivé comme demandeur d'asile avec son père.",
    ""
  ],
  [
    "La demande d'asile de la famille de Hamza a été refusée.",
    "La demande d'asile de la famille de Hamza a été refusée.",
    ""
  ],
  [
    "Leur permis de travail expire en juin, la famille de Tania devra peut-être partir.",
    "Leur permis de travail expire en juin, la famille de Tania devra peut-être partir.",
    ""
  ],
  [
    "Elias has a formal diagnosis of dyslexia now.",
    "Elias has a formal diagnosis of dyslexia now.",
    ""
  ],
  ["Benji gets a reader for all his tests.", "Benji gets a reader for all his tests.", ""],
  [
    "Amara's psychologist recommended a reduced workload.",
    "Amara's psychologist recommended a reduced workload.",
    ""
  ],
  [
    "Sienna's speech therapist comes to school on Tuesdays.",
    "Sienna's speech therapist comes to school on Tuesdays.",
    ""
  ],
  [
    "Mon élève Rayan a obtenu un code en trouble du comportement.",
    "Mon élève Rayan a obtenu un code en trouble du comportement.",
    ""
  ],
  [
    "Inaya est suivie par une psychoéducatrice à l'école.",
    "Inaya est suivie par une psychoéducatrice à l'école.",
    ""
  ],
  [
    "Mila bénéficie de l'aide d'une TES en classe.",
    "Mila bénéficie de l'aide d'une TES en classe.",
    ""
  ]
]

/** Programs, staff, visas and plans said of no one, and look-alike words about a student. */
const clean: string[] = [
  "Our life skills classroom got a new kitchen!",
  "IEP meetings are booked for next week, thanks families.",
  "Our speech-language pathologist is running a parent workshop tonight.",
  "The resource teacher will be away Friday.",
  "Students with accommodations can write in the library.",
  "Liam coded a whole game in Scratch today!",
  "Ava saw the therapist dog at the library.",
  "Noah is back from Mexico with a great tan!",
  "Emma got extra time at recess for cleaning up.",
  "Lucas's hockey team is sponsored by a local business.",
  "We're on a shortened day tomorrow for conferences.",
  "Les rencontres de parents auront lieu jeudi.",
  "Nous accueillons plusieurs familles nouvellement arrivées cette année.",
  "Canada welcomed many refugees this year, and our class wrote letters.",
  "Our class learned about the citizenship ceremony in Social Studies.",
  "Les parents de la classe de Mme Roy sont invités jeudi.",
  "Proud of Xander this week, he read his whole book!",
  "Thanks to Brynlee for organizing the food drive.",
  "Happy Terry Fox Run day! Terry Fox ran to raise money for cancer research.",
  "Our new visual schedule is up on the board for everyone.",
  "Students can borrow noise-cancelling headphones during the test.",
  "We are waiting on the autism assessment workshop registration.",
  "Our EA team is with the Grade 2s all day Friday.",
  "Cole qualifies for the provincial track meet!",
  "Les élèves auront du temps supplémentaire pour finir leur projet.",
  "L'éducatrice spécialisée présente un atelier aux parents jeudi.",
  "Mon élève Olena a adoré la sortie au musée.",
  "Mila escaped the tag game by hiding behind the slide!",
  "Nos élèves ont appris ce qu'est un visa en classe de sciences humaines.",
  "Our school welcomed 12 newcomer families this fall.",
  "Our EAL class made dumplings for Lunar New Year.",
  "The Syrian refugee crisis was part of our current events unit.",
  "Mateo started piano lessons with a new teacher.",
  "Our resource teacher is retiring in June, we will miss her!",
  "Lena's family had to leave early for a hockey tournament.",
  "We have a student council that meets with the principal on Fridays.",
  "Our class made a calm-down plan poster for the hallway.",
  "Les élèves ont préparé un plan d'aide pour le jardin communautaire.",
  "Our EA time sheets are due Friday.",
  "Our class read a story about a family that had to leave Syria.",
  "Mateo left Winnipeg for a hockey tournament in Calgary.",
  "I have a student teacher with me until April!",
  "Our class wrote letters to refugee families in Winnipeg.",
  "The school psychologist recommended a new reading program for the division.",
  "Amara's dad is a speech therapist and came to talk about his job.",
  "Les élèves ont profité de l'aide d'une bénévole pour la sortie.",
  "Students can ask for a reader for the provincial test.",
  "Benji is a great reader for the little buddies.",
  "Merci à Mila pour l'aide de la psychologue invitée à notre atelier."
]

describeRemovalTable(
  "confidential-student-info: supports and status",
  "confidential-student-info",
  flagged,
  clean
)
