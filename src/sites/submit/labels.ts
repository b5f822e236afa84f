/**
 * THE label lists for submit controls, in English, French and the other
 * languages Manitoba families use on these sites (Tagalog, Punjabi, German,
 * Spanish, Ukrainian, Chinese, Portuguese, Vietnamese, Arabic, Hindi). Hints
 * only: a control that behaves like the submit wins even with an unknown label
 * (see choose.ts). Every adapter, the generic one and the page outline read them
 * from here.
 */

/**
 * Words of the control that sends (or commits) the post. Matched as the whole
 * label or as its first words ("Post all", "Publish now", "Publier maintenant"),
 * never inside a longer word ("Posted 3 days ago", "Postpone", "Sharepoint").
 * "Schedule" commits the post too (WordPress's Publish reads Schedule once a
 * date is set; Facebook Pages schedule from the same dialog): it is gated.
 */
export const FINAL_SUBMIT_WORDS: readonly string[] = [
  // English
  "post",
  "publish",
  "share",
  "share to story",
  "tweet",
  "reply",
  "schedule",
  "submit",
  "update",
  // French
  "publier",
  "partager",
  "partager dans la story",
  "répondre",
  "programmer",
  "soumettre",
  "mettre à jour",
  // Spanish
  "publicar",
  "compartir",
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
  "mag-post",
  "sumagot",
  // Punjabi ("ਪੋਸਟ ਕਰੋ", "ਸਾਂਝਾ ਕਰੋ" start with these)
  "ਪੋਸਟ",
  "ਪ੍ਰਕਾਸ਼ਿਤ ਕਰੋ",
  "ਸਾਂਝਾ",
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
  "مشاركة",
  // Italian (Instagram builds seen with it)
  "condividi"
]

/**
 * An intermediate step (the post goes out on a later step): still gated, never
 * preferred. Whole label only: "Next photo" in a carousel is not a step.
 */
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

/**
 * The send control of a comment or chat box (such boxes often send on Enter too).
 * The submit of a comment box, never the submit of a post composer.
 */
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

/**
 * Controls next to an editor that never send it: drafts, previews, leaving the
 * composer. Such a control may well be disabled while the editor is empty
 * ("Save draft"), so behaviour alone would take it for the submit.
 */
export const NEVER_SUBMIT_WORDS: readonly string[] = [
  "save",
  "save draft",
  "save as draft",
  "preview",
  "cancel",
  "close",
  "back",
  "discard",
  "delete",
  "enregistrer",
  "brouillon",
  "aperçu",
  "annuler",
  "fermer",
  "retour",
  "supprimer",
  "guardar",
  "cancelar",
  "speichern",
  "abbrechen",
  "zurück",
  "i-save",
  "kanselahin",
  "зберегти",
  "скасувати",
  "назад"
]

/** final: sends the post; next: a step before it; comment: a comment box's send; never: drafts, cancel. */
export type LabelKind = "final" | "next" | "comment" | "never" | "other"

/** Lower case, one space, no trailing dots or exclamation marks. */
export const normLabel = (s: string): string =>
  s
    .normalize("NFC")
    .toLocaleLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/[.…!]+$/u, "")
    .trim()

/** `label` is `word`, or starts with it followed by something that is not a letter, mark or digit. */
function startsWithWord(label: string, word: string): boolean {
  return label.startsWith(word) && !/^[\p{L}\p{M}\p{N}]/u.test(label.slice(word.length))
}

const inList = (l: string, list: readonly string[]) => list.some((w) => startsWithWord(l, w))

/** Kinds of labels already read: the finder runs on every check and Post key, over the same few controls. */
const known = new Map<string, LabelKind>()

/** Which kind of control a visible or accessible label names (extra final words from policy). */
export function labelKind(label: string, extraFinal: readonly string[] = []): LabelKind {
  const l = normLabel(label)
  if (!l) return "other"
  if (extraFinal.some((w) => normLabel(w) === l)) return "final"
  let kind = known.get(l)
  if (!kind) {
    kind = builtInKind(l)
    if (known.size > 500) known.clear()
    known.set(l, kind)
  }
  return kind
}

function builtInKind(l: string): LabelKind {
  if (NEXT_STEP_WORDS.includes(l)) return "next"
  // Before the final words: "Save draft" is never a submit, "Post" may start other labels.
  if (inList(l, NEVER_SUBMIT_WORDS)) return "never"
  if (inList(l, FINAL_SUBMIT_WORDS)) return "final"
  if (inList(l, COMMENT_SEND_WORDS)) return "comment"
  return "other"
}

/** The label is exactly one of the final words ("Post"), not a longer label starting with one. */
export function isExactFinal(label: string, extraFinal: readonly string[] = []): boolean {
  const l = normLabel(label)
  return FINAL_SUBMIT_WORDS.includes(l) || extraFinal.some((w) => normLabel(w) === l)
}
