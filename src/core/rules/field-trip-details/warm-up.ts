/** Sentences this rule finds something in, run when the checker wakes (core/warm-up.ts). */
export const warmUp = [
  "We leave for the Winnipeg Zoo on Friday at 9:30 and will be at Assiniboine Park until 3 pm.",
  "Live from the Manitoba Museum right now with my Grade 5s!",
  "Ma classe sera au Musée du Manitoba vendredi à 10 h et nous partirons demain matin vers le parc.",
  "Ce matin, les 4e découvrent la ferme Gagnon et on passe la matinée au parc, retour prévu vers 15 h à l'école."
]
