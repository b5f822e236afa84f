import { defaultSettings } from "../settings/defaults"
import type { Settings } from "../settings/schema"
import { CheckerHost, ruleLocale } from "./checker-host"

const draft = { text: "Congratulations to Emma Thompson on her win!", site: "facebook" as const }
const withPause = (allowPause: boolean): Settings => ({
  ...defaultSettings,
  enforcement: { ...defaultSettings.enforcement, allowPause }
})

describe("CheckerHost", () => {
  test("checks with the loaded settings", async () => {
    const host = new CheckerHost(async () => defaultSettings)
    const reply = await host.check(draft)
    expect(reply.findings.map((f) => f.rule)).toContain("student-full-name")
    expect(reply.policy?.enabled).toBe(true)
  })

  test("the warm-up runs every rule's samples but lets a check that arrives meanwhile through", async () => {
    const host = new CheckerHost(async () => defaultSettings)
    const order: string[] = []
    const warming = host.warm().then(() => order.push("warm"))
    // A message from a page arrives as a task of its own, after the warm-up started.
    const checking = new Promise((resolve) => setTimeout(resolve, 0)).then(() =>
      host.check(draft).then(() => order.push("check"))
    )
    await Promise.all([warming, checking])
    expect(order).toEqual(["check", "warm"])
  })

  test("a pause in force checks nothing and turns the page's gate off", async () => {
    const host = new CheckerHost(
      async () => withPause(true),
      async () => Date.now() + 60_000
    )
    const reply = await host.check(draft)
    expect(reply.findings).toEqual([])
    expect(reply.policy?.enabled).toBe(false)
  })

  test("a pause that has ended, or one that policy forbids, changes nothing", async () => {
    const ended = new CheckerHost(
      async () => withPause(true),
      async () => Date.now() - 1
    )
    expect((await ended.check(draft)).findings).not.toEqual([])
    const forbidden = new CheckerHost(
      async () => withPause(false),
      async () => Date.now() + 60_000
    )
    expect((await forbidden.check(draft)).findings).not.toEqual([])
  })

  test("a site switched off checks nothing there", async () => {
    const host = new CheckerHost(async () => ({
      ...defaultSettings,
      sites: { ...defaultSettings.sites, facebook: false }
    }))
    expect(await host.check(draft)).toEqual(
      expect.objectContaining({ findings: [], policy: expect.objectContaining({ enabled: false }) })
    )
    expect((await host.check({ ...draft, site: "x" })).findings).not.toEqual([])
  })

  test("rule messages follow the browser's UI language", async () => {
    const fr = new CheckerHost(
      async () => defaultSettings,
      async () => 0,
      () => "fr-CA"
    )
    const [finding] = (await fr.check(draft)).findings
    expect(finding?.message).toMatch(/^Ceci ressemble au nom complet d’un élève/)
    const en = new CheckerHost(async () => defaultSettings)
    expect((await en.check(draft)).findings[0]?.message).toMatch(/^This looks like/)
  })

  test.each([
    ["fr", "fr"],
    ["fr-CA", "fr"],
    ["FR-fr", "fr"],
    ["en-US", "en"],
    ["de", "en"],
    ["", "en"]
  ])("UI language %s → rule messages in %s", (lang, locale) => {
    expect(ruleLocale(lang)).toBe(locale)
  })
})
