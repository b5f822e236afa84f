import { defineMessages } from "../../rule"

/**
 * What non-disclosure-name says, in English and Canadian French. Same keys in both (a missing
 * French key does not compile); `{name}` placeholders are filled when the rule
 * speaks. Never put a student's name in a message: the panel shows the matched
 * words separately.
 */
export const messages = defineMessages(
  {
    title: "Students on the non-disclosure list",
    finding: "Student on the non-disclosure list",
    description:
      "Flags any mention, even a first name, of a student whose family asked for non-disclosure.",
    message: "This student is on the non-disclosure list: do not name them (or post their photo).",
    "fix.remove-name": "Remove the name",
    "advice.leave-out": "Leave this student out of the post and its photos"
  },
  {
    title: "Élèves sur la liste de non-divulgation",
    finding: "Élève sur la liste de non-divulgation",
    description:
      "Signale toute mention, même un prénom, d’un élève dont la famille a demandé la non-divulgation.",
    message:
      "Cet élève figure sur la liste de non-divulgation : ne le nommez pas (et ne publiez pas sa photo).",
    "fix.remove-name": "Retirer le nom",
    "advice.leave-out": "Laissez cet élève hors de la publication et de ses photos"
  }
)
