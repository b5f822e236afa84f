import type { Selector } from "../types"

/** Facebook (www, web, m). Seen on facebook.com, 2024–2025 (Lexical editors everywhere). */

export const FB_EDITORS: readonly Selector[] = [
  {
    css: '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
    note: "Lexical editor: create-post dialog, group and page composers, comment and reply boxes"
  },
  {
    css: '[contenteditable="true"][data-lexical-editor="true"]',
    note: "Lexical editor rendered without role=textbox (seen in some page/event composers)"
  },
  {
    css: 'textarea[name="xc_message"]',
    note: "m.facebook.com basic composer, a plain <textarea>"
  }
]

/**
 * The Post button. The dialog's button has only its (translated) aria-label to
 * tell it apart, so English and the division's other languages come first, and a
 * structural fallback (see facebook/index.ts) covers any other language.
 */
export const FB_SUBMIT: readonly Selector[] = [
  {
    css: '[role="button"][aria-label="Post"]',
    note: "Post in the create-post dialog (feed, groups, pages)"
  },
  {
    css: '[role="button"][aria-label="Next"]',
    note: "Next in the two-step page / group composer (the post goes out on the step after)"
  },
  {
    css: '[role="button"][aria-label="Publish"]',
    note: "Publish in Meta Business Suite style page composers"
  },
  {
    css: '[role="button"][aria-label="Publier"], [role="button"][aria-label="Suivant"]',
    note: "French UI: Publier / Suivant"
  },
  {
    css: '[role="button"][aria-label="Comment"], [role="button"][aria-label="Commenter"]',
    note: "send arrow of comment boxes (they also post on Enter)"
  },
  {
    css: 'form button[type="submit"]',
    note: "m.facebook.com basic composer's submit button"
  }
]

/** A composer's boundary: the dialog, or the comment form. */
export const FB_SCOPE = '[role="dialog"], form'

/**
 * One post's composer container: the create-post / page-post dialog, the Reels
 * creator (a `[role=form]` that is not a dialog, at /reels/create) and Meta
 * Business Suite's composer page (business.facebook.com/latest/composer).
 */
export const FB_COMPOSER = '[role="dialog"], [role="form"]'

/**
 * Full-page composers: the whole main region is one post's composer (no dialog,
 * no [role=form] around the editor). Meta Business Suite's composer page, and the
 * Stories creator (facebook.com/stories/create: a text story's box, Discard and
 * "Share to story").
 */
export const FB_PAGE_COMPOSERS: readonly { host: RegExp; path: RegExp; note: string }[] = [
  {
    host: /^business\.facebook\.com$/,
    path: /^\/latest\/composer(\/|$)/,
    note: "Meta Business Suite's composer"
  },
  {
    host: /^(www|web|m)\.facebook\.com$/,
    path: /^\/stories\/create(\/|$)/,
    note: "Stories creator: text story box, Discard, Share to story"
  }
]

/** The send control of a comment box (comment boxes also post on Enter). */
export const FB_COMMENT_SUBMIT: readonly Selector[] = [
  {
    css: '[role="button"][aria-label="Comment"], [role="button"][aria-label="Commenter"]',
    note: "send arrow of comment boxes, English and French (seen 2025: 'Press Enter to post')"
  },
  {
    css: 'form button[type="submit"]',
    note: "comment forms that render a real submit <button>"
  }
]

export const FB_ATTACHMENTS: readonly Selector[] = [
  {
    css: '[role="dialog"] img[src^="blob:"]',
    note: "photo previews in the create-post dialog are blob: URLs of the picked files"
  },
  {
    css: '[role="dialog"] video',
    note: "video preview in the create-post dialog"
  }
]
