import { defineMessages } from "../../rule"

/**
 * What missing-disclaimer says, in English and Canadian French. Same keys in both (a missing
 * French key does not compile); `{name}` placeholders are filled when the rule
 * speaks. Never put a student's name in a message: the panel shows the matched
 * words separately.
 */
export const messages = defineMessages(
  {
    title: "Missing disclaimer",
    finding: "Personal-views disclaimer",
    description:
      "Asks for a “views are my own” line when a post from a personal account shows you work for the division.",
    message:
      "This post identifies you as division staff. Add a line saying the views are your own, not your school's or the division's.",
    "fix.add-disclaimer": "Add the disclaimer"
  },
  {
    title: "Avis manquant",
    finding: "Avis d’opinions personnelles",
    description:
      "Demande une mention « opinions personnelles » quand une publication d’un compte personnel montre que vous travaillez pour la division.",
    message:
      "Cette publication vous identifie comme membre du personnel de la division. Ajoutez une ligne précisant que les opinions exprimées sont les vôtres, et non celles de votre école ou de la division.",
    "fix.add-disclaimer": "Ajouter l’avis de non-responsabilité"
  }
)
