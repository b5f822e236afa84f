/**
 * Real-browser harness: headless Debian Chromium with the BUILT extension loaded
 * unpacked, the replica pages served at the real sites' URLs, and every request
 * recorded (nothing may leave the machine: anything that is not a replica page is
 * answered 404 and listed in `session.blocked`). Whatever the router does not see
 * (the offscreen document and its workers, Chromium itself) goes to a local proxy
 * that records and refuses it (`session.networkAttempts`).
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises"
import { existsSync } from "node:fs"
import { createServer, type AddressInfo, type Server } from "node:net"
import os from "node:os"
import path from "node:path"

import {
  chromium,
  type BrowserContext,
  type Locator,
  type Page,
  type Worker
} from "playwright-core"

import { PROJECT_ROOT, replicaHtml, replicaSiteFor } from "../replicas/serve"
// Type-only: brings the `window.__replica` declaration into test code.
import type { OpenKind } from "../replicas/shared/replica-api"

export const CHROMIUM = process.env.BYP_CHROMIUM ?? "/usr/bin/chromium"
export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, "artifacts", "screenshots")

/** The build under test: BYP_BUILD_DIR, else the project's production Chrome build. */
export function defaultBuildDir(): string {
  return process.env.BYP_BUILD_DIR ?? path.join(PROJECT_ROOT, "build", "chrome-mv3-prod")
}

export interface RecordedRequest {
  url: string
  method: string
  resourceType: string
  /** "replica" when answered with a replica page, "blocked" when refused. */
  outcome: "replica" | "blocked"
}

export interface Session {
  context: BrowserContext
  /** The extension's service worker (undefined when launched without the extension). */
  serviceWorker?: Worker
  extensionId?: string
  /** Every http(s) request of the pages and the extension service worker (and every WebSocket), in order. */
  requests: RecordedRequest[]
  /** The subset of `requests` that were not replica pages (each one would have left the machine). */
  blocked: () => RecordedRequest[]
  /** console.error messages of pages and the service worker, and uncaught page errors. */
  pageErrors: string[]
  /**
   * Every connection any part of the browser tried to open to the network, from
   * every context (pages, service worker, offscreen document and its worker):
   * Chromium sends all traffic to a local proxy that records it and refuses it.
   * Requests answered by the request router never reach it. Empty with `proxy: false`.
   */
  networkAttempts: NetworkAttempt[]
  /** The Chromium profile folder (e.g. to find the browser's processes). */
  userDataDir: string
  close: () => Promise<void>
}

/** One connection attempt seen by the refusing proxy. */
export interface NetworkAttempt {
  /** The request line as sent, e.g. `CONNECT clients2.google.com:443 HTTP/1.1`. */
  line: string
  /** `CONNECT`, `GET`, … */
  method: string
  /** The host asked for (lower case, no port); "" when the line could not be read. */
  host: string
}

/**
 * Hosts that headless Chromium itself calls despite `--disable-background-networking
 * --disable-component-update --disable-sync` and Playwright's own switches, with or
 * without any extension: its updater (update.googleapis.com, redirector.gvt1.com,
 * edgedl.me.gvt1.com), network time (clients2.google.com), Google sign-in
 * (accounts.google.com), form-field predictions for autofill
 * (content-autofill.googleapis.com: the replicas have forms) and the optimisation
 * guide. tests/e2e/privacy.e2e.test.ts proves it: the same session with no
 * extension loaded calls them too, and none of these names appears in the built
 * extension's files. (Chromium has switches for some, but `--disable-features`
 * would replace Playwright's own list rather than add to it.)
 */
export const CHROMIUM_OWN_HOSTS =
  /^(update\.googleapis\.com|redirector\.gvt1\.com|edgedl\.me\.gvt1\.com|clients\d*\.google\.com|accounts\.google\.com|content-autofill\.googleapis\.com|optimizationguide-pa\.googleapis\.com)$/

export interface LaunchOptions {
  /** Unpacked extension to load; null launches plain Chromium (replica checks, DOM baselines). */
  buildDir?: string | null
  /** Extra Chromium flags. */
  args?: string[]
  /**
   * Route all of Chromium's traffic through a local proxy that records and refuses
   * every request and CONNECT (`session.networkAttempts`). Default true: the
   * request router sees the pages (and, in Playwright 1.65, the service worker's
   * fetches) but is not guaranteed to see every context of the extension.
   */
  proxy?: boolean
}

interface RefusingProxy {
  port: number
  attempts: NetworkAttempt[]
  server: Server
}

/** A TCP server that reads each connection's request line, records it, and hangs up. */
async function startRefusingProxy(): Promise<RefusingProxy> {
  const attempts: NetworkAttempt[] = []
  const server = createServer((socket) => {
    socket.once("data", (chunk) => {
      const line = chunk.toString("latin1").split("\r\n")[0] ?? ""
      attempts.push(parseRequestLine(line))
      socket.destroy()
    })
    socket.on("error", () => undefined)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return { port: (server.address() as AddressInfo).port, attempts, server }
}

function parseRequestLine(line: string): NetworkAttempt {
  const [method = "", target = ""] = line.split(" ")
  let host = ""
  try {
    // CONNECT carries host:port; a proxied GET carries an absolute URL.
    host = new URL(method === "CONNECT" ? `https://${target}` : target).hostname.toLowerCase()
  } catch {
    // not a request line: host stays ""
  }
  return { line, method, host }
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run "bash scripts/ensure-chromium.sh" (as root)`)
  }
  const buildDir = options.buildDir === undefined ? defaultBuildDir() : options.buildDir
  if (buildDir && !existsSync(path.join(buildDir, "manifest.json"))) {
    throw new Error(`no extension build at ${buildDir}: run "npm run build" first`)
  }
  const proxy = options.proxy === false ? undefined : await startRefusingProxy()
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), "byp-e2e-profile-"))
  // No preconnects or DNS pre-resolution to the pages' hosts (Chromium's "preload
  // pages" setting, off): they would reach the proxy as CONNECTs to the replicas' hosts.
  await mkdir(path.join(userDataDir, "Default"))
  await writeFile(
    path.join(userDataDir, "Default", "Preferences"),
    JSON.stringify({
      net: { network_prediction_options: 2 }
    })
  )
  const args = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    ...(proxy
      ? [
          `--proxy-server=http://127.0.0.1:${proxy.port}`,
          // Loopback too goes to the proxy (Chromium bypasses it for localhost by default).
          "--proxy-bypass-list=<-loopback>",
          // WebRTC's UDP would not go through an HTTP proxy: forbid it.
          "--force-webrtc-ip-handling-policy=disable_non_proxied_udp"
        ]
      : []),
    ...(buildDir
      ? [`--disable-extensions-except=${buildDir}`, `--load-extension=${buildDir}`]
      : []),
    ...(options.args ?? [])
  ]
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    viewport: { width: 1280, height: 900 }
  })

  const requests: RecordedRequest[] = []
  const pageErrors: string[] = []
  await routeReplicas(context, requests)
  context.on("page", (page) => watchPage(page, pageErrors, requests))
  context.pages().forEach((page) => watchPage(page, pageErrors, requests))

  let serviceWorker: Worker | undefined
  if (buildDir) {
    serviceWorker =
      context.serviceWorkers().find((worker) => worker.url().startsWith("chrome-extension://")) ??
      (await context.waitForEvent("serviceworker", { timeout: 15_000 }))
  }
  const extensionId = serviceWorker ? new URL(serviceWorker.url()).host : undefined
  serviceWorker?.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(`service worker: ${message.text()}`)
  })

  return {
    context,
    serviceWorker,
    extensionId,
    requests,
    blocked: () => requests.filter((request) => request.outcome === "blocked"),
    pageErrors,
    networkAttempts: proxy?.attempts ?? [],
    userDataDir,
    close: async () => {
      await context.close()
      proxy?.server.close()
      await rm(userDataDir, { recursive: true, force: true })
    }
  }
}

/**
 * Answers the pages' http(s) requests: a replica document for the sites' URLs, 404
 * for anything else (recorded as blocked). Only web requests: the extension's own
 * chrome-extension:// files (scripts of its pages, OCR files) load normally.
 */
async function routeReplicas(context: BrowserContext, requests: RecordedRequest[]): Promise<void> {
  const isWeb = (url: URL): boolean => url.protocol === "http:" || url.protocol === "https:"
  await context.route(isWeb, async (route) => {
    const request = route.request()
    const site = replicaSiteFor(request.url())
    const isDocument = request.resourceType() === "document"
    const outcome = site && isDocument ? "replica" : "blocked"
    requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      outcome
    })
    if (site && isDocument) {
      await route.fulfill({
        body: await replicaHtml(site),
        contentType: "text/html; charset=utf-8"
      })
    } else {
      await route.fulfill({ status: 404, body: "", contentType: "text/plain" })
    }
  })
}

function watchPage(page: Page, errors: string[], requests: RecordedRequest[]): void {
  // WebSockets bypass routing: record them as blocked (none should ever open).
  page.on("websocket", (socket) =>
    requests.push({
      url: socket.url(),
      method: "GET",
      resourceType: "websocket",
      outcome: "blocked"
    })
  )
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`))
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console.error: ${message.text()}`)
  })
}

/** Opens a replica page and waits until it has rendered `minComposers` composers. */
export async function openReplica(session: Session, url: string, minComposers = 0): Promise<Page> {
  const page =
    session.context.pages().find((p) => p.url() === "about:blank") ??
    (await session.context.newPage())
  await page.goto(url)
  await page.waitForFunction(
    (min) => window.__replica?.ready === true && window.__replica.count() >= min,
    minComposers
  )
  return page
}

/**
 * True when the extension's content script world exists in `page` (CDP lists one
 * execution context per isolated world; the extension's has its origin). Proves a
 * "nothing changed" result is not just a content script that never ran.
 */
export async function contentScriptRan(page: Page, extensionId: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page)
  const origins: string[] = []
  cdp.on("Runtime.executionContextCreated", (event) => origins.push(event.context.origin))
  await cdp.send("Runtime.enable")
  await cdp.send("Runtime.disable")
  await cdp.detach()
  return origins.includes(`chrome-extension://${extensionId}`)
}

/** Types like a person: focuses the box, then one key at a time with a pause. */
export async function typeLikePerson(editor: Locator, text: string, delayMs = 20): Promise<void> {
  await editor.click()
  await editor.page().keyboard.type(text, { delay: delayMs })
}

/** The draft held by the editor library's own state for the composer `editor`. */
export async function editorText(editor: Locator): Promise<string> {
  return editor.evaluate((element) => {
    if (!window.__replica) throw new Error("not a replica page")
    return window.__replica.textOf(element)
  })
}

export async function posted(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window.__replica?.posted ?? [])])
}

export async function openComposer(page: Page, kind: OpenKind): Promise<void> {
  await page.evaluate((k) => window.__replica?.open(k), kind)
}

// ---- The extension's DOM contract (see tests/e2e/README.md) ----

export const PANEL_HOST = 'div[data-byp-host="panel"]'
export const CONFIRM_HOST = 'div[data-byp-host="confirm"]'

/**
 * Index (among all panel hosts on the page) of the panel that belongs to `editor`:
 * the nearest `[data-byp-host="panel"]` that is a child of one of the editor's
 * ancestors (the contract puts it right after the editor's container). -1 if none.
 */
async function panelIndexFor(editor: Locator): Promise<number> {
  return editor.evaluate((element, hostSelector) => {
    const hosts = [...document.querySelectorAll(hostSelector)]
    for (let node = element.parentElement; node; node = node.parentElement) {
      const host = [...node.children].find((child) => child.matches(hostSelector))
      if (host) return hosts.indexOf(host)
    }
    return -1
  }, PANEL_HOST)
}

export interface PanelLocators {
  /** Position of this panel's host among all panel hosts on the page. */
  index: number
  /** The light-DOM host element (sibling of the editor's container). */
  host: Locator
  /** `[data-byp="panel"]` inside the host's open shadow root (locators pierce it). */
  panel: Locator
  /** `[data-byp="finding"]` items, optionally only those of one rule. */
  findings: (rule?: string) => Locator
}

function panelLocators(host: Locator, index: number): PanelLocators {
  const panel = host.locator('[data-byp="panel"]')
  return {
    index,
    host,
    panel,
    findings: (rule) =>
      panel.locator(rule ? `[data-byp="finding"][data-rule="${rule}"]` : '[data-byp="finding"]')
  }
}

/** Waits (polling the DOM) until a panel exists next to `editor`, then returns its locators. */
export async function waitForPanel(editor: Locator, timeoutMs = 10_000): Promise<PanelLocators> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const index = await panelIndexFor(editor)
    if (index >= 0) return panelLocators(editor.page().locator(PANEL_HOST).nth(index), index)
    if (Date.now() > deadline)
      throw new Error("no Before You Post panel appeared next to the composer")
    await editor.page().waitForTimeout(100)
  }
}

/** Waits until the editor library's own state holds exactly `expected`. */
export async function waitForEditorText(
  editor: Locator,
  expected: string,
  timeoutMs = 5_000
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let actual = await editorText(editor)
  while (actual !== expected && Date.now() < deadline) {
    await editor.page().waitForTimeout(50)
    actual = await editorText(editor)
  }
  if (actual !== expected) {
    throw new Error(
      `editor state holds ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`
    )
  }
}

/** Waits (up to `timeoutMs`) until the editor's own state no longer holds `previous`; returns it. */
export async function waitForEditorChange(
  editor: Locator,
  previous: string,
  timeoutMs = 5_000
): Promise<string> {
  const deadline = Date.now() + timeoutMs
  let actual = await editorText(editor)
  while (actual === previous && Date.now() < deadline) {
    await editor.page().waitForTimeout(50)
    actual = await editorText(editor)
  }
  return actual
}

/** Waits until the page's submit handlers have recorded `count` posts; returns them. */
export async function waitForPosted(
  page: Page,
  count: number,
  timeoutMs = 5_000
): Promise<string[]> {
  await page.waitForFunction((n) => (window.__replica?.posted.length ?? 0) >= n, count, {
    timeout: timeoutMs
  })
  return posted(page)
}

/** The confirm dialog's `[data-byp="confirm"]` (inside the confirm host's shadow root). */
export function confirmDialog(page: Page): Locator {
  return page.locator(CONFIRM_HOST).locator('[data-byp="confirm"]')
}

/** Saves a screenshot of one element (e.g. a panel host) under artifacts/screenshots/. */
export async function screenshotElement(element: Locator, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  await element.screenshot({ path: file })
  return file
}

/** Saves a viewport screenshot under artifacts/screenshots/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path: file })
  return file
}
