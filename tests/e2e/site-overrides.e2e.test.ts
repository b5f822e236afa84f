/**
 * A division mends a redesigned composer with policy `siteOverrides` (issue 15,
 * part 3). The replica's group composer (facebook.com/groups/lakeside-parents/)
 * has no dialog, no form and a send control with no role and no label: the
 * adapter finds the box but not its Post control, so the panel says in one line
 * that posting is not checked, and posting goes straight through. After IT writes
 * the policy file naming the control, the same page gates it.
 * Root only (the policy file lives in /etc/chromium/policies/managed/); the file
 * is always removed afterwards.
 */
import { confirmDialog, launch, openReplica, posted, typeLikePerson, waitForPanel } from "./harness"
import { isRoot, readArea, removePolicy, writePolicy } from "./extension-pages"
import { SAMPLE, SAMPLE_RULE } from "./sites"

const describeAsRoot = isRoot() ? describe : describe.skip
const URL = "https://www.facebook.com/groups/lakeside-parents/"
const SEND = '[data-pagelet="GroupInlineComposer"] [data-testid="group-send"]'
const EDITOR = '[data-pagelet="GroupInlineComposer"] [contenteditable="true"]'

afterAll(() => removePolicy())

describeAsRoot("siteOverrides repairs a composer whose Post control was renamed", () => {
  test("before: the panel says posting is not checked; after the policy: Post is gated", async () => {
    removePolicy()
    let session = await launch()
    try {
      const page = await openReplica(session, URL, 1)
      const editor = page.locator(EDITOR)
      await typeLikePerson(editor, SAMPLE)
      const panel = await waitForPanel(editor)
      await panel.findings(SAMPLE_RULE).first().waitFor({ state: "visible", timeout: 10_000 })
      const unguarded = panel.panel.locator('[data-byp="unguarded"]')
      await unguarded.waitFor({ state: "visible", timeout: 5_000 })
      expect(await unguarded.textContent()).toMatch(/not being checked/)
      await page.locator(SEND).click()
      await page.waitForTimeout(500)
      expect(await posted(page)).toEqual([SAMPLE])
      expect(await confirmDialog(page).count()).toBe(0)
    } finally {
      await session.close()
    }

    writePolicy({
      siteOverrides: {
        facebook: { submit: [SEND], submitLabels: ["Publier maintenant"] },
        // A typo in another site's override is a settings problem, never a throw.
        x: { submit: ['[data-testid="tweetButton"'] }
      }
    })
    session = await launch()
    try {
      for (let i = 0; i < 50; i++) {
        const managed = await readArea(session, "managed").catch(() => ({}))
        if (Object.keys(managed).length) break
        await new Promise((r) => setTimeout(r, 200))
      }
      const page = await openReplica(session, URL, 1)
      const editor = page.locator(EDITOR)
      await typeLikePerson(editor, SAMPLE)
      const panel = await waitForPanel(editor)
      await panel.findings(SAMPLE_RULE).first().waitFor({ state: "visible", timeout: 10_000 })
      expect(await panel.panel.locator('[data-byp="unguarded"]').count()).toBe(0)
      await page.locator(SEND).click()
      await confirmDialog(page).waitFor({ state: "visible", timeout: 10_000 })
      expect(await posted(page)).toEqual([])
    } finally {
      await session.close()
      removePolicy()
    }
  })
})
