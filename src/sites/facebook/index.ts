import type { Attachment } from "../../core/types"
import { closestOf, detectKind, editableRoot, isOurs, nearest } from "../dom"
import type { SiteAdapter } from "../types"
import { FB_ATTACHMENTS, FB_EDITORS, FB_SCOPE, FB_SUBMIT } from "./selectors"

/** Facebook: Lexical editors in dialogs, group/page composers and comment boxes. */
export const facebookAdapter: SiteAdapter = {
  site: "facebook",
  editors: FB_EDITORS,

  findEditor(el) {
    if (isOurs(el)) return null
    const root = editableRoot(el)
    if (!root) return null
    return closestOf(root, FB_EDITORS) === root ? root : null
  },

  kind: detectKind,

  submitFor(editor) {
    const labelled = nearest(editor, FB_SUBMIT, FB_SCOPE)
    if (labelled) return labelled
    // Any language: in the create-post dialog the Post button is the last enabled
    // role=button after the editor, outside it.
    const dialog = editor.closest('[role="dialog"]')
    if (!dialog || isCommentBox(editor)) return null
    const after = [...dialog.querySelectorAll<HTMLElement>('[role="button"]')].filter(
      (b) =>
        !editor.contains(b) &&
        editor.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING &&
        b.getAttribute("aria-disabled") !== "true" &&
        !b.hasAttribute("aria-haspopup")
    )
    return after[after.length - 1] ?? null
  },

  // Comment boxes post on Enter; the create-post box uses Enter for a new line.
  postsOnEnter: (editor) => isCommentBox(editor),
  postsOnModEnter: () => false,

  account(editor) {
    // The create-post dialog names the posting profile/page in a <strong> near the top.
    const dialog = editor.closest('[role="dialog"]')
    const name = dialog?.querySelector("h2 ~ * strong, strong")?.textContent?.trim()
    return name ? { profile: name } : undefined
  },

  attachments(editor) {
    const scope = editor.closest('[role="dialog"]')
    if (!scope) return []
    const out: Attachment[] = []
    for (const s of FB_ATTACHMENTS)
      scope.querySelectorAll(s.css).forEach((m) => {
        const video = m.tagName === "VIDEO"
        out.push({
          kind: video ? "video" : "image",
          name: `${video ? "Video" : "Photo"} ${out.length + 1}`
        })
      })
    return out
  },

  // The create-post dialog ("Photo/video" button, drag and drop onto it).
  attachmentScope: (el) => el.closest('[role="dialog"]'),

  panelAnchor(editor) {
    // Comment boxes sit in a flex row with the avatar and the send button.
    if (isCommentBox(editor)) return editor.closest("form") ?? editor.parentElement ?? editor
    // Lexical's placeholder is a sibling of the editor inside one wrapper: go
    // past that wrapper so the panel never sits between them.
    return editor instanceof HTMLTextAreaElement ? editor : (editor.parentElement ?? editor)
  }
}

/** A comment/reply box: inside a form and not the create-post dialog's main box. */
function isCommentBox(editor: HTMLElement): boolean {
  if (editor instanceof HTMLTextAreaElement) return false
  const form = editor.closest("form")
  if (form && !form.querySelector('[role="button"][aria-label="Post"]')) return true
  // Placeholder/label wording as a hint only, never the sole test in a dialog.
  const label = `${editor.getAttribute("aria-label") ?? ""} ${editor.getAttribute("aria-placeholder") ?? ""}`
  return !editor.closest('[role="dialog"]') && /comment|reply|répon|comment/i.test(label)
}
