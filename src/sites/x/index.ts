import type { Attachment } from "../../core/types"
import { closestOf, detectKind, editableRoot, isOurs, nearest, queryFirst } from "../dom"
import type { SiteAdapter } from "../types"
import { X_ACCOUNT, X_ATTACHMENTS, X_EDITORS, X_SCOPE, X_SUBMIT } from "./selectors"

/** X / Twitter: Draft.js composer on desktop, <textarea> on some mobile-web builds. */
export const xAdapter: SiteAdapter = {
  site: "x",
  editors: X_EDITORS,

  findEditor(el) {
    if (isOurs(el)) return null
    const root = editableRoot(el)
    if (!root) return null
    return closestOf(root, X_EDITORS) === root ? root : null
  },

  kind: detectKind,

  submitFor(editor) {
    // Threads: every box of the thread shares the modal's one "Post all" button.
    return nearest(editor, X_SUBMIT, X_SCOPE)
  },

  postsOnEnter: () => false,
  postsOnModEnter: () => true, // Ctrl/Cmd+Enter posts from every X composer

  account() {
    const el = queryFirst(document, X_ACCOUNT)
    const handle = /@([A-Za-z0-9_]{1,15})/.exec(el?.textContent ?? "")?.[1]
    if (handle) return { handle }
    const href = el?.getAttribute("href")
    const fromLink = href ? /^\/([A-Za-z0-9_]{1,15})$/.exec(href)?.[1] : undefined
    return fromLink ? { handle: fromLink } : undefined
  },

  attachments(editor) {
    const strip = nearest(editor, X_ATTACHMENTS, X_SCOPE)
    if (!strip) return []
    const out: Attachment[] = []
    strip.querySelectorAll("img, video").forEach((m) => {
      const video = m.tagName === "VIDEO"
      out.push({
        kind: video ? "video" : "image",
        name: `${video ? "Video" : "Photo"} ${out.length + 1}`
      })
    })
    return out
  },

  // The compose/reply modal, or the home timeline's column (one inline composer).
  // Mobile web's compose page has neither: its <main> holds the one composer.
  attachmentScope: (el) => el.closest(X_SCOPE) ?? el.closest('main[role="main"]'),

  panelAnchor(editor) {
    // Outside Draft.js's root (it owns everything inside) and outside the <label>
    // X wraps the box in, so clicks on the panel never focus-jump into the editor.
    return editor.closest("label") ?? editor.closest(".DraftEditor-root") ?? editor
  }
}
