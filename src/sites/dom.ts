import type { EditorKind, Selector } from "./types"

/** Small DOM helpers shared by the adapters. Each tries selectors in order. */

export function queryFirst(root: ParentNode, list: readonly Selector[]): HTMLElement | null {
  for (const s of list) {
    const el = root.querySelector<HTMLElement>(s.css)
    if (el) return el
  }
  return null
}

export function queryAll(root: ParentNode, list: readonly Selector[]): HTMLElement[] {
  const seen = new Set<HTMLElement>()
  for (const s of list) root.querySelectorAll<HTMLElement>(s.css).forEach((el) => seen.add(el))
  return [...seen]
}

export function closestOf(el: Element, list: readonly Selector[]): HTMLElement | null {
  for (const s of list) {
    const hit = el.closest<HTMLElement>(s.css)
    if (hit) return hit
  }
  return null
}

/** Our own UI must never be mistaken for a compose box. */
export function isOurs(el: Element): boolean {
  return !!el.closest("[data-byp-host]")
}

/**
 * The editable root an element belongs to: the outermost contenteditable (so a
 * nested editable span inside an editor maps to the editor), or the textarea.
 */
export function editableRoot(el: Element): HTMLElement | null {
  if (el instanceof HTMLTextAreaElement) return el.readOnly || el.disabled ? null : el
  let root: HTMLElement | null = null
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n instanceof HTMLElement && n.isContentEditable) root = n
    else if (root) break
  }
  return root
}

/** Tells the editor framework from the DOM it renders (stable attributes and class names). */
export function detectKind(editor: HTMLElement): EditorKind {
  if (editor instanceof HTMLTextAreaElement) return "textarea"
  if (editor.getAttribute("data-lexical-editor") === "true") return "lexical"
  // Draft.js renders these class names itself; they are not generated per build.
  if (
    editor.classList.contains("public-DraftEditor-content") ||
    editor.closest(".DraftEditor-root")
  )
    return "draftjs"
  return "contenteditable"
}

/**
 * Searches outward from `start` for the first element matching `list`, looking
 * inside each ancestor in turn, and stops at `stopAt` (a dialog, form, …): the
 * nearest matching control is the one belonging to this compose box.
 */
export function nearest(
  start: Element,
  list: readonly Selector[],
  stopAt?: string,
  maxDepth = 16
): HTMLElement | null {
  let depth = 0
  for (
    let n: Element | null = start.parentElement;
    n && depth < maxDepth;
    n = n.parentElement, depth++
  ) {
    const hit = queryFirst(n, list)
    if (hit && !start.contains(hit)) return hit
    if (stopAt && n.matches(stopAt)) return null
  }
  return null
}

/** Text of an element whose accessible label is the only thing that tells it apart. */
export function labelOf(el: Element): string {
  return (el.getAttribute("aria-label") ?? el.textContent ?? "").trim()
}
