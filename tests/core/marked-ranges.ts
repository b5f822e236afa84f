/**
 * Test tables write a post with ⟦ ⟧ around every expected finding ("Bravo ⟦Tremblay, Sophie⟧!"):
 * the text without the marks, and each marked range in it, in order.
 */
export function parseMarked(marked: string): { text: string; ranges: [number, number][] } {
  let text = ""
  const ranges: [number, number][] = []
  let open = -1
  for (const ch of marked) {
    if (ch === "⟦") open = text.length
    else if (ch === "⟧") ranges.push([open, text.length])
    else text += ch
  }
  return { text, ranges }
}
