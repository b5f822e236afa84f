/**
 * OCR in real headless Chromium with the built extension: the background routes
 * `byp:ocr` to the offscreen document, which reads the image with the shipped
 * tesseract files. An extension page plays the content script's part (the panel
 * flow on the replica pages is covered by tests/e2e). The e2e harness's browser:
 * all traffic goes to a local proxy that records and refuses it. Build first (`npm run build`);
 * BYP_BUILD_DIR points at another build. No timing assertions: see `npm run bench`.
 */
import { check } from "../../src/core/checker"
import { defaultCheckSettings } from "../../src/settings/defaults"
import { CHROMIUM_OWN_HOSTS } from "../e2e/harness"
import {
  launchForOcr,
  offscreenOpen,
  openOcrClient,
  pngDataUrl,
  renderPhotoPng,
  renderTextPng,
  waitFor,
  type OcrBrowser,
  type OcrClient
} from "./ocr-browser"

let session: OcrBrowser
let client: OcrClient

beforeAll(async () => {
  session = await launchForOcr()
  client = await openOcrClient(session.context, session.extensionId)
}, 60_000)

afterAll(async () => {
  await session?.close()
})

describe("OCR in the built extension", () => {
  test("reads the name on a certificate, and the checker flags it as coming from the image", async () => {
    const png = await renderTextPng(session.context, {
      width: 1080,
      height: 1350,
      lines: ["Congratulations Emma Thompson"]
    })
    const { result } = await client.read(pngDataUrl(png))
    expect(result).toEqual({ text: expect.stringContaining("Congratulations Emma Thompson") })
    const text = "text" in result ? result.text : ""

    const { findings } = check(
      { text: "Awards night!", attachments: [{ kind: "image", name: "Photo 1", text }] },
      defaultCheckSettings
    )
    const fromImage = findings.find((f) => f.rule === "student-full-name")
    expect(fromImage).toMatchObject({
      match: "Emma Thompson",
      source: { kind: "image", index: 0, name: "Photo 1" },
      fixes: []
    })
    expect(fromImage!.message).not.toMatch(/Emma|Thompson/)
    expect(findings.filter((f) => f.rule === "student-images")).toHaveLength(1)
  })

  test("a 12-megapixel photo is scaled down in the host and its text still read", async () => {
    const png = await renderTextPng(session.context, {
      width: 4032,
      height: 3024,
      lines: ["Congratulations Emma Thompson"],
      fontPx: 160
    })
    const { result } = await client.read(pngDataUrl(png))
    // The text is this test's point; face boxes may ride along (BlazeFace at 0.3
    // sometimes boxes very large lettering; tests/ocr/faces.e2e.test.ts judges faces).
    expect(result).toMatchObject({ text: expect.stringContaining("Emma Thompson") })
  })

  test("a photo with no text gives no text, so only the reminder remains", async () => {
    const { result } = await client.read(pngDataUrl(await renderPhotoPng(session.context)))
    expect(result).toEqual({ text: expect.any(String) })
    const text = "text" in result ? result.text : ""
    expect(text.replace(/[^A-Za-z]/g, "").length).toBeLessThan(4)
    const { findings } = check(
      { text: "Sports day", attachments: [{ kind: "image", name: "Photo 1", text }] },
      defaultCheckSettings
    )
    expect(findings.map((f) => f.rule)).toEqual(["student-images"])
  })

  test.each([
    [
      "a PNG whose bytes are broken",
      "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB",
      "corrupt"
    ],
    // No type and no decoder for it: most likely a format this browser cannot read.
    [
      "random bytes with no type",
      `data:;base64,${Buffer.alloc(64, 7).toString("base64")}`,
      "unsupported"
    ],
    ["a HEIC photo", "data:image/heic;base64,AAAAGGZ0eXBoZWlj", "unsupported"]
  ])("%s gives a clear note, not a stuck spinner", async (_label, dataUrl, code) => {
    const { result } = await client.read(dataUrl)
    expect(result).toMatchObject({ code, error: expect.stringMatching(/\w/) })
  })

  test("the worker is reused, then closed with its offscreen document after being idle", async () => {
    const png = pngDataUrl(
      await renderTextPng(session.context, { width: 800, height: 400, lines: ["Field Day"] })
    )
    await client.read(png, 1500)
    expect(await offscreenOpen(session.context)).toBe(true)
    expect((await client.status()).state).toBe("running")
    const second = await client.read(png, 1500)
    expect(second.result).toMatchObject({ text: expect.stringContaining("Field Day") })
    expect((await client.status()).lastTimings?.startMs).toBeUndefined() // no second start
    expect(await waitFor(async () => !(await offscreenOpen(session.context)), 20_000)).toBe(true)
    // Used again after the idle close: started afresh.
    const third = await client.read(png)
    expect(third.result).toMatchObject({ text: expect.stringContaining("Field Day") })
  })

  test("warm-up (a composer opened) starts the reader before the first photo", async () => {
    const sw = session.context.serviceWorkers()[0]!
    await sw.evaluate(() => chrome.offscreen.closeDocument().catch(() => undefined))
    expect(await offscreenOpen(session.context)).toBe(false)
    const { result } = await client.warm()
    expect(result).toEqual({ text: "" })
    expect(await offscreenOpen(session.context)).toBe(true)
    expect((await client.status()).state).toBe("running")
  })

  test("the network stays silent: nothing but Chromium's own services tried to connect out", () => {
    // Headless Chromium itself still calls its updater and Google sign-in, with or
    // without the extension (see CHROMIUM_OWN_HOSTS); anything else would come from
    // the extension. tests/e2e/privacy.e2e.test.ts covers every context and flow.
    const others = session.networkAttempts.filter((a) => !CHROMIUM_OWN_HOSTS.test(a.host))
    expect(others.map((a) => a.line)).toEqual([])
  })
})
