/**
 * Adding a rule or a site is a registry change: a throwaway rule and a throwaway
 * site, added to the registries alone (nothing else edited), appear in the
 * panel, the options page, the defaults, the managed schema and the CLI.
 */
import { renderToStaticMarkup } from "react-dom/server"

jest.mock("../src/core/rules/registry", () => {
  const actual = jest.requireActual("../src/core/rules/registry")
  const { defineMessages, defineRule, fix } = jest.requireActual("../src/core/rule")
  const throwaway = defineRule({
    id: "no-bus-numbers",
    messages: defineMessages(
      {
        title: "Bus numbers",
        description: "Flags bus numbers in a post (throwaway test rule).",
        message: "A bus number.",
        "fix.remove": "Remove it"
      },
      {
        title: "Numéros d’autobus",
        description: "Signale les numéros d’autobus (règle d’essai).",
        message: "Un numéro d’autobus.",
        "fix.remove": "Le retirer"
      }
    ),
    policyRef: { clause: "Test clause", quote: "A quoted clause for the throwaway rule." },
    defaultSeverity: "warn",
    scope: "sentence",
    check({ text, say }: { text: string; say: (k: string) => string }) {
      const m = /\bbus \d+\b/i.exec(text)
      return m
        ? [
            {
              start: m.index,
              end: m.index + m[0].length,
              message: say("message"),
              fixes: [fix.remove(say("fix.remove"))]
            }
          ]
        : []
    }
  })
  const builtinRules = [...actual.builtinRules, throwaway]
  const ids = builtinRules.map((r: { id: string }) => r.id)
  return {
    ...actual,
    builtinRules,
    BUILTIN_RULE_IDS: ids,
    isBuiltinRuleId: (id: string) => ids.includes(id),
    builtinRule: (id: string) => builtinRules.find((r: { id: string }) => r.id === id)
  }
})

jest.mock("../src/sites/registry", () => {
  const actual = jest.requireActual("../src/sites/registry")
  const SITES = {
    ...actual.SITES,
    myblog: {
      name: { en: "School blog", fr: "Blogue de l’école" },
      aliases: ["blog"],
      matches: ["https://blog.example.org/*"]
    }
  }
  const SITE_IDS = Object.keys(SITES)
  return {
    ...actual,
    SITES,
    SITE_IDS,
    isSiteId: (v: unknown) => typeof v === "string" && SITE_IDS.includes(v),
    siteFromWord: (w: string) =>
      SITE_IDS.find(
        (s) =>
          s === w.toLowerCase() || SITES[s as keyof typeof SITES].aliases.includes(w.toLowerCase())
      ),
    siteName: (s: keyof typeof SITES, l: "en" | "fr" = "en") => SITES[s].name[l]
  }
})

/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the mocks above */
const { parseArgs } = require("../src/cli/args")
const { processJsonLines } = require("../src/cli/json-lines")
const { defaultSettings } = require("../src/settings/defaults")
const { buildManagedSchema } = require("../src/settings/managed-schema")
const { resolve } = require("../src/settings/resolve")
const { checkerFromSettings } = require("../src/settings/checker")
const { RulesSection } = require("../src/options/sections/Rules")
const { SitesSection } = require("../src/options/sections/Sites")
const { Panel } = require("../src/ui/panel/Panel")
/* eslint-enable @typescript-eslint/no-require-imports */

const live = { ...resolve(defaultSettings, {}, undefined), migrationNotes: [] }
const save = async () => ({ ok: true as const, value: null, dropped: [] })

describe("a rule added to the registry alone", () => {
  test("has defaults, a policy switch and a managed-schema entry", () => {
    expect(defaultSettings.rules["no-bus-numbers"]).toEqual({ enabled: true, severity: "warn" })
    expect(defaultSettings.enforcement.postAnyway["no-bus-numbers"]).toBe(true)
    const schema = buildManagedSchema()
    expect(schema.properties.rules.properties["no-bus-numbers"].title).toBe("Bus numbers")
    expect(
      schema.properties.enforcement.properties.postAnyway.properties["no-bus-numbers"]
    ).toBeDefined()
    // Policy can switch it off.
    const r = resolve(defaultSettings, {}, { rules: { "no-bus-numbers": { enabled: false } } })
    expect(r.effective.rules["no-bus-numbers"].enabled).toBe(false)
  })

  test("shows in the options page's Checks section with its words and clause", () => {
    const html = renderToStaticMarkup(<RulesSection live={live} save={save} user={{}} />)
    expect(html).toContain('data-rule="no-bus-numbers"')
    expect(html).toContain("Bus numbers")
    expect(html).toContain("A quoted clause for the throwaway rule.")
  })

  test("finds, and the panel shows its title, message and fix", () => {
    const { findings } = checkerFromSettings(live.effective).check({ text: "Take bus 14 home." })
    expect(findings.map((f: { rule: string }) => f.rule)).toEqual(["no-bus-numbers"])
    const html = renderToStaticMarkup(
      <Panel
        state="findings"
        findings={findings}
        theme="light"
        collapsed={false}
        onToggle={() => undefined}
        onFix={() => undefined}
        onIgnore={() => undefined}
      />
    )
    expect(html).toContain("Bus numbers")
    expect(html).toContain("A bus number.")
    expect(html).toContain("Remove it")
  })

  test("the CLI reports it", () => {
    const [line] = processJsonLines('{"text":"Take bus 14 home."}', defaultSettings)
    expect(line.findings.map((f: { rule: string }) => f.rule)).toEqual(["no-bus-numbers"])
  })
})

describe("a site added to the registry alone", () => {
  test("has a default switch, a policy switch and a managed-schema entry", () => {
    expect(defaultSettings.sites.myblog).toBe(true)
    expect(buildManagedSchema().properties.sites.properties.myblog.title).toBe("School blog")
    const r = resolve(defaultSettings, {}, { sites: { myblog: false } })
    expect(r.effective.sites.myblog).toBe(false)
  })

  test("shows in the options page's Sites section", () => {
    const html = renderToStaticMarkup(<SitesSection live={live} save={save} user={{}} />)
    expect(html).toContain('data-field="sites.myblog"')
    expect(html).toContain("School blog")
  })

  test("the CLI accepts it", () => {
    expect(parseArgs(["--site", "myblog", "hi"])).toMatchObject({ site: "myblog" })
    const [line] = processJsonLines('{"text":"hi","site":"myblog"}', defaultSettings)
    expect(line).toEqual({ findings: [] })
  })
})
