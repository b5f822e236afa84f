import type { CheckSettings, PolicyRef } from "../core/types"
import type { Settings } from "./schema"

/**
 * The part of the effective settings the checker reads. The checker knows nothing
 * of sites, OCR or enforcement, and wants `policyRefs` as a plain record.
 * Type-only imports: this file must not pull zod into the checker's bundle.
 */
export function toCheckSettings(s: Settings): CheckSettings {
  const out: CheckSettings = {
    divisionNames: s.divisionNames,
    schools: s.schools,
    officialAccounts: s.officialAccounts,
    disclaimerPhrases: s.disclaimerPhrases,
    disclaimerText: s.disclaimerText,
    consentedNames: s.consentedNames,
    nonDisclosureNames: s.nonDisclosureNames,
    allowList: s.allowList,
    customRules: s.customRules,
    rules: { ...s.rules }
  }
  if (s.faces) out.faces = { closeUp: s.faces.closeUp, group: s.faces.group }
  if (s.classList) out.classList = s.classList
  if (s.nonDisclosureHashed) out.nonDisclosureHashed = s.nonDisclosureHashed
  const refs: Record<string, PolicyRef> = {}
  for (const [id, ref] of Object.entries(s.policyRefs)) if (ref) refs[id] = ref
  if (Object.keys(refs).length > 0) out.policyRefs = refs
  return out
}
