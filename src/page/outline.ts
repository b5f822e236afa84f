/**
 * "Copy page outline for IT" (popup → content script): a redacted outline of the
 * part of the page around a compose box, so IT can write a `siteOverrides` entry.
 * Only structure: tags, roles, aria-labels (capitalised words masked: names),
 * test ids and editor-library markers. Never text content, never what is inside
 * an editor, never ids, classes (other than editor markers), hrefs or values.
 * Walks any tree with this minimal shape, so it is unit-tested without a DOM.
 */
export interface OutlineNode {
  readonly tagName: string
  readonly children: ArrayLike<OutlineNode>
  getAttribute(name: string): string | null
  readonly classList?: { contains(token: string): boolean }
}

import { labelKind } from "../sites/submit"

/** Attributes copied as they are (fixed vocabularies, not words people type). */
const KEPT = [
  "role",
  "data-testid",
  "data-pagelet",
  "contenteditable",
  "data-lexical-editor",
  "data-slate-editor",
  "aria-disabled",
  "aria-haspopup",
  "aria-multiline",
  "type",
  "method"
] as const

/** Class names editor libraries set themselves (stable, not per build). */
const EDITOR_CLASSES = [
  "DraftEditor-root",
  "public-DraftEditor-content",
  "ProseMirror",
  "ql-editor",
  "ck-editor__editable",
  "tiptap"
] as const

/**
 * An aria-label with every capitalised word after the first masked, and digits
 * masked: "What's on your mind, Jordan?" → "What's on your mind, …?"; "Comment by
 * Emma Thompson" → "Comment by … …". Labels longer than 60 characters are dropped.
 */
export function maskLabel(label: string): string {
  const l = label.trim()
  if (!l) return ""
  if (l.length > 60) return "…"
  const words = l.match(/[\p{L}\p{N}'’-]+/gu) ?? []
  // The first word stays when the label reads as a sentence ("Comment by …") or
  // is a control's own word ("Post", "Close"); a lone capitalised word may be a name.
  const sentence = words.slice(1).some((w) => !/^\p{Lu}/u.test(w))
  let first = true
  return l
    .replace(/[\p{L}\p{N}'’-]+/gu, (word) => {
      const keep = first
        ? sentence || !/^\p{Lu}/u.test(word) || labelKind(word) !== "other" || UI_WORDS.has(word)
        : !/^\p{Lu}/u.test(word)
      first = false
      return keep ? word : "…"
    })
    .replace(/\p{N}/gu, "#")
}

/** Control words kept when they stand alone (not names). */
const UI_WORDS = new Set(
  "Close Back Create Add More Like Write Search Home Profile Emoji Remove Delete Media Edit Settings Menu Photo Video Photos Comments Fermer Retour Supprimer Modifier".split(
    " "
  )
)

function isEditor(n: OutlineNode): boolean {
  const ce = n.getAttribute("contenteditable")
  return n.tagName.toLowerCase() === "textarea" || (ce !== null && ce !== "false")
}

function line(n: OutlineNode): string {
  const parts = [n.tagName.toLowerCase()]
  for (const a of KEPT) {
    const v = n.getAttribute(a)
    if (v !== null) parts.push(`${a}="${v.slice(0, 60).replace(/"/g, "'")}"`)
  }
  const label = n.getAttribute("aria-label")
  if (label) parts.push(`aria-label="${maskLabel(label).replace(/"/g, "'")}"`)
  const markers = EDITOR_CLASSES.filter((c) => n.classList?.contains(c))
  if (markers.length) parts.push(`class~="${markers.join(" ")}"`)
  if (n.getAttribute("disabled") !== null) parts.push("disabled")
  return parts.join(" ")
}

/**
 * The outline of `root`'s subtree, one element a line, indented by depth. Inside
 * an editor only "[editor content not copied]" is written. Our own hosts are skipped.
 */
export function pageOutline(
  root: OutlineNode,
  opts: { maxDepth?: number; maxLines?: number } = {}
): string {
  const maxDepth = opts.maxDepth ?? 30
  const maxLines = opts.maxLines ?? 400
  const out: string[] = []
  const walk = (n: OutlineNode, depth: number) => {
    if (out.length >= maxLines) return
    if (n.getAttribute("data-byp-host") !== null) return
    const tag = n.tagName.toLowerCase()
    if (tag === "script" || tag === "style" || tag === "svg" || tag === "noscript") return
    out.push(`${"  ".repeat(depth)}${line(n)}`)
    if (isEditor(n)) {
      out.push(`${"  ".repeat(depth + 1)}[editor content not copied]`)
      return
    }
    if (depth >= maxDepth) return
    for (let i = 0; i < n.children.length; i++) walk(n.children[i]!, depth + 1)
  }
  walk(root, 0)
  if (out.length >= maxLines) out.push("[outline cut here]")
  return out.join("\n")
}
