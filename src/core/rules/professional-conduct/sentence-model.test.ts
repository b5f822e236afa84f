import { describeFindingTable, type FindingRow } from "../../../../tests/core/finding-table"

/**
 * The sentence model (sentence-model.ts): paraphrases written after training, that none of
 * the fitted families catch (each was checked against the rule without the model), so each
 * row fails if the model stops reading them; and near misses of the same shape (praise, a
 * dare that is encouragement, a reason that is a credit) that must stay under the threshold.
 * This file is never read by the training script (it skips *model*.test.ts).
 */

const flagged: FindingRow[] = [
  [
    "Keep pushing me, Mrs. Dale, and see what happens.",
    ["Keep pushing me, Mrs. Dale, and see what happens."]
  ],
  [
    "Continue de me pousser, Mme Gagnon, et tu vas voir ce qui arrive.",
    ["Continue de me pousser, Mme Gagnon, et tu vas voir ce qui arrive."]
  ],
  [
    "Our principal is the reason half the staff is on leave.",
    ["Our principal is the reason half the staff is on leave."]
  ],
  [
    "Honestly my grade 8s have the attention span of goldfish and the manners of wolves.",
    ["Honestly my grade 8s have the attention span of goldfish and the manners of wolves."]
  ],
  // Only the model's sentence is flagged; the next one, about no one, stays quiet.
  [
    "Keep pushing me, Mrs. Dale, and see what happens. Long week.",
    ["Keep pushing me, Mrs. Dale, and see what happens."]
  ]
]

const clean: string[] = [
  "Our principal is the reason we won the district award.",
  "Try the new curriculum, Steve, you'll love it.",
  "Our principal could run a marathon, she has so much energy.",
  "Continue de lire chaque soir, Mme Gagnon te le dit, et tu vas voir tes progrès.",
  "La direction de l'école a reconnu le travail de toute l'équipe.",
  "Our VP organised a lovely breakfast for the staff.",
  "Mes élèves de 5e année ont tellement travaillé fort cette semaine.",
  "The parents in this class were so generous with the food drive.",
  "My students made the whole staff cry with laughter at the assembly.",
  // Sign-offs: the model scored them 0.99 as threats; under MIN_WORDS it does not read them.
  "Les élèves étaient si fiers de montrer leurs projets. À bientôt!",
  "Thanks for coming to open house. See you soon!",
  "Merci pour la belle soirée. A bientot",
  "Great game today. See you soon 😉"
]

describeFindingTable("professional-conduct, sentence model", "professional-conduct", flagged, clean)
