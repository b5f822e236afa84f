import type { SiteId } from "../core/types"
import { genericAdapter } from "../sites/generic"
import { queryAll } from "../sites/dom"
import type { SiteAdapter } from "../sites/types"
import { EditorController } from "./controller"
import { installGate } from "./gate"
import { PhotoTracker } from "./photos"
import { readText } from "./editor-io"
import { extensionAlive, requestPagePolicy } from "../messaging/client"
import { withOverrides } from "../sites/overrides"
import { safe } from "./safe"
import { affectsSettings } from "../settings/areas"
import {
  OUTLINE_TYPE,
  SHOW_SUBMIT_TYPE,
  STATUS_TYPE,
  type OutlineReply,
  type ShowSubmitRequest,
  type SiteOverride,
  type StatusReply
} from "../messaging/protocol"
import { pageOutline } from "./outline"

/** How often (at most) the page is re-scanned after DOM mutations. */
const RESCAN_MS = 300

/**
 * Entry point of every content script: watches for compose boxes as the
 * single-page app adds, moves and removes them, and gives each one a controller.
 * Boxes are picked up when they get focus or input (nothing runs for the dozens
 * of idle comment boxes in a feed), plus boxes that already hold text.
 */
export function startPage(siteAdapter: SiteAdapter, site: SiteId | undefined): void {
  if ((window as { __bypStarted?: boolean }).__bypStarted) return
  ;(window as { __bypStarted?: boolean }).__bypStarted = true

  // The division's extra selectors for this site (policy siteOverrides), asked for
  // now and after every settings change; the built-in ones work meanwhile.
  let overrides: SiteOverride | undefined
  const adapter = withOverrides(siteAdapter, () => overrides)
  const learnOverrides = () =>
    void (site ? requestPagePolicy(site) : Promise.resolve(undefined)).then((p) => {
      overrides = p?.overrides
      if (overrides) timer ??= setTimeout(rescan, 0)
    })

  const controllers = new Map<HTMLElement, EditorController>()

  // The extension reloaded or updated under an open tab: this script is orphaned
  // and can no longer check. Its last findings are stale and its "Post anyway"
  // could never be counted, so it stands down on the next event: panels and marks
  // go, the gate lets everything through, the draft is left exactly as it is.
  const stops: (() => void)[] = []
  let stopped = false
  const alive = (): boolean => {
    if (stopped) return false
    if (extensionAlive()) return true
    stopped = true
    stops.splice(0).forEach((stop) => safe(stop, undefined))
    for (const c of controllers.values()) safe(() => c.dispose(), undefined)
    controllers.clear()
    return false
  }

  const editorFor = (el: Element): { editor: HTMLElement; adapter: SiteAdapter } | null => {
    const own = safe(() => adapter.findEditor(el), null)
    if (own) return { editor: own, adapter }
    const generic = safe(() => genericAdapter.findEditor(el), null)
    return generic ? { editor: generic, adapter: genericAdapter } : null
  }

  const attach = (el: Element): EditorController | null => {
    const found = editorFor(el)
    if (!found) return null
    let c = controllers.get(found.editor)
    if (!c) {
      c =
        safe(() => new EditorController(found.editor, found.adapter, site, photos), null) ??
        undefined
      if (c) controllers.set(found.editor, c)
    }
    return c ?? null
  }

  // Photos attached in a composer's scope: its controllers show progress and check
  // again; a photo picked before the caption box is focused (Instagram's create
  // flow, X's photo button) brings up that box's controller and panel.
  const photos = new PhotoTracker(adapter, (scope) => {
    let found = false
    for (const c of controllers.values())
      if (c.connected && c.scope === scope) {
        c.onAttachments()
        found = true
      }
    if (found) return
    const box = safe(() => queryAll(scope, adapter.editors)[0], undefined)
    if (box) attach(box)?.onAttachments()
  })
  stops.push(photos.install())

  const targetOf = (e: Event) => {
    const t = e.composedPath()[0]
    return t instanceof Element ? t : null
  }

  const onFocusIn = (e: Event) => {
    const t = alive() ? targetOf(e) : null
    if (t) attach(t)
  }
  document.addEventListener("focusin", onFocusIn, true)
  stops.push(() => document.removeEventListener("focusin", onFocusIn, true))
  // Runs on every keystroke: only a map lookup and a timer reset (the check is
  // debounced and runs in the background).
  const known = (t: Element) => {
    for (const [editor, c] of controllers) if (editor === t || editor.contains(t)) return c
    return null
  }
  const onInput = (e: Event) => {
    const t = alive() ? targetOf(e) : null
    if (t) (known(t) ?? attach(t))?.onInput()
  }
  document.addEventListener("input", onInput, true)
  stops.push(() => document.removeEventListener("input", onInput, true))

  let timer: ReturnType<typeof setTimeout> | undefined
  const rescan = () => {
    timer = undefined
    if (!alive()) return
    for (const [editor, c] of controllers) {
      if (!c.connected) {
        if (c.parked) continue // a later step of its composer: the gate holds there
        c.dispose()
        controllers.delete(editor)
      } else if (
        // A fallback controller only (on the division's extra sites the page's own
        // adapter is the generic one: taking over from itself would restart the box).
        c.adapter !== adapter &&
        c.adapter.site === "generic" &&
        safe(() => adapter.findEditor(editor), null) === editor
      ) {
        // A division override now names this box: the site adapter takes it over.
        c.dispose()
        controllers.delete(editor)
        attach(editor)
      } else {
        safe(() => c.place(), undefined)
        safe(() => c.syncPreviews(), undefined)
      }
    }
    photos.prune()
    // Boxes that already hold text (a restored draft, a reply opened with text).
    for (const el of safe(() => queryAll(document, adapter.editors), [])) {
      if (!controllers.has(el) && safe(() => readText(el).trim().length > 0, false)) attach(el)
    }
  }
  const observer = new MutationObserver((records) => {
    // Our own panel and dialog re-rendering must not trigger scans.
    if (records.every((r) => r.target instanceof Element && r.target.closest("[data-byp-host]")))
      return
    timer ??= setTimeout(rescan, RESCAN_MS)
  })
  observer.observe(document.documentElement, { childList: true, subtree: true })
  stops.push(() => {
    observer.disconnect()
    clearTimeout(timer)
  })

  // Checked first on every Post click / key: an orphaned script gates nothing.
  stops.push(installGate(() => (alive() ? [...controllers.values()].filter((c) => c.live) : [])))

  // The toolbar popup asks what is watched here (src/messaging/status.ts), for
  // the page outline ("Copy page outline for IT"), and to highlight a Post control.
  let shown: { el: HTMLElement; outline: string } | null = null
  chrome.runtime.onMessage.addListener((msg: unknown, _sender, sendResponse) => {
    const type = (msg as { type?: unknown } | null)?.type
    const live = [...controllers.values()].filter((c) => c.connected)
    if (type === OUTLINE_TYPE) {
      const reply: OutlineReply = { outline: safe(() => outlineFor(live), "") }
      sendResponse(reply)
      return false
    }
    if (type === SHOW_SUBMIT_TYPE) {
      const { index, on } = msg as ShowSubmitRequest
      if (shown) shown.el.style.outline = shown.outline
      shown = null
      const el = on ? live[index]?.submit() : null
      if (el) {
        shown = { el, outline: el.style.outline }
        el.style.outline = "3px solid #d93025"
        el.scrollIntoView({ block: "nearest" })
      }
      sendResponse({ ok: true })
      return false
    }
    if (type !== STATUS_TYPE) return false
    const focused = live.find((c) => c.editor.contains(document.activeElement)) ?? live.at(-1)
    const reply: StatusReply = {
      watching: live.length,
      findings: focused ? focused.findings : null,
      site,
      boxes: live.map((c) =>
        safe(() => c.status(), { adapter: "generic", submitFound: false, keys: [], attachments: 0 })
      )
    }
    sendResponse(reply)
    return false
  })
  // Settings changed (options page, policy, "Not a student" elsewhere): re-check at once.
  chrome.storage.onChanged.addListener((changes, area) => {
    if (!affectsSettings(area, Object.keys(changes))) return
    learnOverrides()
    for (const c of controllers.values()) if (c.connected) c.onInput()
  })

  rescan()
  learnOverrides()
  if (document.activeElement) attach(document.activeElement)
}

/** The outline of each watched box's composer (its dialog/form, else a few levels up). */
function outlineFor(live: EditorController[]): string {
  const roots = new Set<Element>()
  for (const c of live) {
    let root: Element = c.editor
    for (let i = 0; i < 6 && root.parentElement && root.parentElement !== document.body; i++)
      root = root.parentElement
    // The outermost composer container: the dialog, else a [role=form], else the form.
    const container =
      c.editor.closest('[role="dialog"]') ??
      c.editor.closest('[role="form"]') ??
      c.editor.closest("form")
    roots.add(container ?? root)
  }
  const parts = [...roots].map((r) => pageOutline(r))
  return [`# Before You Post: page outline (${location.hostname})`, ...parts].join("\n\n")
}
