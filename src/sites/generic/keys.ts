/**
 * Which keys send a box's text on a site we do not know (the division's extra
 * sites). Decided by what the box does, never by a label:
 * - what the box says about itself: a single-line box (`aria-multiline="false"`)
 *   or one whose Enter key reads "send" (`enterkeyhint="send"`, chat boxes) sends
 *   on Enter;
 * - what its editor library does with Ctrl/Cmd+Enter: ProseMirror/TipTap (hard
 *   break), Lexical (paragraph), Draft.js (soft newline) and CKEditor make a line
 *   of it, so there it is a newline unless seen sending; Chromium's textarea and
 *   plain contenteditable, Slate and Quill do nothing with it (tried in Chromium
 *   156), so on a page with a send control it is there to send (most web apps bind
 *   it) and the gate holds it;
 * - what the keys were seen doing in this box: a key the gate let through that
 *   emptied the box sent it; one that added a line was a newline (see
 *   page/key-outcome.ts). What is seen wins over the defaults above.
 * A multi-line post box never asks "post anyway?" on a newline: Enter there is a
 * newline until the box itself shows otherwise.
 */
import type { EditorKind } from "../types"

export type SendKey = "enter" | "modEnter"
export type KeyOutcome = "send" | "newline"

/** Editor families, told from the markers the libraries render (see EDITOR_MARKERS). */
export type BoxLibrary =
  | "prosemirror"
  | "lexical"
  | "draftjs"
  | "ckeditor"
  | "quill"
  | "slate"
  | "textarea"
  | "contenteditable"

export interface BoxFacts {
  library: BoxLibrary
  /** `aria-multiline`, when the box sets it. */
  multiline?: boolean
  /** `enterkeyhint` ("send", "enter", "done" …), when set. */
  enterKeyHint?: string
  /** A send control was found for the box (the page is one that sends). */
  hasSubmit: boolean
  /** What each key was seen doing in this box. */
  seen: Partial<Record<SendKey, KeyOutcome>>
}

/** Libraries whose own Ctrl/Cmd+Enter makes a line break (hard break, paragraph, soft newline). */
const MOD_ENTER_IS_NEWLINE: ReadonlySet<BoxLibrary> = new Set([
  "prosemirror",
  "lexical",
  "draftjs",
  "ckeditor"
])

/** Does plain Enter send this box? */
export function entersSends(f: BoxFacts): boolean {
  if (f.seen.enter) return f.seen.enter === "send"
  return f.multiline === false || f.enterKeyHint?.toLowerCase() === "send"
}

/** Does Ctrl/Cmd+Enter send this box? */
export function modEnterSends(f: BoxFacts): boolean {
  if (f.seen.modEnter) return f.seen.modEnter === "send"
  if (entersSends(f)) return true
  return f.hasSubmit && !MOD_ENTER_IS_NEWLINE.has(f.library)
}

const LIBRARY_MARKERS: readonly [string, BoxLibrary][] = [
  [".ProseMirror", "prosemirror"],
  ['[data-lexical-editor="true"]', "lexical"],
  [".DraftEditor-root", "draftjs"],
  [".ck-editor__editable", "ckeditor"],
  [".ql-editor", "quill"],
  ['[data-slate-editor="true"]', "slate"]
]

/** The editor family of a box, from the library's own markers. */
export function libraryOf(editor: HTMLElement, kind: EditorKind): BoxLibrary {
  if (kind === "textarea") return "textarea"
  for (const [css, library] of LIBRARY_MARKERS) if (editor.closest(css)) return library
  return "contenteditable"
}

const seenKeys = new WeakMap<HTMLElement, Partial<Record<SendKey, KeyOutcome>>>()

/** What a key was seen doing in this box (from the gate, for keys it let through). */
export function noteKeyOutcome(editor: HTMLElement, key: SendKey, outcome: KeyOutcome): void {
  seenKeys.set(editor, { ...seenKeys.get(editor), [key]: outcome })
}

/** The facts about a box that decide its send keys. */
export function boxFacts(
  editor: HTMLElement,
  kind: EditorKind,
  hasSubmit: () => boolean
): BoxFacts {
  const multiline = editor.getAttribute("aria-multiline")
  const seen = seenKeys.get(editor) ?? {}
  const library = libraryOf(editor, kind)
  return {
    library,
    ...(multiline === "true" || multiline === "false" ? { multiline: multiline === "true" } : {}),
    ...(editor.getAttribute("enterkeyhint")
      ? { enterKeyHint: editor.getAttribute("enterkeyhint")! }
      : {}),
    // Looked up only where it decides something (it walks the page).
    get hasSubmit() {
      return seen.modEnter === undefined && !MOD_ENTER_IS_NEWLINE.has(library) && hasSubmit()
    },
    seen
  }
}
