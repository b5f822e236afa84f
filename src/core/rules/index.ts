import type { Rule } from "../rule"
import { fieldTripDetails } from "./field-trip-details"
import { missingDisclaimer } from "./missing-disclaimer"
import { nonDisclosureName } from "./non-disclosure-name"
import { studentFullName } from "./student-full-name"
import { studentImages } from "./student-images"

/**
 * The built-in rules, in the order their findings are listed when ranges tie.
 * Rule ids are public: a structure test checks each file name equals its id.
 */
export const builtinRules: Rule[] = [
  nonDisclosureName,
  studentFullName,
  fieldTripDetails,
  missingDisclaimer,
  studentImages
]
