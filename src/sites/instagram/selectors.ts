import type { Selector } from "../types"

/** Instagram web. Seen on instagram.com, 2024–2025. */

export const IG_EDITORS: readonly Selector[] = [
  {
    css: '[role="dialog"] [contenteditable="true"][role="textbox"]',
    note: "caption box of the create-post dialog (a Lexical contenteditable)"
  },
  {
    css: '[role="dialog"] textarea',
    note: "caption box of the create-post dialog on older builds, and comments in the post dialog"
  },
  {
    css: "form textarea",
    note: "comment box under a post in the feed or on a post page"
  },
  {
    css: 'form [contenteditable="true"][role="textbox"]',
    note: "comment box rendered as a contenteditable (newer builds)"
  }
]

export const IG_SUBMIT: readonly Selector[] = [
  {
    css: 'form button[type="submit"]',
    note: "comment Post button on builds that render a real <button>"
  },
  {
    css: 'form [role="button"]',
    note: "comment Post control rendered as div[role=button] inside the comment form"
  }
]
