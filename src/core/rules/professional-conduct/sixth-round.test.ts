import { describeFindingTable, type FindingRow } from "../../../../tests/core/finding-table"

/**
 * Sixth-round table tests (shapes-sixth.ts, threats-sixth.ts): sentences written
 * for each family, not taken from a dev set, with near misses of the same shapes
 * (the same words in an innocent sense) that must stay quiet.
 */

/** [post, the flagged words (exact ranges)]. */
const flagged: FindingRow[] = [
  ["Ces jeunes-là vont finir en prison, c'est certain.", ["vont finir en prison"]],
  ["With parents like that, no wonder the kid is a mess.", ["With parents like that, no wonder"]],
  [
    "Avec des parents comme ça, pas surprenant que l'enfant soit de même.",
    ["Avec des parents comme ça, pas surprenant"]
  ],
  ["The apple doesn't fall far from the tree with that family.", ["apple doesn't fall far"]],
  ["The new VP thinks she's God's gift to education.", ["VP thinks she's God's gift"]],
  ["Mon collègue se prend pour un expert en tout.", ["collègue se prend pour un expert"]],
  ["Y'a rien dans la tête de ces parents-là.", ["Y'a rien dans la tête"]],
  ["That sub is not the sharpest tool in the shed.", ["That sub is not the sharpest tool"]],
  [
    "Imagine being so incompetent that you lose the permission forms twice.",
    ["Imagine being so incompetent"]
  ],
  ["Our principal is a waste of oxygen.", ["Our principal is a waste of oxygen"]],
  ["Allez vous faire voir, les parents du comité.", ["Allez vous faire voir"]],
  [
    "If that parent shows up at my door again, she'd better not show her face.",
    ["she'd better not show her face"]
  ],
  ["I know where he parks 👀", ["I know where he parks"]],
  ["We know where you live, ma'am.", ["We know where you live"]],
  ["On sait où tu restes.", ["On sait où tu restes"]],
  ["Attention à toi, mon petit.", ["Attention à toi"]],
  ["Il va manger une volée s'il recommence.", ["va manger une volée"]],
  ["Je vais le faire virer, ce concierge.", ["Je vais le faire virer"]],
  ["Ça va mal aller pour elle si elle revient.", ["Ça va mal aller pour elle"]],
  ["Bad things happen to people who cross me.", ["Bad things happen to people who cross me"]],
  ["I'm going to find you and have a word.", ["I'm going to find you and"]],
  ["Touch my car again and I'll find you.", ["I'll find you"]]
]

const clean: string[] = [
  "I'm going to end up in bed by 8 tonight, lol.",
  "The kids will end up at the museum by noon.",
  "With parents like ours volunteering, no wonder the fair was a hit!",
  "The apple pie contest was a hit.",
  "I think she's a gift to our school, honestly.",
  "Je me prends pour une chef avec ma nouvelle recette.",
  "Attention à toi si tu oublies ton lunch, c'est la faim qui t'attend 😂",
  "Je vais le faire virer de bord, ce bateau en carton.",
  "I know where the parking is for the concert.",
  "We know where you can buy the tickets.",
  "Imagine being so organized that you plan June in September!",
  "Les élèves vont finir le projet demain.",
  "Ça va mal aller pour mon budget d'épicerie ce mois-ci.",
  "Bad things happen when I forget my coffee.",
  "I'm going to find you a spot at the front for the concert.",
  "I'll find you a copy of the permission form.",
  "No extra seats? I'll find you some at the back.",
  "Our class turned into a daycare helper team for the kindergartens."
]

describeFindingTable(
  "professional-conduct, sixth-round families",
  "professional-conduct",
  flagged,
  clean
)
