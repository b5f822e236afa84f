import { readFileSync } from "fs"
import { join } from "path"
import { rng } from "./stats"

/**
 * Deterministic drafts of a given length, made of posts from the eval corpus
 * (tests/eval/corpus.jsonl) in a seeded order, so the checker and the naive pass
 * work on realistic text: names, trips, calendar notices, hashtags, emoji, French.
 * Posts are drawn without replacement, so a long draft does not repeat sentences
 * (a repeat would hit the segment cache and flatter the "fresh checker" figure).
 */
let corpusTexts: string[] | undefined

function corpus(): string[] {
  corpusTexts ??= readFileSync(join(__dirname, "../tests/eval/corpus.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text)
  return corpusTexts
}

export function buildDraft(length: number, seed = 1): string {
  const next = rng(seed)
  const pool = [...corpus()]
  let out = ""
  while (out.length < length && pool.length) {
    const [post] = pool.splice(Math.floor(next() * pool.length), 1)
    out += (out ? "\n\n" : "") + post
  }
  // Cut back to a sentence end close to the requested length, else to a word end:
  // the draft should be as long as asked, give or take a word.
  const sentenceEnd = Math.max(out.lastIndexOf(". ", length), out.lastIndexOf("! ", length))
  if (sentenceEnd >= length * 0.95) return out.slice(0, sentenceEnd + 1)
  const wordEnd = out.lastIndexOf(" ", length)
  return out.slice(0, wordEnd > 0 ? wordEnd : length)
}

/** Sentence spans in `text` (end exclusive), for picking where to edit. */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = []
  const re = /[^.!?\n]+[.!?]*/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text)))
    if (m[0].trim().length > 10) spans.push({ start: m.index, end: m.index + m[0].length })
  return spans
}

/**
 * Changes one letter inside one sentence (both picked by `next`), the way a typo
 * fix does. Edits accumulate over the run, so a sentence rarely returns to text the
 * segment cache has already seen.
 */
export function editOneChar(text: string, next: () => number): string {
  const spans = sentenceSpans(text)
  const s = spans[Math.floor(next() * spans.length)]!
  for (let tries = 0; tries < 20; tries++) {
    const at = s.start + Math.floor(next() * (s.end - s.start))
    const ch = text[at]!
    if (!/[a-z]/.test(ch)) continue
    let repl = ch
    while (repl === ch) repl = String.fromCharCode(97 + Math.floor(next() * 26))
    return text.slice(0, at) + repl + text.slice(at + 1)
  }
  return text
}
