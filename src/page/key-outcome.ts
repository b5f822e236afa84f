/**
 * What a send-candidate key (Enter, Ctrl/Cmd+Enter) did in a box, read from its
 * text just before and a moment after the key: the box emptied or went away
 * (it sent), or it gained a line (a newline). Pure; the gate reads the texts and
 * tells the adapter (SiteAdapter.noteKey), so the keys that send are decided by
 * what the box does.
 */
export type KeyOutcome = "send" | "newline"

/** How long after the key its effect is read (sites clear the box once the post is accepted). */
export const KEY_OUTCOME_MS = 400

const lines = (s: string) => s.split("\n").length

export function keyOutcome(before: string, after: string | null): KeyOutcome | null {
  if (!before.trim()) return null // an empty box sends nothing, whatever the key does
  if (after === null) return "send"
  // A box left with only line breaks was a selection replaced by a newline, not a send:
  // a site that sends clears its box (or removes it).
  if (!after.trim()) return after.includes("\n") ? null : "send"
  if (lines(after) > lines(before)) return "newline"
  return null
}
