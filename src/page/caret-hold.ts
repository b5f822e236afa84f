import type { Finding } from "../core/types"

/**
 * The word under the caret is not judged until it is finished. Typing
 * "Congratulations" passes through "Con", a French swear word, and "Sophie Tr…"
 * through shorter names: a mark that flashes on a half-typed word and vanishes a
 * keystroke later is noise that teaches people to ignore the panel.
 *
 * So a text finding that ends exactly at the caret, right after a letter or digit,
 * is held back from the panel and the marks while the teacher is still typing it.
 * It is only held, never dropped: the Post gate always sees every finding, and the
 * controller shows held ones as soon as the caret leaves the word, the box loses
 * focus, or typing pauses (`HOLD_RELEASE_MS`).
 *
 * Pure: the caret is a text offset (see `offsetOf` in text-model.ts); null when
 * the selection is not a caret inside this box, and then nothing is held.
 */

/** After this long without an edit, a word at the caret counts as finished. */
export const HOLD_RELEASE_MS = 1200

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u

export interface CaretSplit {
  shown: Finding[]
  held: Finding[]
}

export function splitAtCaret(text: string, caret: number | null, findings: Finding[]): CaretSplit {
  if (caret === null || caret <= 0 || !WORD_CHAR.test(text.charAt(caret - 1))) {
    return { shown: findings, held: [] }
  }
  const shown: Finding[] = []
  const held: Finding[] = []
  for (const f of findings) {
    const inText = f.source?.kind !== "image" && f.end > f.start
    ;(inText && f.end === caret ? held : shown).push(f)
  }
  return { shown, held }
}
