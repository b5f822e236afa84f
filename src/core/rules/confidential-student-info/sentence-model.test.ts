import { describeFindingTable, type FindingRow } from "../../../../tests/core/finding-table"

/**
 * The special-education sentence model (sentence-model.ts): paraphrases written after
 * training, that none of the detail families catch (each was checked against the rule
 * without the model), so each row fails if the model stops reading them; and near misses of
 * the same shape (extra time for a project or a bus ride, a helper who is family, a first chapter book)
 * that must stay under the threshold. Never read by the training script.
 */

const flagged: FindingRow[] = [
  [
    "Maya finally gets extra time and a quiet room for every test this term.",
    ["Maya finally gets extra time and a quiet room for every test this term."]
  ]
  // Known miss since the model was retrained with dev8 (it scores 0.60, under the threshold):
  // "Félix a enfin obtenu son aide à temps plein cette semaine."
]

const clean: string[] = [
  "Jacob finished his first chapter book this week, so proud.",
  "Noah got extra time on the science fair because his project was so big.",
  "Olivia gets extra time on the bus ride because she lives far.",
  "Ava gets pulled out early on Fridays for hockey practice.",
  "Ethan reads with a volunteer grandparent every Tuesday and loves it.",
  "Félix passe maintenant ses matinées avec sa grand-mère à la ferme."
]

describeFindingTable(
  "confidential-student-info, sentence model",
  "confidential-student-info",
  flagged,
  clean
)
