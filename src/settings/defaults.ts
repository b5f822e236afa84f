import type { CheckSettings } from "../core/types"

/**
 * Defaults taken from the division procedures in shared/policies. Every name,
 * phrase, list and clause here is a default that user settings and managed
 * policy can change (see resolve.ts).
 */
export const DEFAULT_DISCLAIMER_TEXT =
  "Views are my own and do not represent my school or school division."

export const defaultCheckSettings: CheckSettings = {
  divisionNames: ["Park West School Division", "Park West SD", "PWSD"],
  schools: [],
  officialAccounts: [],
  disclaimerPhrases: [
    "views are my own",
    "views my own",
    "opinions are my own",
    "opinions my own",
    "my views only",
    "my own views",
    "thoughts are my own",
    "views expressed are my own",
    "not representing the views of",
    "do not represent the views of",
    "does not represent the views of",
    "do not represent my school",
    "do not represent my employer",
    "not the views of my employer",
    "opinions expressed are my own",
    "les opinions exprimées sont les miennes",
    "opinions personnelles"
  ],
  disclaimerText: DEFAULT_DISCLAIMER_TEXT,
  consentedNames: [],
  nonDisclosureNames: [],
  allowList: [],
  customRules: [],
  rules: {
    "student-full-name": { enabled: true, severity: "warn" },
    "non-disclosure-name": { enabled: true, severity: "block" },
    "field-trip-details": { enabled: true, severity: "warn" },
    "missing-disclaimer": { enabled: true, severity: "warn" }
  }
}
