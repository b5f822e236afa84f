import { POLICY } from "../policy"
import type { Rule } from "../rule"

// PLACEHOLDER: implemented by the rule's own task; finds nothing yet.
export const fieldTripDetails: Rule = {
  id: "field-trip-details",
  description: "TODO",
  policyRef: POLICY.firstNameOnly,
  defaultSeverity: "warn",
  scope: "sentence",
  check: () => []
}
