import { renderToStaticMarkup } from "react-dom/server"

import { defaultSettings } from "../../settings/defaults"
import { resolve } from "../../settings/resolve"
import { DivisionSection } from "./Division"
import { RulesSection } from "./Rules"
import { SitesSection } from "./Sites"

/**
 * Server-rendered markup of the sections (no DOM needed): every field that
 * policy sets is read-only and marked "Set by your division"; the others are not.
 */
const policy = {
  schools: ["Park West High School"],
  rules: { "student-full-name": { severity: "block" } },
  sites: { x: false }
}
const live = { ...resolve(defaultSettings, {}, policy), migrationNotes: [] }
const save = async () => ({ ok: true as const, value: null, dropped: [] })

function field(html: string, name: string): string {
  const start = html.indexOf(`data-field="${name}"`)
  expect(start).toBeGreaterThan(-1)
  const next = html.indexOf("data-field=", start + 10)
  return html.slice(start, next < 0 ? undefined : next)
}

test("Division: the policy's schools are read-only and marked; division names are editable", () => {
  const html = renderToStaticMarkup(<DivisionSection live={live} save={save} />)
  expect(field(html, "schools")).toContain("Set by your division")
  expect(field(html, "schools")).toMatch(/<textarea[^>]*readonly/)
  expect(field(html, "divisionNames")).not.toContain("Set by your division")
  expect(field(html, "divisionNames")).not.toMatch(/readonly/)
})

test("Rules: only the locked field of a rule is disabled", () => {
  const html = renderToStaticMarkup(<RulesSection live={live} save={save} user={{}} />)
  expect(field(html, "rules.student-full-name.severity")).toMatch(/<select[^>]*disabled/)
  expect(field(html, "rules.student-full-name.severity")).toContain("Set by your division")
  expect(field(html, "rules.student-full-name.enabled")).not.toMatch(/disabled/)
  // The policy's value is shown.
  expect(field(html, "rules.student-full-name.severity")).toMatch(/<option value="block" selected/)
})

test("Sites: the policy's switch is disabled and off", () => {
  const html = renderToStaticMarkup(<SitesSection live={live} save={save} user={{}} />)
  expect(field(html, "sites.x")).toMatch(/<input[^>]*type="checkbox"[^>]*disabled/)
  expect(field(html, "sites.x")).not.toMatch(/checked/)
  expect(field(html, "sites.facebook")).not.toMatch(/disabled/)
})
