import { isOurs, labelOf } from "../dom"
import { chooseSubmit, type ChooseOptions, type SubmitCandidate } from "./choose"
import { normLabel } from "./labels"

/**
 * THE finder of a composer's submit control, for the site adapters, the generic
 * adapter and the division's `siteOverrides` alike. Each says where to look and
 * what it knows (its container, a site's or the division's selectors and
 * labels); the control is then found by behaviour, with labels as hints
 * (choose.ts), nearest to the editor first.
 */
export interface SubmitSearch extends ChooseOptions {
  /** The composer's container (a dialog, a [role=form]): everything in it is weighed at once. */
  container?: Element | null
  /** With no container: walk out from the editor and stop at the first ancestor matching this. */
  stopAt?: string
  /** Levels walked out from the editor at most (no container). */
  maxLevels?: number
  /**
   * Selectors that name the control (a site's test ids, the division's override),
   * best first: a named control wins over behaviour and labels, nearest first.
   */
  selectors?: readonly string[]
  /** Labels that name the control exactly (a site's own words, the division's `submitLabels`). */
  labels?: readonly string[]
  /** Only what `selectors` and `labels` name (an override layered over a site adapter). */
  namedOnly?: boolean
}

const CONTROLS = 'button, [role="button"], input[type="submit"], input[type="button"]'
const DEFAULT_LEVELS = 16

/** Disabled the way sites mark it: the attribute, or aria-disabled. */
export function isDisabled(el: Element): boolean {
  return (
    (el instanceof HTMLButtonElement && el.disabled) ||
    el.getAttribute("aria-disabled") === "true" ||
    el.hasAttribute("disabled")
  )
}

/** The words a control shows: an input's value, else its aria-label or text. */
export function controlLabel(el: Element): string {
  if (el instanceof HTMLInputElement) return el.value || labelOf(el)
  return labelOf(el)
}

/** Text of a box, to tell empty from not (no layout, no library calls). */
function isEmpty(editor: HTMLElement): boolean {
  const text = editor instanceof HTMLTextAreaElement ? editor.value : (editor.textContent ?? "")
  return text.trim() === ""
}

interface Seen {
  /** The label it had: sites reuse one element for another control (Next becomes Back). */
  label: string
  emptyDisabled?: boolean
  fullEnabled?: boolean
  emptyEnabled?: boolean
}
const seen = new WeakMap<Element, Seen>()

/**
 * Remembers, for each control, its disabled state against the editor's emptiness
 * now. The controller looks for the submit on every check (the first one runs on
 * the empty box as it gets focus) and the gate on every Post key/click, so by the
 * time the teacher can post, the control has been seen both ways.
 */
export function noteEmptiness(editorEmpty: boolean, controls: readonly Element[]): void {
  for (const b of controls) {
    const label = controlLabel(b)
    const known = seen.get(b)
    const s: Seen = known?.label === label ? known : { label }
    const off = isDisabled(b)
    if (editorEmpty && off) s.emptyDisabled = true
    if (editorEmpty && !off) s.emptyEnabled = true
    if (!editorEmpty && !off) s.fullEnabled = true
    seen.set(b, s)
  }
}

function follows(b: Element): boolean | undefined {
  const s = seen.get(b)
  if (!s || s.label !== controlLabel(b)) return undefined
  if (s.emptyEnabled) return false
  return s.emptyDisabled && s.fullEnabled ? true : undefined
}

function queryAllSafe(root: ParentNode, css: string): HTMLElement[] {
  try {
    return [...root.querySelectorAll<HTMLElement>(css)]
  } catch {
    return [] // a selector the browser refuses matches nothing
  }
}

/** Controls in `root` that could send `editor`'s text (not inside it, not ours). */
function controlsIn(root: Element, editor: HTMLElement | null): HTMLElement[] {
  return queryAllSafe(root, CONTROLS).filter((b) => !editor?.contains(b) && !isOurs(b))
}

/** The controls of `container` that could send `editor`'s text, with what is known of each. */
export function submitCandidates(
  editor: HTMLElement | null,
  container: Element
): SubmitCandidate<HTMLElement>[] {
  const controls = controlsIn(container, editor)
  if (editor) noteEmptiness(isEmpty(editor), controls)
  const form = editor?.closest("form")
  return controls.map((b) => ({
    ref: b,
    label: controlLabel(b),
    disabled: isDisabled(b),
    // With the editor gone (a later step), every control counts as after it.
    after: !editor || !!(editor.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING),
    menu: b.hasAttribute("aria-haspopup") || b.hasAttribute("aria-expanded"),
    // With the editor gone there is no emptiness to follow: labels and structure only.
    followsEmptiness: editor ? follows(b) : undefined,
    formSubmit:
      !!form &&
      (b as HTMLButtonElement | HTMLInputElement).form === form &&
      (b as HTMLButtonElement).type === "submit"
  }))
}

/** The ancestors of `editor` to look in, nearest first. */
function levels(editor: HTMLElement, search: SubmitSearch): Element[] {
  const out: Element[] = []
  const max = search.container ? Infinity : (search.maxLevels ?? DEFAULT_LEVELS)
  for (let n = editor.parentElement; n && out.length < max; n = n.parentElement) {
    out.push(n)
    if (n === search.container || n === editor.ownerDocument.body) break
    if (!search.container && search.stopAt && n.matches(search.stopAt)) break
  }
  return out
}

/** A control named by a selector or an exact label, nearest level first, selectors in order. */
function named(
  editor: HTMLElement,
  levelList: Element[],
  search: SubmitSearch
): HTMLElement | null {
  const labels = (search.labels ?? []).map(normLabel)
  if (!search.selectors?.length && !labels.length) return null
  for (const level of levelList) {
    for (const css of search.selectors ?? []) {
      const hit = queryAllSafe(level, css).find((b) => !editor.contains(b) && !isOurs(b))
      if (hit) return hit
    }
    if (labels.length) {
      const hits = controlsIn(level, editor).filter((b) =>
        labels.includes(normLabel(controlLabel(b)))
      )
      const hit = hits.find((b) => !isDisabled(b)) ?? hits[0]
      if (hit) return hit
    }
  }
  return null
}

/**
 * The control that sends what is written in `editor`, or null (the draft is still
 * checked, only not gated). Named controls first (nearest first); then, in the
 * container when there is one, else in each ancestor in turn (so each comment box
 * under a feed finds its own Reply, and a carousel of captions the one Publish),
 * the control chosen by behaviour and labels.
 */
export function findSubmit(editor: HTMLElement, search: SubmitSearch = {}): HTMLElement | null {
  const levelList = levels(editor, search)
  const hit = named(editor, levelList, search)
  if (hit || search.namedOnly) return hit
  if (search.container) return chooseSubmit(submitCandidates(editor, search.container), search)
  for (const level of levelList) {
    const pick = chooseSubmit(submitCandidates(editor, level), { ...search, structural: false })
    if (pick) return pick
  }
  return null
}

/** The submit control inside a composer whose editor has gone (a later step): labels and structure. */
export function findSubmitIn(composer: Element, opts: ChooseOptions = {}): HTMLElement | null {
  return chooseSubmit(submitCandidates(null, composer), opts)
}
