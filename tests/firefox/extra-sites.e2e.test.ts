/**
 * Issue 15 part 2 in Firefox: a site the division names (`extraSites`) runs the
 * generic adapter once the teacher allows it, through Firefox's own APIs
 * (`permissions.request` from the options page's click, then
 * `scripting.registerContentScripts` in the background page).
 *
 * Headless Firefox over WebDriver BiDi may not navigate a tab to a moz-extension://
 * page, so the test opens the options page the way the popup's "Settings" button
 * ends up doing, as a new browser tab, from the browser's own (chrome) scope
 * (`-remote-allow-system-access`), with the add-on's host pinned by
 * `extensions.webextensions.uuids`. Everything after that is the teacher's part,
 * done with real input: type the site, Save, click "Allow on …".
 * `extensions.webextOptionalPermissionPrompts: false` answers the browser's own
 * permission prompt with "allow" (Mozilla's tests do the same); the request still
 * has to come from that real click, as Firefox refuses `permissions.request`
 * outside a user gesture.
 *
 *   npm run test:firefox        (needs `npm run build` and firefox-esr)
 */
import { readFileSync } from "node:fs"
import path from "node:path"

import type { Page } from "puppeteer-core"

import { GENERIC_REPLICA_URLS } from "../replicas/serve"
import { SAMPLE, SAMPLE_MATCH, SAMPLE_RULE } from "../e2e/sites"
import {
  firefoxBuildDir,
  launchFirefox,
  openReplica,
  waitInPanel,
  type FirefoxSession
} from "./launch"

const PATTERN = "https://classroom.example.edu/*"
/** Any fixed v4 UUID: only this test's profile uses it. */
const ADDON_UUID = "6f1d3c2a-8b4e-4c1f-9a7d-2e5b0c9d1a47"
const PANEL_TIMEOUT_MS = 20_000

const geckoId: string = JSON.parse(
  readFileSync(path.join(firefoxBuildDir(), "manifest.json"), "utf8")
).browser_specific_settings.gecko.id

let session: FirefoxSession

beforeAll(async () => {
  session = await launchFirefox(
    firefoxBuildDir(),
    {
      "extensions.webextensions.uuids": JSON.stringify({ [geckoId]: ADDON_UUID }),
      "extensions.webextOptionalPermissionPrompts": false
    },
    ["-remote-allow-system-access"]
  )
}, 120_000)

afterAll(async () => {
  await session?.close()
})

/** Opens the options page in a new tab (from the browser's chrome scope) and returns it. */
async function openOptionsPage(): Promise<Page> {
  const url = `moz-extension://${ADDON_UUID}/options.html`
  const bidi = (
    session.browser as unknown as {
      connection: {
        send(
          method: string,
          params: object
        ): Promise<{ result: { contexts: { context: string }[] } }>
      }
    }
  ).connection
  const chromeTree = await bidi.send("browsingContext.getTree", { "moz:scope": "chrome" })
  const browserWindow = chromeTree.result.contexts[0]
  if (!browserWindow) throw new Error("no browser window in the chrome scope")
  await bidi.send("script.evaluate", {
    expression: `gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, {
      triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal()
    }); true`,
    target: { context: browserWindow.context },
    awaitPromise: false
  })
  for (let i = 0; i < 50; i++) {
    for (const page of await session.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => "")
      if (href === url && (await page.$('[data-field="extraSites"] textarea'))) return page
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error("the options page did not open")
}

async function panelCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('div[data-byp-host="panel"]').length)
}

async function typeInQuill(page: Page, text: string) {
  const editor = await page.waitForSelector(".ql-editor")
  if (!editor) throw new Error("no Quill editor on the replica")
  await editor.click()
  await page.keyboard.type(text, { delay: 10 })
}

test("the options page lists the site, the teacher's click allows it, and the generic adapter checks the Quill editor", async () => {
  const options = await openOptionsPage()
  const field = await options.waitForSelector('[data-field="extraSites"] textarea')
  if (!field) throw new Error("no extra-sites field in the options page")
  await field.click()
  await options.keyboard.type(PATTERN)
  const save = await options.waitForSelector('[data-field="extraSites"] button.primary')
  await save!.click()

  // Listed but not yet allowed: waiting, and nothing runs on the site.
  await options.waitForSelector(`li[data-extra-site="${PATTERN}"][data-status="waiting"]`)
  const before = await openReplica(session, GENERIC_REPLICA_URLS.quill)
  await typeInQuill(before, SAMPLE)
  await new Promise((r) => setTimeout(r, 1500))
  expect(await panelCount(before)).toBe(0)
  await before.close()

  await options.bringToFront()
  const allow = await options.waitForSelector(`[data-byp-allow="${PATTERN}"]`)
  await allow!.click()
  await options.waitForSelector(`li[data-extra-site="${PATTERN}"][data-status="allowed"]`)
  const granted = await options.evaluate(
    (origin) => chrome.permissions.contains({ origins: [origin] }),
    "https://classroom.example.edu/*"
  )
  expect(granted).toBe(true)
  await options.close()

  // The background registers the script when the permission arrives; a page
  // opened after that gets it (a few tries: registration is asynchronous).
  let finding: Awaited<ReturnType<typeof waitInPanel>> | undefined
  for (let attempt = 0; attempt < 4 && !finding; attempt++) {
    const page = await openReplica(session, GENERIC_REPLICA_URLS.quill)
    await typeInQuill(page, SAMPLE)
    finding = await waitInPanel(
      page,
      `[data-byp="finding"][data-rule="${SAMPLE_RULE}"]`,
      PANEL_TIMEOUT_MS / 4
    ).catch(() => undefined)
    await page.close()
  }
  if (!finding) throw new Error("no panel on the allowed site: the generic script never ran")
  expect(finding.match).toBe(SAMPLE_MATCH)
})

test("no request left the machine", () => {
  expect(session.blocked).toEqual([])
})
