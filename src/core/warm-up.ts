import type { Rule } from "./rule"

/**
 * What the checker is given when the service worker wakes, before the first real
 * check: every rule's warm-up sentences (Rule.warmUp), once as they are and once
 * with a character outside Latin-1 added. V8 keeps one-byte and two-byte strings
 * apart and compiles a regular expression for each width on its own, and a draft
 * read from the page is usually two-byte (an emoji, a curly apostrophe). Without
 * this, the first check of a 100,000-character draft in a fresh worker ran every
 * long pattern in V8's interpreter and took about twice as long (npm run bench).
 * One text per sentence, so that the caller can yield between them.
 */
export function warmUpTexts(rules: readonly Pick<Rule, "warmUp">[]): string[] {
  const samples = rules.flatMap((rule) => rule.warmUp ?? [])
  return [...samples, ...samples.map((sample) => `${sample} ✨`)]
}
