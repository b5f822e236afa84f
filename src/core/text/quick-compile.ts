/**
 * V8's irregexp (SpiderMonkey runs the same engine) optimises a pattern when it compiles it,
 * unless the pattern's source is longer than 20 KB (`kRegExpTooLargeToOptimize`). For the
 * rules' long word-list patterns that pass is nearly all of the cost: one 8,800-character
 * voice shape took 0.5 to 1.4 s to compile with it and 15 to 35 ms without. A teacher waits
 * for that compile in the first check after the service worker wakes.
 *
 * `quickToCompile` pads a long source past that limit with a lookahead that always succeeds
 * at once (its first alternative is empty; the padding alternative is never tried), so the
 * pattern matches exactly what it matched before.
 */
const TOO_LARGE_TO_OPTIMIZE = 20 * 1024
/** Below this, the optimising compile is cheap and its faster matching is worth keeping. */
const WORTH_PADDING = 2000

export function quickToCompile(source: string, flags = ""): RegExp {
  if (source.length < WORTH_PADDING) return new RegExp(source, flags)
  // One character class of repeated letters: cheap to parse, unlike a long literal (whose
  // text node overflows the compiler's stack) or many small groups.
  const pad = Math.max(0, TOO_LARGE_TO_OPTIMIZE + 64 - source.length)
  return new RegExp(pad ? `${source}${PAD_OPEN}${"x".repeat(pad)}])` : source, flags)
}

const PAD_OPEN = "(?=|["
const PADDING = /\(\?=\|\[x+\]\)$/

/**
 * The source as it was written, without the padding: for a pattern that is written into a
 * larger one (the division's names inside every voice shape), where 20 KB of padding per
 * copy would only cost memory.
 */
export function sourceOf(re: RegExp): string {
  return re.source.replace(PADDING, "")
}
