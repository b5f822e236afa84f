import { quickToCompile } from "../../text/quick-compile"

/**
 * One voice shape: its pattern source and, when it has one, a cheap literal pre-filter of
 * words every match of the shape contains. A sentence without them never runs the shape.
 */
export type Shape = readonly [needs: RegExp | null, source: string]

/**
 * Several shapes that answer exactly as their single alternation would (leftmost match, then
 * the earliest shape at that position), but each compiled only when first needed and skipped
 * when its pre-filter fails: one ~145,000-char regex cost seconds to compile and tried every
 * shape at every position of every sentence.
 */
export function firstOf(
  shapes: readonly Shape[],
  flags: string
): (sentence: string) => RegExpExecArray | null {
  const compiled: (RegExp | undefined)[] = []
  return (sentence) => {
    let best: RegExpExecArray | null = null
    for (let i = 0; i < shapes.length; i++) {
      const [needs, source] = shapes[i]!
      if (needs && !needs.test(sentence)) continue
      const m = (compiled[i] ??= quickToCompile(source, flags)).exec(sentence)
      if (m && (!best || m.index < best.index)) {
        best = m
        // Nothing can start before the sentence does.
        if (m.index === 0) break
      }
    }
    return best
  }
}
