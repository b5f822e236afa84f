/**
 * The end-to-end checks every site must pass with the BUILT extension loaded
 * (one suite per site file: facebook/instagram/x/x-mobile .e2e.test.ts).
 * DOM contract with the extension: tests/e2e/README.md.
 */
import type { Page } from "playwright-core"

import { axeInShadow } from "./axe"
import {
  CONFIRM_HOST,
  PANEL_HOST,
  confirmDialog,
  editorText,
  launch,
  openReplica,
  posted,
  screenshot,
  screenshotElement,
  typeLikePerson,
  waitForEditorText,
  waitForPanel,
  waitForPosted,
  type Session
} from "./harness"
import {
  CLEAN_POST,
  SAMPLE,
  SAMPLE_FIXED,
  SAMPLE_MATCH,
  SAMPLE_RULE,
  type Composer,
  type SiteCase
} from "./sites"

/** Post anyway, ticking the acknowledgement first when a block finding asks for it. */
async function postAnyway(page: Page): Promise<void> {
  const dialog = confirmDialog(page)
  const ack = dialog.locator('input[data-byp="ack"]')
  if ((await ack.count()) > 0) await ack.check()
  await dialog.locator('button[data-byp="post-anyway"]').click()
}

/** Types the sample and waits for its finding in the composer's own panel. */
async function typeSampleAndWaitForFinding(composer: Composer) {
  await typeLikePerson(composer.editor, SAMPLE)
  const panel = await waitForPanel(composer.editor)
  const finding = panel.findings(SAMPLE_RULE).first()
  await finding.waitFor({ state: "visible", timeout: 10_000 })
  return { panel, finding }
}

/** The panel must not squeeze the composer it sits beside (e.g. in a flex row). */
async function expectComposerStillUsable(composer: Composer): Promise<void> {
  const box = await composer.editor.boundingBox()
  const width = Math.round(box?.width ?? 0)
  expect({ composerWidth: width >= 120 ? "at least 120 px" : `only ${width} px` }).toEqual({
    composerWidth: "at least 120 px"
  })
}

export function describeSite(site: SiteCase): void {
  describe(`${site.title} with the built extension`, () => {
    let session: Session
    const shot = (page: Page, what: string) => screenshot(page, `${site.page}-${what}`)

    beforeAll(async () => {
      session = await launch()
    })
    afterAll(async () => {
      if (session?.pageErrors.length) {
        console.warn(`${site.title}: page console errors:\n${session.pageErrors.join("\n")}`)
      }
      await session?.close()
    })

    const openMain = async (): Promise<{ page: Page; composer: Composer }> => {
      const page = await openReplica(session, site.url, site.composersOnLoad)
      return { page, composer: await site.main(page) }
    }

    test("typing a full student name shows the panel with that finding", async () => {
      const { page, composer } = await openMain()
      const { panel, finding } = await typeSampleAndWaitForFinding(composer)

      expect(await panel.panel.getAttribute("data-state")).toBe("findings")
      expect(await panel.panel.getAttribute("role")).toBe("region")
      expect(await panel.panel.getAttribute("aria-label")).toBe("Before You Post")
      expect((await finding.locator('[data-byp="match"]').first().textContent())?.trim()).toBe(
        SAMPLE_MATCH
      )
      // The panel sits beside the editor, never inside what the editor owns.
      expect(await composer.editor.locator("[data-byp-host], [data-byp]").count()).toBe(0)
      expect(await editorText(composer.editor)).toBe(SAMPLE)
      await expectComposerStillUsable(composer)
      await shot(page, "panel-findings")
      await screenshotElement(panel.host, `${site.page}-panel-closeup`)
    })

    test("the fix leaves the editor's own state holding the first name only", async () => {
      const { page, composer } = await openMain()
      const { panel, finding } = await typeSampleAndWaitForFinding(composer)
      await finding.locator('button[data-byp="fix"]').first().click()

      await waitForEditorText(composer.editor, SAMPLE_FIXED)
      await panel.host
        .locator('[data-byp="panel"][data-state="clean"]')
        .waitFor({ timeout: 10_000 })
      await shot(page, "after-fix")

      // The site posts what its editor holds: the fixed text, with no question asked.
      await composer.submit()
      expect(await waitForPosted(page, 1)).toEqual([SAMPLE_FIXED])
      expect(await page.locator(CONFIRM_HOST).count()).toBe(0)
    })

    test('Post with a warning asks; "Review" keeps the draft, "Post anyway" posts it', async () => {
      const { page, composer } = await openMain()
      await typeSampleAndWaitForFinding(composer)

      await composer.submit()
      const dialog = confirmDialog(page)
      await dialog.waitFor({ state: "visible", timeout: 10_000 })
      expect(await dialog.getAttribute("role")).toBe("alertdialog")
      expect(await posted(page)).toEqual([])
      await shot(page, "confirm")

      await dialog.locator('button[data-byp="review"]').click()
      await dialog.waitFor({ state: "hidden" })
      expect(await posted(page)).toEqual([])
      expect(await editorText(composer.editor)).toBe(SAMPLE)

      await composer.submit()
      await dialog.waitFor({ state: "visible", timeout: 10_000 })
      await postAnyway(page)
      expect(await waitForPosted(page, 1)).toEqual([SAMPLE])
    })

    test("a clean post goes straight through", async () => {
      const { page, composer } = await openMain()
      await typeLikePerson(composer.editor, CLEAN_POST)
      // Give the checker its chance to run (it may show a clean panel or none).
      const panel = await waitForPanel(composer.editor).catch(() => null)
      if (panel)
        await panel.host
          .locator('[data-byp="panel"][data-state="clean"]')
          .waitFor({ timeout: 10_000 })
      else await page.waitForTimeout(1_000)

      await composer.submit()
      expect(await waitForPosted(page, 1)).toEqual([CLEAN_POST])
      expect(await page.locator(CONFIRM_HOST).locator('[data-byp="confirm"]').count()).toBe(0)
    })

    site.later.forEach((openLater, index) => {
      test(`a composer opened later (#${index}) is watched and guarded too`, async () => {
        const page = await openReplica(session, site.url, site.composersOnLoad)
        const composer = await openLater(page)
        await composer.editor.waitFor()
        const { panel } = await typeSampleAndWaitForFinding(composer)
        await panel.host.scrollIntoViewIfNeeded()
        await shot(page, `later-${index}`)
        await expectComposerStillUsable(composer)

        await composer.submit()
        await confirmDialog(page).waitFor({ state: "visible", timeout: 10_000 })
        expect(await posted(page)).toEqual([])
        await postAnyway(page)
        expect(await waitForPosted(page, 1)).toEqual([SAMPLE])
      })
    })

    test("the panel and the confirm dialog pass axe-core (WCAG 2.1 AA)", async () => {
      const { page, composer } = await openMain()
      const { panel } = await typeSampleAndWaitForFinding(composer)
      const panelResult = await axeInShadow(page, {
        host: PANEL_HOST,
        hostIndex: panel.index,
        inner: '[data-byp="panel"]',
        name: `${site.page}-panel`
      })

      await composer.submit()
      await confirmDialog(page).waitFor({ state: "visible", timeout: 10_000 })
      const confirmResult = await axeInShadow(page, {
        host: CONFIRM_HOST,
        hostIndex: 0,
        inner: '[data-byp="confirm"]',
        name: `${site.page}-confirm`
      })
      expect(panelResult.passes).toBeGreaterThan(0)

      expect({ panel: panelResult.violations, confirm: confirmResult.violations }).toEqual({
        panel: [],
        confirm: []
      })
    })

    test("nothing left the machine: every request was a replica page", () => {
      expect(session.blocked()).toEqual([])
    })
  })
}
