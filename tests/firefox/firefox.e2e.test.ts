/**
 * The Firefox build in real Firefox (headless firefox-esr, see ./launch.ts): the
 * content script runs on the Facebook replica at its real URL and shows its panel
 * for a student's full name; a photo attached to the post is read by the OCR
 * engine in the extension's background page (Firefox has no offscreen documents)
 * and gives an image finding; a photo with faces gives its face count there too.
 * No timing assertions: durations are printed only.
 *
 *   npm run test:firefox        (needs `npm run build` and firefox-esr)
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { readFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"

import type { ElementHandle, Page } from "puppeteer-core"

import { REPLICA_URLS } from "../replicas/serve"
import { SAMPLE, SAMPLE_MATCH, SAMPLE_RULE } from "../e2e/sites"
import {
  firefoxBuildDir,
  launchFirefox,
  openReplica,
  waitInPanel,
  type FirefoxSession
} from "./launch"

const LEXICAL =
  '[role="dialog"] [role="textbox"][contenteditable="true"][data-lexical-editor="true"]'
const PANEL_TIMEOUT_MS = 20_000
const READ_TIMEOUT_MS = 60_000

let session: FirefoxSession
let tmp: string

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "byp-firefox-"))
  const started = Date.now()
  session = await launchFirefox()
  console.log(
    `Firefox ${await session.browser.version()}: started + add-on installed in ${Date.now() - started} ms`
  )
}, 120_000)

afterAll(async () => {
  await session?.close()
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

/** Opens Facebook's "Create post" dialog and returns its Lexical editor. */
async function openFacebookComposer(page: Page): Promise<ElementHandle> {
  // Text selector: ARIA queries need the CDP accessibility tree, which BiDi lacks.
  const button = await page.waitForSelector("::-p-text(What's on your mind)")
  if (!button) throw new Error('no "What\'s on your mind" button')
  await button.click()
  const editor = await page.waitForSelector(LEXICAL)
  if (!editor) throw new Error("no Lexical editor in the Create post dialog")
  return editor
}

/** A 1080×1350 poster with one line of dark text, drawn by Firefox itself (no image packages). */
async function renderTextPng(text: string): Promise<string> {
  const page = await session.browser.newPage()
  try {
    const dataUrl = await page.evaluate((line) => {
      const canvas = document.createElement("canvas")
      canvas.width = 1080
      canvas.height = 1350
      const g = canvas.getContext("2d")!
      g.fillStyle = "#fdf6e3"
      g.fillRect(0, 0, canvas.width, canvas.height)
      g.fillStyle = "#1b1b1b"
      g.font = "600 56px 'DejaVu Sans', sans-serif"
      g.textAlign = "center"
      g.textBaseline = "middle"
      g.fillText(line, canvas.width / 2, canvas.height / 2)
      return canvas.toDataURL("image/png")
    }, text)
    const file = path.join(tmp, "certificate.png")
    await writeFile(file, Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ""), "base64"))
    return file
  } finally {
    await page.close()
  }
}

test("the add-on installs with the manifest's gecko id", () => {
  const manifest = JSON.parse(readFileSync(path.join(firefoxBuildDir(), "manifest.json"), "utf8"))
  expect(manifest.browser_specific_settings?.gecko?.id).toEqual(expect.any(String))
  expect(session.addonId).toBe(manifest.browser_specific_settings.gecko.id)
})

test("a draft naming a student on the Facebook replica shows the panel's student-full-name finding", async () => {
  const page = await openReplica(session, REPLICA_URLS.facebook)
  const editor = await openFacebookComposer(page)
  await editor.click()
  const started = Date.now()
  await page.keyboard.type(SAMPLE, { delay: 15 })
  const finding = await waitInPanel(
    page,
    `[data-byp="finding"][data-rule="${SAMPLE_RULE}"]`,
    PANEL_TIMEOUT_MS
  )
  console.log(`Firefox: typed → finding shown in ${Date.now() - started} ms (typing included)`)
  expect(finding.match).toBe(SAMPLE_MATCH)
  expect(finding.attributes["data-source"]).toBe("text")
  // The draft in Lexical's own state is untouched by the check.
  expect(await editor.evaluate((el) => window.__replica?.textOf(el))).toBe(SAMPLE)
  await page.close()
})

test("a photo attached to the post is read in the background page and gives an image finding", async () => {
  const photo = await renderTextPng("Congratulations Emma Thompson")
  const page = await openReplica(session, REPLICA_URLS.facebook)
  const editor = await openFacebookComposer(page)
  await editor.click()
  await page.keyboard.type("Awards night!")
  const input = (await page.waitForSelector('[role="dialog"] input[type="file"]', {
    visible: false
  })) as ElementHandle<HTMLInputElement> | null
  if (!input) throw new Error("no file input in the Create post dialog")
  const started = Date.now()
  await input.uploadFile(photo)
  const finding = await waitInPanel(
    page,
    `[data-byp="finding"][data-rule="${SAMPLE_RULE}"][data-source="image"]`,
    READ_TIMEOUT_MS
  )
  console.log(`Firefox: attach → photo finding shown in ${Date.now() - started} ms`)
  expect(finding.match).toBe(SAMPLE_MATCH)
  expect(finding.text).toContain("In Photo 1")
  // Reading finished and nothing was noted as unreadable.
  await waitInPanel(page, '[data-byp="ocr-status"][data-reading="0"]', READ_TIMEOUT_MS)
  const note = await page.evaluate(() =>
    [...document.querySelectorAll('div[data-byp-host="panel"]')].some((host) =>
      host.shadowRoot?.querySelector('[data-byp="ocr-note"]')
    )
  )
  expect(note).toBe(false)
  await page.close()
})

test("a photo with faces is read in the background page and the finding counts its faces", async () => {
  // sample3.jpg of @vladmandic/face-api's demo/ (MIT): three faces counted by hand
  // (tests/ocr/faces-labels.json).
  const photo = path.join(
    __dirname,
    "..",
    "..",
    "node_modules/@vladmandic/face-api/demo/sample3.jpg"
  )
  const page = await openReplica(session, REPLICA_URLS.facebook)
  const editor = await openFacebookComposer(page)
  await editor.click()
  await page.keyboard.type("Our team!")
  const input = (await page.waitForSelector('[role="dialog"] input[type="file"]', {
    visible: false
  })) as ElementHandle<HTMLInputElement> | null
  if (!input) throw new Error("no file input in the Create post dialog")
  const started = Date.now()
  await input.uploadFile(photo)
  const finding = await waitInPanel(
    page,
    '[data-byp="finding"][data-rule="student-images"][data-source="image"]',
    READ_TIMEOUT_MS
  )
  console.log(`Firefox: attach → faces finding shown in ${Date.now() - started} ms`)
  expect(finding.attributes["data-severity"]).toBe("warn")
  expect(finding.text).toMatch(/Photo 1: 3 faces, 3 close-up\./)
  await page.close()
})

test("no request left the machine", () => {
  expect(session.blocked).toEqual([])
})
