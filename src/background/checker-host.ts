import { createChecker, type Checker } from "../core/checker"
import type { Draft, SiteId } from "../core/types"
import { toCheckSettings } from "../settings/check-settings"
import type { Settings } from "../settings/schema"
import type { CheckReply, PagePolicy } from "./messages"

/**
 * Keeps one checker for the current settings. Its per-sentence cache makes the
 * re-check after each pause in typing cheap; a settings change throws it away.
 */
export class CheckerHost {
  private current: Promise<{ checker: Checker; settings: Settings }> | null = null

  constructor(private readonly load: () => Promise<Settings>) {}

  invalidate(): void {
    this.current = null
  }

  /** Loads settings and runs one neutral sentence so the first real check is fast. */
  async warm(): Promise<void> {
    await this.check({ text: "Warming up the checker." })
  }

  async check(draft: Draft): Promise<CheckReply> {
    this.current ??= this.load().then((settings) => ({
      settings,
      checker: createChecker(toCheckSettings(settings))
    }))
    let loaded: { checker: Checker; settings: Settings }
    try {
      loaded = await this.current
    } catch (e) {
      this.current = null // retry on the next check
      throw e
    }
    const policy = pagePolicy(loaded.settings, draft.site)
    if (!policy.enabled) return { findings: [], problems: [], policy }
    return { ...loaded.checker.check(draft), policy }
  }
}

/** The switches the page needs; no lists, no names. */
export function pagePolicy(settings: Settings, site: SiteId | undefined): PagePolicy {
  const sites = settings.sites as Partial<Record<SiteId, boolean>> | undefined
  const enabled = site ? sites?.[site] !== false : true
  const postAnyway: Record<string, boolean> = {}
  for (const [rule, allowed] of Object.entries(settings.enforcement?.postAnyway ?? {}))
    postAnyway[rule] = allowed !== false
  return { enabled, postAnyway }
}
