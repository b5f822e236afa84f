/**
 * Security in real Chromium with the BUILT extension:
 * 1. Draft text and settings text are shown as text, never parsed as HTML: an
 *    HTML payload typed in a draft and matched by a rule, and a custom rule whose
 *    message is HTML, appear literally in the panel and run nothing.
 * 2. The page's own scripts cannot read the settings' name lists: everything a
 *    page can see (DOM with open shadow roots, field values, storage, cookies,
 *    window messages and the events the extension dispatches) holds no listed
 *    name except the words the teacher typed; the page cannot message the
 *    extension either.
 */
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"

import type { Page } from "playwright-core"

import { writeArea } from "./extension-pages"
import {
  CONFIRM_HOST,
  confirmDialog,
  defaultBuildDir,
  launch,
  typeLikePerson,
  waitForPanel,
  type Session
} from "./harness"
import { pageVisible, recordPageTraffic, watchAllWorlds } from "./page-probe"
import { CLEAN_POST, SITES, type SiteCase } from "./sites"

const IMG = `<img src=x onerror="window.__pwned=1">`
const SCRIPT = `<script>window.__pwned=2</script>`
const SVG = `"><svg onload="window.__pwned=3">`
const XSS_DRAFT = `Well done Emma Thompson ${IMG} and ${SCRIPT} then ${SVG} done`
const HTML_MESSAGE = `<b id="byp-pwn-msg">Bold</b> <img src=x onerror="window.__pwned=4"> is HTML`
const HTML_RULE = {
  id: "no-html",
  pattern: `<img[^>]*>|<script>[^<]*</script>|"><svg[^>]*>`,
  message: HTML_MESSAGE,
  severity: "warn"
}
/**
 * Elements these payloads would create if parsed, in the document or any open
 * shadow root (the replica's own bundle is an inline script without "__pwned").
 */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const walk = (root: Document | ShadowRoot) =>
      root.querySelectorAll("*").forEach((el) => {
        const handler = [...el.attributes].some(
          (a) => a.name.startsWith("on") && a.value.includes("__pwned")
        )
        const script = el.tagName === "SCRIPT" && (el.textContent ?? "").includes("__pwned")
        if (handler || script || el.id === "byp-pwn-msg") found.push(el.tagName)
        if (el.shadowRoot) walk(el.shadowRoot)
      })
    walk(document)
    return found
  })
}

/** Distinctive names, one list each; only "Zephyrine" is ever typed. */
const NON_DISCLOSURE = "Zephyrine Quillfeather"
const CONSENTED = "Octavius Brambleworth"
const ALLOWED = "Marigold Featherstonehaugh"
const TYPED_NAME = "Zephyrine"
const NEVER_TYPED = ["Quillfeather", "Octavius", "Brambleworth", "Marigold", "Featherstonehaugh"]
const LISTED_DRAFT = `${TYPED_NAME} won the spelling bee today!`

/** Opens a replica in a new tab, with `beforeLoad` run first (init scripts). */
async function openTab(
  session: Session,
  site: SiteCase,
  beforeLoad?: (page: Page) => Promise<void>
): Promise<Page> {
  const page = await session.context.newPage()
  await beforeLoad?.(page)
  await page.goto(site.url)
  await page.waitForFunction((n) => window.__replica?.ready && window.__replica.count() >= n, 1)
  return page
}

const pwned = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)

/** Event types the built content scripts create themselves (`new CustomEvent("…")`). */
function customEventTypes(buildDir: string): string[] {
  const types = new Set<string>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(file)
      else if (entry.name.endsWith(".js"))
        for (const m of readFileSync(file, "utf8").matchAll(/new CustomEvent\(\s*["'`]([^"'`]+)/g))
          types.add(m[1]!)
    }
  }
  walk(buildDir)
  return [...types]
}

describe("security", () => {
  let session: Session
  beforeAll(async () => {
    session = await launch()
    await writeArea(session, "sync", { customRules: JSON.stringify([HTML_RULE]) })
    await writeArea(session, "local", {
      nonDisclosureNames: JSON.stringify([NON_DISCLOSURE]),
      consentedNames: JSON.stringify([CONSENTED]),
      allowList: JSON.stringify([ALLOWED])
    })
  })
  afterAll(async () => {
    await session?.close()
  })
  afterEach(() => {
    expect(session.blocked()).toEqual([])
  })

  test.each(SITES.map((s) => [s.title, s] as const))(
    "%s: HTML in a draft and in a rule's message is shown as text, never run",
    async (_title, site) => {
      const page = await openTab(session, site)
      // Tall enough for four findings and the dialog's Post button below them.
      await page.setViewportSize({ width: 1280, height: 1600 })
      const errors = await watchAllWorlds(page)
      const composer = await site.main(page)
      await typeLikePerson(composer.editor, XSS_DRAFT, 10)
      const panel = await waitForPanel(composer.editor)
      await panel.findings("custom:no-html").nth(2).waitFor()
      await panel.findings("student-full-name").first().waitFor()

      const matches = await panel.panel.locator('[data-byp="match"]').allTextContents()
      expect(matches).toEqual(expect.arrayContaining([IMG, SCRIPT, SVG, "Emma Thompson"]))
      const messages = await panel
        .findings("custom:no-html")
        .locator('[data-byp="message"]')
        .allTextContents()
      expect(messages).toEqual([HTML_MESSAGE, HTML_MESSAGE, HTML_MESSAGE])

      // The confirm dialog lists the same findings.
      await composer.submit()
      await confirmDialog(page).waitFor()
      expect(await page.locator(CONFIRM_HOST).textContent()).toBeDefined()
      await page.waitForTimeout(300) // an onerror / onload would have fired by now
      expect(await injected(page)).toEqual([])
      expect(await pwned(page)).toBeUndefined()
      await confirmDialog(page).locator('button[data-byp="review"]').click()
      expect(errors.all).toEqual([])
      await errors.stop()
      await page.close()
    }
  )

  test.each(SITES.map((s) => [s.title, s] as const))(
    "%s: the page sees no listed name it was not typed, and cannot message the extension",
    async (_title, site) => {
      const types = ["input", "beforeinput", "paste", ...customEventTypes(defaultBuildDir())]
      const page = await openTab(session, site, (p) => recordPageTraffic(p, types))
      const composer = await site.main(page)

      // A clean draft, then one that names a student on the non-disclosure list.
      await typeLikePerson(composer.editor, CLEAN_POST, 10)
      const panel = await waitForPanel(composer.editor)
      await panel.host.locator('[data-byp="panel"][data-state="clean"]').waitFor()
      await page.waitForTimeout(500)
      const seen = [await pageVisible(page)]

      await composer.editor.press("Control+a")
      await page.keyboard.press("Backspace")
      await page.keyboard.type(LISTED_DRAFT, { delay: 10 })
      await panel.findings("non-disclosure-name").first().waitFor()
      expect(await panel.panel.locator('[data-byp="match"]').allTextContents()).toEqual([
        TYPED_NAME
      ])
      await composer.submit()
      await confirmDialog(page).waitFor()
      seen.push(await pageVisible(page))
      // "Remove name" dispatches its edit through the page (input events).
      await confirmDialog(page).locator('button[data-byp="review"]').click()
      await panel.findings("non-disclosure-name").locator('button[data-byp="fix"]').first().click()
      await panel.findings("non-disclosure-name").first().waitFor({ state: "detached" })
      seen.push(await pageVisible(page))

      const all = seen.join("\n")
      expect(all).toContain(TYPED_NAME) // the probe does see what the teacher typed
      for (const word of NEVER_TYPED)
        expect({ word, seen: all.includes(word) }).toEqual({
          word,
          seen: false
        })

      const reach = await page.evaluate(async (id) => {
        const runtime = (
          window as unknown as {
            chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } }
          }
        ).chrome?.runtime
        if (!runtime?.sendMessage) return "no chrome.runtime.sendMessage in the page"
        try {
          const answer = await runtime.sendMessage(id, { type: "byp:check", draft: { text: "x" } })
          return `answered: ${JSON.stringify(answer)}`
        } catch (e) {
          return `refused: ${String(e)}`
        }
      }, session.extensionId)
      expect(reach).not.toMatch(/^answered/)
      await page.close()
    }
  )
})
