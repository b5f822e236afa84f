import { defineMessages } from "../../rule"

/**
 * What professional-conduct says, in English and Canadian French. Same keys in both (a missing
 * French key does not compile). Never repeat the flagged words in a message: the
 * panel shows the matched words separately.
 */
export const messages = defineMessages(
  {
    title: "Professional conduct",
    finding: "Unprofessional wording",
    description:
      "Flags offensive language, remarks that demean students, parents, colleagues, the school or the division, and threats.",
    "message.language":
      "Offensive language reflects on you and on the school, even on a personal account. Leave it out.",
    "message.demeaning":
      "This demeans students, parents, colleagues, the school or the division. Criticise a decision respectfully, or leave it out.",
    "message.threat":
      "This reads as a threat. Staff must not post threatening or harassing comments, even as a joke.",
    "advice.rephrase": "Rephrase or leave this out"
  },
  {
    title: "Conduite professionnelle",
    finding: "Propos non professionnels",
    description:
      "Signale le langage offensant, les propos qui dénigrent des élèves, des parents, des collègues, l’école ou la division, et les menaces.",
    "message.language":
      "Un langage offensant rejaillit sur vous et sur l’école, même sur un compte personnel. Retirez-le.",
    "message.demeaning":
      "Ceci dénigre des élèves, des parents, des collègues, l’école ou la division. Critiquez une décision avec respect, ou retirez ce passage.",
    "message.threat":
      "Ceci se lit comme une menace. Le personnel ne doit pas publier de propos menaçants ou harcelants, même pour rire.",
    "advice.rephrase": "Reformuler ou retirer ce passage"
  }
)
