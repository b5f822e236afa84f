/**
 * Privacy, proven: nothing leaves the machine. Every request made while the BUILT
 * extension runs is recorded, from every context, through a whole working session:
 * drafts with findings typed on each replica, one-click fixes, the confirm dialog,
 * a photo read by OCR (offscreen document + tesseract worker), the options page
 * edited and the popup used. Two nets:
 *
 * - the pages' requests (replica pages, the extension's options and popup tabs,
 *   content scripts; in Playwright 1.65 also the service worker's fetches):
 *   Playwright's `context.on("request")` and the harness's router;
 * - everything else (the offscreen document and its worker, anything the router
 *   misses, Chromium itself): Chromium's traffic all goes to the harness's local
 *   proxy, which records each request and CONNECT and refuses it (`networkAttempts`).
 *
 * The last test shows the nets are real: a fetch from the service worker is refused
 * by the CSP (`connect-src 'self'`) before any connection opens; on a build without
 * that directive, the router catches it, and with the router removed the proxy does.
 *
 * Allowed: the exact replica URLs the harness serves, `chrome-extension://<our
 * id>/…`, and (at the proxy) only the hosts that plain Chromium calls by itself
 * (CHROMIUM_OWN_HOSTS, shown by the first describe: the same kind of session with
 * no extension loaded).
 */
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"

import type { Page, Request } from "playwright-core"

import { renderTextPng } from "../ocr/ocr-browser"
import { REPLICA_URLS, replicaSiteFor } from "../replicas/serve"
import { openExtensionPage, readArea } from "./extension-pages"
import {
  CHROMIUM_OWN_HOSTS,
  confirmDialog,
  defaultBuildDir,
  launch,
  openReplica,
  typeLikePerson,
  waitForEditorText,
  waitForPanel,
  waitForPosted,
  type NetworkAttempt,
  type Session
} from "./harness"
import { SAMPLE, SAMPLE_FIXED, SAMPLE_RULE, SITES, site } from "./sites"

/** The only web addresses a page may ask for: the replica documents, exactly. */
const REPLICA_ALLOW_LIST = new Set<string>(Object.values(REPLICA_URLS))

const READ_TIMEOUT_MS = 45_000

interface SeenRequest {
  url: string
  /** Where it came from: the frame's URL, or "service worker". */
  from: string
}

/** Every request Playwright sees in the context (pages, extension tabs, and workers it reports). */
function recordRequests(session: Session): SeenRequest[] {
  const seen: SeenRequest[] = []
  session.context.on("request", (request: Request) => {
    let from = "service worker"
    try {
      from = request.frame().url()
    } catch {
      // Service worker requests have no frame.
    }
    seen.push({ url: request.url(), from })
  })
  return seen
}

/**
 * Allowed page-level requests: a replica document (exact URL), our extension's
 * own files, and data:/blob: URLs, which never touch the network (a blob: only
 * when the replica page or our extension made it: the photo previews, the export).
 */
function isAllowed(url: string, extensionId: string): boolean {
  if (REPLICA_ALLOW_LIST.has(url)) return true
  if (url.startsWith(`chrome-extension://${extensionId}/`)) return true
  if (url.startsWith("data:")) return true
  if (url.startsWith("blob:")) {
    const inner = url.slice("blob:".length)
    return (
      inner.startsWith(`chrome-extension://${extensionId}/`) || replicaSiteFor(inner) !== undefined
    )
  }
  return false
}

/** Proxy attempts that are not Chromium's own background calls. */
const notChromiumOwn = (attempts: NetworkAttempt[]) =>
  attempts.filter((attempt) => !CHROMIUM_OWN_HOSTS.test(attempt.host)).map((a) => a.line)

const hosts = (attempts: NetworkAttempt[]) => [...new Set(attempts.map((a) => a.host))].sort()

async function attachCertificate(session: Session, page: Page, selector: string): Promise<void> {
  const certificate = await renderTextPng(session.context, {
    width: 1080,
    height: 1350,
    lines: ["Congratulations Emma Thompson"]
  })
  await page.locator(selector).setInputFiles({
    name: "certificate.png",
    mimeType: "image/png",
    buffer: certificate
  })
}

const FACEBOOK_FILE_INPUT = '[role="dialog"] input[type="file"]'
const X_FILE_INPUT = '[data-testid="primaryColumn"] input[type="file"][data-testid="fileInput"]'

/** The built extension's text files (scripts, pages, manifest, schema, messages). */
function builtTextFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(js|mjs|html|json)$/.test(file))
    .map((file) => path.join(dir, file))
}

describe("plain Chromium, same flags, no extension (what Chromium calls by itself)", () => {
  test("the extension's own files name none of Chromium's services", () => {
    const files = builtTextFiles(defaultBuildDir())
    expect(files.length).toBeGreaterThan(5)
    const naming = files.filter((file) =>
      /googleapis\.com|google\.com|gvt1\.com/.test(readFileSync(file, "utf8"))
    )
    expect(naming.map((file) => path.relative(defaultBuildDir(), file))).toEqual([])
  })

  test("its own calls go only to CHROMIUM_OWN_HOSTS", async () => {
    const plain = await launch({ buildDir: null })
    try {
      for (const sc of SITES) {
        const page = await openReplica(plain, sc.url, sc.composersOnLoad)
        const composer = await sc.main(page)
        await typeLikePerson(composer.editor, SAMPLE, 5)
        await composer.submit()
        await waitForPosted(page, 1)
      }
      const page = await openReplica(plain, REPLICA_URLS.facebook, 1)
      await site("facebook").main(page)
      await attachCertificate(plain, page, FACEBOOK_FILE_INPUT)
      await page.waitForTimeout(5_000)
      console.log(`plain Chromium called: ${hosts(plain.networkAttempts).join(", ") || "nothing"}`)
      expect(plain.blocked()).toEqual([])
      expect(notChromiumOwn(plain.networkAttempts)).toEqual([])
    } finally {
      await plain.close()
    }
  })
})

describe("the built extension: a whole session, every request recorded", () => {
  let session: Session
  let extensionId: string
  let seen: SeenRequest[]
  /** Contexts that were alive at some point (proves the flows really ran there). */
  const contexts = new Set<string>()

  beforeAll(async () => {
    session = await launch()
    extensionId = session.extensionId!
    seen = recordRequests(session)
    contexts.add("service worker")
  }, 60_000)

  afterAll(async () => {
    if (session?.pageErrors.length) console.warn(`page errors:\n${session.pageErrors.join("\n")}`)
    await session?.close()
  })

  describe.each(SITES)("$title", (sc) => {
    test("a finding, its one-click fix, and the confirm dialog (Review, then Post anyway)", async () => {
      let page = await openReplica(session, sc.url, sc.composersOnLoad)
      let composer = await sc.main(page)
      await typeLikePerson(composer.editor, SAMPLE, 5)
      let panel = await waitForPanel(composer.editor)
      const finding = panel.findings(SAMPLE_RULE).first()
      await finding.waitFor({ state: "visible", timeout: 10_000 })
      await finding.locator('button[data-byp="fix"]').first().click()
      await waitForEditorText(composer.editor, SAMPLE_FIXED)

      page = await openReplica(session, sc.url, sc.composersOnLoad)
      composer = await sc.main(page)
      await typeLikePerson(composer.editor, SAMPLE, 5)
      panel = await waitForPanel(composer.editor)
      await panel.findings(SAMPLE_RULE).first().waitFor({ state: "visible", timeout: 10_000 })
      await composer.submit()
      const dialog = confirmDialog(page)
      await dialog.waitFor({ state: "visible", timeout: 10_000 })
      await dialog.locator('button[data-byp="review"]').click()
      await dialog.waitFor({ state: "hidden" })
      await composer.submit()
      await dialog.waitFor({ state: "visible", timeout: 10_000 })
      const ack = dialog.locator('input[data-byp="ack"]')
      if ((await ack.count()) > 0) await ack.check()
      await dialog.locator('button[data-byp="post-anyway"]').click()
      expect(await waitForPosted(page, 1)).toEqual([SAMPLE])
      contexts.add(`content script on ${sc.page}`)
    })
  })

  test.each([
    ["facebook", FACEBOOK_FILE_INPUT],
    ["x", X_FILE_INPUT]
  ] as const)("a photo on %s is read by OCR in the offscreen document", async (name, input) => {
    const sc = site(name)
    const page = await openReplica(session, sc.url, sc.composersOnLoad)
    const composer = await sc.main(page)
    await composer.editor.click()
    await page.keyboard.type("Awards night!")
    await attachCertificate(session, page, input)
    const panel = await waitForPanel(composer.editor)
    await panel.panel
      .locator('[data-byp="finding"][data-rule="student-full-name"][data-source="image"]')
      .waitFor({ state: "visible", timeout: READ_TIMEOUT_MS })
    // The reader stays open for a minute after use: it is the offscreen document.
    const offscreen = await session.serviceWorker!.evaluate(async () => {
      const found = await chrome.runtime.getContexts({
        contextTypes: ["OFFSCREEN_DOCUMENT" as chrome.runtime.ContextType]
      })
      return found.map((context) => context.documentUrl ?? "")
    })
    expect(offscreen).toHaveLength(1)
    contexts.add("offscreen document (OCR)")
  })

  test("the options page: opened and edited (site switch, names, Try a post)", async () => {
    const options = await openExtensionPage(session, "options.html")
    await options.locator("#division").waitFor()
    const sites = options.locator('[data-field="sites.x"]').getByRole("checkbox")
    await sites.uncheck()
    await options.locator("[data-byp-status]").filter({ hasText: "Saved." }).waitFor()
    await sites.check()
    const names = options.locator('[data-field="consentedNames"]')
    await names.locator("textarea").fill("Ben Carter\nAva Singh")
    await names.getByRole("button", { name: "Save" }).click()
    const storedNames = async () => (await readArea(session, "local")).consentedNames
    const expected = JSON.stringify(["Ben Carter", "Ava Singh"])
    for (let i = 0; i < 50 && (await storedNames()) !== expected; i++)
      await options.waitForTimeout(100)
    expect(await storedNames()).toBe(expected)
    await options.locator("[data-byp-try]").fill(SAMPLE)
    const tryPanel = options.locator('#try div[data-byp-host="panel"] [data-byp="panel"]')
    await tryPanel.locator(`[data-rule="${SAMPLE_RULE}"]`).waitFor()
    await tryPanel
      .locator(`[data-rule="${SAMPLE_RULE}"]`)
      .locator('[data-byp="fix"]')
      .first()
      .click()
    expect(await options.locator("[data-byp-try]").inputValue()).toBe(SAMPLE_FIXED)
    await options.close()
    contexts.add("options page")
  })

  test("the popup: on a replica with a draft, then Pause for 1 hour", async () => {
    const sc = site("facebook")
    const page = await openReplica(session, sc.url, sc.composersOnLoad)
    const composer = await sc.main(page)
    await typeLikePerson(composer.editor, SAMPLE, 5)
    await (await waitForPanel(composer.editor)).findings(SAMPLE_RULE).first().waitFor()
    const popup = await openExtensionPage(session, "popup.html")
    await page.bringToFront()
    await popup.reload()
    await popup.locator(`[data-byp-popup-findings] [data-rule="${SAMPLE_RULE}"]`).waitFor()
    await popup.locator("[data-byp-pause]").click()
    await popup.locator("[data-byp-paused]").waitFor()
    await popup.close()
    contexts.add("popup")
  })

  describe("the request log", () => {
    beforeAll(async () => {
      // Room for anything sent late (a beacon on close, a timer).
      await new Promise((resolve) => setTimeout(resolve, 3_000))
    })

    test("every flow above ran, in every context", () => {
      expect([...contexts].sort()).toEqual(
        [
          "service worker",
          ...SITES.map((sc) => `content script on ${sc.page}`),
          "offscreen document (OCR)",
          "options page",
          "popup"
        ].sort()
      )
      // The log is not empty: the extension's own files were requested and recorded.
      expect(seen.some((r) => r.url.startsWith(`chrome-extension://${extensionId}/options`))).toBe(
        true
      )
      expect(seen.some((r) => r.url.startsWith(`chrome-extension://${extensionId}/popup`))).toBe(
        true
      )
    })

    test("pages asked only for the replica URLs and the extension's own files", () => {
      const others = seen.filter((r) => !isAllowed(r.url, extensionId))
      expect(others).toEqual([])
      expect(session.blocked()).toEqual([])
      expect(session.requests.filter((r) => !REPLICA_ALLOW_LIST.has(r.url))).toEqual([])
    })

    test("nothing reached the network from any context (service worker, offscreen, OCR worker)", () => {
      console.log(
        `proxy saw: ${hosts(session.networkAttempts).join(", ") || "nothing"} ` +
          `(${session.networkAttempts.length} attempts)`
      )
      expect(notChromiumOwn(session.networkAttempts)).toEqual([])
    })

    test("the net is real: a call from the service worker is refused by the CSP, or caught", async () => {
      const manifest = JSON.parse(
        readFileSync(path.join(defaultBuildDir(), "manifest.json"), "utf8")
      ) as { content_security_policy?: { extension_pages?: string } }
      const cspBlocksConnect = /(^|;)\s*connect-src 'self'\s*(;|$)/.test(
        manifest.content_security_policy?.extension_pages ?? ""
      )
      const probe = async (name: string) => {
        const url = `https://probe.before-you-post.invalid/${name}`
        const before = { router: session.requests.length, proxy: session.networkAttempts.length }
        const outcome = await session.serviceWorker!.evaluate(
          (u) =>
            fetch(u).then(
              (response) => `answered ${response.status}`,
              () => "failed"
            ),
          url
        )
        // Give the proxy a moment to log a connection it refused.
        await new Promise((resolve) => setTimeout(resolve, 1_000))
        return {
          outcome,
          router: session.requests.slice(before.router).some((r) => r.url === url),
          proxy: session.networkAttempts
            .slice(before.proxy)
            .some((a) => a.host === "probe.before-you-post.invalid")
        }
      }
      const routed = await probe("routed")
      // Then without the router (the last test): only the proxy stands in the way.
      await session.context.unrouteAll()
      const unrouted = await probe("unrouted")
      if (cspBlocksConnect) {
        // `connect-src 'self'`: the browser refuses before any connection is opened.
        const refused = { outcome: "failed", router: false, proxy: false }
        expect({ routed, unrouted }).toEqual({ routed: refused, unrouted: refused })
      } else {
        // No CSP wall: the router answers it (404), and without the router the proxy
        // sees it — service-worker traffic cannot slip past the nets.
        expect({ routed, unrouted }).toEqual({
          routed: { outcome: "answered 404", router: true, proxy: false },
          unrouted: { outcome: "failed", router: false, proxy: true }
        })
      }
    })
  })
})
