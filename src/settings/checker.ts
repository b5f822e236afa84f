import { createChecker } from "../core/checker"
import type { CheckResult, Draft, SettingsProblem } from "../core/types"
import { toCheckSettings } from "./check-settings"
import { withMyAccount } from "./my-accounts"
import type { Settings } from "./schema"

/**
 * Effective settings → a checker. The one place where settings become checks:
 * the background (drafts from the sites), the options page's "Try a post", the
 * CLI and the eval all call it, so for the same settings they give the same
 * findings (including what "My accounts" says about the posting account).
 *
 * Bound to one settings value: its per-sentence cache makes re-checks cheap. Make
 * a new one when the settings change.
 */
export interface SettingsChecker {
  check(draft: Draft): CheckResult
  /** Problems found in the settings themselves (bad custom patterns, …). */
  problems: SettingsProblem[]
}

export function checkerFromSettings(settings: Settings, locale?: "en" | "fr"): SettingsChecker {
  const checker = createChecker({ ...toCheckSettings(settings), ...(locale ? { locale } : {}) })
  return {
    get problems() {
      return checker.problems
    },
    check: (draft) => checker.check(withMyAccount(draft, settings))
  }
}
