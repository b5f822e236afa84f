import { detectKind, editableRoot, isOurs } from "../dom"
import { findSubmit } from "../submit"
import { boxFacts, entersSends, modEnterSends, noteKeyOutcome } from "./keys"
import type { Selector, SiteAdapter } from "../types"

/**
 * Editors found by role and by the markers the editor libraries render
 * themselves, not by site: these class names and attributes are the libraries'
 * public styling hooks and do not change per build of a site.
 */
export const EDITOR_MARKERS: readonly Selector[] = [
  { css: '[data-lexical-editor="true"]', note: "Lexical (Facebook, Instagram, many React sites)" },
  { css: ".public-DraftEditor-content", note: "Draft.js (X, older React sites)" },
  {
    css: ".ProseMirror",
    note: "ProseMirror and TipTap (WordPress plugins, Substack, Notion-likes)"
  },
  { css: ".ql-editor", note: "Quill (classroom platforms, forums, carousels of captions)" },
  { css: '[data-slate-editor="true"]', note: "Slate (Canvas-like platforms, chat apps)" },
  { css: ".ck-editor__editable", note: "CKEditor 5 (school and intranet CMSs)" },
  { css: '[role="textbox"][contenteditable="true"]', note: "any rich-text box with its role" },
  { css: '[contenteditable="true"]', note: "any rich-text box" },
  { css: '[contenteditable="plaintext-only"]', note: "plain-text contenteditable boxes" },
  { css: "textarea", note: "any multi-line text field" }
]

/**
 * Where the panel goes for each library: after the library's own outer box, so
 * the panel is not squeezed into (or clipped by) a wrapper the library sizes.
 * Quill's `.ql-container` has the editor at `height: 100%`: a panel placed inside
 * it falls below the box and is cut off by any slide or card with
 * `overflow: hidden` (the "three Quill editors in a carousel" report).
 */
const OUTER_BOXES: readonly Selector[] = [
  { css: ".ql-container", note: "Quill: the editor's sized container (toolbar sits before it)" },
  { css: ".ck-editor", note: "CKEditor 5: toolbar and editable together" },
  { css: ".DraftEditor-root", note: "Draft.js: its root around the content" }
]

/** The editor `el` is in: its library's root when it has one, else its editable root. */
function findEditor(el: Element): HTMLElement | null {
  if (isOurs(el)) return null
  if (el instanceof HTMLTextAreaElement) return editableRoot(el)
  const root = editableRoot(el)
  if (!root) return null
  // A nested editable inside a library editor maps to the library's root.
  for (const m of EDITOR_MARKERS.slice(0, 6)) {
    const hit = root.closest<HTMLElement>(m.css)
    if (hit?.isContentEditable) return hit
  }
  return root
}

function panelAnchor(editor: HTMLElement): Element {
  for (const s of OUTER_BOXES) {
    const box = editor.closest(s.css)
    if (box && box !== editor) return box
  }
  return editor
}

/** Levels walked up from the editor when looking for its send control. */
const MAX_LEVELS = 8

/**
 * The control that sends what is written in `editor` on a site we do not know:
 * found by behaviour and label (src/sites/submit), outward from the editor, so in
 * a page of comment boxes each box finds its own Reply and a carousel of captions
 * the one Publish that sends them all; a form's own submit button otherwise.
 * A "Send" or "Comment" control counts (chat and comment boxes). Null when
 * nothing like it is found: the draft is still checked, only not gated.
 */
export function extraSiteSubmit(editor: HTMLElement): HTMLElement | null {
  return findSubmit(editor, { maxLevels: MAX_LEVELS, sendWords: true })
}

/**
 * Fallback for any editable box a site adapter does not recognise (a changed DOM,
 * a new composer on Facebook, Instagram or X): the draft is still checked, with no
 * site extras — no submit gate, no account, no attachments. Degrading to
 * "checked, no extras" is better than silence.
 */
export const genericAdapter: SiteAdapter = {
  site: "generic",
  editors: EDITOR_MARKERS,
  findEditor,
  kind: detectKind,
  submitFor: () => null,
  postsOnEnter: () => false,
  postsOnModEnter: () => false,
  account: () => undefined,
  attachments: () => [],
  attachmentScope: () => null,
  panelAnchor
}

const facts = (editor: HTMLElement) =>
  boxFacts(editor, detectKind(editor), () => !!extraSiteSubmit(editor))

/**
 * The adapter of the division's extra sites (`extraSites`: a school blog,
 * WordPress, LinkedIn, a classroom platform): the same editor finder, plus the
 * send control found by behaviour, label and form, which the gate holds, and the
 * keys that send decided by what the box does (keys.ts): Enter stays a newline in
 * a multi-line box unless the box shows otherwise.
 */
export const extraSiteAdapter: SiteAdapter = {
  ...genericAdapter,
  submitFor: extraSiteSubmit,
  postsOnEnter: (editor) => entersSends(facts(editor)),
  postsOnModEnter: (editor) => modEnterSends(facts(editor)),
  noteKey: noteKeyOutcome
}
