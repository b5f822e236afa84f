import { describeFindingTable, type FindingRow } from "../../../../tests/core/finding-table"

/**
 * Eighth-round demeaning table tests (shapes-eighth.ts and the word classes it
 * widened in words.ts): paraphrases written for each family, not taken from a dev
 * set, with near misses of the same shapes that must stay quiet.
 */

/** [post, the flagged words (exact ranges)]. */
const flagged: FindingRow[] = [
  ["The new coordinator is a potted plant with a lanyard.", ["is a potted plant with a lanyard"]],
  ["Notre DG, c'est une plante verte avec un titre.", ["c'est une plante verte avec un titre"]],
  ["Honestly the dollar-store version of a principal.", ["dollar-store version of a principal"]],
  ["Some parents should need a licence to have kids.", ["licence to have kids"]],
  ["Ça devrait prendre un permis pour avoir des enfants.", ["permis pour avoir des enfants"]],
  ["Buddy, you're a joke and everyone knows it.", ["Buddy, you're a joke"]],
  ["Mon cher, t'es vraiment nul.", ["Mon cher, t'es vraiment nul"]],
  ["Madame, trouvez-vous un passe-temps.", ["trouvez-vous un passe-temps"]],
  ["I swear my grade 9s split one brain cell between them.", ["split one brain cell"]],
  ["Ils se partagent un neurone, ces jeunes-là.", ["se partagent un neurone"]],
  [
    "Our staff meeting was what happens when you let monkeys run a zoo.",
    ["staff meeting was what happens when you let monkeys"]
  ],
  ["I quit pretending the admin is competent.", ["quit pretending the admin is competent"]],
  [
    "Does anyone at the division office even think?",
    ["Does anyone at the division office even think?"]
  ],
  [
    "Est-ce qu'il y a quelqu'un qui pense à la direction?",
    ["Est-ce qu'il y a quelqu'un qui pense à la direction?"]
  ],
  ["A disgrace to the teaching profession.", ["A disgrace to the teaching profession"]],
  ["Quelle direction de clowns, encore une fois.", ["Quelle direction de clowns"]],
  ["Mes sec 3 ont la maturité d'un bébé.", ["Mes sec 3 ont la maturité d'un bébé"]],
  [
    "Mon directeur a autant de jugement qu'une roche.",
    ["Mon directeur a autant de jugement qu'une roche"]
  ],
  [
    "The superintendent has as much charisma as a traffic cone.",
    ["The superintendent has as much charisma as a traffic cone"]
  ],
  [
    "The trustees are a textbook case of incompetence.",
    ["The trustees are a textbook case of incompetence"]
  ],
  ["Les parents sont de plus en plus niaiseux.", ["Les parents sont de plus en plus niaiseux"]]
]

const clean: string[] = [
  "I'm basically a potato with a lanyard today 😂",
  "The kids made a scarecrow with a whistle for the fall fair!",
  "We bought the dollar-store version of the game for the class party.",
  "You need a licence to be a foster parent in Manitoba.",
  "Girl, you're amazing, thank you for the coffee!",
  "Ma belle, t'es pas bonne en patin, mais t'as du fun!",
  "Me and my teaching partner share one brain cell and today it's hers 😂",
  "On se partage un cerveau, ma collègue pis moi.",
  "This mess is what happens when you let raccoons into the garage.",
  "I've stopped pretending I'm organized.",
  "Is anyone at the division office thinking about rural bus routes?",
  "Y'a-tu quelqu'un qui va au souper de la division?",
  "Quelle journée de fous, trois alarmes de feu!",
  "Mes élèves ont la maturité d'un adulte, je suis fière.",
  "Our principal has the leadership of a true champion.",
  "Mes élèves ont été des vraies bêtes au tournoi de volley!",
  "This policy is an insult to the teaching profession and we will say so at the board.",
  "If your child is struggling, you're the problem solver we need at home!",
  "Les résultats sont pas bons cette année, on va travailler fort."
]

describeFindingTable(
  "professional-conduct, eighth-round demeaning families",
  "professional-conduct",
  flagged,
  clean
)
