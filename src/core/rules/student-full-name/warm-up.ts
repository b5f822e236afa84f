/** Sentences this rule finds something in, run when the checker wakes (core/warm-up.ts). */
export const warmUp = [
  "Congrats to Sophie Tremblay and jordan flett on the spelling bee! Check out Greta Grosser's poster. #MilaBouchard",
  "Honour roll (Gr. 8): Tremblay, Sophie; Flett, Jordan; Nguyen, Linh.",
  "Bravo à Madeleine Cousin et à Gonthier Bernard pour leur projet de sciences."
]
