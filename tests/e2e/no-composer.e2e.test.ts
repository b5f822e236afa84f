/**
 * "An adapter with no matching composer changes nothing on the page": each site's
 * page without a composer (settings / explore) must have exactly the same DOM with
 * the built extension as without it, after the extension had ample time to run.
 */
import { domSnapshot, firstDifference } from "./dom-snapshot"
import { contentScriptRan, launch, openReplica, PANEL_HOST, type Session } from "./harness"
import { SITES } from "./sites"

// Plasmo re-scans for anchors every ~140 ms and on every mutation; this leaves the
// content script many rounds to (wrongly) add anything.
const SETTLE_MS = 2_000

const baselines = new Map<string, string>()

describe("pages with no composer", () => {
  beforeAll(async () => {
    const plain: Session = await launch({ buildDir: null })
    try {
      for (const site of SITES) {
        const page = await openReplica(plain, site.noComposerUrl)
        await page.waitForTimeout(SETTLE_MS)
        baselines.set(site.page, await domSnapshot(page))
      }
    } finally {
      await plain.close()
    }
  })

  let session: Session
  beforeAll(async () => {
    session = await launch()
  })
  afterAll(async () => {
    await session?.close()
  })

  test.each(SITES.map((site) => [site.title, site] as const))(
    "%s: the extension leaves the page exactly as it was",
    async (_title, site) => {
      const page = await openReplica(session, site.noComposerUrl)
      await page.waitForTimeout(SETTLE_MS)
      expect(await contentScriptRan(page, session.extensionId ?? "")).toBe(true)
      expect(await page.locator(`${PANEL_HOST}, [data-byp-host], [data-byp-style]`).count()).toBe(0)
      const snapshot = await domSnapshot(page)
      const baseline = baselines.get(site.page) ?? ""
      const difference = firstDifference(baseline, snapshot)
      if (difference) throw new Error(`the page changed with the extension loaded: ${difference}`)
      expect(snapshot).toBe(baseline)
    }
  )
})
