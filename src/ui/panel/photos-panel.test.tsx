import { renderToStaticMarkup } from "react-dom/server"

import { check } from "../../core/checker"
import { defaultCheckSettings } from "../../settings/defaults"
import { ConfirmDialog } from "./ConfirmDialog"
import { Panel, type PanelProps } from "./Panel"

/** The panel's photo parts, rendered as the page shows them (English, no chrome.i18n). */
const { findings } = check(
  {
    text: "Awards night!",
    attachments: [{ kind: "image", name: "Photo 1", text: "Congratulations Emma Thompson" }]
  },
  defaultCheckSettings
)

const props = (over: Partial<PanelProps> = {}): PanelProps => ({
  state: "findings",
  findings,
  theme: "light",
  collapsed: false,
  onToggle: () => undefined,
  onFix: () => undefined,
  onIgnore: () => undefined,
  ...over
})

/** The findings' <li> chunks of the static markup (nested checklist items split off too). */
const dom = (html: string) => ({ items: html.split("<li").slice(1) })

describe("photo findings in the panel", () => {
  const html = renderToStaticMarkup(<Panel {...props()} />)

  test("a name read from a photo says which photo, shows the words, and offers no buttons", () => {
    const item = dom(html).items.find((i) => i.includes('data-source="image"'))!
    expect(item).toContain('data-rule="student-full-name"')
    expect(item).toContain(">In Photo 1</span>")
    expect(item).toContain('data-byp="match">Emma Thompson</span>')
    expect(item).toContain('data-byp="remove-photo"')
    expect(item).not.toContain("<button")
  })

  test("the reminder lists AP 144's checklist", () => {
    const item = dom(html).items.find((i) => i.includes('data-rule="student-images"'))!
    expect(item).toContain('data-source="text"')
    expect(html).toContain("<li>written consent is on file for every student shown</li>")
  })

  test("progress is a live region; notes are listed one by one", () => {
    const reading = renderToStaticMarkup(
      <Panel
        {...props({
          photos: {
            status: "Reading text in 2 photos… (1 of 2 done)",
            progress: { total: 2, done: 1 },
            notes: ["Photo 2: This file could not be opened as an image."]
          }
        })}
      />
    )
    expect(reading).toMatch(
      /data-byp="ocr-status" data-reading="1" role="status" aria-live="polite"/
    )
    expect(reading).toContain("Reading text in 2 photos… (1 of 2 done)")
    expect(reading).toContain('<progress value="1" max="2"')
    expect(reading).toContain('data-byp="ocr-note">Photo 2: This file could not be opened')
  })

  test("the confirm dialog says when photos are still being read", () => {
    const html = renderToStaticMarkup(
      <ConfirmDialog
        findings={[]}
        needsAck={false}
        theme="light"
        pending="Still reading 1 photo — findings may be missing."
        onReview={() => undefined}
        onPostAnyway={() => undefined}
      />
    )
    expect(html).toContain(
      'data-byp="ocr-pending">Still reading 1 photo — findings may be missing.'
    )
  })
})
