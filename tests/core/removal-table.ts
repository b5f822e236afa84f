import { createChecker } from "../../src/core/checker"
import type { Finding, RuleId } from "../../src/core/types"
import { defaultCheckSettings } from "../../src/settings/defaults"

/** [post, the flagged words (exact range), the text left once the rule's first fix is applied]. */
export type RemovalRow = [string, string, string]

/**
 * A rule's table test whose fix removes or rewrites the flagged detail (textlint-tester style):
 * each flagged post yields exactly one finding of `rule`, with that exact range, and its first
 * fix leaves exactly the given text; each clean post yields no finding of `rule`.
 */
export function describeRemovalTable(
  title: string,
  rule: RuleId,
  flagged: readonly RemovalRow[],
  clean: readonly string[]
): void {
  const checker = createChecker(defaultCheckSettings)
  const found = (text: string): Finding[] =>
    checker.check({ text }).findings.filter((f) => f.rule === rule)

  describe(title, () => {
    test.each(flagged)("flags %j", (text, words, after) => {
      const f = found(text)
      expect(f).toHaveLength(1)
      expect(text.slice(f[0]!.start, f[0]!.end)).toBe(words)
      const [fx] = f[0]!.fixes
      const r = fx!.range ?? f[0]!
      expect(text.slice(0, r.start) + fx!.replacement + text.slice(r.end)).toBe(after)
    })

    test.each(clean)("does not flag %j", (text) => {
      expect(found(text)).toEqual([])
    })
  })
}
