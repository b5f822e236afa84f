import type { Attachment } from "../../core/types"
import { closestOf, detectKind, editableRoot, isOurs } from "../dom"
import { findSubmit } from "../submit"
import type { SiteAdapter } from "../types"
import { IG_EDITORS, IG_SUBMIT } from "./selectors"

/** Instagram: the create-post dialog's caption and comment boxes. */
export const instagramAdapter: SiteAdapter = {
  site: "instagram",
  editors: IG_EDITORS,

  findEditor(el) {
    if (isOurs(el)) return null
    const root = editableRoot(el)
    if (!root) return null
    return closestOf(root, IG_EDITORS) === root ? root : null
  },

  kind: detectKind,

  submitFor(editor) {
    if (editor.closest("form") && !isCaption(editor))
      return findSubmit(editor, {
        selectors: IG_SUBMIT.map((s) => s.css),
        stopAt: "form",
        sendWords: true
      })
    return shareButton(editor)
  },

  // Comment boxes post on Enter; the caption box uses Enter for a new line.
  postsOnEnter: (editor) => !!editor.closest("form") && !isCaption(editor),
  postsOnModEnter: () => false,

  account() {
    // The signed-in user's profile link in the nav carries their handle in its href.
    const link = document
      .querySelector<HTMLAnchorElement>('nav a[href^="/"][role="link"] img[alt]')
      ?.closest("a")
    const handle = link
      ? /^\/([A-Za-z0-9._]{1,30})\/$/.exec(link.getAttribute("href") ?? "")?.[1]
      : undefined
    return handle ? { handle } : undefined
  },

  attachments(editor) {
    const dialog = editor.closest('[role="dialog"]')
    if (!dialog || !isCaption(editor)) return []
    const out: Attachment[] = []
    // Previews of the picked files are blob: URLs (profile pictures are not).
    dialog.querySelectorAll('img[src^="blob:"], video').forEach((m) => {
      const video = m.tagName === "VIDEO"
      out.push({
        kind: video ? "video" : "image",
        name: `${video ? "Video" : "Photo"} ${out.length + 1}`
      })
    })
    return out
  },

  // The "Create new post" dialog: the file is chosen there before the caption box appears.
  attachmentScope: (el) => {
    const box = editableRoot(el)
    if (el.closest("form") && !(box && isCaption(box))) return null
    return el.closest('[role="dialog"]')
  },

  panelAnchor(editor) {
    // Comment forms are one flex row (box + Post): the panel goes under the form.
    const form = editor.closest("form")
    if (form && !isCaption(editor)) return form
    return editor instanceof HTMLTextAreaElement ? editor : (editor.parentElement ?? editor)
  }
}

/**
 * The create-post dialog's caption box. A form around it does not make it a
 * comment box: only a form in a post's dialog whose box is labelled as a comment.
 */
function isCaption(editor: HTMLElement): boolean {
  const dialog = editor.closest('[role="dialog"]')
  if (!dialog) return false
  if (!editor.closest("form")) return true
  const label = `${editor.getAttribute("aria-label") ?? ""} ${editor.getAttribute("placeholder") ?? ""}`
  return /caption|légende|leyenda|bildunterschrift/i.test(label)
}

/**
 * Share (or Post) sits in the dialog's header row. Its label is translated, so
 * behaviour and the final words of every language find it; otherwise the header's
 * last role=button (the header holds Back … Share) is used.
 */
function shareButton(editor: HTMLElement): HTMLElement | null {
  const dialog = editor.closest('[role="dialog"]')
  if (!dialog) return null
  const found = findSubmit(editor, { container: dialog })
  if (found) return found
  const heading = dialog.querySelector("h1, h2")
  const row = heading?.parentElement?.parentElement
  const inRow = row
    ? [...row.querySelectorAll<HTMLElement>('[role="button"], button')].filter(
        (b) => !editor.contains(b)
      )
    : []
  return inRow[inRow.length - 1] ?? null
}
