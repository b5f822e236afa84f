import type { CoreTextId } from "./en"

/**
 * Les mots du vérificateur qui n’appartiennent à aucune règle intégrée (règles de
 * la division et leurs problèmes), en français canadien. Mêmes clés et mêmes
 * `{paramètres}` que en.ts (un test le vérifie).
 */
export const FR: Record<CoreTextId, string> = {
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
  "custom.title": "Règle de la division",
  "custom.clause": "Règle de la division",
  "custom.quote": "Une règle établie par votre division scolaire."
}
