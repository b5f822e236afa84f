import { defineMessages } from "../../rule"

/**
 * What confidential-student-info says, in English and Canadian French. Same keys in both (a
 * missing French key does not compile). Never put a student's name or the detail
 * in a message: the panel shows the matched words separately.
 */
export const messages = defineMessages(
  {
    title: "Confidential student information",
    finding: "Confidential student detail",
    description:
      "Flags posts that tie a student to health, special-education, discipline, marks, family, contact or immigration details.",
    message:
      "This ties a student to information the school keeps confidential (health, learning support, discipline, marks, family, address or immigration status). Leave it out unless you have written consent.",
    "fix.remove": "Remove this detail"
  },
  {
    title: "Renseignements confidentiels sur un élève",
    finding: "Détail confidentiel sur un élève",
    description:
      "Signale les publications qui associent un élève à des renseignements sur sa santé, son soutien scolaire, sa discipline, ses notes, sa famille, ses coordonnées ou son statut d’immigration.",
    message:
      "Ceci associe un élève à des renseignements que l’école garde confidentiels (santé, soutien à l’apprentissage, discipline, notes, famille, adresse ou statut d’immigration). Retirez-les, sauf consentement écrit.",
    "fix.remove": "Retirer ce détail"
  }
)
