/**
 * Face detection quality in real headless Chromium with the built extension:
 * the background routes `byp:ocr` to the offscreen document, which finds faces
 * with the shipped BlazeFace files next to reading the text. The labelled set
 * (faces-labels.json) is the six sample photos of @vladmandic/face-api's demo/
 * folder, counted by hand; the negatives are drawn by Chromium itself. All
 * traffic goes to the harness's local proxy, which records and refuses it.
 * Build first (`npm run build`). No timing assertions: see `npm run bench`.
 */
import { readFileSync } from "node:fs"
import path from "node:path"
import type { BrowserContext } from "playwright-core"
import { createChecker } from "../../src/core/checker"
import { defaultCheckSettings } from "../../src/settings/defaults"
import { CHROMIUM_OWN_HOSTS } from "../e2e/harness"
import {
  launchForOcr,
  openOcrClient,
  pngDataUrl,
  renderPhotoPng,
  renderTextPng,
  type OcrBrowser,
  type OcrClient
} from "./ocr-browser"

interface Labels {
  source: string
  photos: { file: string; faces: number }[]
}
const labels = JSON.parse(readFileSync(path.join(__dirname, "faces-labels.json"), "utf8")) as Labels
const root = path.join(__dirname, "..", "..")

let session: OcrBrowser
let client: OcrClient

beforeAll(async () => {
  session = await launchForOcr()
  client = await openOcrClient(session.context, session.extensionId)
}, 60_000)

afterAll(async () => {
  await session?.close()
})

const facesOf = (r: unknown) =>
  (r as { faces?: { width: number; height: number; boxes: { h: number; score: number }[] } }).faces

/** Noise, and a whiteboard with handwriting-like text, drawn by Chromium. */
async function renderPage(context: BrowserContext, html: string, w = 1080, h = 1350) {
  const page = await context.newPage()
  try {
    await page.setViewportSize({ width: w, height: h })
    await page.setContent(`<!doctype html><html>${html}</html>`)
    return await page.screenshot({ type: "png" })
  } finally {
    await page.close()
  }
}

describe("faces in the built extension", () => {
  test.each(labels.photos)("$file: every face found ($faces by hand)", async ({ file, faces }) => {
    const jpg = readFileSync(path.join(root, labels.source, file))
    const { result } = await client.read(`data:image/jpeg;base64,${jpg.toString("base64")}`)
    const found = facesOf(result)
    expect(found).toBeDefined()
    expect(found!.boxes).toHaveLength(faces)
    expect(found!.width).toBe(1920)
    for (const b of found!.boxes) expect(b.score).toBeGreaterThanOrEqual(0.3)
  })

  test("no face on generated negatives: a text-only flyer, a landscape, noise, a whiteboard", async () => {
    const flyer = await renderTextPng(session.context, {
      width: 1080,
      height: 1350,
      lines: ["SPRING CONCERT", "Thursday 7 pm", "Gymnasium", "All welcome!"]
    })
    const landscape = await renderPhotoPng(session.context)
    const noise = await renderPage(
      session.context,
      `<body style="margin:0"><canvas id=c width=1080 height=1350></canvas><script>
        const c=document.getElementById('c').getContext('2d');const d=c.createImageData(1080,1350);
        let s=7;for(let i=0;i<d.data.length;i+=4){s=(s*1103515245+12345)&0x7fffffff;const v=s%256;
        d.data[i]=v;d.data[i+1]=(v*7)%256;d.data[i+2]=(v*13)%256;d.data[i+3]=255}c.putImageData(d,0,0)</script></body>`
    )
    const whiteboard = await renderPage(
      session.context,
      `<body style="margin:0;background:#d8d8d0;display:flex;align-items:center;justify-content:center;height:1350px">
        <div style="width:960px;height:1100px;background:#fbfbf8;border:24px solid #9a9a9a;padding:40px;box-sizing:border-box;
        font:italic 56px/1.6 'DejaVu Serif',serif;color:#1d3f8a">Today: fractions<br>1/2 + 1/4 = 3/4<br>Homework p. 42<br>
        <span style="color:#a32">Quiz Friday!</span><br>O O O  :)  (o)</div></body>`
    )
    const negatives = { flyer, landscape, noise, whiteboard }
    for (const [name, png] of Object.entries(negatives)) {
      const before = (await client.status()).faces?.scanned ?? 0
      const { result } = await client.read(pngDataUrl(png))
      expect({ name, faces: facesOf(result) }).toEqual({ name, faces: undefined })
      // Detection did run on it, it just found nothing.
      expect((await client.status()).faces?.scanned).toBe(before + 1)
    }
  })

  test("sample3.jpg's text (faces, no lettering) gives no name finding: low-confidence words are left out", async () => {
    const jpg = readFileSync(path.join(root, labels.source, "sample3.jpg"))
    const { result } = await client.read(
      `data:image/jpeg;base64,${jpg.toString("base64")}`,
      undefined,
      "text"
    )
    expect(result).toHaveProperty("text")
    const text = (result as { text: string }).text
    console.log(`sample3.jpg text after the confidence filter: ${JSON.stringify(text)}`)
    const findings = createChecker(defaultCheckSettings)
      .check({ text: "Our team!", attachments: [{ kind: "image", name: "Photo 1", text }] })
      .findings.filter((f) => f.source?.kind === "image")
    expect(findings.map((f) => f.rule)).toEqual([])
  })

  test("nothing left the machine", () => {
    expect(session.networkAttempts.filter((a) => !CHROMIUM_OWN_HOSTS.test(a.host))).toEqual([])
  })
})
