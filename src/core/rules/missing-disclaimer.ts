import { POLICY } from "../policy"
import type { Rule } from "../rule"

// PLACEHOLDER: implemented by the rule's own task; finds nothing yet.
export const missingDisclaimer: Rule = {
  id: "missing-disclaimer",
  description: "TODO",
  policyRef: POLICY.firstNameOnly,
  defaultSeverity: "warn",
  scope: "sentence",
  check: () => []
}
