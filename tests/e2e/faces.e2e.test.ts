/**
 * Faces in photos on each replica, with the BUILT extension: a photo with faces
 * gives "Photo 1: 3 faces, 3 close-up" under Photo 1; "Blur faces" shows a
 * before/after preview, a face clicked stays sharp, and "Use the blurred copy"
 * replaces the attachment through the site's own remove control and file input.
 * The site's preview is then read back and compared with the original inside
 * each face box. Where the site's input refuses the copy (`?picker=person`), the
 * copy is downloaded instead and the panel says what is left to do. The photo is sample3.jpg of @vladmandic/face-api's demo/ (MIT),
 * three faces counted by hand (tests/ocr/faces-labels.json).
 */
import { readFileSync } from "node:fs"
import path from "node:path"
import type { Locator, Page } from "playwright-core"

import {
  CHROMIUM_OWN_HOSTS,
  launch,
  openReplica,
  screenshot,
  waitForPanel,
  type Session
} from "./harness"
import { site, type SiteCase } from "./sites"

const SITES: {
  case: SiteCase
  fileInput: (page: Page) => Locator
  previews: (page: Page) => Locator
}[] = [
  {
    case: site("facebook"),
    fileInput: (page) => page.locator('[role="dialog"] input[type="file"]'),
    previews: (page) => page.locator('[role="dialog"] img[src^="blob:"]')
  },
  {
    case: site("instagram"),
    fileInput: (page) => page.locator('[role="dialog"] input[type="file"]'),
    previews: (page) => page.locator('[role="dialog"] img[src^="blob:"]')
  },
  {
    case: site("x"),
    fileInput: (page) =>
      page.locator('[data-testid="primaryColumn"] input[type="file"][data-testid="fileInput"]'),
    previews: (page) =>
      page.locator('[data-testid="primaryColumn"] [data-testid="attachments"] img')
  }
]

const PHOTO_PATH = path.join(
  __dirname,
  "..",
  "..",
  "node_modules/@vladmandic/face-api/demo/sample3.jpg"
)
const photo = readFileSync(PHOTO_PATH)
const READ_TIMEOUT_MS = 60_000

let session: Session

beforeAll(async () => {
  session = await launch()
}, 60_000)

afterAll(async () => {
  if (session?.pageErrors.length) console.warn(`page errors:\n${session.pageErrors.join("\n")}`)
  await session?.close()
})

/** Mean absolute difference (RGB) between an image (URL the page can fetch) and the original, per rectangle (fractions of the picture). */
async function diffInside(
  page: Page,
  imageUrl: string,
  original: Buffer,
  rects: { x: number; y: number; w: number; h: number }[]
): Promise<number[]> {
  return page.evaluate(
    async ([blobUrl, base64, boxes]) => {
      const load = async (url: string) => createImageBitmap(await (await fetch(url)).blob())
      const a = await load(`data:image/jpeg;base64,${base64}`)
      const b = await load(blobUrl)
      const pixels = (bm: ImageBitmap) => {
        const c = new OffscreenCanvas(a.width, a.height)
        const ctx = c.getContext("2d")!
        ctx.drawImage(bm, 0, 0, a.width, a.height)
        return ctx.getImageData(0, 0, a.width, a.height).data
      }
      const pa = pixels(a)
      const pb = pixels(b)
      return boxes.map((r) => {
        let sum = 0
        let n = 0
        const x0 = Math.round(r.x * a.width)
        const y0 = Math.round(r.y * a.height)
        const x1 = Math.round((r.x + r.w) * a.width)
        const y1 = Math.round((r.y + r.h) * a.height)
        for (let y = y0; y < y1; y++)
          for (let x = x0; x < x1; x++) {
            const i = (y * a.width + x) * 4
            sum +=
              Math.abs(pa[i]! - pb[i]!) +
              Math.abs(pa[i + 1]! - pb[i + 1]!) +
              Math.abs(pa[i + 2]! - pb[i + 2]!)
            n += 3
          }
        return sum / n
      })
    },
    [imageUrl, original.toString("base64"), rects] as const
  )
}

/** The preview's face buttons as rectangles (fractions of the picture). */
function faceRects(faces: Locator): Promise<{ x: number; y: number; w: number; h: number }[]> {
  return faces.evaluateAll((els) =>
    els.map((el) => {
      const s = (el as HTMLElement).style
      return {
        x: parseFloat(s.left) / 100,
        y: parseFloat(s.top) / 100,
        w: parseFloat(s.width) / 100,
        h: parseFloat(s.height) / 100
      }
    })
  )
}

describe.each(SITES)("faces on $case.title", ({ case: sc, fileInput, previews }) => {
  test("3 faces found under Photo 1; Blur faces with one face left sharp replaces the attachment", async () => {
    const page = await openReplica(session, sc.url, sc.composersOnLoad)
    const composer = await sc.main(page)
    await composer.editor.waitFor()
    await composer.editor.click()
    await page.keyboard.type("Our team!")
    await fileInput(page).setInputFiles({ name: "team.jpg", mimeType: "image/jpeg", buffer: photo })
    const panel = await waitForPanel(composer.editor)

    const finding = panel.panel.locator(
      '[data-byp="finding"][data-rule="student-images"][data-source="image"]'
    )
    await finding.waitFor({ state: "visible", timeout: READ_TIMEOUT_MS })
    expect(await finding.getAttribute("data-severity")).toBe("warn")
    expect((await finding.locator('[data-byp="message"]').textContent())?.trim()).toMatch(
      /^Photo 1: 3 faces, 3 close-up\./
    )
    // The plain reminder stays, once.
    expect(await panel.findings("student-images").count()).toBe(2)

    await finding.locator('[data-byp="blur-faces"]').click()
    const preview = finding.locator('[data-byp="blur-preview"]')
    await preview.waitFor({ state: "visible", timeout: 10_000 })
    const faces = preview.locator('[data-byp="blur-face"]')
    expect(await faces.count()).toBe(3)
    const after0 = await preview.locator('[data-byp="blur-after"]').getAttribute("src")
    expect(after0).not.toBe(await preview.locator('[data-byp="blur-before"]').getAttribute("src"))

    // Leave the first face sharp: the preview changes.
    await faces.first().click()
    // The copy is made again (a moment): the face's button then says "sharp".
    await preview
      .locator('[data-byp="blur-face"][aria-pressed="false"]')
      .waitFor({ state: "attached", timeout: 10_000 })
    await preview.scrollIntoViewIfNeeded()
    await screenshot(page, `${sc.page}-blur-preview`)
    expect(await faces.first().getAttribute("aria-pressed")).toBe("false")
    expect(await preview.locator('[data-byp="blur-after"]').getAttribute("src")).not.toBe(after0)
    const rects = await faceRects(faces)
    const originalSrc = await previews(page).first().getAttribute("src")

    await preview.locator('[data-byp="blur-apply"]').click()
    const notice = panel.panel.locator('[data-byp="notice"]')
    await notice.waitFor({ state: "visible", timeout: 10_000 })
    expect(await notice.textContent()).toBe("Photo 1 was replaced by its blurred copy.")
    // The site shows one photo, no longer the original.
    expect(await previews(page).count()).toBe(1)
    expect(await previews(page).first().getAttribute("src")).not.toBe(originalSrc)

    // Read the site's preview back: faces 2 and 3 differ strongly, face 1 and the rest barely (JPEG).
    const corner = { x: 0, y: 0.85, w: 0.15, h: 0.15 }
    const shownSrc = await previews(page).first().getAttribute("src")
    const [kept, b2, b3, rest] = await diffInside(page, shownSrc!, photo, [...rects, corner])
    console.log(
      `${sc.title}: mean |diff| kept ${kept!.toFixed(1)}, blurred ${b2!.toFixed(1)} ${b3!.toFixed(1)}, corner ${rest!.toFixed(1)}`
    )
    expect(b2).toBeGreaterThan(12)
    expect(b3).toBeGreaterThan(12)
    expect(kept).toBeLessThan(4)
    expect(rest).toBeLessThan(4)

    // The blurred copy is read again; its faces are not reported as a new finding.
    await panel.panel
      .locator('[data-byp="ocr-status"][data-reading="0"]')
      .waitFor({ state: "attached", timeout: READ_TIMEOUT_MS })
    await page.waitForTimeout(1_000)
    expect(await finding.count()).toBe(0)
  })
})

test("where the site's file input refuses the copy, the blurred copy is downloaded and the panel says what to do", async () => {
  // `?picker=person`: the replica takes only files a person picked (a trusted
  // change), so the extension's DataTransfer + change is ignored after the
  // site's remove control took the original out.
  const sc = site("facebook")
  const page = await openReplica(session, `${sc.url}?picker=person`, sc.composersOnLoad)
  const composer = await sc.main(page)
  await composer.editor.waitFor()
  await composer.editor.click()
  await page.keyboard.type("Our team!")
  // A path (not a buffer): Chromium then fires a trusted change, as for a person.
  await page.locator('[role="dialog"] input[type="file"]').setInputFiles(PHOTO_PATH)
  const panel = await waitForPanel(composer.editor)
  const finding = panel.panel.locator(
    '[data-byp="finding"][data-rule="student-images"][data-source="image"]'
  )
  await finding.waitFor({ state: "visible", timeout: READ_TIMEOUT_MS })
  await finding.locator('[data-byp="blur-faces"]').click()
  const preview = finding.locator('[data-byp="blur-preview"]')
  await preview.waitFor({ state: "visible", timeout: 10_000 })
  const rects = await faceRects(preview.locator('[data-byp="blur-face"]'))
  expect(rects).toHaveLength(3)

  const download = page.waitForEvent("download", { timeout: 15_000 })
  await preview.locator('[data-byp="blur-apply"]').click()
  const file = await download
  expect(file.suggestedFilename()).toBe("photo-1-blurred.jpg")
  const bytes = readFileSync((await file.path())!)
  // A JPEG (SOI marker) …
  expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
  // … whose faces differ strongly from the original's, and the rest barely.
  const corner = { x: 0, y: 0.85, w: 0.15, h: 0.15 }
  const diffs = await diffInside(
    page,
    `data:image/jpeg;base64,${bytes.toString("base64")}`,
    photo,
    [...rects, corner]
  )
  console.log(
    `downloaded copy: mean |diff| per face ${diffs
      .slice(0, 3)
      .map((d) => d.toFixed(1))
      .join(" ")}, corner ${diffs[3]!.toFixed(1)}`
  )
  for (const d of diffs.slice(0, 3)) expect(d).toBeGreaterThan(12)
  expect(diffs[3]).toBeLessThan(4)

  const notice = panel.panel.locator('[data-byp="notice"]')
  await notice.waitFor({ state: "visible", timeout: 10_000 })
  expect(await notice.textContent()).toBe(
    "The blurred copy of Photo 1 was downloaded as photo-1-blurred.jpg, and Photo 1 was taken out of the post: attach the downloaded copy."
  )
  // The site refused the copy: no photo is attached now, and the draft is as typed.
  expect(await page.locator('[role="dialog"] img[src^="blob:"]').count()).toBe(0)
  expect(await composer.editor.textContent()).toBe("Our team!")
})

test("nothing left the machine", () => {
  expect(session.networkAttempts.filter((a) => !CHROMIUM_OWN_HOSTS.test(a.host))).toEqual([])
})
