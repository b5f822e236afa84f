import { defineMessages } from "../../rule"

/**
 * What field-trip-details says, in English and Canadian French. Same keys in both (a missing
 * French key does not compile); `{name}` placeholders are filled when the rule
 * speaks. Never put a student's name in a message: the panel shows the matched
 * words separately.
 */
export const messages = defineMessages(
  {
    title: "Field trip details",
    finding: "Field trip details",
    description: "Flags dates, times and places of field trips and off-site activities.",
    message:
      "This tells people where students will be away from school, and when. Share trip details after the trip, or leave out the time and meeting point.",
    "advice.post-after": "Post after the trip instead",
    "fix.remove-time": "Remove the time",
    "fix.remove-date": "Remove the date",
    "fix.remove-meeting-point": "Remove the meeting point"
  },
  {
    title: "Détails de sorties scolaires",
    finding: "Détails d’une sortie scolaire",
    description:
      "Signale les dates, heures et lieux des sorties scolaires et activités à l’extérieur.",
    message:
      "Ceci indique où les élèves seront hors de l’école, et quand. Donnez les détails de la sortie après celle-ci, ou retirez l’heure et le lieu de rendez-vous.",
    "advice.post-after": "Publiez plutôt après la sortie",
    "fix.remove-time": "Retirer l’heure",
    "fix.remove-date": "Retirer la date",
    "fix.remove-meeting-point": "Retirer le lieu de rendez-vous"
  }
)
