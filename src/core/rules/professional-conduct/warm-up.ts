/** Sentences this rule finds something in, run when the checker wakes (core/warm-up.ts). */
export const warmUp = [
  "Some of these parents are idiots who can't even read.",
  "I'll be waiting for that kid in the parking lot after school.",
  "Certains parents sont des imbéciles.",
  // The fourth-round families (shapes-wide.ts, threats-wide.ts) compile on their first use.
  "A generation of idiots, run by clowns 🙄",
  "Give me five minutes alone with that trustee.",
  "Quelqu'un va se faire casser la gueule, des vrais épais."
]
