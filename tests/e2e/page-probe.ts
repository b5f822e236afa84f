/**
 * What a page (or a crash) can see of the extension, for the robustness and
 * security suites: errors thrown in ANY world of the page (the content script's
 * isolated world included), a reload of the extension mid-draft, and everything
 * the page's own scripts can read (DOM with open shadow roots, form values,
 * storage, cookies, window messages and events).
 */
import type { CDPSession, Page, Worker } from "playwright-core"

import { domSnapshot } from "./dom-snapshot"
import type { Session } from "./harness"

export interface WorldErrors {
  /** Uncaught exceptions and console.error calls, each tagged with its world. */
  all: string[]
  /** The subset thrown or logged in the extension's isolated world. */
  extension: () => string[]
  stop: () => Promise<void>
}

/**
 * Playwright's `pageerror` reports the main world only; CDP's Runtime domain
 * reports every execution context, so an exception in the content script (an
 * orphaned one after a reload, "Extension context invalidated") is seen too.
 */
export async function watchAllWorlds(page: Page): Promise<WorldErrors> {
  const cdp: CDPSession = await page.context().newCDPSession(page)
  const origins = new Map<number, string>()
  const all: string[] = []
  const tag = (contextId: number | undefined) => origins.get(contextId ?? -1) ?? "page"
  cdp.on("Runtime.executionContextCreated", (e) => origins.set(e.context.id, e.context.origin))
  cdp.on("Runtime.exceptionThrown", (e) => {
    const d = e.exceptionDetails
    all.push(
      `[${tag(d.executionContextId)}] uncaught: ${d.exception?.description ?? d.text} (${d.url ?? ""}:${d.lineNumber})`
    )
  })
  cdp.on("Runtime.consoleAPICalled", (e) => {
    if (e.type !== "error" && e.type !== "assert") return
    const text = e.args.map((a) => a.description ?? String(a.value)).join(" ")
    all.push(`[${tag(e.executionContextId)}] console.${e.type}: ${text}`)
  })
  await cdp.send("Runtime.enable")
  return {
    all,
    extension: () => all.filter((line) => line.startsWith("[chrome-extension://")),
    stop: () => cdp.detach().catch(() => undefined)
  }
}

/**
 * Reloads the extension from its service worker (what an update does) and waits
 * until the old worker is gone. Content scripts already in open tabs are orphaned:
 * Chrome does not inject the new ones into them. The new worker starts on the
 * first event that needs it (a new tab's content script, an extension page).
 */
export async function reloadExtension(session: Session): Promise<void> {
  const old: Worker | undefined = session.serviceWorker
  if (!old) throw new Error("launched without the extension")
  const closed = new Promise<void>((resolve) => old.once("close", () => resolve()))
  // The worker dies while answering: the evaluate itself may reject.
  await old.evaluate(() => chrome.runtime.reload()).catch(() => undefined)
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("the service worker did not stop")), 15_000)
  })
  await Promise.race([closed, timeout]).finally(() => clearTimeout(timer))
}

/** Records, before any page or extension script runs, the window-level traffic a page can see. */
export async function recordPageTraffic(page: Page, eventTypes: readonly string[]): Promise<void> {
  await page.addInitScript((types: readonly string[]) => {
    const log: string[] = []
    ;(window as unknown as { __probeTraffic: string[] }).__probeTraffic = log
    const describe = (value: unknown): string => {
      try {
        return typeof value === "string" ? value : JSON.stringify(value)
      } catch {
        return String(value)
      }
    }
    window.addEventListener("message", (e) => log.push(`message: ${describe(e.data)}`), true)
    for (const type of types)
      for (const target of [window, document])
        target.addEventListener(
          type,
          (e) => {
            const { detail } = e as CustomEvent
            const { data } = e as InputEvent
            const pasted = (e as ClipboardEvent).clipboardData?.getData("text/plain")
            log.push(`${type}: ${describe(detail ?? data ?? pasted ?? "")}`)
          },
          true
        )
  }, eventTypes)
}

/**
 * Everything the page's own scripts can read: the whole DOM (attributes, text,
 * open shadow roots), values of form fields, cookies, both storages, window.name,
 * CSS highlights' text and the recorded window traffic.
 */
export async function pageVisible(page: Page): Promise<string> {
  const dom = await domSnapshot(page)
  const rest = await page.evaluate(() => {
    const out: string[] = []
    const fields = (root: Document | ShadowRoot) => {
      root.querySelectorAll("input, textarea, select").forEach((f) => {
        out.push(`value: ${(f as HTMLInputElement).value}`)
      })
      root.querySelectorAll("*").forEach((el) => {
        if (el.shadowRoot) fields(el.shadowRoot)
      })
    }
    fields(document)
    out.push(`cookie: ${document.cookie}`)
    for (const [name, store] of [
      ["localStorage", localStorage],
      ["sessionStorage", sessionStorage]
    ] as const)
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i) ?? ""
        out.push(`${name}: ${key}=${store.getItem(key)}`)
      }
    out.push(`window.name: ${window.name}`)
    for (const [name, highlight] of CSS.highlights ?? [])
      for (const range of highlight as unknown as Iterable<AbstractRange>)
        out.push(`highlight ${name}: ${range instanceof Range ? range.toString() : ""}`)
    const traffic = (window as unknown as { __probeTraffic?: string[] }).__probeTraffic ?? []
    out.push(...traffic.map((t) => `traffic ${t}`))
    return out.join("\n")
  })
  return `${dom}\n${rest}`
}
