/**
 * The test-facing API every replica page exposes as `window.__replica`.
 *
 * Tests must read drafts from the editor library's OWN state (Lexical editor state,
 * Draft.js EditorState, React state of a controlled textarea), never from the DOM:
 * an extension that rewrites the DOM behind the editor's back would look fixed in the
 * DOM while the site would still post the old text.
 */

export type OpenKind = "modal" | "reply" | "comment"

export interface ReplicaApi {
  /** Draft text of the index-th composer currently on the page, in document order. */
  text(index?: number): string
  /** Draft text of the composer whose editable element is (or contains) `element`. */
  textOf(element: Element): string
  /** Number of composers currently on the page. */
  count(): number
  /** Every post/comment/reply the page's submit handlers accepted, oldest first. */
  posted: string[]
  /** Opens a composer later, as the site does (dialog, reply box, comment box). */
  open(kind: OpenKind): void
  /** Kinds `open` accepts on this page. */
  kinds: OpenKind[]
  /** True once the page has rendered its initial composers. */
  ready: boolean
}

declare global {
  interface Window {
    __replica?: ReplicaApi
  }
}

interface ComposerEntry {
  /** The editable element (contenteditable root or textarea). */
  element: () => HTMLElement | null
  /** Reads the draft from the editor's own state. */
  read: () => string
}

const composers = new Set<ComposerEntry>()
const posted: string[] = []

/** Registers a composer; returns the function that unregisters it (call on unmount). */
export function registerComposer(entry: ComposerEntry): () => void {
  composers.add(entry)
  return () => {
    composers.delete(entry)
  }
}

/** Called by a page's submit handler with the text the site would send. */
export function recordPost(text: string): void {
  posted.push(text)
}

function liveComposers(): ComposerEntry[] {
  const live = [...composers].filter((entry) => entry.element()?.isConnected)
  return live.sort((a, b) => {
    const ea = a.element()
    const eb = b.element()
    if (!ea || !eb || ea === eb) return 0
    return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1
  })
}

/** Installs `window.__replica` for a page; `open` performs the site-specific action. */
export function installReplicaApi(kinds: OpenKind[], open: (kind: OpenKind) => void): ReplicaApi {
  const api: ReplicaApi = {
    text(index = 0) {
      const entry = liveComposers()[index]
      if (!entry) throw new Error(`no composer #${index} on this page`)
      return entry.read()
    },
    textOf(element) {
      const entry = liveComposers().find((candidate) => {
        const editable = candidate.element()
        return editable !== null && (editable === element || editable.contains(element))
      })
      if (!entry) throw new Error("that element is not a composer on this page")
      return entry.read()
    },
    count: () => liveComposers().length,
    posted,
    open(kind) {
      if (!kinds.includes(kind)) throw new Error(`this page cannot open a "${kind}" composer`)
      open(kind)
    },
    kinds,
    ready: false
  }
  window.__replica = api
  return api
}

/** Paths that render the site's pages without any composer (settings, explore). */
export function isNoComposerPage(): boolean {
  return /^\/(settings|explore)(\/|$)/.test(window.location.pathname)
}
