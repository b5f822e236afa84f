/**
 * Things that go wrong around a draft, in real Chromium with the BUILT extension:
 * a compose box removed while its check is in flight, several compose boxes at
 * once, the extension reloaded (updated) mid-draft, and a site whose markup no
 * longer matches any known selector. In every case the teacher's draft stays as
 * typed, typing and posting keep working, and nothing throws in any world.
 * (Pages with no composer at all: no-composer.e2e.test.ts.)
 */
import type { Locator, Page } from "playwright-core"

import { writeArea } from "./extension-pages"
import {
  CONFIRM_HOST,
  PANEL_HOST,
  editorText,
  launch,
  openReplica,
  typeLikePerson,
  waitForEditorText,
  waitForPanel,
  waitForPosted,
  type Session
} from "./harness"
import { reloadExtension, watchAllWorlds, type WorldErrors } from "./page-probe"
import { SAMPLE, SAMPLE_FIXED, SAMPLE_MATCH, SAMPLE_RULE, site } from "./sites"

const LEXICAL = '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]'
/** A name on the non-disclosure list: flagged even as a first name alone. */
const LISTED = "Ava Chen"
const LISTED_DRAFT = "Ava did great at the track meet today."
const LISTED_FIXED = "did great at the track meet today."

/** Waits until `count` panel hosts are on the page (polling; no timing assertions). */
async function waitForPanelHosts(page: Page, count: number, timeoutMs = 5_000): Promise<number> {
  const deadline = Date.now() + timeoutMs
  let now = await page.locator(PANEL_HOST).count()
  while (now !== count && Date.now() < deadline) {
    await page.waitForTimeout(100)
    now = await page.locator(PANEL_HOST).count()
  }
  return now
}

async function matchesIn(editor: Locator): Promise<string[]> {
  const panel = await waitForPanel(editor)
  await panel.findings().first().waitFor()
  return panel.panel.locator('[data-byp="match"]').allTextContents()
}

describe("robustness", () => {
  let session: Session
  let errors: WorldErrors | undefined

  beforeAll(async () => {
    session = await launch()
    await writeArea(session, "local", { nonDisclosureNames: JSON.stringify([LISTED]) })
  })
  afterEach(async () => {
    await errors?.stop()
    errors = undefined
  })
  afterAll(async () => {
    await session?.close()
  })

  const open = async (url: string, composers: number) => {
    const page = await openReplica(session, url, composers)
    errors = await watchAllWorlds(page)
    return page
  }

  test("a compose box removed while its check is in flight: no error, no orphan panel", async () => {
    const fb = site("facebook")
    const page = await open(fb.url, fb.composersOnLoad)
    const composer = await fb.main(page)
    await composer.editor.click()
    await waitForPanel(composer.editor)
    // Remove the whole dialog the moment the panel says "checking": the request
    // has gone to the background and its answer has not come back.
    const armed = page.evaluate(
      (host) =>
        new Promise<string>((resolve) => {
          const panel = document.querySelector(host)?.shadowRoot?.querySelector("[data-byp=panel]")
          if (!panel) return resolve("no panel")
          const observer = new MutationObserver(() => {
            const state = panel.getAttribute("data-state")
            if (state === "clean") return
            observer.disconnect()
            document.querySelector('[role="dialog"]')?.closest(".replica-backdrop")?.remove()
            resolve(state ?? "")
          })
          observer.observe(panel, { attributes: true, attributeFilter: ["data-state"] })
        }),
      PANEL_HOST
    )
    await page.keyboard.type(SAMPLE, { delay: 20 })
    expect(await armed).toBe("checking")
    expect(await page.locator('[role="dialog"]').count()).toBe(0)
    // The answer arrives for a box that is gone: no panel is left behind.
    expect(await waitForPanelHosts(page, 0)).toBe(0)
    await page.waitForTimeout(1_000) // room for a late answer to (wrongly) render
    expect(await page.locator(PANEL_HOST).count()).toBe(0)

    // Typing elsewhere still works and is still checked.
    const comment = page.locator(`[role="article"][aria-posinset="1"] ${LEXICAL}`)
    await typeLikePerson(comment, SAMPLE)
    await waitForEditorText(comment, SAMPLE)
    expect(await matchesIn(comment)).toContain(SAMPLE_MATCH)
    expect(errors?.all).toEqual([])
  })

  test("only the editor removed (its container stays): its panel goes too", async () => {
    const fb = site("facebook")
    const page = await open(fb.url, fb.composersOnLoad)
    const comment = page.locator(`[role="article"][aria-posinset="1"] ${LEXICAL}`)
    await typeLikePerson(comment, SAMPLE)
    await (await waitForPanel(comment)).findings(SAMPLE_RULE).first().waitFor()
    await comment.evaluate((el) => el.remove())
    expect(await waitForPanelHosts(page, 0)).toBe(0)
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0)
    expect(errors?.all).toEqual([])
  })

  test("two comment boxes: each has its own findings; a fix touches only its own draft", async () => {
    const fb = site("facebook")
    const page = await open(fb.url, fb.composersOnLoad)
    await page.locator('[role="article"][aria-posinset="2"]').getByText("Comment").click()
    const first = page.locator(`[role="article"][aria-posinset="1"] ${LEXICAL}`)
    const second = page.locator(`[role="article"][aria-posinset="2"] ${LEXICAL}`)
    await typeLikePerson(first, SAMPLE)
    await typeLikePerson(second, LISTED_DRAFT)
    const one = await waitForPanel(first)
    const two = await waitForPanel(second)
    expect(one.index).not.toBe(two.index)
    await one.findings(SAMPLE_RULE).first().waitFor()
    await two.findings("non-disclosure-name").first().waitFor()
    expect(await one.panel.locator('[data-byp="match"]').allTextContents()).toEqual([SAMPLE_MATCH])
    expect(await two.panel.locator('[data-byp="match"]').allTextContents()).toEqual(["Ava"])

    await two.findings("non-disclosure-name").locator('button[data-byp="fix"]').first().click()
    await waitForEditorText(second, LISTED_FIXED)
    expect(await editorText(first)).toBe(SAMPLE)

    await one.findings(SAMPLE_RULE).locator('button[data-byp="fix"]').first().click()
    await waitForEditorText(first, SAMPLE_FIXED)
    expect(await editorText(second)).toBe(LISTED_FIXED)
    expect(errors?.all).toEqual([])
  })

  test("X inline composer and reply dialog: separate findings, a fix in one leaves the other", async () => {
    const x = site("x")
    const page = await open(x.url, x.composersOnLoad)
    const inline = (await x.main(page)).editor
    await typeLikePerson(inline, SAMPLE)
    await (await waitForPanel(inline)).findings(SAMPLE_RULE).first().waitFor()
    const reply = await x.later[0]!(page)
    await typeLikePerson(reply.editor, LISTED_DRAFT)
    const replyPanel = await waitForPanel(reply.editor)
    await replyPanel.findings("non-disclosure-name").first().waitFor()
    expect(await replyPanel.panel.locator('[data-byp="match"]').allTextContents()).toEqual(["Ava"])
    expect(await matchesIn(inline)).toEqual([SAMPLE_MATCH])

    await replyPanel
      .findings("non-disclosure-name")
      .locator('button[data-byp="fix"]')
      .first()
      .click()
    await waitForEditorText(reply.editor, LISTED_FIXED)
    expect(await editorText(inline)).toBe(SAMPLE)
    expect(errors?.all).toEqual([])
  })

  test("a composer whose markup matches no known selector: typing and posting untouched", async () => {
    // Facebook changed its markup: no role, aria-* or data-lexical-editor that the
    // adapter knows, on the editor, the dialog or the Post button. Stripped by the
    // page itself before the extension runs, and again on every re-render.
    const page = await session.context.newPage()
    await page.addInitScript(() => {
      const strip = (el: Element) => {
        for (const name of ["role", "aria-label", "aria-labelledby", "data-lexical-editor"])
          if (el.hasAttribute(name) && !el.closest('[role="feed"], [role="banner"]'))
            el.removeAttribute(name)
      }
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.target instanceof Element && r.target.closest("[data-byp-host]")) continue
          if (r.type === "attributes" && r.target instanceof Element) strip(r.target)
          r.addedNodes.forEach((n) => {
            if (!(n instanceof Element)) return
            strip(n)
            n.querySelectorAll("*").forEach(strip)
          })
        }
      }).observe(document, { subtree: true, childList: true, attributes: true })
    })
    errors = await watchAllWorlds(page)
    const fb = site("facebook")
    await page.goto(fb.url)
    await page.waitForFunction(() => window.__replica?.ready === true)
    await page.locator(".replica-trigger").click()
    const editor = page.locator('.replica-dialog [contenteditable="true"]')
    expect(
      await editor.evaluate((el) => [
        el.getAttribute("role"),
        el.getAttribute("data-lexical-editor")
      ])
    ).toEqual([null, null])
    await typeLikePerson(editor, SAMPLE)
    await waitForEditorText(editor, SAMPLE)
    // The generic fallback still checks the draft ("checked, no extras").
    expect(await matchesIn(editor)).toEqual([SAMPLE_MATCH])
    await page.waitForTimeout(500)
    expect(await editorText(editor)).toBe(SAMPLE)
    await page.locator(".replica-primary").click()
    expect(await waitForPosted(page, 1)).toEqual([SAMPLE])
    expect(await page.locator(CONFIRM_HOST).count()).toBe(0)
    expect(errors?.all).toEqual([])
    await page.close()
  })
})

describe("the extension reloaded (updated) mid-draft", () => {
  let session: Session
  const worlds: WorldErrors[] = []
  afterAll(async () => {
    await Promise.all(worlds.map((w) => w.stop()))
    await session?.close()
  })

  test("the draft stays as typed, typing and Post keep working, nothing throws", async () => {
    session = await launch()
    const x = site("x")
    // Two tabs with a flagged draft: in one the teacher keeps typing, in the
    // other they press Post straight away.
    const tabs: { page: Page; editor: Locator; submit: () => Promise<void> }[] = []
    for (let i = 0; i < 2; i++) {
      const page = i === 0 ? await openReplica(session, x.url, 1) : await session.context.newPage()
      if (i > 0) {
        await page.goto(x.url)
        await page.waitForFunction(() => window.__replica?.ready === true)
      }
      worlds.push(await watchAllWorlds(page))
      const composer = await x.main(page)
      await typeLikePerson(composer.editor, SAMPLE)
      await (await waitForPanel(composer.editor)).findings(SAMPLE_RULE).first().waitFor()
      tabs.push({ page, editor: composer.editor, submit: composer.submit })
    }

    await reloadExtension(session)

    const [typing, posting] = tabs as [(typeof tabs)[0], (typeof tabs)[0]]
    for (const tab of tabs) expect(await editorText(tab.editor)).toBe(SAMPLE)

    // Keeps typing, then posts: no confirm from the orphaned script.
    const more = " See you all on Monday."
    await typeLikePerson(typing.editor, more)
    await waitForEditorText(typing.editor, SAMPLE + more)
    await typing.submit()
    expect(await waitForPosted(typing.page, 1)).toEqual([SAMPLE + more])
    expect(await typing.page.locator(CONFIRM_HOST).count()).toBe(0)

    // Posts at once: the findings from before the reload are stale and cannot be
    // re-checked, so the orphan neither asks nor holds the post, and its panel goes.
    await posting.page.bringToFront()
    await posting.submit()
    expect(await waitForPosted(posting.page, 1)).toEqual([SAMPLE])
    expect(await posting.page.locator(CONFIRM_HOST).count()).toBe(0)
    expect(await posting.page.locator(PANEL_HOST).count()).toBe(0)

    // What the teacher sees in the open tab: the orphaned panel has gone (the old
    // script stood down); Chrome does not inject the new content script into open
    // tabs, so a new draft there is not checked until the page is reloaded.
    await typeLikePerson(typing.editor, SAMPLE)
    await waitForEditorText(typing.editor, SAMPLE)
    await typing.page.waitForTimeout(1_000)
    expect(await typing.page.locator(PANEL_HOST).count()).toBe(0)
    for (const w of worlds) expect(w.all).toEqual([])

    // Not asserted: when the new version reaches this tab. In this headless
    // Chromium a build loaded with --load-extension and reloaded from its worker
    // came back only in some probes (a reloaded tab: yes; new tabs within 20 s: no).
  })
})
