import type { Finding, SiteId } from "../core/types"

/**
 * The popup ↔ content-script protocol. The popup sends STATUS_REQUEST to the
 * active tab with `chrome.tabs.sendMessage(tabId, { type: "byp:status" })`; the
 * content script (src/page) answers with a StatusReply. No answer (no content
 * script on that page, or an old one after an update) means "not watching".
 */
export const STATUS_TYPE = "byp:status"

export interface StatusRequest {
  type: typeof STATUS_TYPE
}

export interface StatusReply {
  /** How many compose boxes the page controller is watching right now. */
  watching: number
  /** Findings on the draft of the focused (else the last edited) compose box; null when no draft. */
  findings: Finding[] | null
  /** Which site adapter runs on the page. */
  site?: SiteId
  /** False when the site is switched off in settings (the script runs but does not check). */
  enabled?: boolean
}

export function isStatusReply(v: unknown): v is StatusReply {
  if (typeof v !== "object" || v === null) return false
  const r = v as Record<string, unknown>
  return typeof r.watching === "number" && (r.findings === null || Array.isArray(r.findings))
}

/** Asks the tab's content script; resolves to null when nobody answers. */
export async function requestStatus(tabId: number): Promise<StatusReply | null> {
  try {
    const reply: unknown = await chrome.tabs.sendMessage(tabId, {
      type: STATUS_TYPE
    } satisfies StatusRequest)
    return isStatusReply(reply) ? reply : null
  } catch {
    return null // "Could not establish connection": no content script on that page
  }
}
