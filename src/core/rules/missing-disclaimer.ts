import { coreText } from "../i18n"
import { POLICY } from "../policy"
import type { Rule } from "../rule"
import { normalize } from "../text/normalize"
import type { CheckSettings, Draft } from "../types"
import {
  NOT_STAFF,
  STAFF_ROLE,
  WORK_CUE,
  foldForPhrases,
  hasDisclaimer,
  orgPattern
} from "./support/staff-cues"

/**
 * missing-disclaimer (ESM procedure 1(b)): when a post or the account profile
 * identifies the author as division staff, the post or profile must say the
 * author does not speak for the school or division.
 *
 * Identified by the post = it names the division or a configured school AND has
 * a first-person work cue ("my students", "I teach"): naming the division alone
 * is what any parent might do. Identified by the profile = the profile names the
 * division, a school or a school-staff role. Official accounts are exempt.
 */

function handleKey(handle: string | undefined): string {
  return (handle ?? "").trim().replace(/^@+/, "").toLowerCase()
}

export function isOfficialAccount(draft: Draft, settings: CheckSettings): boolean {
  const handle = handleKey(draft.account?.handle)
  if (!handle || !draft.site) return false
  return settings.officialAccounts.some(
    (a) => a.site === draft.site && handleKey(a.handle) === handle
  )
}

/** Blank lines before the disclaimer, counting the ones the draft already ends with. */
function separatorFor(text: string): string {
  const trailing = /\s*$/.exec(text)![0]
  const newlines = (trailing.match(/\n/g) ?? []).length
  if (text.trim() === "") return ""
  return newlines >= 2 ? "" : newlines === 1 ? "\n" : "\n\n"
}

export const missingDisclaimer: Rule = {
  id: "missing-disclaimer",
  description:
    "Flags posts by identifiable division staff that lack a 'views are my own' disclaimer in the post or profile.",
  policyRef: POLICY.disclaimer,
  defaultSeverity: "warn",
  scope: "document",
  appliesToImages: false,
  check({ text, draft, settings }) {
    if (isOfficialAccount(draft, settings)) return []
    const org = orgPattern(settings)
    const profile = normalize(draft.account?.profile ?? "").text
    const mention = org && WORK_CUE.test(text) ? org.exec(text) : null
    const role = STAFF_ROLE.test(profile)
    const profileIdentifies =
      role || (org !== null && org.test(profile) && !NOT_STAFF.test(profile))
    if (!mention && !profileIdentifies) return []
    if (hasDisclaimer(foldForPhrases(text, true), settings)) return []
    if (profile && hasDisclaimer(foldForPhrases(profile, true), settings)) return []
    const start = mention ? mention.index : text.length
    const end = mention ? mention.index + mention[0].length : text.length
    return [
      {
        start,
        end,
        message: coreText(settings.locale, "missing-disclaimer.message"),
        fixes: [
          {
            label: coreText(settings.locale, "missing-disclaimer.fix.add-disclaimer"),
            append: separatorFor(text) + settings.disclaimerText
          }
        ]
      }
    ]
  }
}
