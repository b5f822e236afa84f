import { labelOf } from "./dom"

/**
 * Finding a composer's submit control by what it does, with its label only as a
 * hint. Sites translate their buttons (Facebook's Post carries nothing but a
 * translated aria-label) and rename their test ids, but the post button keeps
 * one behaviour: it sits in the composer's container, after the editor, and it
 * is disabled while the editor is empty and enabled once there is text.
 *
 * `chooseSubmit` is the pure decision (unit-tested); `submitCandidates` and
 * `noteEmptiness` read and remember the DOM for it.
 */

/**
 * Words the final submit control reads, in English, French and the other
 * languages Manitoba families use on these sites (Tagalog, Punjabi, German,
 * Spanish, Ukrainian, Chinese, Portuguese, Vietnamese, Arabic, Hindi). Hints only:
 * a control that behaves like the submit wins even with an unknown label.
 */
export const FINAL_SUBMIT_WORDS: readonly string[] = [
  // English
  "post",
  "post all",
  "publish",
  "share",
  "share now",
  "share to story",
  "tweet",
  "reply",
  "schedule",
  // French
  "publier",
  "partager",
  "partager maintenant",
  "partager dans la story",
  "répondre",
  "programmer",
  // Spanish
  "publicar",
  "compartir",
  "compartir ahora",
  "responder",
  // German
  "posten",
  "veröffentlichen",
  "teilen",
  "jetzt teilen",
  "antworten",
  // Tagalog / Filipino
  "i-post",
  "i-publish",
  "ibahagi",
  "ibahagi ngayon",
  "mag-post",
  "sumagot",
  // Punjabi
  "ਪੋਸਟ ਕਰੋ",
  "ਪ੍ਰਕਾਸ਼ਿਤ ਕਰੋ",
  "ਸਾਂਝਾ ਕਰੋ",
  // Ukrainian
  "опублікувати",
  "поділитися",
  "допис",
  "відповісти",
  // Chinese (simplified and traditional)
  "发布",
  "發佈",
  "發布",
  "分享",
  "发帖",
  "回复",
  "回覆",
  // Portuguese, Vietnamese, Hindi, Arabic
  "compartilhar",
  "đăng",
  "chia sẻ",
  "पोस्ट करें",
  "शेयर करें",
  "نشر",
  "مشاركة"
]

/** An intermediate step (the post goes out on a later step): still gated, never preferred. */
export const NEXT_STEP_WORDS: readonly string[] = [
  "next",
  "continue",
  "suivant",
  "continuer",
  "siguiente",
  "continuar",
  "weiter",
  "susunod",
  "magpatuloy",
  "ਅੱਗੇ",
  "далі",
  "продовжити",
  "下一步",
  "继续",
  "繼續",
  "próximo",
  "tiếp",
  "आगे",
  "التالي"
]

/** The send control of a comment box (it also posts on Enter). */
export const COMMENT_SEND_WORDS: readonly string[] = [
  "comment",
  "send",
  "commenter",
  "envoyer",
  "comentar",
  "enviar",
  "kommentieren",
  "senden",
  "magkomento",
  "ipadala",
  "ਟਿੱਪਣੀ ਕਰੋ",
  "коментувати",
  "надіслати",
  "评论",
  "評論",
  "留言",
  "发送",
  "傳送"
]

export type LabelKind = "final" | "next" | "comment" | "other"

const norm = (s: string) =>
  s
    .normalize("NFC")
    .toLocaleLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/[.…!]+$/u, "")
    .trim()

/** Which kind of control a visible or accessible label names (extra final words from policy). */
export function labelKind(label: string, extraFinal: readonly string[] = []): LabelKind {
  const l = norm(label)
  if (!l) return "other"
  if (FINAL_SUBMIT_WORDS.includes(l) || extraFinal.some((w) => norm(w) === l)) return "final"
  if (NEXT_STEP_WORDS.includes(l)) return "next"
  if (COMMENT_SEND_WORDS.includes(l)) return "comment"
  return "other"
}

/** What is known about one button / [role=button] in a composer's container. */
export interface SubmitCandidate<T = unknown> {
  ref: T
  /** aria-label, else its text. */
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
}

/**
 * The submit control of one composer, or null. Order of preference:
 * 1. a control whose disabled state follows the editor's emptiness (behaviour),
 *    final-step label first if several;
 * 2. an enabled control with a final-step label (Post, Publier, Ibahagi, 发布 …);
 * 3. an enabled next-step control (Next, Suivant): the post goes out on a later
 *    step, where the gate holds again;
 * 4. with `structural`: the last enabled, non-menu control after the editor.
 * Controls seen enabled on an empty editor (Close, Add photo) never count as
 * behaving like the submit.
 */
export function chooseSubmit<T>(
  candidates: readonly SubmitCandidate<T>[],
  opts: { extraLabels?: readonly string[]; structural?: boolean } = {}
): T | null {
  const usable = candidates.filter((c) => !c.menu)
  const kind = (c: SubmitCandidate<T>) => labelKind(c.label, opts.extraLabels)
  const rank = (c: SubmitCandidate<T>) => ({ final: 0, next: 1, comment: 2, other: 3 })[kind(c)]
  const byRank = (list: SubmitCandidate<T>[]) =>
    [...list].sort((a, b) => rank(a) - rank(b) || Number(b.after) - Number(a.after))

  const behaving = usable.filter((c) => c.followsEmptiness === true && kind(c) !== "comment")
  if (behaving.length) return byRank(behaving)[0]!.ref
  const labelled = usable.filter((c) => kind(c) === "final")
  if (labelled.length) return byRank(labelled)[0]!.ref
  const next = usable.filter((c) => kind(c) === "next" && !c.disabled)
  if (next.length) return next[next.length - 1]!.ref
  if (!opts.structural) return null
  const after = usable.filter(
    (c) => c.after && !c.disabled && c.followsEmptiness !== false && kind(c) === "other"
  )
  return after[after.length - 1]?.ref ?? null
}

/** Disabled the way sites mark it: the attribute, or aria-disabled. */
export function isDisabled(el: Element): boolean {
  return (
    (el instanceof HTMLButtonElement && el.disabled) ||
    el.getAttribute("aria-disabled") === "true" ||
    el.hasAttribute("disabled")
  )
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
 * Remembers, for each control in the container, its disabled state against the
 * editor's emptiness now. Called whenever the adapter looks for the submit (every
 * check and every Post key/click), so by the time the teacher can post, the
 * control has been seen both ways.
 */
export function noteEmptiness(editorEmpty: boolean, controls: readonly Element[]): void {
  for (const b of controls) {
    const label = labelOf(b)
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
  if (!s || s.label !== labelOf(b)) return undefined
  if (s.emptyEnabled) return false
  return s.emptyDisabled && s.fullEnabled ? true : undefined
}

const CONTROLS = 'button, [role="button"], input[type="submit"]'

/** The controls of `container` that could send `editor`'s text, with what is known of each. */
export function submitCandidates(
  editor: HTMLElement | null,
  container: Element
): SubmitCandidate<HTMLElement>[] {
  const controls = [...container.querySelectorAll<HTMLElement>(CONTROLS)].filter(
    (b) => !editor?.contains(b) && !b.closest("[data-byp-host]")
  )
  if (editor) {
    const text = editor instanceof HTMLTextAreaElement ? editor.value : (editor.textContent ?? "")
    noteEmptiness(text.trim() === "", controls)
  }
  return controls.map((b) => ({
    ref: b,
    label: labelOf(b),
    disabled: isDisabled(b),
    // With the editor gone (a later step), every control counts as after it.
    after: !editor || !!(editor.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING),
    menu: b.hasAttribute("aria-haspopup") || b.hasAttribute("aria-expanded"),
    // With the editor gone there is no emptiness to follow: labels and structure only.
    followsEmptiness: editor ? follows(b) : undefined
  }))
}
