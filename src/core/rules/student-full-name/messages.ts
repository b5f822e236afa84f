import { defineMessages } from "../../rule"

/**
 * What student-full-name says, in English and Canadian French. Same keys in both (a missing
 * French key does not compile); `{name}` placeholders are filled when the rule
 * speaks. Never put a student's name in a message: the panel shows the matched
 * words separately.
 */
export const messages = defineMessages(
  {
    title: "Student full names",
    finding: "Student’s full name",
    description:
      "Flags a student’s first and last name together. Publish only the first name unless the family agreed.",
    message:
      "This looks like a student's full name. Publish only the first name unless full-name consent is on file.",
    "message.class-list":
      "This student is in your class list. Publish only the first name unless full-name consent is on file.",
    "fix.keep-first-name": "Keep first name only"
  },
  {
    title: "Noms complets d’élèves",
    finding: "Nom complet d’un élève",
    description:
      "Signale le prénom et le nom d’un élève ensemble. Publiez seulement le prénom sauf si la famille a consenti.",
    message:
      "Ceci ressemble au nom complet d’un élève. Publiez seulement le prénom, sauf si le consentement au nom complet est au dossier.",
    "message.class-list":
      "Cet élève figure dans votre liste de classe. Publiez seulement le prénom, sauf si le consentement au nom complet est au dossier.",
    "fix.keep-first-name": "Garder seulement le prénom"
  }
)
