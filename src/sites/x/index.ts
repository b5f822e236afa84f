import type { Attachment } from "../../core/types"
import { closestOf, detectKind, editableRoot, isOurs, nearest, queryAll } from "../dom"
import { findSubmit } from "../submit"
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
    // The test ids name it; behaviour and labels find it if they are renamed.
    return findSubmit(editor, { selectors: X_SUBMIT.map((s) => s.css), stopAt: X_SCOPE })
  },

  postsOnEnter: () => false,
  postsOnModEnter: () => true, // Ctrl/Cmd+Enter posts from every X composer

  account() {
    // Each source in turn: @handle in its text, /handle in its href, or (a button
    // in some builds) the href of a link inside it.
    for (const el of queryAll(document, X_ACCOUNT)) {
      const handle = handleFrom(el)
      if (handle) return { handle }
    }
    return undefined
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

const RESERVED = new Set([
  "home",
  "explore",
  "notifications",
  "messages",
  "i",
  "settings",
  "compose"
])

/** The handle an account element shows: "@handle" in its text, or its (or an inner link's) href. */
export function handleFrom(el: Element): string | undefined {
  const inText = /@([A-Za-z0-9_]{1,15})\b/.exec(el.textContent ?? "")?.[1]
  if (inText) return inText
  const hrefs = [el.getAttribute("href"), el.querySelector("a[href]")?.getAttribute("href")]
  // A button has no href; its avatar's test id carries the handle.
  const avatar = el
    .querySelector('[data-testid^="UserAvatar-Container-"]')
    ?.getAttribute("data-testid")
  const fromAvatar = avatar
    ? /^UserAvatar-Container-([A-Za-z0-9_]{1,15})$/.exec(avatar)?.[1]
    : undefined
  for (const href of hrefs) {
    const h = href
      ? /^(?:https:\/\/(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})\/?$/.exec(href)?.[1]
      : undefined
    if (h && !RESERVED.has(h.toLowerCase())) return h
  }
  return fromAvatar
}
