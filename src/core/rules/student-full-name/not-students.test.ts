import { describeFindingTable, type FindingRow } from "../../../../tests/core/finding-table"
/**
 * Name-shaped words that are not students (issue 11 precision): firms named by their owner
 * in either word order, house and team names, doctors, authors listed with a known author,
 * a table's header row above a list; and the students that must stay flagged beside them.
 */

const NOT_STUDENTS = [
  "Thanks to Friesen Roofing, Dueck Flooring and Penner Tire for sponsoring.",
  "Thank you to Reimer Express and Loewen Windows for the breakfast program.",
  "Merci à Toiture Lavallée et Électricité Gagnon pour les réparations!",
  "Merci à Plomberie Gagnon pour la fontaine d'eau.",
  "House points: Flett Falcons 120, Sinclair Sharks 95",
  "Les gagnants : Lavallée Lynx et Gagnon Geckos (nos maisons)",
  "Merci à Dre Sandhu de la clinique dentaire!",
  "Author study: Robert Munsch, Susin Nielsen and Eric Walters",
  "Famous scientists we studied: Marie Curie, Hedy Lamarr and Chien-Shiung Wu",
  "En lecture : Gabrielle Roy, Antonine Maillet et Jacques Poulin",
  "Course Terry Fox – meilleurs temps\nRang | Élève | Temps\n1 | 8:14",
  // A heading line without a colon names a list of adults; the writer signs under a sign-off.
  "Staff\nFriesen, Mark\nPenner, Dana",
  "Nos bénévoles 💛\nGagnon, Luc\nTremblay, Marie",
  "Cheers,\nDana Friesen",
  "Merci beaucoup,\nLuc Gagnon",
  // Weekdays are not surnames; given names that are also surnames are a list of kids.
  "Where: Selkirk, Manitoba. When: Monday, June 2.",
  "Soirée des prix : vendredi, juin 13 — Gymnase",
  "Shout out to our helpers: Jordan, Harper, Mason, Taylor"
]

const STILL_STUDENTS: FindingRow[] = [
  ["Congrats to Kaylee Thunder on her award!", ["Kaylee Thunder"]],
  ["Book club: Roald Dahl, Beverly Cleary and Sophie Tremblay's picks", ["Sophie Tremblay"]],
  ["We read books by Robert Munsch and Nathan Flett read his poem.", ["Nathan Flett"]],
  ["Congrats to Sophie Tremblay and Jordan Flett!", ["Sophie Tremblay", "Jordan Flett"]],
  ["Prix : Mercredi, Anaïs; Sinclair, Ethan", ["Mercredi, Anaïs", "Sinclair, Ethan"]],
  ["Students of the week\nFriesen, Mark\nPenner, Dana", ["Friesen, Mark", "Penner, Dana"]],
  [
    "Honour roll: Kovalenko, Dmytro, Flett, Tanis, Brar, Karanveer",
    ["Kovalenko, Dmytro", "Flett, Tanis", "Brar, Karanveer"]
  ],
  ["Thanks,\nMark\n\nCongrats Dana Friesen!", ["Dana Friesen"]],
  [
    "Course Terry Fox – meilleurs temps\nRang | Élève | Temps\n1 | DUPUIS Gabriel | 8:14\n2 | Okeke, Chisom | 8:20",
    ["DUPUIS Gabriel", "Okeke, Chisom"]
  ]
]

describeFindingTable(
  "student-full-name: not students (issue 11)",
  "student-full-name",
  STILL_STUDENTS,
  NOT_STUDENTS
)
