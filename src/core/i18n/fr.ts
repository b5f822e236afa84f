import type { CoreTextId } from "./en"

/**
 * Les mots des règles intégrées, en français canadien. Mêmes clés et mêmes
 * `{paramètres}` que en.ts (un test le vérifie). Aucun nom d'élève dans un message.
 */
export const FR: Record<CoreTextId, string> = {
  "student-full-name.message":
    "Ceci ressemble au nom complet d’un élève. Publiez seulement le prénom, sauf si le consentement au nom complet est au dossier.",
  "student-full-name.fix.keep-first-name": "Garder seulement le prénom",

  "non-disclosure-name.message":
    "Cet élève figure sur la liste de non-divulgation : ne le nommez pas (et ne publiez pas sa photo).",
  "non-disclosure-name.fix.remove-name": "Retirer le nom",
  "non-disclosure-name.advice.leave-out":
    "Laissez cet élève hors de la publication et de ses photos",

  "field-trip-details.message":
    "Ceci indique où les élèves seront hors de l’école, et quand. Donnez les détails de la sortie après celle-ci, ou retirez l’heure et le lieu de rendez-vous.",
  "field-trip-details.advice.post-after": "Publiez plutôt après la sortie",
  "field-trip-details.fix.remove-time": "Retirer l’heure",
  "field-trip-details.fix.remove-date": "Retirer la date",
  "field-trip-details.fix.remove-meeting-point": "Retirer le lieu de rendez-vous",

  "missing-disclaimer.message":
    "Cette publication vous identifie comme membre du personnel de la division. Ajoutez une ligne précisant que les opinions exprimées sont les vôtres, et non celles de votre école ou de la division.",
  "missing-disclaimer.fix.add-disclaimer": "Ajouter l’avis de non-responsabilité",

  "student-images.photos.one": "1 photo",
  "student-images.photos.many": "{count} photos",
  "student-images.videos.one": "1 vidéo",
  "student-images.videos.many": "{count} vidéos",
  "student-images.and": "{first} et {second}",
  "student-images.attached": "{what} en pièce jointe",
  "student-images.message": "{attached}. Avant de publier, vérifiez : {checklist}.",
  "student-images.checklist.purpose":
    "les images d’élèves sont publiées seulement à l’occasion, dans un but éducatif ou pour souligner une réussite",
  "student-images.checklist.consent":
    "un consentement écrit est au dossier pour chaque élève qu’on voit",
  "student-images.checklist.non-disclosure":
    "personne sur l’image ne figure sur la liste de non-divulgation",
  "student-images.checklist.blur":
    "floutez, recadrez, ou utilisez une prise de loin ou de grand groupe",
  "student-images.checklist.first-names":
    "les noms visibles sur l’image (porte-noms, chandails, certificats, tableaux) sont des prénoms seulement",

  "custom.problem.bad-pattern":
    "Règle personnalisée « {id} » : le motif n’est pas une expression régulière valide ({error}).",
  "custom.problem.empty": "La règle personnalisée « {id} » n’a ni motif ni mots.",
  "custom.problem.rule": "Règle personnalisée « {id} » : {reason}",
  "custom.problem.slow":
    "La règle personnalisée « {id} » a pris plus de {ms} ms sur une publication et a été ignorée pour celle-ci. Simplifiez son motif dans les règles personnalisées des paramètres.",
  "custom.reason.bad-pattern": "le motif n’est pas une expression régulière valide ({error}).",
  "custom.reason.empty": "elle n’a ni motif ni mots.",
  "custom.reason.too-long":
    "le motif dépasse {max} caractères. Répartissez-le en plusieurs règles plus courtes.",
  "custom.reason.backreference":
    "le motif renvoie à un groupe précédent (« {fragment} »). Cela peut rendre la vérification extrêmement lente, ce n’est donc pas permis : écrivez le texte de nouveau au lieu d’y renvoyer.",
  "custom.reason.nested":
    "dans « {fragment} », une partie répétée contient une autre répétition sans limite (comme (a+)+ ou (\\w*)*). Cela pourrait figer la vérification de certaines publications. Retirez la répétition intérieure ou extérieure.",
  "custom.reason.overlap":
    "dans « {fragment} », un groupe répété offre des choix qui peuvent correspondre au même texte (comme (a|ab)* ou (\\w|\\d)+). Cela pourrait figer la vérification de certaines publications. Faites commencer les choix différemment, ou réunissez-les en un seul ensemble comme [\\w-].",
  "custom.reason.ambiguous":
    "dans « {fragment} », un groupe répété peut correspondre au même texte de plusieurs façons (comme (a?a)+). Cela pourrait figer la vérification de certaines publications. Rendez chaque partie du groupe obligatoire, ou répétez-le moins de fois.",
  "custom.reason.polynomial":
    "dans « {fragment} », deux répétitions sans limite (comme .* ou \\w+) peuvent correspondre aux mêmes caractères. Cela ralentit la vérification des longues publications. N’en gardez qu’une, ou donnez une limite à l’une d’elles, par exemple .{0,40} au lieu de .*.",
  "custom.clause": "Règle de la division",
  "custom.quote": "Une règle établie par votre division scolaire."
}
