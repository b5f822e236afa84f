import type { BypMessage, CheckReply, CountKey } from "../background/messages"
import type { Draft } from "../core/types"

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
 * The page's side of runtime messaging. Every call may fail (the extension was
 * reloaded or updated mid-draft: "Extension context invalidated"); callers treat
 * a failure as "no answer" and fail open.
 */
function send<T>(message: BypMessage): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      if (!extensionAlive()) return reject(new Error("extension context gone"))
      // Callback form: the same code on Chrome and on Firefox's `chrome` namespace.
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
  return send<CheckReply>({ type: "byp:check", draft }).then((r) => {
    if (!r || !Array.isArray(r.findings)) throw new Error("no checker answer")
    return r
  })
}

export function addToAllowList(text: string): Promise<unknown> {
  return send({ type: "byp:allow", text })
}

/** Wakes the background and loads the checker while the teacher starts typing. */
export function warmUp(): void {
  send({ type: "byp:warm" }).catch(() => undefined)
}

/** Counters only (how many warnings were shown, fixed, posted anyway): never text. */
export function count(key: CountKey, by = 1): void {
  send({ type: "byp:count", key, by }).catch(() => undefined)
}
