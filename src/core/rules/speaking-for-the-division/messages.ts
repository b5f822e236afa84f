import { defineMessages } from "../../rule"

/**
 * What speaking-for-the-division says, in English and Canadian French. Same keys in both (a
 * missing French key does not compile).
 */
export const messages = defineMessages(
  {
    title: "Speaking for the school or division",
    finding: "Speaks for the school or division",
    description:
      "Flags posts from a personal account that speak as the school or the division (“On behalf of…”, “Official announcement”, “The division has decided…”).",
    message:
      "This presents the post as the school's or division's own voice. Only the school's or division's official accounts post on their behalf, with written permission from a principal or supervisor. Share or link the official post instead, or say it in your own name.",
    "advice.official": "Share the official post instead"
  },
  {
    title: "Parler au nom de l’école ou de la division",
    finding: "Parle au nom de l’école ou de la division",
    description:
      "Signale les publications d’un compte personnel qui parlent au nom de l’école ou de la division (« Au nom de… », « Communiqué officiel », « La division a décidé… »).",
    message:
      "Ceci présente la publication comme la voix de l’école ou de la division. Seuls les comptes officiels de l’école ou de la division publient en leur nom, avec la permission écrite d’une direction ou d’un superviseur. Partagez plutôt la publication officielle, ou parlez en votre propre nom.",
    "advice.official": "Partager plutôt la publication officielle"
  }
)
