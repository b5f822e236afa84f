import type { Rule } from "../rule"
import { confidentialStudentInfo } from "./confidential-student-info"
import { fieldTripDetails } from "./field-trip-details"
import { missingDisclaimer } from "./missing-disclaimer"
import { nonDisclosureName } from "./non-disclosure-name"
import { professionalConduct } from "./professional-conduct"
import { speakingForTheDivision } from "./speaking-for-the-division"
import { studentFullName } from "./student-full-name"
import { studentImages } from "./student-images"

/**
 * The built-in rules: one line each, in the order their findings are listed when
 * ranges tie. Everything else that lists rules (the panel, the options page's
 * Checks section, the defaults, `enforcement.postAnyway`, the managed schema, the
 * popup, the CLI and the eval) reads this list. Rule ids are public: a structure
 * test checks each folder name equals its id and that no id is spelled out
 * anywhere else in src/.
 */
export const builtinRules = [
  nonDisclosureName,
  studentFullName,
  fieldTripDetails,
  missingDisclaimer,
  studentImages,
  confidentialStudentInfo,
  professionalConduct,
  speakingForTheDivision
] as const satisfies readonly Rule[]

export type BuiltinRuleId = (typeof builtinRules)[number]["id"]

export const BUILTIN_RULE_IDS: readonly BuiltinRuleId[] = builtinRules.map((r) => r.id)

export function isBuiltinRuleId(id: string): id is BuiltinRuleId {
  return (BUILTIN_RULE_IDS as readonly string[]).includes(id)
}

export function builtinRule(id: BuiltinRuleId): Rule<BuiltinRuleId> {
  return builtinRules.find((r) => r.id === id)!
}
