import { createChecker } from "../../src/core/checker"
import { builtinRule, type BuiltinRuleId } from "../../src/core/rules/registry"
import { defaultCheckSettings } from "../../src/settings/defaults"

/** [post, the words of each finding in order (exact ranges)]. */
export type FindingRow = readonly [string, readonly string[]]

/**
 * A rule's table test over its findings' ranges (textlint-tester style): each flagged post
 * yields exactly the listed words, in order, and each clean post yields nothing. Only `rule`
 * runs, with the default settings, so another rule's finding never changes the answer.
 */
export function describeFindingTable(
  title: string,
  rule: BuiltinRuleId,
  flagged: readonly FindingRow[],
  clean: readonly string[]
): void {
  const checker = createChecker(defaultCheckSettings, [builtinRule(rule)])
  const words = (text: string): string[] =>
    checker.check({ text }).findings.map((f) => text.slice(f.start, f.end))

  describe(title, () => {
    test.each(flagged.map(([text, w]) => [text, w] as const))("flags %j", (text, w) => {
      expect(words(text)).toEqual(w)
    })
    test.each(clean.map((text) => [text] as const))("does not flag %j", (text) => {
      expect(words(text)).toEqual([])
    })
  })
}
