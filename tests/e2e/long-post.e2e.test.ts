/**
 * A 100,000-character post (a pasted newsletter with a class list), in real
 * Chromium with the BUILT extension: the paste is checked although Lexical sends
 * no input event for it, the panel lists the most serious findings
 * and counts the rest, the teacher keeps typing, and Post (after the one
 * confirm) sends exactly what is in the box. Nothing throws in any world.
 */
import type { Page } from "playwright-core"

import {
  confirmDialog,
  launch,
  openReplica,
  waitForEditorText,
  waitForPanel,
  waitForPosted,
  type Session
} from "./harness"
import { writeArea } from "./extension-pages"
import { watchAllWorlds } from "./page-probe"
import { site } from "./sites"

/** On the non-disclosure list, and written last: it must still head the panel. */
const LISTED = "Zaria Okonkwo"

/** Newsletter paragraphs with a student's full name every few lines: ~100,000 characters. */
function longPost(): string {
  const first = ["Ava", "Liam", "Noah", "Mia", "Olivia", "Ethan", "Lucas", "Chloe"]
  const last = ["Friesen", "Nguyen", "Okafor", "Martin", "Singh", "Chen", "Roy", "Dubois"]
  const lines: string[] = []
  for (let i = 0; lines.join("\n").length < 99_000; i++)
    lines.push(
      i % 4 === 0
        ? `Well done to ${first[i % 8]} ${last[(i >> 3) % 8]} in paragraph ${i}!`
        : `Paragraph ${i}: our class read, painted and sang together this week.`
    )
  return `${lines.join("\n")}\nAnd ${LISTED} too.`
}

describe("a 100,000-character post", () => {
  let session: Session
  let page: Page

  beforeAll(async () => {
    session = await launch()
    await writeArea(session, "local", { nonDisclosureNames: JSON.stringify([LISTED]) })
  })
  afterAll(async () => {
    await session?.close()
  })

  test("findings listed up to the cap, typing and Post keep working, the draft is untouched", async () => {
    const fb = site("facebook")
    page = await openReplica(session, fb.url, fb.composersOnLoad)
    const errors = await watchAllWorlds(page)
    const composer = await fb.main(page)
    await composer.editor.click()
    const text = longPost()
    expect(text.length).toBeGreaterThan(99_000)
    // The empty box has been checked first, so only the paste can trigger the next check.
    // Lexical inserts several lines itself and cancels the browser's input: no `input`
    // event reaches the page, as with a real paste on Facebook (the check used to miss it).
    const before = await waitForPanel(composer.editor)
    await before.host.locator('[data-byp="panel"][data-state="clean"]').waitFor()
    await page.keyboard.insertText(text)
    await waitForEditorText(composer.editor, text, 30_000)

    const panel = await waitForPanel(composer.editor)
    const more = panel.panel.locator('[data-byp="more"]')
    await more.waitFor({ timeout: 30_000 }).catch(async (e: Error) => {
      // Say what the panel showed instead (state and headline; no draft text).
      const state = await panel.panel.getAttribute("data-state")
      const head = await panel.panel.locator(".title").textContent()
      throw new Error(`${e.message}\npanel state ${state}: ${head}`)
    })
    expect(await panel.findings().count()).toBe(50)
    expect(await panel.findings().first().getAttribute("data-rule")).toBe("non-disclosure-name")
    expect(await more.textContent()).toMatch(/^…and \d+ more\./)

    // The teacher goes on typing at the end; nothing was changed without a click.
    await page.keyboard.press("Control+End")
    await page.keyboard.type(" Thanks!", { delay: 20 })
    await waitForEditorText(composer.editor, `${text} Thanks!`, 30_000)

    await composer.submit()
    const dialog = confirmDialog(page)
    await dialog.waitFor({ timeout: 10_000 })
    await dialog.locator('input[data-byp="ack"]').check() // a blocking finding needs it
    await dialog.locator('button[data-byp="post-anyway"]').click()
    expect(await waitForPosted(page, 1, 30_000)).toEqual([`${text} Thanks!`])
    await errors.stop()
    expect(errors.all).toEqual([])
  })
})
