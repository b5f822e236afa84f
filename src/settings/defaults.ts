import { builtinRules, type BuiltinRuleId } from "../core/rules/registry"
import type { CheckSettings, RuleSetting } from "../core/types"
import { SITE_IDS, type SiteId } from "../sites/registry"
import { toCheckSettings } from "./check-settings"
import type { Settings } from "./schema"
import { SCHEMA_VERSION } from "./version"

/**
 * Defaults taken from the division procedures in shared/policies. Every name,
 * phrase, list and clause here is a default that user settings and managed
 * policy can change (see resolve.ts). No zod here: the checker imports this file.
 */
export const DEFAULT_DISCLAIMER_TEXT =
  "Views are my own and do not represent my school or school division."

/** Every rule on, at its own default severity (from the rule registry). */
const ruleDefaults = Object.fromEntries(
  builtinRules.map((r) => [r.id, { enabled: true, severity: r.defaultSeverity }])
) as Record<BuiltinRuleId, RuleSetting>

/**
 * AP 144 says "limit", not "never": the teacher decides, after being asked once
 * more, unless a rule says otherwise (and a division may require fixes by policy).
 */
const postAnywayDefaults = Object.fromEntries(
  builtinRules.map((r) => [r.id, r.postAnywayByDefault ?? true])
) as Record<BuiltinRuleId, boolean>

export const defaultSettings: Settings = {
  schemaVersion: SCHEMA_VERSION,
  divisionNames: ["Park West School Division", "Park West SD", "PWSD"],
  schools: [],
  officialAccounts: [],
  myAccounts: [],
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
  rules: ruleDefaults,
  // Empty: each rule cites its own clause from core/policy.ts unless a division overrides it.
  policyRefs: {},
  sites: Object.fromEntries(SITE_IDS.map((s) => [s, true])) as Record<SiteId, boolean>,
  // None: the division lists the extra sites where the generic adapter runs.
  extraSites: [],
  // Filled by IT when a site changes its markup (src/sites/overrides.ts).
  siteOverrides: {},
  ocr: { enabled: true },
  faces: { enabled: true, closeUp: "warn", group: "info" },
  enforcement: {
    allowPause: true,
    postAnyway: { ...postAnywayDefaults, customRules: true }
  }
}

/** What the checker reads; kept for the CLI, the eval and the tests that import it. */
export const defaultCheckSettings: CheckSettings = toCheckSettings(defaultSettings)
