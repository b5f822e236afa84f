import type { Draft, SiteId } from "../core/types"
import {
  OUTLINE_TYPE,
  SHOW_SUBMIT_TYPE,
  STATUS_TYPE,
  isStatusReply,
  type OutlineReply,
  type ShowSubmitRequest,
  type BypMessage,
  type CheckReply,
  type CountKey,
  type OcrRequestMessage,
  type OcrWarmMessage,
  type PagePolicy,
  type StatusReply,
  type StatusRequest
} from "./protocol"

/**
 * The one client for runtime messages (shapes in ./protocol.ts). Content scripts,
 * the popup and extension pages send through it; the background answers in
 * src/background/handler.ts and src/background/ocr.ts.
 */

/** Everything a content script or page may send to the background. */
export type ToBackground = BypMessage | OcrRequestMessage | OcrWarmMessage

/**
 * False once this content script is orphaned: the extension was reloaded, updated
 * or removed while the tab stayed open (Chrome clears `chrome.runtime.id`; the new
 * version's scripts only reach pages loaded after it).
 */
export function extensionAlive(): boolean {
  try {
    return !!chrome.runtime?.id
  } catch {
    return false
  }
}

/**
 * Callback-form `chrome.runtime.sendMessage`: the same on Chrome and Firefox's
 * `chrome` namespace, and it keeps webextension-polyfill (~10 KB) out of the
 * content scripts. Every call may fail (the extension was reloaded or updated
 * mid-draft: "Extension context invalidated"); callers treat a failure as "no
 * answer" and fail open.
 */
export function sendToBackground<T = unknown>(message: ToBackground): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      if (!extensionAlive()) return reject(new Error("extension context gone"))
      chrome.runtime.sendMessage(message, (reply: T) => {
        const err = chrome.runtime.lastError
        if (err) reject(new Error(err.message))
        else resolve(reply)
      })
    } catch (e) {
      reject(e)
    }
  })
}

export function requestCheck(draft: Draft): Promise<CheckReply> {
  return sendToBackground<CheckReply>({ type: "byp:check", draft }).then((r) => {
    if (!r || !Array.isArray(r.findings)) throw new Error("no checker answer")
    return r
  })
}

export function addToAllowList(text: string): Promise<unknown> {
  return sendToBackground({ type: "byp:allow", text })
}

/** Wakes the background and loads the checker while the teacher starts typing. */
export function warmUp(): void {
  sendToBackground({ type: "byp:warm" }).catch(() => undefined)
}

/** Counters only (how many warnings were shown, fixed, posted anyway): never text. */
export function count(key: CountKey, by = 1): void {
  sendToBackground({ type: "byp:count", key, by }).catch(() => undefined)
}

/** Popup → the tab's content script; resolves to null when nobody answers. */
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

/** The page's switches and the division's overrides for `site`; undefined when there is no answer. */
export function requestPagePolicy(site: SiteId): Promise<PagePolicy | undefined> {
  return sendToBackground<PagePolicy | undefined>({ type: "byp:page", site }).then(
    (r) => (r && typeof r === "object" && typeof r.enabled === "boolean" ? r : undefined),
    () => undefined
  )
}

/** The redacted page outline for IT from the tab's content script; null when there is none. */
export async function requestOutline(tabId: number): Promise<string | null> {
  try {
    const reply = (await chrome.tabs.sendMessage(tabId, { type: OUTLINE_TYPE })) as
      OutlineReply | undefined
    return typeof reply?.outline === "string" ? reply.outline : null
  } catch {
    return null
  }
}

/** Highlights box `index`'s submit control on the page while the popup hovers its line. */
export function showSubmit(tabId: number, index: number, on: boolean): void {
  chrome.tabs
    .sendMessage(tabId, { type: SHOW_SUBMIT_TYPE, index, on } satisfies ShowSubmitRequest)
    .catch(() => undefined)
}
