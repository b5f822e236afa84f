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

test("Sites: the faces switch and its severities show the effective values and can be changed", () => {
  const html = renderToStaticMarkup(<SitesSection live={live} save={save} user={{}} />)
  const faces = field(html, "faces.enabled")
  expect(faces).toContain("Find faces in photos")
  expect(faces).toContain("nothing is stored")
  expect(faces).toMatch(/<input[^>]*type="checkbox"/)
  expect(faces).not.toMatch(/disabled/)
  expect(faces).not.toContain("Set by your division")
  expect(faces).toMatch(/<input[^>]*checked/) // on by default
  expect(field(html, "faces.closeUp")).toMatch(
    new RegExp(`<option value="${defaultSettings.faces.closeUp}" selected`)
  )
  expect(field(html, "faces.group")).toMatch(
    new RegExp(`<option value="${defaultSettings.faces.group}" selected`)
  )
  expect(field(html, "faces.closeUp")).not.toMatch(/disabled/)

  // The teacher's own value is what the switch shows when policy is silent.
  const own = {
    ...resolve(defaultSettings, { faces: { ...defaultSettings.faces, enabled: false } }, {}),
    migrationNotes: []
  }
  expect(
    field(renderToStaticMarkup(<SitesSection live={own} save={save} user={{}} />), "faces.enabled")
  ).not.toMatch(/checked/)
})

test("Sites: turning faces on or changing a severity saves the faces setting, keeping the teacher's other choices", async () => {
  const calls: [string, unknown][] = []
  const record = async (key: string, value: unknown) => {
    calls.push([key, value])
    return { ok: true as const, value: null, dropped: [] }
  }
  const user = { faces: { enabled: false, closeUp: "block" } }
  const mine = { ...resolve(defaultSettings, user, {}), migrationNotes: [] }
  // SitesSection uses no hooks: its element tree can be read directly.
  const tree = SitesSection({ live: mine, save: record as never, user })
  const children = (tree.props as { children: unknown[] }).children.flat() as {
    props: { field?: string; onChange?: (v: unknown) => unknown }
  }[]
  const byField = (f: string) => children.find((c) => c?.props?.field === f)!.props
  await byField("faces.enabled").onChange!(true)
  await byField("faces.group").onChange!("warn")
  expect(calls).toEqual([
    ["faces", { ...defaultSettings.faces, enabled: true, closeUp: "block" }],
    ["faces", { ...defaultSettings.faces, enabled: false, closeUp: "block", group: "warn" }]
  ])
})

test("Sites: faces set by policy are disabled and marked", () => {
  const locked = {
    ...resolve(
      defaultSettings,
      { faces: { ...defaultSettings.faces, enabled: true } },
      {
        faces: { enabled: false, group: "block" }
      }
    ),
    migrationNotes: []
  }
  const html = renderToStaticMarkup(<SitesSection live={locked} save={save} user={{}} />)
  const faces = field(html, "faces.enabled")
  expect(faces).toMatch(/<input[^>]*type="checkbox"[^>]*disabled/)
  expect(faces).not.toMatch(/checked/)
  expect(faces).toContain("Set by your division")
  expect(field(html, "faces.group")).toMatch(/<select[^>]*disabled/)
  expect(field(html, "faces.group")).toMatch(/<option value="block" selected/)
  expect(field(html, "faces.closeUp")).not.toMatch(/disabled/)
})
