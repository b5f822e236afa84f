import type { BuiltinRuleId } from "../core/types"

/**
 * Titles and descriptions of the built-in checks, as IT admins and teachers see
 * them in the managed-policy schema and on the options page. A Record over
 * BuiltinRuleId on purpose: adding a rule id without describing it here fails
 * type-checking, so the settings schema can never miss a rule.
 */
export const RULE_INFO: Record<BuiltinRuleId, { title: string; description: string }> = {
  "student-full-name": {
    title: "Student full names",
    description:
      "Flags a student's first and last name together (AP 144: publish only the first name unless full-name consent is obtained)."
  },
  "non-disclosure-name": {
    title: "Students on the non-disclosure list",
    description:
      "Flags any mention, even a first name, of a student whose family asked for non-disclosure (AP 144)."
  },
  "field-trip-details": {
    title: "Field trip details",
    description:
      "Flags dates, times and places of field trips or off-site activities (AP 144: limit information to protect student safety)."
  },
  "missing-disclaimer": {
    title: "Missing disclaimer",
    description:
      "Asks for a 'views are my own' line when a post from a personal account identifies the author as division staff (Electronic Social Media procedure 1(b))."
  },
  "student-images": {
    title: "Student images",
    description:
      "Reminds about AP 144's student-image checklist (consent, non-disclosure, blur or crop, first names) when a photo or video is attached."
  }
}

export const BUILTIN_RULE_IDS = Object.keys(RULE_INFO) as BuiltinRuleId[]
