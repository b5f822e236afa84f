import { defaultCheckSettings } from "../../../settings/defaults"
import { createChecker } from "../../checker"
import type { Finding } from "../../types"

const checker = createChecker(defaultCheckSettings)
const trips = (text: string): Finding[] =>
  checker.check({ text }).findings.filter((f) => f.rule === "field-trip-details")

/** Expected ranges are written as the exact flagged text (each occurs once in its post). */
const flagged: [string, string[]][] = [
  [
    "Présentement au Centre culturel avec mes 6e pour un spectacle!",
    ["Présentement au Centre culturel avec mes 6e pour un spectacle!"]
  ],
  [
    "On the bus to the Winnipeg Art Gallery with room 4 🚌",
    ["On the bus to the Winnipeg Art Gallery with room 4 🚌"]
  ],
  [
    "Parents: meet us Friday at 3 in the Co-op parking lot.",
    ["Parents: meet us Friday at 3 in the Co-op parking lot."]
  ],
  // A town's library; French place order ("au Musée canadien"); the bus under way; present-tense return.
  [
    "Right now my Grade 4s are at the Dauphin library for a puppet show.",
    ["Right now my Grade 4s are at the Dauphin library for a puppet show."]
  ],
  [
    "Mardi, ma classe chante au Musée canadien pour les droits de la personne à 10 h.",
    ["Mardi, ma classe chante au Musée canadien pour les droits de la personne à 10 h."]
  ],
  [
    "Jeudi on joue au Parc Assiniboine avec les 5e jusqu'à midi.",
    ["Jeudi on joue au Parc Assiniboine avec les 5e jusqu'à midi."]
  ],
  ["Dans l'autobus pour la ferme avec mes 2e!", ["Dans l'autobus pour la ferme avec mes 2e!"]],
  [
    "En ce moment à la patinoire avec mes 4e, on rentre à l'école vers 11 h.",
    ["En ce moment à la patinoire avec mes 4e, on rentre à l'école vers 11 h."]
  ],
  [
    "Vendredi on prend l'autobus à 8 h 15 pour la cabane à sucre.",
    ["Vendredi on prend l'autobus à 8 h 15 pour la cabane à sucre."]
  ],
  [
    "Grade 5 heads to the Assiniboine Park Zoo on Friday at 9:30!",
    ["Grade 5 heads to the Assiniboine Park Zoo on Friday at 9:30!"]
  ],
  [
    "Bus leaves from the Walmart parking lot at 7 a.m.",
    ["Bus leaves from the Walmart parking lot at 7 a.m."]
  ],
  ["We'll be back at 3:15.", ["We'll be back at 3:15."]],
  ["We're at the Forks until 2!", ["We're at the Forks until 2!"]],
  ["Our team plays in Brandon Saturday at 4 pm.", ["Our team plays in Brandon Saturday at 4 pm."]],
  [
    "Camp Wannakumbac May 12–14, packing list coming home.",
    ["Camp Wannakumbac May 12–14, packing list coming home."]
  ],
  ["Field trip tomorrow!", ["Field trip tomorrow!"]],
  ["Right now we're at the Manitoba Museum! 🦕", ["Right now we're at the Manitoba Museum!"]],
  ["Tomorrow at 9, we head to the zoo.", ["Tomorrow at 9, we head to the zoo."]],
  ["Meet at the Forks at 9 on Saturday.", ["Meet at the Forks at 9 on Saturday."]],
  [
    "The Grade 8 volleyball tournament is at Neepawa Collegiate this Saturday.",
    ["The Grade 8 volleyball tournament is at Neepawa Collegiate this Saturday."]
  ],
  [
    "Good luck to our Grade 8 boys at their game vs Oak Bank tonight!",
    ["Good luck to our Grade 8 boys at their game vs Oak Bank tonight!"]
  ],
  ["Sortie au musée vendredi à 9 h 30.", ["Sortie au musée vendredi à 9 h 30."]],
  ["Pick-up at the Keystone Centre at 3:30 pm.", ["Pick-up at the Keystone Centre at 3:30 pm."]],
  ["Today we are heading to the museum!", ["Today we are heading to the museum!"]],
  [
    "Grade 7 band performs at the Keystone Centre on May 3 at 7 pm.",
    ["Grade 7 band performs at the Keystone Centre on May 3 at 7 pm."]
  ],
  [
    "Swim meet at the Kinsmen Pool on Saturday, warm-up at 8.",
    ["Swim meet at the Kinsmen Pool on Saturday, warm-up at 8."]
  ],
  [
    "Our cross-country team competes in Minnedosa tomorrow.",
    ["Our cross-country team competes in Minnedosa tomorrow."]
  ],
  [
    "Grade 8 overnight camp at Camp Wannakumbac, May 12-14.",
    ["Grade 8 overnight camp at Camp Wannakumbac, May 12-14."]
  ],
  [
    "Please have your child at school by 7:30 on Friday for the trip to Winnipeg.",
    ["Please have your child at school by 7:30 on Friday for the trip to Winnipeg."]
  ],
  [
    "The 5/6 class leaves for Riding Mountain at 8:15 tomorrow morning.",
    ["The 5/6 class leaves for Riding Mountain at 8:15 tomorrow morning."]
  ],
  [
    "We'll be at the Brandon Curling Club until 3:30.",
    ["We'll be at the Brandon Curling Club until 3:30."]
  ],
  ["Basketball game vs. Neepawa tonight at 6!", ["Basketball game vs. Neepawa tonight at 6!"]],
  [
    "Grade 4 is off to the Manitoba Museum on Tuesday, 9:30-2:30.",
    ["Grade 4 is off to the Manitoba Museum on Tuesday, 9:30-2:30."]
  ],
  [
    "Travelling to Winnipeg 5/12 for the science fair finals.",
    ["Travelling to Winnipeg 5/12 for the science fair finals."]
  ],
  ["Field trip to the planetarium at noon.", ["Field trip to the planetarium at noon."]],
  [
    "Excursion to Fort Whyte on June 3rd, back by 3.",
    ["Excursion to Fort Whyte on June 3rd, back by 3."]
  ],
  [
    "Band students: the bus for the Brandon Jazz Festival leaves at 6:30 a.m. sharp.",
    ["Band students: the bus for the Brandon Jazz Festival leaves at 6:30 a.m. sharp."]
  ],
  [
    "Our class is walking to the public library tomorrow at 10.",
    ["Our class is walking to the public library tomorrow at 10."]
  ],
  [
    "Les élèves iront au Musée de Saint-Boniface vendredi prochain à 9 h 30.",
    ["Les élèves iront au Musée de Saint-Boniface vendredi prochain à 9 h 30."]
  ],
  [
    "We're on the bus! Next stop: Clear Lake. We'll be at the beach until 3 and back at school by 5.",
    ["We'll be at the beach until 3 and back at school by 5."]
  ],
  [
    "Our choir sings at the Russell Tree Lighting this Friday at 6 pm in front of the Town Hall.",
    ["Our choir sings at the Russell Tree Lighting this Friday at 6 pm in front of the Town Hall."]
  ],
  [
    "Don't forget: the zoo field trip is next Wednesday, buses leave at 8:45 sharp.",
    ["Don't forget: the zoo field trip is next Wednesday, buses leave at 8:45 sharp."]
  ],
  [
    "Our hockey team takes on Dauphin tonight at 7 at the Credit Union Place.",
    ["Our hockey team takes on Dauphin tonight at 7 at the Credit Union Place."]
  ],
  // French future-tense trips with a date, French meeting points, live outings as activities.
  [
    "Le 12 mai, les élèves de 3e année iront au Musée canadien pour les droits de la personne.",
    ["Le 12 mai, les élèves de 3e année iront au Musée canadien pour les droits de la personne."]
  ],
  [
    "Nous visiterons le Musée du Manitoba avec la classe de 4e. Rendez-vous à 9 h 30 devant l'entrée principale.",
    [
      "Nous visiterons le Musée du Manitoba avec la classe de 4e. Rendez-vous à 9 h 30 devant l'entrée principale."
    ]
  ],
  [
    "Sortie à la cabane à sucre!\nRendez-vous à 8 h 15 devant l'entrée principale.",
    ["Rendez-vous à 8 h 15 devant l'entrée principale."]
  ],
  [
    "This morning we're hiking the trails at Riding Mountain, back by 3.",
    ["This morning we're hiking the trails at Riding Mountain, back by 3."]
  ],
  // Only the sentence that carries the details is flagged.
  [
    "What a busy month! Grade 2 visits the fire hall on the 14th. Have a great weekend.",
    ["Grade 2 visits the fire hall on the 14th."]
  ],
  // The where and the when in neighbouring sentences are flagged together.
  ["Grade 3 is off to the zoo! The bus leaves at 9.", ["The bus leaves at 9."]],
  ["Guess where Grade 6 is going? To the zoo! See you Friday.", ["To the zoo! See you Friday."]],
  // Each paragraph on its own.
  [
    "Ski trip to Asessippi on February 20!\nBus departs at 6:45 am from the school parking lot.",
    ["Ski trip to Asessippi on February 20!", "Bus departs at 6:45 am from the school parking lot."]
  ],
  // Curly quotes, NBSP and zero-width characters do not hide it.
  ["We\u2019re at the\u00A0Forks unt\u200Bil 2!", ["We\u2019re at the\u00A0Forks unt\u200Bil 2!"]],
  // Activity days, school-day times, live French outings, French games and tournaments.
  [
    "Snowshoe day at Minnedosa with my Grade 6s! On the trails until lunch.",
    ["Snowshoe day at Minnedosa with my Grade 6s! On the trails until lunch."]
  ],
  [
    "Currently knee-deep in the creek at Turtle Mountain with Grade 3, back around 2:45!",
    ["Currently knee-deep in the creek at Turtle Mountain with Grade 3, back around 2:45!"]
  ],
  [
    "L'équipe de volley jouera à Neepawa vendredi dès 16 h.",
    ["L'équipe de volley jouera à Neepawa vendredi dès 16 h."]
  ],
  [
    "On est à la patinoire de Russell jusqu'à 11 h avec les 2e!",
    ["On est à la patinoire de Russell jusqu'à 11 h avec les 2e!"]
  ],
  [
    "Tournoi de basket à Roblin cette fin de semaine : premier match samedi à 9 h.",
    ["Tournoi de basket à Roblin cette fin de semaine : premier match samedi à 9 h."]
  ],
  [
    "Présentement en randonnée au parc provincial, retour à l'école vers 14 h.",
    ["Présentement en randonnée au parc provincial, retour à l'école vers 14 h."]
  ],
  [
    "Journée de plein air à Binscarth demain! Les autobus partent à 8 h 15.",
    ["Journée de plein air à Binscarth demain!", "Les autobus partent à 8 h 15."]
  ],
  // Second round: live activities, "day 2 of camp", French departures, returns and meeting points.
  ...[
    "Day 2 of our trip at Camp Wasagaming, lights out at 10!",
    "Jour 3 au Camp Cedarwood, feu de camp ce soir.",
    "Raquette à Spruce Woods jusqu'à midi!",
    "Les 7e visitent la Galerie d'art ce matin, on se retrouve devant l'entrée à 11 h.",
    "On fait du ski en ce moment, de retour à l'école vers 15 h.",
    "On part pour la ferme Lavallée mardi.",
    "Nuit au Camp Stephens, arrivée à l'école à 9 h."
  ].map((t): [string, string[]] => [t, [t]]),
  // Live outings said as activities (EN -ing, FR present), a return with its time, FR future
  // tense and near future with a date, FR meeting points after a trip sentence.
  [
    "Right now the Grade 6s are canoeing on Clear Lake, home by 4.",
    ["Right now the Grade 6s are canoeing on Clear Lake, home by 4."]
  ],
  [
    "Grade 3 is snowshoeing at FortWhyte today until noon.",
    ["Grade 3 is snowshoeing at FortWhyte today until noon."]
  ],
  [
    "This morning my Grade 2s are picking apples at the orchard in Carman, back around 11:30.",
    ["This morning my Grade 2s are picking apples at the orchard in Carman, back around 11:30."]
  ],
  [
    "Grade 5s are bowling at Sherbrook Lanes this afternoon, returning at 3.",
    ["Grade 5s are bowling at Sherbrook Lanes this afternoon, returning at 3."]
  ],
  [
    "We're fishing off the dock at Lake Audy this afternoon, back by 3:30.",
    ["We're fishing off the dock at Lake Audy this afternoon, back by 3:30."]
  ],
  [
    "At the moment we're tobogganing at Stony Mountain, back to school for 2:30 dismissal.",
    ["At the moment we're tobogganing at Stony Mountain, back to school for 2:30 dismissal."]
  ],
  [
    "Nous sommes en train de visiter le Musée du Manitoba, retour à 14 h.",
    ["Nous sommes en train de visiter le Musée du Manitoba, retour à 14 h."]
  ],
  [
    "Les 6e pêchent sur le lac Falcon ce matin, on revient vers 13 h.",
    ["Les 6e pêchent sur le lac Falcon ce matin, on revient vers 13 h."]
  ],
  [
    "On explore les sentiers du Mont-Riding aujourd'hui, de retour vers 15 h.",
    ["On explore les sentiers du Mont-Riding aujourd'hui, de retour vers 15 h."]
  ],
  [
    "Les élèves de 6e font du kayak sur le lac Minnewasta aujourd'hui jusqu'à 15 h.",
    ["Les élèves de 6e font du kayak sur le lac Minnewasta aujourd'hui jusqu'à 15 h."]
  ],
  [
    "On est en train de cueillir des citrouilles à la ferme Kraus, de retour pour le dîner!",
    ["On est en train de cueillir des citrouilles à la ferme Kraus, de retour pour le dîner!"]
  ],
  [
    "Le 3 mars, on va visiter le Musée royal de l'aviation.",
    ["Le 3 mars, on va visiter le Musée royal de l'aviation."]
  ],
  [
    "Le 22 avril, la classe de 2e ira voir une pièce au Cercle Molière.",
    ["Le 22 avril, la classe de 2e ira voir une pièce au Cercle Molière."]
  ],
  [
    "Le 4 juin, nous visiterons la ferme Kraus avec les 2e.",
    ["Le 4 juin, nous visiterons la ferme Kraus avec les 2e."]
  ],
  [
    "Vendredi prochain, on va aller glisser au parc Saint-Vital avec la 3e.",
    ["Vendredi prochain, on va aller glisser au parc Saint-Vital avec la 3e."]
  ],
  [
    "Nous partons pour le tournoi de Dauphin samedi. Point de rencontre à 7h30 au stationnement du Co-op.",
    [
      "Nous partons pour le tournoi de Dauphin samedi.",
      "Point de rencontre à 7h30 au stationnement du Co-op."
    ]
  ],
  [
    "Tournoi de volleyball à Sainte-Anne samedi. RDV à 7 h 15 au Tim Hortons de la rue Principale.",
    [
      "Tournoi de volleyball à Sainte-Anne samedi.",
      "RDV à 7 h 15 au Tim Hortons de la rue Principale."
    ]
  ],
  [
    "On va au parc Birds Hill lundi. Les bénévoles, soyez au stationnement du parc à 9 h 45.",
    ["On va au parc Birds Hill lundi.", "Les bénévoles, soyez au stationnement du parc à 9 h 45."]
  ],
  [
    "Les 3e iront au zoo mardi. Rendez-vous à 9 heures devant la billetterie.",
    ["Les 3e iront au zoo mardi.", "Rendez-vous à 9 heures devant la billetterie."]
  ],
  [
    "On our way to the Legislative Building with the Grade 6s!",
    ["On our way to the Legislative Building with the Grade 6s!"]
  ],
  ["Live from Spruce Woods! The Grade 7s are setting up their tents.", ["Live from Spruce Woods!"]],
  [
    "En route vers le Festival du Voyageur avec la 3e! Retour à 14 h 30.",
    ["En route vers le Festival du Voyageur avec la 3e!", "Retour à 14 h 30."]
  ],
  [
    "Le 14 mai prochain, les élèves de 2e année se déplaceront au Musée de Saint-Boniface.",
    ["Le 14 mai prochain, les élèves de 2e année se déplaceront au Musée de Saint-Boniface."]
  ],
  [
    "Le 12 mai, les 3e auront la chance de visiter le Musée royal de l'aviation.",
    ["Le 12 mai, les 3e auront la chance de visiter le Musée royal de l'aviation."]
  ],
  [
    "Les élèves de 6e prendront l'autobus pour Winnipeg le 20 mai.",
    ["Les élèves de 6e prendront l'autobus pour Winnipeg le 20 mai."]
  ],
  [
    "Les parents qui accompagnent doivent être à l'entrée du zoo à 9 h.",
    ["Les parents qui accompagnent doivent être à l'entrée du zoo à 9 h."]
  ],
  [
    "We're out on the land today with Elder Mary learning about medicines, back by 2.",
    ["We're out on the land today with Elder Mary learning about medicines, back by 2."]
  ],
  [
    "We're at the Brandon Wheat Kings game with the leadership class, back on the bus by 9:30 pm.",
    ["We're at the Brandon Wheat Kings game with the leadership class, back on the bus by 9:30 pm."]
  ],
  [
    "Grade 9 geography is doing field work at the Assiniboine River this morning, back by lunch.",
    ["Grade 9 geography is doing field work at the Assiniboine River this morning, back by lunch."]
  ],
  [
    "Quick update from Camp Manitou: the Grade 6s are canoeing until supper!",
    ["Quick update from Camp Manitou: the Grade 6s are canoeing until supper!"]
  ],
  [
    "The band is performing at the Keystone Centre right now — then we head home around 4.",
    ["The band is performing at the Keystone Centre right now — then we head home around 4."]
  ],
  [
    "Aujourd'hui, les 5e font de l'escalade au centre Vertical Adventures, retour vers 14 h 30.",
    ["Aujourd'hui, les 5e font de l'escalade au centre Vertical Adventures, retour vers 14 h 30."]
  ],
  [
    "Les 4e sont au Musée du Manitoba ce matin, l'autobus repart à 11 h 45.",
    ["Les 4e sont au Musée du Manitoba ce matin, l'autobus repart à 11 h 45."]
  ],
  [
    "On glisse à Stony Mountain en ce moment, retour à l'école à 14 h 15!",
    ["On glisse à Stony Mountain en ce moment, retour à l'école à 14 h 15!"]
  ],
  [
    "Les élèves de maternelle pique-niquent au parc Kildonan, on revient à 13 h.",
    ["Les élèves de maternelle pique-niquent au parc Kildonan, on revient à 13 h."]
  ],
  [
    "Le 16 mai, les élèves de 4e année visiteront l'usine de la Monnaie royale canadienne.",
    ["Le 16 mai, les élèves de 4e année visiteront l'usine de la Monnaie royale canadienne."]
  ],
  [
    "Le mardi 3 juin, nous ferons une sortie au Centre du patrimoine.",
    ["Le mardi 3 juin, nous ferons une sortie au Centre du patrimoine."]
  ],
  [
    "Les 2e iront au théâtre le 5 décembre pour voir Le Petit Prince.",
    ["Les 2e iront au théâtre le 5 décembre pour voir Le Petit Prince."]
  ],
  [
    "Le 21 mars, on va aller faire de la raquette au parc Birds Hill.",
    ["Le 21 mars, on va aller faire de la raquette au parc Birds Hill."]
  ],
  [
    "La classe de 6e passera la nuit au Camp Moose Lake les 12 et 13 juin.",
    ["La classe de 6e passera la nuit au Camp Moose Lake les 12 et 13 juin."]
  ],
  [
    "La sortie au Musée est demain. Rendez-vous à 8 h 40 à la porte 3 du musée.",
    ["La sortie au Musée est demain.", "Rendez-vous à 8 h 40 à la porte 3 du musée."]
  ],
  [
    "Les 5e iront patiner à La Fourche vendredi. Rendez-vous à 9h15 près du marché.",
    ["Les 5e iront patiner à La Fourche vendredi.", "Rendez-vous à 9h15 près du marché."]
  ],
  [
    "Tournoi de badminton à Saint-Pierre samedi : rendez-vous devant l'école à 7 h.",
    ["Tournoi de badminton à Saint-Pierre samedi : rendez-vous devant l'école à 7 h."]
  ],
  // An event with a place or a day still counts; a today headline with a time or a return stays.
  ["Tournament this weekend in Dauphin!", ["Tournament this weekend in Dauphin!"]],
  [
    "Good luck to our runners at provincials on Saturday at 9!",
    ["Good luck to our runners at provincials on Saturday at 9!"]
  ],
  [
    "Provincials this weekend! First game Saturday at 9 at the Sportsplex.",
    ["First game Saturday at 9 at the Sportsplex."]
  ],
  [
    "Field trip to the zoo today! We'll be back by 3.",
    ["Field trip to the zoo today!", "We'll be back by 3."]
  ],
  [
    "Field trip to the zoo tomorrow! We learned about polar bears to get ready.",
    ["Field trip to the zoo tomorrow!"]
  ],
  [
    "Pick-up after the trip is at 4:30 at the Walmart parking lot.",
    ["Pick-up after the trip is at 4:30 at the Walmart parking lot."]
  ]
]

const clean: string[] = [
  "Bus duty in the school parking lot at 3:15 today.",
  "Un auteur du Centre culturel visite notre classe aujourd'hui.",
  // The school's own library; things made (past); a teacher's family outing; arrangements still to come.
  "Right now my Grade 4s are in the school library reading with their buddies.",
  "Our Grade 3s made bird feeders for the nature centre this week!",
  "Ce week-end au lac en famille, enfin du repos ☀️",
  "Saturday at the lake with my family, no marking allowed.",
  "Cet après-midi, on revient à la classe après la récré pour lire.",
  "Thank you to the Assiniboine Park Zoo for the wonderful guided tour on Monday!",
  "Guest presenter from the Manitoba Museum visiting our class Friday at 1!",
  "Les formulaires pour notre prochaine sortie doivent être remis jeudi.",
  "Départ hâtif à 13 h 30 mercredi pour la journée pédagogique.",
  "À compter de mardi, nouvel horaire de sortie des classes à 15 h 20.",
  "Thanks to the zoo for hosting us yesterday!",
  "Assembly in the gym Friday at 1.",
  "Book fair in the library Tuesday.",
  "No school Monday.",
  "Report cards go home Friday.",
  "Early dismissal at 2:30 on Friday.",
  "We love the Assiniboine Park Zoo.",
  "Grade 5 may visit the museum.",
  "Winter concert Thursday at 7 in the gym.",
  "Had a great time at the museum today!",
  "Join us for our Christmas concert on December 12 at 7 pm at Oak Bank School.",
  "The Grade 5s are reading about the zoo this week.",
  "Congrats to our team for winning the tournament on Saturday!",
  "We're at the library until 2.",
  "Visit the book fair in the library Tuesday at 3.",
  "Kindergarten orientation: tour of the school Tuesday at 6.",
  "Our team plays at home Friday at 6.",
  "Bus route 5 pick-up at 7:45 starting Monday.",
  "Grade 6 students will present at the Science Fair on Thursday at 1 in the gym.",
  "Happy Friday! Our Grade 2s are learning about Riding Mountain National Park.",
  "We had a blast at Fort Whyte Alive today!",
  "Grade 4 visited the Legislature on Tuesday.",
  "Picture day is Thursday at the school.",
  "Parent-teacher interviews are Thursday from 4 to 8 pm.",
  "Our students have been practicing for the concert on Thursday.",
  "Hot lunch tomorrow: pizza!",
  "Field trip forms went home.",
  "Le 12 mai, les élèves sont allés au Musée.",
  "Rendez-vous à 19 h au gymnase pour la soirée des parents.",
  "This morning we hiked the trails at Riding Mountain.",
  "Hier, nous avons visité le musée.",
  "Our field trip to the zoo was amazing.",
  "Heading to the museum soon, details to follow.",
  "Grade 1 loved the Manitoba Museum.",
  "Thank you Kildonan Park for having us on Tuesday!",
  "Volleyball tournament in the gym Saturday at 9.",
  "Ask your kids about the zoo!",
  "Our Grade 1s built a model of the zoo in class today!",
  "Grade 9 students can sign up for the ski trip until Friday.",
  "Come support our Lady Lions at home this Friday at 6!",
  "Our Winter Concert is on December 14 at 7 pm. Doors open at 6:30.",
  "The basketball team practices in the gym on Mondays at 3:30.",
  "Join us at the school on Friday at 9:30 for our Remembrance Day assembly.",
  "Bus 7 will be 20 minutes late this morning.",
  "I have taught a Grade 3/4/5 split and chaperoned more field trips than I can count.",
  "Permission forms for the zoo trip are due Friday.",
  "Questions about the field trip? Call the office at 204-773-2315.",
  "I teach Grade 2 at Park West School Division and today a student told me a joke.",
  "My students at Shoal Lake School planted 60 trees today.",
  "Learning about the Forks in Social Studies this week.",
  "Terry Fox Run is Friday at 1:30 around the school.",
  "Welcome back to school! Drop-off starts at 8:30 at the east doors.",
  "Day 100 of school: we counted to 100 in the gym!",
  "Les 5e visitent la classe de maternelle ce matin.",
  "Cet après-midi, on fait du bricolage dans la classe.",
  "Arrivée à l'école à 8 h 30 pour tout le monde lundi.",
  "Ce matin, la directrice visite les classes.",
  // Past trips (any past tense), the school's own grounds, virtual visits and topics stay quiet.
  "We skated at the Forks on Tuesday and the kids loved it.",
  "Grade 2 picked pumpkins at Kraus farm on Tuesday — so much fun!",
  "Ce matin, nous avons fait de la randonnée au parc Birds Hill, quelle belle journée!",
  "Le 7 novembre, les élèves de 5e se sont rendus au Musée de Saint-Boniface.",
  "Ce matin, les 3e ont patiné à La Fourche, quelle belle sortie!",
  "We're skating on the school rink this afternoon until 2!",
  "This afternoon we're skating on the outdoor rink behind the school until 2:30!",
  "Cet après-midi, on fait de la raquette dans la cour d'école jusqu'à 14 h.",
  "Nous visiterons un musée virtuel en classe demain à 10 h.",
  "We're doing a virtual field trip to the Manitoba Museum this morning at 10!",
  "Ce matin, on lit un livre sur le parc du Mont-Riding en classe.",
  "Le 3 mars, nous préparerons une présentation sur le Musée royal de l'aviation.",
  "Snowshoeing in the schoolyard after lunch today, back inside by 1:30.",
  "Back to school after the winter break on Monday at 8:45!",
  "Parents are picking up kids at 3 today.",
  "We're on our way to becoming great readers this year!",
  "Les élèves iront à la bibliothèque de l'école mardi à 10 h.",
  "We're going to the gym at 2 for the assembly.",
  "Back at school after a wonderful morning at the zoo, lunch at 12!",
  "De retour de notre sortie au zoo, dîner à midi!",
  "Les 5e ont glissé à Stony Mountain vendredi dernier, quelle journée!",
  "Last Thursday the Grade 9s did field work at the Assiniboine River.",
  "Spirit assembly in the gym Friday at 2:15 — wear your colours!",
  "Le 16 mai, une animatrice de la Monnaie royale canadienne viendra dans notre classe.",
  "Rendez-vous à 13 h 30 au gymnase pour le spectacle de talents.",
  "The Grade 4s are reading a book about the Manitoba Museum today at 10.",
  "Our Grade 3s presented their projects about the zoo this morning at 9.",
  "La sortie au zoo de demain est annulée à cause de la pluie.",
  // "En route" and "live from" make a post live, not a trip: a place still has to be named.
  "Nous sommes en route vers l'été!",
  "Live from my kitchen: banana bread time.",
  // An event with no place and no day: "at provincials this weekend" tells no one where.
  "Our debaters are going to crush the competition at provincials this weekend.",
  "Good luck to the Grade 8 volleyball team at regionals next week!",
  "Bonne chance à nos joueuses au championnat la semaine prochaine!",
  // The school's own office and end-of-day pick-up.
  "Reminder: pick-ups after 3:45 will wait in the office.",
  "Late pick-ups after 4 go to the front office.",
  // A today headline the rest of the post tells in the past: a same-day recap.
  "Field trip to the zoo today! The kids loved the penguins.",
  "Class trip to the Forks today! Everyone lost a mitten somewhere.",
  "Sortie au musée aujourd'hui! Les élèves ont adoré les dinosaures."
]

describe("field-trip-details", () => {
  test.each(flagged)("flags %p", (text, expected) => {
    const found = trips(text)
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(expected)
    for (const [i, f] of found.entries()) {
      const start = text.indexOf(expected[i]!)
      expect([f.start, f.end]).toEqual([start, start + expected[i]!.length])
      expect(f.severity).toBe("warn")
      expect(f.fixes[0]).toEqual({ label: "Post after the trip instead", advice: true })
    }
  })

  test.each(clean)("does not flag %p", (text) => {
    expect(trips(text)).toEqual([])
  })

  test("messages cite AP 144 and never repeat the post", () => {
    const [f] = trips("Field trip to the zoo on Friday at 9:30.")
    expect(f!.policyRef.clause).toMatch(/AP 144/)
    expect(f!.message).not.toMatch(/zoo|Friday/)
  })
})

/** Applying a fix must leave readable text: no double spaces, punctuation kept. */
const fixed: [string, string, string][] = [
  [
    "Grade 5 heads to the Assiniboine Park Zoo on Friday at 9:30!",
    "Remove the time",
    "Grade 5 heads to the Assiniboine Park Zoo!"
  ],
  [
    "Bus leaves from the Walmart parking lot at 7 a.m.",
    "Remove the time",
    "Bus leaves from the Walmart parking lot."
  ],
  [
    "Bus leaves from the Walmart parking lot at 7 a.m.",
    "Remove the meeting point",
    "Bus leaves at 7 a.m."
  ],
  [
    "Ski day! Bus departs at 6:45 am from the school parking lot.",
    "Remove the meeting point",
    "Ski day! Bus departs at 6:45 am."
  ],
  ["Tomorrow at 9, we head to the zoo.", "Remove the time", "We head to the zoo."],
  [
    "Camp Wannakumbac May 12–14, packing list coming home.",
    "Remove the date",
    "Camp Wannakumbac, packing list coming home."
  ],
  ["Field trip to the zoo, Friday at 9.", "Remove the time", "Field trip to the zoo."],
  [
    "Grade 4 is off to the Manitoba Museum on Tuesday, 9:30-2:30.",
    "Remove the time",
    "Grade 4 is off to the Manitoba Museum."
  ],
  ["Sortie au musée vendredi à 9 h 30.", "Remove the time", "Sortie au musée."],
  ["The 5/6 class goes to the zoo on 5/12.", "Remove the date", "The 5/6 class goes to the zoo."],
  ["Meet at the Forks at 9 on Saturday.", "Remove the meeting point", "Meet at 9 on Saturday."],
  [
    "Intro line.\nGrade 3 heads to the zoo on Friday at 9:30!",
    "Remove the time",
    "Intro line.\nGrade 3 heads to the zoo!"
  ]
]

describe("field-trip-details fixes", () => {
  test.each(fixed)("%p → %p", (text, label, after) => {
    const fix = trips(text)
      .flatMap((f) => f.fixes)
      .find((x) => x.label === label)
    expect(fix?.range).toBeDefined()
    const out = text.slice(0, fix!.range!.start) + fix!.replacement + text.slice(fix!.range!.end)
    expect(out).toBe(after)
    expect(out).not.toMatch(/ {2}/)
  })

  test("a live post with no clock time offers only the advice", () => {
    const [f] = trips("Right now we're at the Manitoba Museum!")
    expect(f!.fixes).toEqual([{ label: "Post after the trip instead", advice: true }])
  })
})
