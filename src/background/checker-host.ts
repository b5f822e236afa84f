import { builtinRules } from "../core/rules/registry"
import type { Draft, SiteId } from "../core/types"
import { warmUpTexts } from "../core/warm-up"
import { checkerFromSettings, type SettingsChecker } from "../settings/checker"
import { isPaused } from "../settings/pause"
import type { Settings } from "../settings/schema"
import type { CheckReply, PagePolicy } from "../messaging/protocol"

/**
 * Keeps one checker for the current settings. Its per-sentence cache makes the
 * re-check after each pause in typing cheap; a settings change throws it away.
 */
export class CheckerHost {
  private current: Promise<Loaded> | null = null

  constructor(
    private readonly load: () => Promise<Settings>,
    /** "Pause for 1 hour" end time (0 = not paused); re-read with the settings. */
    private readonly loadPausedUntil: () => Promise<number> = async () => 0,
    /** The browser's UI language ("fr-CA", "en-US"…): the rules' messages follow it. */
    private readonly uiLanguage: () => string = () => "en"
  ) {}

  invalidate(): void {
    this.current = null
  }

  /**
   * Loads settings and runs the rules' warm-up sentences (core/warm-up.ts) so that the
   * first real check is fast. One sentence per turn of the event loop: a check that
   * arrives meanwhile waits for one sentence at most, not for the whole warm-up.
   */
  async warm(): Promise<void> {
    for (const text of warmUpTexts(builtinRules)) {
      await this.check({ text })
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
  }

  /** The page's switches and the division's overrides for its site. */
  async page(site: SiteId): Promise<PagePolicy> {
    return pagePolicy(await this.load(), site)
  }

  async check(draft: Draft): Promise<CheckReply> {
    this.current ??= Promise.all([this.load(), this.loadPausedUntil()]).then(
      ([settings, pausedUntil]) => ({
        settings,
        pausedUntil,
        checker: checkerFromSettings(settings, ruleLocale(this.uiLanguage()))
      })
    )
    let loaded: Loaded
    try {
      loaded = await this.current
    } catch (e) {
      this.current = null // retry on the next check
      throw e
    }
    const policy = pagePolicy(loaded.settings, draft.site)
    // Paused by the teacher (only where policy allows pausing): check nothing, so
    // nothing is shown and Post is not gated, until the hour is over.
    if (isPaused(loaded.pausedUntil, Date.now(), loaded.settings.enforcement?.allowPause !== false))
      policy.enabled = false
    if (!policy.enabled) return { findings: [], problems: [], policy }
    return { ...loaded.checker.check(draft), policy }
  }
}

interface Loaded {
  checker: SettingsChecker
  settings: Settings
  pausedUntil: number
}

/** French for any French UI language (fr, fr-CA, fr-FR…), English otherwise. */
export function ruleLocale(uiLanguage: string): "en" | "fr" {
  return uiLanguage.toLowerCase().startsWith("fr") ? "fr" : "en"
}

/** The switches the page needs; no lists, no names. */
export function pagePolicy(settings: Settings, site: SiteId | undefined): PagePolicy {
  const sites = settings.sites as Partial<Record<SiteId, boolean>> | undefined
  const enabled = site ? sites?.[site] !== false : true
  const postAnyway: Record<string, boolean> = {}
  for (const [rule, allowed] of Object.entries(settings.enforcement?.postAnyway ?? {}))
    postAnyway[rule] = allowed !== false
  const own = site ? settings.siteOverrides?.[site] : undefined
  const overrides = own
    ? {
        ...(own.editors?.length ? { editors: [...own.editors] } : {}),
        ...(own.submit?.length ? { submit: [...own.submit] } : {}),
        ...(own.submitLabels?.length ? { submitLabels: [...own.submitLabels] } : {})
      }
    : undefined
  return { enabled, postAnyway, ...(overrides ? { overrides } : {}) }
}
