/**
 * Real-browser helpers for the OCR tests and the OCR bench: pictures rendered by
 * Chromium itself (no image packages), an extension page that talks to the
 * background like a content script would, and the memory of the extension's
 * renderer process (which hosts the offscreen document and its OCR worker).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import type { BrowserContext, Page } from "playwright-core"
import type { OcrResult } from "../../src/ocr/errors"
import type { OcrHostStatus, PhotoPart } from "../../src/messaging/protocol"
import { defaultBuildDir, launch, type Session } from "../e2e/harness"

/** A harness session with the extension loaded (so `extensionId` is known). */
export type OcrBrowser = Session & { extensionId: string }

/** The build under test: BYP_BUILD_DIR, else the project's production Chrome build. */
export const ocrBuildDir = defaultBuildDir

/**
 * The e2e harness's browser (tests/e2e/harness.ts `launch`): the built extension,
 * all traffic through the local proxy that records and refuses it
 * (`networkAttempts`), after checking the build has its OCR files.
 */
export async function launchForOcr(buildDir = ocrBuildDir()): Promise<OcrBrowser> {
  if (!existsSync(path.join(buildDir, "ocr", "lang", "eng.traineddata.gz")))
    throw new Error(`${buildDir} has no OCR files: run "npm run build"`)
  const session = await launch({ buildDir })
  if (!session.extensionId) {
    await session.close()
    throw new Error("the extension's service worker did not start")
  }
  return { ...session, extensionId: session.extensionId }
}

export interface PictureSpec {
  width: number
  height: number
  lines: string[]
  fontPx?: number
}

/** A PNG of dark text on a light poster background, e.g. a certificate or a class list. */
export async function renderTextPng(context: BrowserContext, spec: PictureSpec): Promise<Buffer> {
  const lines = spec.lines.map((l) => `<p>${l.replace(/[<&]/g, "")}</p>`).join("")
  return renderPng(
    context,
    spec.width,
    spec.height,
    `<body style="margin:0;height:${spec.height}px;display:flex;flex-direction:column;justify-content:center;align-items:center;white-space:nowrap;background:#fdf6e3;color:#1b1b1b;font:600 ${spec.fontPx ?? 56}px/1.25 'DejaVu Sans',sans-serif">${lines}</body>`
  )
}

/** A "photo" with shapes and gradients but no text at all. */
export async function renderPhotoPng(context: BrowserContext): Promise<Buffer> {
  const blobs = [
    [120, 200, 260, "#6a9955"],
    [520, 380, 340, "#d7ba7d"],
    [300, 780, 420, "#4f81bd"],
    [820, 980, 300, "#c0504d"]
  ]
    .map(
      ([x, y, r, c]) =>
        `<div style="position:absolute;left:${x}px;top:${y}px;width:${r}px;height:${r}px;border-radius:50%;background:radial-gradient(circle at 30% 30%,#fff8,${c})"></div>`
    )
    .join("")
  return renderPng(
    context,
    1080,
    1350,
    `<body style="margin:0;position:relative;height:1350px;background:linear-gradient(160deg,#87ceeb,#e0f0d0 55%,#5b8c3a 56%,#3d6b26)">${blobs}</body>`
  )
}

async function renderPng(
  context: BrowserContext,
  width: number,
  height: number,
  html: string
): Promise<Buffer> {
  const page = await context.newPage()
  try {
    await page.setViewportSize({ width, height })
    await page.setContent(`<!doctype html><html>${html}</html>`)
    return await page.screenshot({ type: "png" })
  } finally {
    await page.close()
  }
}

export const pngDataUrl = (png: Buffer) => `data:image/png;base64,${png.toString("base64")}`

export interface OcrClient {
  page: Page
  /** Sends `{type:"byp:ocr"}` to the background, as the content script does; times the round trip. */
  read(
    dataUrl: string,
    idleMs?: number,
    only?: PhotoPart
  ): Promise<{ result: OcrResult; ms: number }>
  /**
   * A photo as the page asks for it: faces and text in two requests at once;
   * each part timed from the same start.
   */
  readParts(dataUrl: string): Promise<{
    faces: { result: OcrResult; ms: number }
    text: { result: OcrResult; ms: number }
  }>
  /** `{type:"byp:ocr-warm"}`, as a content script sends when a composer opens. */
  warm(): Promise<{ result: OcrResult; ms: number }>
  status(): Promise<OcrHostStatus>
}

/**
 * An extension page that plays the content script's part. The OCR host page itself
 * is used, opened in a tab: without its offscreen query string it stays inert.
 */
export async function openOcrClient(
  context: BrowserContext,
  extensionId: string
): Promise<OcrClient> {
  const page = await context.newPage()
  await page.goto(`chrome-extension://${extensionId}/tabs/ocr-host.html`)
  return {
    page,
    async read(dataUrl, idleMs, only) {
      const t0 = Date.now()
      const result = (await page.evaluate(
        ([d, idle, part]) =>
          chrome.runtime.sendMessage({
            type: "byp:ocr",
            image: { dataUrl: d },
            idleMs: idle,
            ...(part ? { only: part } : {})
          }),
        [dataUrl, idleMs, only] as const
      )) as OcrResult
      return { result, ms: Date.now() - t0 }
    },
    async readParts(dataUrl) {
      // Timed inside the page, so the two parts share one clock and start. (No
      // named inner function: tsx would wrap it in a helper the page lacks.)
      const [faces, text] = await page.evaluate(
        (d) =>
          Promise.all(
            (["faces", "text"] as const).map((only, _i, _all, t0 = performance.now()) =>
              chrome.runtime
                .sendMessage({ type: "byp:ocr", image: { dataUrl: d }, only })
                .then((result: unknown) => ({
                  result: result as OcrResult,
                  ms: performance.now() - t0
                }))
            )
          ),
        dataUrl
      )
      return { faces: faces!, text: text! }
    },
    async warm() {
      const t0 = Date.now()
      const result = (await page.evaluate(() =>
        chrome.runtime.sendMessage({ type: "byp:ocr-warm" })
      )) as OcrResult
      return { result, ms: Date.now() - t0 }
    },
    async status() {
      return (await page.evaluate(() =>
        chrome.runtime.sendMessage({ type: "byp:ocr-status" })
      )) as OcrHostStatus
    }
  }
}

/** Whether Chrome's offscreen document exists, asked from the service worker. */
export async function offscreenOpen(context: BrowserContext): Promise<boolean> {
  const sw = context.serviceWorkers().find((w) => w.url().startsWith("chrome-extension://"))
  if (!sw) throw new Error("no extension service worker")
  return sw.evaluate(async () => {
    const contexts = await chrome.runtime.getContexts({
      contextTypes: ["OFFSCREEN_DOCUMENT" as chrome.runtime.ContextType]
    })
    return contexts.length > 0
  })
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 200))
  }
  return check()
}

/**
 * Resident memory (bytes) of the extension renderer processes of the browser
 * launched with `userDataDir` (Linux /proc). The offscreen document, its OCR worker
 * and the service worker live there.
 */
export function extensionProcessRss(userDataDir: string): number {
  const procs = readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map((pid) => {
      try {
        // Chromium's child processes rewrite their title: one string, not NUL-separated args.
        const cmd = ` ${readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ")} `
        const ppid = Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[1])
        return { pid: Number(pid), ppid, cmd }
      } catch {
        return undefined // exited meanwhile
      }
    })
    .filter((p): p is NonNullable<typeof p> => !!p)
  const browser = procs.find(
    (p) => !p.cmd.includes(" --type=") && p.cmd.includes(` --user-data-dir=${userDataDir} `)
  )
  if (!browser) return 0
  const family = new Set([browser.pid])
  for (let grew = true; grew;) {
    grew = false
    for (const p of procs)
      if (family.has(p.ppid) && !family.has(p.pid)) {
        family.add(p.pid)
        grew = true
      }
  }
  let total = 0
  for (const p of procs) {
    if (!family.has(p.pid) || !p.cmd.includes(" --extension-process ")) continue
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p.pid}/status`, "utf8"))?.[1]
      total += Number(kb ?? 0) * 1024
    } catch {
      // exited meanwhile
    }
  }
  return total
}
