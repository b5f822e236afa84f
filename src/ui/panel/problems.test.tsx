import { renderToStaticMarkup } from "react-dom/server"

import { compileCustomRules } from "../../core/rules/custom"
import { defaultCheckSettings } from "../../settings/defaults"
import { Panel } from "./Panel"

/**
 * A division rule that ran over its time budget on this post: the checker reports
 * it during the check, and the panel says the rule did not run, as text.
 */
test("a custom rule skipped as too slow is named in the panel, as text", () => {
  let t = 0
  const { rules, problems } = compileCustomRules(
    [{ id: "bus<b>", pattern: "bus", message: "Bus numbers.", severity: "warn" }],
    "en",
    { now: () => (t += 100) } // every window takes 100 ms
  )
  const draft = { text: "The bus leaves at noon." }
  rules[0]!.check({ text: draft.text, draft, settings: defaultCheckSettings })
  const skipped = problems.filter((p) => p.duringCheck).map((p) => p.message)
  expect(skipped).toHaveLength(1)
  const html = renderToStaticMarkup(
    <Panel
      state="findings"
      findings={[]}
      problems={skipped}
      theme="light"
      collapsed={false}
      onToggle={() => undefined}
      onFix={() => undefined}
      onIgnore={() => undefined}
    />
  )
  expect(html).toContain('data-byp="problem">Custom rule &quot;bus&lt;b&gt;&quot; took longer than')
})
