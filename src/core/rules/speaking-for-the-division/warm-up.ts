/** Sentences this rule finds something in, run when the checker wakes (core/warm-up.ts). */
export const warmUp = [
  "On behalf of Russell Elementary School, we are cancelling the concert.",
  "We at Oakburn School are moving the game to Monday.",
  "Au nom de l'école Précieux-Sang, nous annulons la sortie.",
  "Here at Minnedosa School, we have unfortunately had to call off the dance.",
  "À l'École Lacerte, nous avons malheureusement dû reporter la soirée des parents."
]
