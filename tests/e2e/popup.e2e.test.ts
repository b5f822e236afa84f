/**
 * The toolbar popup in real Chromium. A test cannot click the toolbar button, so
 * popup.html is opened in a tab; for "on a supported site" the replica tab is
 * brought to the front and the popup reloaded, so the popup's "active tab" is the
 * replica, as when the teacher clicks the button there.
 */
import type { Page } from "playwright-core"

import { launch, openReplica, typeLikePerson, waitForPanel, type Session } from "./harness"
import { openExtensionPage, readArea, shot, writeArea } from "./extension-pages"
import { SAMPLE, SITES } from "./sites"

let session: Session

beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session?.close()
})

async function openPopup(): Promise<Page> {
  const popup = await openExtensionPage(session, "popup.html")
  await popup.setViewportSize({ width: 380, height: 560 })
  await popup.locator("h1").waitFor()
  return popup
}

test("elsewhere: what the extension does, where it works, and the local counts", async () => {
  await writeArea(session, "local", { counts: { shown: 3, fixed: 2, postedAnyway: 1 } })
  const popup = await openPopup()
  await popup.locator("[data-byp-popup-elsewhere]").waitFor()
  const text = await popup.locator("[data-byp-popup-elsewhere]").textContent()
  for (const host of ["www.facebook.com", "www.instagram.com", "x.com"])
    expect(text).toContain(host)
  expect(await popup.locator('[data-byp-count="shown"]').textContent()).toBe("3")
  expect(await popup.locator('[data-byp-count="fixed"]').textContent()).toBe("2")
  expect(await popup.locator('[data-byp-count="postedAnyway"]').textContent()).toBe("1")
  // Counts follow storage without a reload.
  await writeArea(session, "local", { counts: { shown: 4, fixed: 2, postedAnyway: 1 } })
  await popup.locator('[data-byp-count="shown"]', { hasText: "4" }).waitFor()
  await shot(popup, "popup-elsewhere")
  await popup.close()
})

test("This page: the box's adapter and Post control (hover highlights it); the outline for IT has no text, no names", async () => {
  const site = SITES.find((s) => s.page === "facebook")!
  const page = await openReplica(session, site.url, site.composersOnLoad)
  const composer = await site.main(page)
  await typeLikePerson(composer.editor, SAMPLE)
  await (
    await waitForPanel(composer.editor)
  ).panel
    .locator('[data-byp="finding"]')
    .first()
    .waitFor()

  const popup = await openPopup()
  await page.bringToFront()
  await popup.reload()
  const box = popup.locator("[data-byp-this-page] [data-byp-box]").first()
  await box.waitFor({ timeout: 5_000 })
  expect(await box.getAttribute("data-submit-found")).toBe("true")
  expect(await box.textContent()).toMatch(/Site adapter/)

  // Hovering the line outlines the site's Post control on the page.
  const post = page.locator('[role="dialog"] div[role="button"][aria-label="Post"]')
  await box.hover()
  await page.waitForFunction(() =>
    document
      .querySelector<HTMLElement>('[role="dialog"] [aria-label="Post"]')
      ?.style.outline.includes("3px")
  )
  expect(await post.evaluate((el) => (el as HTMLElement).style.outline)).toContain("3px")

  // What "Copy page outline for IT" copies, asked of the content script the same way.
  const outline = await popup.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true })
    const reply = (await chrome.tabs.sendMessage(tab!.id!, { type: "byp:outline" })) as {
      outline: string
    }
    return reply.outline
  })
  expect(outline).toContain('data-lexical-editor="true"')
  expect(outline).toContain('role="dialog"')
  expect(outline).toContain("[editor content not copied]")
  for (const secret of ["Emma", "Thompson", "Congratulations", "science fair", "Jordan"])
    expect(outline).not.toContain(secret)
  await popup.close()
  await page.close()
})

test("on a site: the watched composer, the draft's findings, Pause for 1 hour", async () => {
  const site = SITES.find((s) => s.page === "facebook")!
  const page = await openReplica(session, site.url, site.composersOnLoad)
  const composer = await site.main(page)
  await typeLikePerson(composer.editor, SAMPLE)
  await (
    await waitForPanel(composer.editor)
  ).panel
    .locator('[data-byp="finding"]')
    .first()
    .waitFor()

  const popup = await openPopup()
  await page.bringToFront()
  await popup.reload()
  await popup.locator('[data-byp-popup-site="facebook"]').waitFor()
  await shot(popup, "popup-on-site")
  // Needs the content script to answer { type: "byp:status" } (src/messaging/status.ts).
  await popup.locator("[data-byp-watching]").waitFor({ timeout: 5_000 })
  expect(
    Number(await popup.locator("[data-byp-watching]").getAttribute("data-byp-watching"))
  ).toBeGreaterThanOrEqual(1)
  await popup.locator('[data-byp-popup-findings] [data-rule="student-full-name"]').waitFor()
  await shot(popup, "popup-on-site")

  await popup.locator("[data-byp-pause]").click()
  await popup.locator("[data-byp-paused]").waitFor()
  const until = Number((await readArea(session, "local")).pausedUntil)
  expect(until - Date.now()).toBeGreaterThan(59 * 60 * 1000)
  expect(until - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000)
})

test("no Pause button when pausing is not allowed", async () => {
  await writeArea(session, "sync", {
    enforcement: JSON.stringify({ allowPause: false })
  })
  const site = SITES.find((s) => s.page === "facebook")!
  const page = await openReplica(session, site.url, site.composersOnLoad)
  const popup = await openPopup()
  await page.bringToFront()
  await popup.reload()
  await popup.locator('[data-byp-popup-site="facebook"]').waitFor()
  expect(await popup.locator("[data-byp-pause]").count()).toBe(0)
})
