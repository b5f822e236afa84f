/**
 * Real Firefox for the Firefox build: headless Debian `firefox-esr` driven by
 * puppeteer-core over WebDriver BiDi (no browser download), the BUILT extension
 * installed as a temporary add-on (`webExtension.install`, Firefox ≥ 138), and
 * the replica pages answered at the real sites' URLs by request interception
 * (`network.provideResponse`), so the manifest's own match patterns decide what
 * runs and nothing leaves the machine.
 */
import { existsSync } from "node:fs"
import path from "node:path"

import puppeteer, { type Browser, type HTTPRequest, type Page } from "puppeteer-core"

import { PROJECT_ROOT, replicaHtml, replicaSiteFor } from "../replicas/serve"
// Type-only: brings the `window.__replica` declaration into test code.
import type { ReplicaApi as _ReplicaApi } from "../replicas/shared/replica-api"

export const FIREFOX = process.env.BYP_FIREFOX ?? "/usr/bin/firefox-esr"

/** The build under test: BYP_FIREFOX_BUILD_DIR, else the project's production Firefox build. */
export function firefoxBuildDir(): string {
  return path.resolve(
    process.env.BYP_FIREFOX_BUILD_DIR ?? path.join(PROJECT_ROOT, "build", "firefox-mv3-prod")
  )
}

export interface FirefoxSession {
  browser: Browser
  /** The add-on id Firefox reports after installing the build (the manifest's gecko id). */
  addonId: string
  /** Web requests that were not replica documents (each one would have left the machine). */
  blocked: string[]
  /** A new tab whose web requests are answered by the replicas (anything else: 404, recorded). */
  newPage: () => Promise<Page>
  close: () => Promise<void>
}

/**
 * Starts Firefox with the build installed. `prefs` adds Firefox preferences (a test
 * that needs a fixed moz-extension:// host or prompt-free permission grants).
 */
export async function launchFirefox(
  buildDir = firefoxBuildDir(),
  prefs: Record<string, unknown> = {},
  args: string[] = []
): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`${FIREFOX} is missing: "apt-get install -y firefox-esr" (as root)`)
  }
  if (!existsSync(path.join(buildDir, "manifest.json"))) {
    throw new Error(`no Firefox build at ${buildDir}: run "npm run build" first`)
  }
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    args,
    extraPrefsFirefox: {
      // Favicon fetches would show up as (refused) requests to the sites.
      "browser.chrome.site_icons": false,
      ...prefs
    }
  })
  const blocked: string[] = []
  try {
    // Firefox wants an absolute path; a directory installs unpacked (temporary add-on).
    const addonId = await browser.installExtension(buildDir)
    return {
      browser,
      addonId,
      blocked,
      newPage: async () => {
        const page = await browser.newPage()
        await page.setRequestInterception(true)
        page.on("request", (request) => void answer(request, blocked))
        return page
      },
      close: () => browser.close()
    }
  } catch (error) {
    await browser.close()
    throw error
  }
}

async function answer(request: HTTPRequest, blocked: string[]): Promise<void> {
  const url = request.url()
  if (!/^https?:/.test(url)) return request.continue()
  const site = replicaSiteFor(url)
  if (site && request.isNavigationRequest()) {
    return request.respond({
      status: 200,
      contentType: "text/html; charset=utf-8",
      body: await replicaHtml(site)
    })
  }
  blocked.push(url)
  return request.respond({ status: 404, contentType: "text/plain", body: "" })
}

/** Opens a replica page in a fresh tab and waits until its editors have rendered. */
export async function openReplica(session: FirefoxSession, url: string): Promise<Page> {
  const page = await session.newPage()
  await page.goto(url)
  await page.waitForFunction(() => window.__replica?.ready === true)
  return page
}

/**
 * Waits until a panel host's OPEN shadow root holds `selector` (the DOM contract of
 * tests/e2e/README.md); returns that element's attributes and text.
 */
export async function waitInPanel(
  page: Page,
  selector: string,
  timeoutMs: number
): Promise<{ text: string; attributes: Record<string, string>; match: string }> {
  const handle = await page.waitForFunction(
    (sel) => {
      for (const host of document.querySelectorAll('div[data-byp-host="panel"]')) {
        const found = host.shadowRoot?.querySelector(sel)
        if (found) {
          return {
            text: found.textContent ?? "",
            attributes: Object.fromEntries([...found.attributes].map((a) => [a.name, a.value])),
            match: found.querySelector('[data-byp="match"]')?.textContent?.trim() ?? ""
          }
        }
      }
      return false
    },
    { timeout: timeoutMs, polling: 200 },
    selector
  )
  return (await handle.jsonValue()) as {
    text: string
    attributes: Record<string, string>
    match: string
  }
}
