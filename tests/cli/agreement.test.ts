import { CheckerHost } from "../../src/background/checker-host"
import { processJsonLines } from "../../src/cli/json-lines"
import { layeredSettings } from "../../src/cli/settings"
import type { Draft } from "../../src/core/types"
import { checkerFromSettings } from "../../src/settings/checker"

/**
 * The background, the options page's "Try a post" (checkerFromSettings) and the
 * CLI build their checker the same way, so the same settings give the same
 * findings. The case that used to differ: a "My account" that identifies the
 * teacher as staff, without a disclaimer.
 */
const settingsJson = {
  myAccounts: [
    { site: "facebook", handle: "ms.rivera", identifiesAsStaff: true, hasDisclaimer: false },
    { site: "x", handle: "rivera_teaches", identifiesAsStaff: true, hasDisclaimer: true }
  ]
}
const { settings } = layeredSettings([{ value: settingsJson, where: "test" }])

const drafts: Draft[] = [
  { text: "Great day in the gym!", site: "facebook", account: { handle: "@ms.rivera" } },
  { text: "Great day in the gym!", site: "facebook" },
  { text: "Great day in the gym!", site: "x", account: { handle: "rivera_teaches" } },
  { text: "Congrats to Emma Thompson!", site: "instagram" }
]

const rulesOf = (findings: { rule: string }[]) => findings.map((f) => f.rule)

test.each(drafts)("background, Try a post and the CLI agree on %j", async (draft) => {
  const background = await new CheckerHost(async () => settings).check(draft)
  const tryPost = checkerFromSettings(settings).check(draft)
  const [cli] = processJsonLines(JSON.stringify(draft), settings)
  expect(cli).toEqual({ findings: tryPost.findings })
  expect(background.findings).toEqual(tryPost.findings)
})

test("a staff account without a disclaimer gets the disclaimer finding everywhere", () => {
  const [cli] = processJsonLines(JSON.stringify(drafts[0]), settings)
  expect("findings" in cli! && rulesOf(cli.findings)).toEqual(["missing-disclaimer"])
  // The same account with the disclaimer in its profile: nothing to say.
  const [ok] = processJsonLines(JSON.stringify(drafts[2]), settings)
  expect(ok).toEqual({ findings: [] })
})
