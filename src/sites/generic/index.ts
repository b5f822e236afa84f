import { detectKind, editableRoot, isOurs } from "../dom"
import type { SiteAdapter } from "../types"

/**
 * Fallback for any editable box the site adapter does not recognise (a changed
 * DOM, a new composer): the draft is still checked, with no site extras — no
 * submit gate, no account, no attachments. Degrading to "checked, no extras" is
 * better than silence.
 */
export const genericAdapter: SiteAdapter = {
  site: "generic",
  editors: [
    { css: '[contenteditable="true"]', note: "any rich-text box, on any of the three sites" },
    { css: '[contenteditable="plaintext-only"]', note: "plain-text contenteditable boxes" },
    { css: "textarea", note: "any multi-line text field" }
  ],

  findEditor(el) {
    if (isOurs(el)) return null
    return editableRoot(el)
  },

  kind: detectKind,
  submitFor: () => null,
  postsOnEnter: () => false,
  postsOnModEnter: () => false,
  account: () => undefined,
  attachments: () => [],
  attachmentScope: () => null,
  panelAnchor: (editor) => editor
}
