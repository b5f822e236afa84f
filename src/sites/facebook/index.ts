import type { Attachment } from "../../core/types"
import { closestOf, detectKind, editableRoot, isOurs, labelOf } from "../dom"
import { findSubmit, findSubmitIn, labelKind } from "../submit"
import type { Selector, SiteAdapter } from "../types"
import {
  FB_ATTACHMENTS,
  FB_COMMENT_SUBMIT,
  FB_COMPOSER,
  FB_EDITORS,
  FB_PAGE_COMPOSERS,
  FB_SCOPE,
  FB_SUBMIT
} from "./selectors"

/**
 * Facebook: Lexical editors in the create-post dialog (inside a `form[method=POST]`),
 * page composers (Next → settings → Post), Reels (`/reels/create`, a `[role=form]`),
 * Stories (`/stories/create`, "Share to story"), Meta Business Suite's composer,
 * and comment boxes.
 */
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
    if (isCommentBox(editor))
      return findSubmit(editor, {
        selectors: css(FB_COMMENT_SUBMIT),
        stopAt: "form, [role='article']",
        sendWords: true
      })
    const composer = composerOf(editor)
    if (!composer) return findSubmit(editor, { selectors: css(FB_SUBMIT), stopAt: FB_SCOPE })
    // By behaviour and (any-language) label; the last enabled control after the
    // editor if neither tells.
    return findSubmit(editor, { container: composer, structural: true })
  },

  composerOf: (editor) => (isCommentBox(editor) ? null : composerOf(editor)),
  // A Page post's last step (settings → Post): the editor is gone, the dialog stays.
  submitIn: (composer) => findSubmitIn(composer, { structural: true }),

  // Comment boxes post on Enter; a post box (dialog, page, Reels, Business Suite)
  // uses Enter for a new line, whatever its language and even inside a form.
  postsOnEnter: (editor) => isCommentBox(editor),
  postsOnModEnter: () => false,

  account(editor) {
    // The create-post dialog names the posting profile/page in a <strong> near the top.
    const scope = composerOf(editor)
    const name = scope?.querySelector("h2 ~ * strong, strong")?.textContent?.trim()
    return name ? { profile: name } : undefined
  },

  attachments(editor) {
    const scope = composerOf(editor)
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

  // The post's composer ("Photo/video" button, drag and drop onto it).
  attachmentScope: (el) => {
    const box = editableRoot(el)
    if (box && isCommentBox(box)) return null
    return composerOf(el)
  },

  panelAnchor(editor) {
    // Comment boxes sit in a flex row with the avatar and the send button.
    if (isCommentBox(editor)) return editor.closest("form") ?? editor.parentElement ?? editor
    // Lexical's placeholder is a sibling of the editor inside one wrapper: go
    // past that wrapper so the panel never sits between them.
    return editor instanceof HTMLTextAreaElement ? editor : (editor.parentElement ?? editor)
  }
}

const css = (list: readonly Selector[]) => list.map((s) => s.css)

/** The container of one post's composer: the dialog, the Reels form, a full-page composer (Business Suite, Stories). */
function composerOf(el: Element): Element | null {
  const own = el.closest(FB_COMPOSER)
  if (own) return own
  const { hostname, pathname } = el.ownerDocument.location ?? location
  if (FB_PAGE_COMPOSERS.some((c) => c.host.test(hostname) && c.path.test(pathname)))
    return el.closest('[role="main"]') ?? el.ownerDocument.body
  return null
}

/**
 * A comment/reply box, told by what surrounds it, never by "inside a form" alone
 * (the create-post dialog's editor sits in `form[method=POST]` too) and never by
 * a label alone:
 * - under a feed post (`[role=article]`), or next to a comment send control;
 * - not when it is the only editor of a post composer (dialog, `[role=form]`,
 *   Business Suite) that holds no feed posts.
 * In doubt it is a post box: Enter stays a new line (a post box must never ask
 * "post anyway?" on a newline).
 */
export function isCommentBox(editor: HTMLElement): boolean {
  if (editor instanceof HTMLTextAreaElement) return false
  if (editor.closest('[role="article"]')) return true
  const composer = composerOf(editor)
  if (composer && !composer.querySelector('[role="article"]')) return false
  const form = editor.closest("form")
  if (form) {
    const controls = [...form.querySelectorAll('[role="button"], button')]
    if (controls.some((b) => labelKind(labelOf(b)) === "comment")) return true
    if (controls.some((b) => labelKind(labelOf(b)) === "final")) return false
  }
  // A post opened in a dialog, with its comment box under it: the placeholder as a hint.
  const label = `${editor.getAttribute("aria-label") ?? ""} ${editor.getAttribute("aria-placeholder") ?? ""}`
  return /comment|reply|répon|réponse|comentar|kommentar|magkomento|коментар|评论|留言/i.test(label)
}
