import { describeFindingTable, type FindingRow } from "../../../../tests/core/finding-table"
/**
 * Two capitalised words that are not a student (issue 12 precision): adults named with their
 * role before or after them (volunteers, guests, managers; not family), labels of adult lists
 * (drivers, officials, lunch helpers, retirees), reading lists, opposing teams' mascots, French
 * awards named after someone, a subject's short form; and the students that stay flagged beside
 * them, with their exact range.
 */

const NOT_STUDENTS = [
  // A role right before the name, lower case or capitalised, English and French.
  "Huge thanks to parent helper and volunteer Dana Kowalchuk for the bake sale!",
  "Our guest presenter Marc Lavoie from Manitoba Hydro talked about dams.",
  "Thanks to team manager Colleen Reimer for the schedules.",
  "Merci à notre bénévole Nicole Bérubé pour la bibliothèque!",
  "Merci à notre conférencière invitée Josée Lemire!",
  // Every name of a list after a plural role.
  "Thank you to our volunteers Colleen Reimer, Dana Kowalchuk and Jeff Loewen!",
  // A role after the name, also with a modifier.
  "Jeff Loewen (assistant coach) and Colleen Reimer (team manager) ran the clinic.",
  "Merci à Nicole Bérubé (bénévole) pour son aide.",
  "Thanks to Ms. Brar, EA Kim Sawatzky, and Jeff Loewen, Bus Driver.",
  // Labels of adult lists.
  "Field trip drivers:\nReimer, Colleen\nLoewen, Jeff",
  "Game officials:\nSawatzky, Kim\nBérubé, Nicole",
  "Hot lunch helpers:\nReimer, Colleen\nLoewen, Jeff",
  "Retirements this year:\nLoewen, Jeff\nSawatzky, Kim",
  // A reading list, and a quoted title before "by".
  "Reading list:\nSachar, Louis\nPalacio, Raquel",
  "Next up: 'Holes' by Louis Sachar, then 'Hatchet' by Gary Paulsen.",
  // Opposing teams, French awards named after someone, a subject's short form.
  "Tough loss to the Dakota Lancers but great effort vs. Neepawa Saints!",
  "Le Trophée Maurice Richard et le Prix Roger Lavallée seront remis vendredi.",
  "Grade 8 options:\nPhys Ed\nSocial Studies\nLanguage Arts",
  // An endearment is no surname; a French noun "of" a given name; places with a class after them.
  "Little Tobias is back from the hospital, welcome back!",
  "Petite Zoé a chanté au concert.",
  "Le dessin de Mathis et le Carnet de Laurent sont affichés.",
  "L'enseignante de Noé revient jeudi.",
  "Tobogganing at Tobin Hill with 5C this afternoon!",
  "Picnic at Kildonan Hill Park with 2A and 2B!",
  // A staff role set off by commas after "our"/"notre"/"the".
  "Congrats to our principal, Sophie Tremblay, on her award!",
  "Le chili de notre directeur, Dan Ross, a encore gagné!",
  "Thanks to the librarian, Kim Sawatzky, for the book fair.",
  // A title run into a French particle inside a hashtag; a Québécois storyteller.
  "Plus de photos de notre murale #ClasseDeMmeGagnon #ArtÉtudiant",
  "On a écouté un conte de Fred Pellerin avant la récré."
]

const STILL_STUDENTS: FindingRow[] = [
  // A student in the same role says so.
  ["Thanks to student volunteer Maya Sinclair for the posters!", ["Maya Sinclair"]],
  [
    "Our Grade 6 helpers Maya Sinclair and Owen Penner read to Kindergarten.",
    ["Maya Sinclair", "Owen Penner"]
  ],
  // A singular role covers one name, not the student listed after it.
  ["Thanks to team manager Colleen Reimer and to Owen Penner for the poster.", ["Owen Penner"]],
  ["Congrats Maya Sinclair (Owen's sister) on her medal!", ["Maya Sinclair"]],
  ["Owen Penner's dad built the shelf.", ["Owen Penner"]],
  // A parent's full name gives the child's surname away: family stays flagged.
  ["Thanks to Owen's dad, Jeff Loewen, for the tractor ride!", ["Jeff Loewen"]],
  ["Merci au papa de Zoé, Marc Lavoie, pour le sirop d'érable.", ["Marc Lavoie"]],
  ["Special thanks to parent volunteer Colleen Reimer!", ["Colleen Reimer"]],
  // A description after a dash is not a book title: the list is a list of students.
  [
    "Heritage Fair ribbons:\nSinclair, Maya – Ukrainian Easter eggs\nPenner, Owen – family recipes",
    ["Sinclair, Maya", "Penner, Owen"]
  ],
  ["Phys Ed leaders: Maya Sinclair and Owen Penner", ["Maya Sinclair", "Owen Penner"]],
  ["Prix du mérite : Zoé Lavoie", ["Zoé Lavoie"]],
  ["Xochitl de la Cruz read her poem.", ["Xochitl de la Cruz"]],
  ["Congrats D'Arcy Penner on the win!", ["D'Arcy Penner"]],
  ["Kaylee Sinclair with 14 pts led the Lynx.", ["Kaylee Sinclair"]],
  // Near misses: a comma after a greeting or a student's role is not a staff title.
  ["Congrats, Sophie Tremblay, on the award!", ["Sophie Tremblay"]],
  ["Our MVP, Sophie Tremblay, scored twice.", ["Sophie Tremblay"]]
]

describeFindingTable(
  "student-full-name: adults and things (issue 12)",
  "student-full-name",
  STILL_STUDENTS,
  NOT_STUDENTS
)
