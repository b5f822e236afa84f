import { renderToStaticMarkup } from "react-dom/server"

import type { Finding } from "../core/types"
import { defaultSettings } from "../settings/defaults"
import { resolve } from "../settings/resolve"
import { Elsewhere, OnSite, siteOf, ThisPage, type State } from "./Popup"

const live = (policy?: unknown) => ({ ...resolve(defaultSettings, {}, policy), migrationNotes: [] })
const finding: Finding = {
  rule: "student-full-name",
  title: "Student’s full name",
  start: 0,
  end: 5,
  severity: "warn",
  message: "Use the first name only.",
  policyRef: { clause: "AP 144", quote: "…" },
  fixes: [],
  match: "Emma Thompson"
}
const state = (over: Partial<State>): State => ({
  site: "facebook",
  urlKnown: true,
  status: { watching: 1, findings: [finding], site: "facebook" },
  live: live(),
  counts: { shown: 0, fixed: 0, postedAnyway: 0 },
  pausedUntil: 0,
  ...over
})

test.each([
  ["https://www.facebook.com/groups/1", "facebook"],
  ["https://mobile.x.com/compose/post", "x"],
  ["https://twitter.com/home", "x"],
  ["https://www.instagram.com/", "instagram"],
  ["https://example.com/", null],
  [undefined, null]
])("siteOf(%j) = %j", (url, site) => expect(siteOf(url)).toBe(site))

test("on a site: watching, the findings without the matched names, and Pause", () => {
  const html = renderToStaticMarkup(<OnSite state={state({})} />)
  expect(html).toContain("Watching 1 compose box on this page.")
  expect(html).toContain('data-rule="student-full-name"')
  expect(html).toContain("Use the first name only.")
  expect(html).not.toContain("Emma Thompson")
  expect(html).toContain("data-byp-pause")
})

test("no Pause when policy forbids it; paused state shows the time and Resume", () => {
  const forbidden = renderToStaticMarkup(
    <OnSite state={state({ live: live({ enforcement: { allowPause: false } }) })} />
  )
  expect(forbidden).not.toContain("data-byp-pause")
  const paused = renderToStaticMarkup(
    <OnSite state={state({ pausedUntil: Date.now() + 3_600_000 })} />
  )
  expect(paused).toContain("data-byp-paused")
  expect(paused).toContain("Resume checking now")
})

test("no answer from the page; site switched off", () => {
  expect(renderToStaticMarkup(<OnSite state={state({ status: null })} />)).toContain(
    "Reload the page"
  )
  const off = renderToStaticMarkup(
    <OnSite state={state({ live: live({ sites: { facebook: false } }) })} />
  )
  expect(off).toContain("switched off for this site")
})

test("elsewhere: what it does and where", () => {
  const html = renderToStaticMarkup(<Elsewhere urlKnown={false} />)
  expect(html).toContain("www.instagram.com")
  expect(html).toContain("Reload that page")
})

test("This page: adapter, Post control, keys, account and attachments per box; the outline button", () => {
  const html = renderToStaticMarkup(
    <ThisPage
      tabId={3}
      boxes={[
        { adapter: "site", submitFound: true, keys: [], account: "@lakeside_elem", attachments: 2 },
        { adapter: "generic", submitFound: false, keys: ["Enter"], attachments: 0 }
      ]}
    />
  )
  expect(html).toContain('data-byp-box="0"')
  expect(html).toContain('data-submit-found="false"')
  expect(html).toContain("@lakeside_elem")
  expect(html).toContain("data-byp-copy-outline")
  expect(renderToStaticMarkup(<ThisPage boxes={[]} />)).toBe("")
})
