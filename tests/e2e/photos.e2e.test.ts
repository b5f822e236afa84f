/**
 * Photos attached in each replica's composer, with the BUILT extension: the text
 * in a photo is read on this machine (offscreen tesseract) and checked like the
 * post; a photo with no text leaves only the AP 144 reminder; a broken file gives
 * a note. Pictures are rendered by Chromium itself. No timing assertions (the
 * attach → finding time is printed for the report; targets belong in the bench).
 */
import type { Locator, Page } from "playwright-core"

import { renderPhotoPng, renderTextPng } from "../ocr/ocr-browser"
import {
  confirmDialog,
  editorText,
  posted,
  launch,
  openReplica,
  screenshot,
  screenshotElement,
  waitForPanel,
  type PanelLocators,
  type Session
} from "./harness"
import { site, type SiteCase } from "./sites"

interface PhotoSite {
  case: SiteCase
  /** The composer's file input (hidden behind the site's photo button). */
  fileInput: (page: Page) => Locator
  /** The ✕ on the first attached photo's preview. */
  removePreview: (page: Page) => Locator
}

const PHOTO_SITES: PhotoSite[] = [
  {
    case: site("facebook"),
    fileInput: (page) => page.locator('[role="dialog"] input[type="file"]'),
    removePreview: (page) => page.locator('[role="dialog"] button[aria-label="Remove photo"]')
  },
  {
    case: site("instagram"),
    fileInput: (page) => page.locator('[role="dialog"] input[type="file"]'),
    removePreview: (page) => page.locator('[role="dialog"] button[aria-label="Delete"]')
  },
  {
    case: site("x"),
    fileInput: (page) =>
      page.locator('[data-testid="primaryColumn"] input[type="file"][data-testid="fileInput"]'),
    removePreview: (page) =>
      page.locator(
        '[data-testid="primaryColumn"] [data-testid="attachments"] button[aria-label="Remove media"]'
      )
  }
]

const READ_TIMEOUT_MS = 45_000

let session: Session
let certificate: Buffer
let plainPhoto: Buffer

beforeAll(async () => {
  session = await launch()
  certificate = await renderTextPng(session.context, {
    width: 1080,
    height: 1350,
    lines: ["Congratulations Emma Thompson"]
  })
  plainPhoto = await renderPhotoPng(session.context)
}, 60_000)

afterAll(async () => {
  if (session?.pageErrors.length) console.warn(`page errors:\n${session.pageErrors.join("\n")}`)
  await session?.close()
})

/** Waits until no photo of this panel is being read any more. */
async function waitForReadingDone(panel: PanelLocators): Promise<void> {
  await panel.panel
    .locator('[data-byp="ocr-status"][data-reading="0"]')
    .waitFor({ state: "attached", timeout: READ_TIMEOUT_MS })
}

describe.each(PHOTO_SITES)("photos on $case.title", ({ case: sc, fileInput, removePreview }) => {
  const open = async () => {
    const page = await openReplica(session, sc.url, sc.composersOnLoad)
    const composer = await sc.main(page)
    await composer.editor.waitFor()
    return { page, composer }
  }

  test('a photo showing "Congratulations Emma Thompson" gives a student-full-name finding that names it', async () => {
    const { page, composer } = await open()
    await composer.editor.click()
    await page.keyboard.type("Awards night!")
    const started = Date.now()
    await fileInput(page).setInputFiles({
      name: "certificate.png",
      mimeType: "image/png",
      buffer: certificate
    })
    const panel = await waitForPanel(composer.editor)
    // Progress shows while the photo is read (it may already be done on a fast machine).
    const status = panel.panel.locator('[data-byp="ocr-status"]')
    await status.waitFor({ state: "attached", timeout: 10_000 })
    if ((await status.textContent())?.startsWith("Reading text in 1 photo"))
      await screenshotElement(panel.host, `${sc.page}-photo-reading`)

    const finding = panel.panel.locator(
      '[data-byp="finding"][data-rule="student-full-name"][data-source="image"]'
    )
    await finding.waitFor({ state: "visible", timeout: READ_TIMEOUT_MS })
    console.log(`${sc.title}: attach → photo finding shown in ${Date.now() - started} ms`)

    expect((await finding.locator('[data-byp="source"]').textContent())?.trim()).toBe("In Photo 1")
    expect((await finding.locator('[data-byp="match"]').textContent())?.trim()).toBe(
      "Emma Thompson"
    )
    // Words in a picture cannot be fixed from here: guidance, no buttons.
    expect(await finding.locator('button[data-byp="fix"], button[data-byp="ignore"]').count()).toBe(
      0
    )
    expect(await finding.locator('[data-byp="remove-photo"]').textContent()).toMatch(/Remove photo/)
    expect(await panel.findings("student-images").count()).toBe(1)
    expect(await editorText(composer.editor)).toBe("Awards night!")
    await panel.host.scrollIntoViewIfNeeded()
    await screenshot(page, `${sc.page}-photo-finding`)
    await screenshotElement(panel.host, `${sc.page}-photo-finding-closeup`)

    // Taking the photo out in the site's preview takes its findings and the reminder away.
    await removePreview(page).first().click()
    await panel.panel
      .locator('[data-byp="finding"][data-source="image"], [data-rule="student-images"]')
      .first()
      .waitFor({ state: "detached", timeout: 10_000 })
    expect(await panel.findings().count()).toBe(0)
  })

  test("a photo with no text shows only the reminder", async () => {
    const { page, composer } = await open()
    await composer.editor.click()
    await fileInput(page).setInputFiles({
      name: "field.png",
      mimeType: "image/png",
      buffer: plainPhoto
    })
    const panel = await waitForPanel(composer.editor)
    await panel.findings("student-images").waitFor({ state: "visible", timeout: 10_000 })
    await waitForReadingDone(panel)
    // Let the re-check that follows the read land (a finding would show up now).
    await page.waitForTimeout(1_000)
    expect(
      await panel.findings().evaluateAll((items) => items.map((i) => i.getAttribute("data-rule")))
    ).toEqual(["student-images"])
    expect(await panel.panel.locator('[data-byp="ocr-note"]').count()).toBe(0)
    await panel.host.scrollIntoViewIfNeeded()
    await screenshotElement(panel.host, `${sc.page}-photo-reminder`)
  })

  test("a broken image file gives a clear note, not a spinner", async () => {
    const { page, composer } = await open()
    await composer.editor.click()
    await fileInput(page).setInputFiles({
      name: "broken.png",
      mimeType: "image/png",
      buffer: Buffer.from("this is not a PNG at all, just text pretending to be one")
    })
    const panel = await waitForPanel(composer.editor)
    const note = panel.panel.locator('[data-byp="ocr-note"]')
    await note.waitFor({ state: "visible", timeout: READ_TIMEOUT_MS })
    expect(await note.textContent()).toMatch(/^Photo 1: .*Check it yourself for names\.$/)
    await waitForReadingDone(panel)
    // The photo still gets the AP 144 reminder.
    await panel.findings("student-images").waitFor({ state: "visible", timeout: 10_000 })
    await panel.host.scrollIntoViewIfNeeded()
    await screenshotElement(panel.host, `${sc.page}-photo-broken`)
  })
})

/** Puts a file into a page event's DataTransfer, as a drop or a paste from the OS would. */
async function dispatchWithFile(
  target: Locator,
  kind: "drop" | "paste",
  png: Buffer
): Promise<void> {
  await target.evaluate(
    (el, [k, base64]) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const dt = new DataTransfer()
      dt.items.add(new File([bytes], "certificate.png", { type: "image/png" }))
      const init = { bubbles: true, cancelable: true, composed: true }
      el.dispatchEvent(
        k === "drop"
          ? new DragEvent("drop", { ...init, dataTransfer: dt })
          : new ClipboardEvent("paste", { ...init, clipboardData: dt })
      )
    },
    [kind, png.toString("base64")] as const
  )
}

describe("other ways to attach, Post, and reading switched off", () => {
  test("Post with a name in a photo asks first, and says which photo", async () => {
    const x = PHOTO_SITES[2]!
    const page = await openReplica(session, x.case.url, 1)
    const composer = await x.case.main(page)
    await composer.editor.click()
    await page.keyboard.type("Awards night!")
    await x.fileInput(page).setInputFiles({
      name: "certificate.png",
      mimeType: "image/png",
      buffer: certificate
    })
    const panel = await waitForPanel(composer.editor)
    await panel.panel
      .locator('[data-byp="finding"][data-rule="student-full-name"][data-source="image"]')
      .waitFor({ state: "visible", timeout: READ_TIMEOUT_MS })
    await composer.submit()
    const dialog = confirmDialog(page)
    await dialog.waitFor({ state: "visible", timeout: 10_000 })
    expect(await dialog.textContent()).toContain("Photo 1")
    expect(await posted(page)).toEqual([])
    await screenshot(page, "x-photo-confirm")
    await dialog.locator('button[data-byp="review"]').click()
  })

  test("Post pressed while a photo is still being read asks, and says so when it is", async () => {
    const x = PHOTO_SITES[2]!
    // A 12-megapixel photo: reading it takes a while, so Post usually comes first.
    const big = await renderTextPng(session.context, {
      width: 4032,
      height: 3024,
      lines: ["Congratulations Emma Thompson"],
      fontPx: 160
    })
    const page = await openReplica(session, x.case.url, 1)
    const composer = await x.case.main(page)
    await composer.editor.click()
    await page.keyboard.type("Awards night!")
    await x.fileInput(page).setInputFiles({ name: "big.png", mimeType: "image/png", buffer: big })
    await composer.submit()
    const dialog = confirmDialog(page)
    await dialog.waitFor({ state: "visible", timeout: 10_000 })
    // Either the read was still running (the question says so) or it finished within
    // Post's short wait (the question names the photo): never a silent post.
    const pending = dialog.locator('[data-byp="ocr-pending"]')
    if (await pending.count())
      expect(await pending.textContent()).toBe("Still reading 1 photo — findings may be missing.")
    else expect(await dialog.textContent()).toContain("Photo 1")
    console.log(`Post while reading: ${(await pending.count()) ? "still reading" : "already read"}`)
    expect(await posted(page)).toEqual([])
    await screenshot(page, "x-photo-confirm-reading")
    await dialog.locator('button[data-byp="review"]').click()
  })

  test("a video gets the reminder and is not read", async () => {
    const fb = PHOTO_SITES[0]!
    const page = await openReplica(session, fb.case.url, 1)
    const composer = await fb.case.main(page)
    await composer.editor.waitFor()
    await fb.fileInput(page).setInputFiles({
      name: "concert.mp4",
      mimeType: "video/mp4",
      buffer: Buffer.alloc(2048, 1)
    })
    const panel = await waitForPanel(composer.editor)
    const reminder = panel.findings("student-images")
    await reminder.waitFor({ state: "visible", timeout: 10_000 })
    expect(await reminder.textContent()).toContain("1 video attached")
    expect(await panel.panel.locator('[data-byp="ocr-status"]').getAttribute("data-reading")).toBe(
      "0"
    )
    expect(await panel.panel.locator('[data-byp="ocr-note"]').count()).toBe(0)
  })

  test("a photo pasted into the X composer is read too", async () => {
    const page = await openReplica(session, site("x").url, 1)
    const composer = await site("x").main(page)
    await composer.editor.click()
    await dispatchWithFile(composer.editor, "paste", certificate)
    const panel = await waitForPanel(composer.editor)
    await panel.panel
      .locator('[data-byp="finding"][data-rule="student-full-name"][data-source="image"]')
      .waitFor({ state: "visible", timeout: READ_TIMEOUT_MS })
  })

  test("a photo dropped on Facebook's create-post dialog is read too", async () => {
    const page = await openReplica(session, site("facebook").url, 1)
    const composer = await site("facebook").main(page)
    await composer.editor.waitFor()
    await dispatchWithFile(page.locator('[role="dialog"] form'), "drop", certificate)
    const panel = await waitForPanel(composer.editor)
    await panel.panel
      .locator('[data-byp="finding"][data-rule="student-full-name"][data-source="image"]')
      .waitFor({ state: "visible", timeout: READ_TIMEOUT_MS })
  })

  test("with reading switched off in settings: the reminder and a note, nothing read", async () => {
    const sw = session.serviceWorker!
    await sw.evaluate(() => chrome.storage.sync.set({ ocr: JSON.stringify({ enabled: false }) }))
    try {
      const page = await openReplica(session, site("x").url, 1)
      const composer = await site("x").main(page)
      await composer.editor.click()
      await page
        .locator('[data-testid="primaryColumn"] input[data-testid="fileInput"]')
        .setInputFiles({ name: "certificate.png", mimeType: "image/png", buffer: certificate })
      const panel = await waitForPanel(composer.editor)
      await panel.findings("student-images").waitFor({ state: "visible", timeout: 10_000 })
      const note = panel.panel.locator('[data-byp="ocr-note"]')
      await note.waitFor({ state: "visible", timeout: 10_000 })
      expect(await note.textContent()).toBe("Reading text in photos is switched off.")
      await page.waitForTimeout(1_000) // a read, had one started, would have landed by now
      expect(await panel.findings("student-full-name").count()).toBe(0)
      await screenshotElement(panel.host, "x-photo-ocr-off")
    } finally {
      await sw.evaluate(() => chrome.storage.sync.remove("ocr"))
    }
  })
})

describe("after every site", () => {
  test("nothing left the machine: every request was a replica page", () => {
    expect(session.blocked()).toEqual([])
  })
})
