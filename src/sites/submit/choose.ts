import { isExactFinal, labelKind, type LabelKind } from "./labels"

/**
 * The pure decision: which of a composer's controls is its submit. Sites
 * translate their buttons (Facebook's Post carries nothing but a translated
 * aria-label) and rename their test ids, but the post button keeps one
 * behaviour: it sits in the composer's container, after the editor, and it is
 * disabled while the editor is empty and enabled once there is text. find.ts
 * reads the DOM into candidates; this file decides (unit-tested without a DOM).
 */

/** What is known about one button / [role=button] in a composer's container. */
export interface SubmitCandidate<T = unknown> {
  ref: T
  /** aria-label, else its text (an input's value). */
  label: string
  /** Disabled right now (disabled attribute or aria-disabled=true). */
  disabled: boolean
  /** Comes after the editor in document order (outside it). */
  after: boolean
  /** Opens a menu (aria-haspopup / aria-expanded): never the submit. */
  menu: boolean
  /**
   * Seen disabled while the editor was empty and enabled while it held text (true),
   * seen enabled while empty (false), or not seen both ways yet (undefined).
   */
  followsEmptiness?: boolean
  /** A submit button of the editor's own <form> (type=submit, or a <button> with no type). */
  formSubmit?: boolean
}

export interface ChooseOptions {
  /** The division's own submit labels (policy `siteOverrides.submitLabels`): final words. */
  extraLabels?: readonly string[]
  /** With no behaviour and no label to go on: the last enabled, non-menu control after the editor. */
  structural?: boolean
  /**
   * The box is a comment or chat box (or on a site we do not know): a "Send" /
   * "Comment" control is its submit. In a post composer it never is.
   */
  sendWords?: boolean
}

/** Lower is preferred: an exact final word, a final word starting a label, a send word, a step. */
function rank(kind: LabelKind, exact: boolean): number {
  return { final: exact ? 0 : 1, comment: 2, next: 3, other: 4, never: 5 }[kind]
}

/**
 * The submit control among `candidates`, or null. Order of preference:
 * 1. a control whose disabled state follows the editor's emptiness (behaviour),
 *    best label first if several ("Save draft", "Cancel" never count);
 * 2. a control labelled with a final word (Post, Publier, Ibahagi, 发布 …; with
 *    `sendWords` also Send, Commenter …), enabled first;
 * 3. the submit button of the editor's own form, whatever it reads;
 * 4. an enabled next-step control (Next, Suivant): the post goes out on a later
 *    step, where the gate holds again;
 * 5. with `structural`: the last enabled, non-menu control after the editor.
 * Controls seen enabled on an empty editor (Close, Add photo) never count as
 * behaving like the submit.
 */
export function chooseSubmit<T>(
  candidates: readonly SubmitCandidate<T>[],
  opts: ChooseOptions = {}
): T | null {
  const kinds = new Map<SubmitCandidate<T>, { kind: LabelKind; rank: number }>()
  for (const c of candidates) {
    let kind = labelKind(c.label, opts.extraLabels)
    // A comment box's send control counts as its final control.
    if (kind === "comment" && !opts.sendWords) kind = "never"
    kinds.set(c, { kind, rank: rank(kind, isExactFinal(c.label, opts.extraLabels)) })
  }
  const kind = (c: SubmitCandidate<T>) => kinds.get(c)!.kind
  const usable = candidates.filter((c) => !c.menu && kind(c) !== "never")
  const best = (list: SubmitCandidate<T>[]) =>
    [...list].sort(
      (a, b) =>
        kinds.get(a)!.rank - kinds.get(b)!.rank ||
        Number(a.disabled) - Number(b.disabled) ||
        Number(b.after) - Number(a.after)
    )[0]?.ref ?? null

  const behaving = usable.filter((c) => c.followsEmptiness === true)
  if (behaving.length) return best(behaving)
  const labelled = usable.filter((c) => kind(c) === "final" || kind(c) === "comment")
  if (labelled.length) return best(labelled)
  const formSubmit = usable.find((c) => c.formSubmit && !c.disabled)
  if (formSubmit) return formSubmit.ref
  const next = usable.filter((c) => kind(c) === "next" && !c.disabled)
  if (next.length) return next[next.length - 1]!.ref
  if (!opts.structural) return null
  const after = usable.filter(
    (c) => c.after && !c.disabled && c.followsEmptiness !== false && kind(c) === "other"
  )
  return after[after.length - 1]?.ref ?? null
}
