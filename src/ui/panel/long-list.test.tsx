import { renderToStaticMarkup } from "react-dom/server"

import { check } from "../../core/checker"
import { defaultCheckSettings } from "../../settings/defaults"
import { ConfirmDialog } from "./ConfirmDialog"
import { MAX_LISTED, Panel, type PanelProps } from "./Panel"

/** A pasted class list: one full name per line, with one blocking finding at the very end. */
function classList(n: number): string {
  const first = ["Ava", "Liam", "Noah", "Emma", "Olivia", "Ethan", "Mia", "Lucas"]
  const last = ["Thompson", "Friesen", "Nguyen", "Okafor", "Martin", "Singh", "Chen", "Roy"]
  const lines = Array.from(
    { length: n },
    (_, i) => `${first[i % 8]} ${last[(i >> 3) % 8]} did well.`
  )
  return `${lines.join("\n")}\nZaria Okonkwo too.`
}

const settings = { ...defaultCheckSettings, nonDisclosureNames: ["Zaria Okonkwo"] }

function render(text: string): { html: string; count: number } {
  const { findings } = check({ text }, settings)
  const props: PanelProps = {
    state: "findings",
    findings,
    theme: "light",
    collapsed: false,
    onToggle: () => undefined,
    onFix: () => undefined,
    onIgnore: () => undefined
  }
  return { html: renderToStaticMarkup(<Panel {...props} />), count: findings.length }
}

const items = (html: string) => html.split('<li class="finding"').slice(1)

describe("a post with more findings than the panel lists", () => {
  test("lists the most serious first, at most MAX_LISTED, and counts the rest", () => {
    const { html, count } = render(classList(64))
    expect(count).toBeGreaterThan(MAX_LISTED)
    expect(items(html)).toHaveLength(MAX_LISTED)
    // The blocking non-disclosure name is last in the text but first in the list.
    expect(items(html)[0]).toContain('data-rule="non-disclosure-name"')
    expect(html).toContain(`data-byp="more">…and ${count - MAX_LISTED} more.`)
  })

  test("a short list shows every finding and no count", () => {
    const { html, count } = render(classList(3))
    expect(items(html)).toHaveLength(count)
    expect(html).not.toContain('data-byp="more"')
  })
})

test("the confirm dialog asks with one line per check and a count, not one per finding", () => {
  const { findings } = check({ text: classList(64) }, settings)
  const names = findings.filter((f) => f.rule === "student-full-name").length
  expect(names).toBe(64)
  const html = renderToStaticMarkup(
    <ConfirmDialog
      findings={findings}
      needsAck
      theme="light"
      onReview={() => undefined}
      onPostAnyway={() => undefined}
    />
  )
  const lines = html.split("<li>").slice(1)
  expect(lines.map((l) => l.slice(0, l.indexOf("</li>")))).toEqual([
    "Must fix: Student on the non-disclosure list",
    `Warning: Student’s full name (${names} times)`
  ])
})
