/**
 * Faces bench: real headless Chromium with the built extension. A 1080×1350
 * JPEG made from @vladmandic/face-api's sample3.jpg (three faces) goes to the
 * background as a content script would send it: its faces and its text asked
 * for in two requests at once, as the page does (the face finding does not wait
 * for OCR). Measured: detection inside the host (warm p50; the first photo after
 * the composer's warm-up), each part's round trip with the other running, and
 * "Blur faces" (pixelate + blur the padded boxes, then JPEG encoding) on the
 * same pixels in Node (the page does the same work on a canvas).
 * Needs `npm run build`; BYP_BUILD_DIR points at another build.
 */
import path from "node:path"
import sharp from "sharp"

import { blurFaces } from "../src/faces/blur"
import type { FaceScan } from "../src/faces/types"
import { CHROMIUM_OWN_HOSTS } from "../tests/e2e/harness"
import { launchForOcr, openOcrClient } from "../tests/ocr/ocr-browser"
import type { BenchRow, BenchSection } from "./section"
import { percentile } from "./stats"

const SAMPLE = path.join(__dirname, "..", "node_modules/@vladmandic/face-api/demo/sample3.jpg")
const RUNS = 10

const ms = (n: number) => `${Math.round(n)} ms`
const p50 = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50
  )

export const facesSection: BenchSection = {
  title: "Faces in photos (Chromium, built extension)",
  async run(): Promise<BenchRow[]> {
    const jpg = await sharp(SAMPLE)
      .resize(1080, 1350, { fit: "contain", background: "#808080" })
      .jpeg()
      .toBuffer()
    const dataUrl = `data:image/jpeg;base64,${jpg.toString("base64")}`
    let browser
    try {
      browser = await launchForOcr()
    } catch (e) {
      return [{ name: "faces", value: `not run: ${String(e)}`, target: "", status: "info" }]
    }
    try {
      const client = await openOcrClient(browser.context, browser.extensionId)
      await client.warm()
      const first = await client.readParts(dataUrl)
      const firstDetect = (await client.status()).faces?.lastTimings?.detectMs ?? NaN
      const detect: number[] = []
      const facesTrip: number[] = []
      const textTrip: number[] = []
      let scan: FaceScan | undefined
      for (let i = 0; i < RUNS; i++) {
        const r = await client.readParts(dataUrl)
        facesTrip.push(r.faces.ms)
        textTrip.push(r.text.ms)
        scan = (r.faces.result as { faces?: FaceScan }).faces
        detect.push((await client.status()).faces?.lastTimings?.detectMs ?? NaN)
      }
      // Blur + encode, on the same pixels and boxes.
      const { data, info } = await sharp(jpg)
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true })
      const blur: number[] = []
      for (let i = 0; i < RUNS; i++) {
        const img = { data: new Uint8ClampedArray(data), width: info.width, height: info.height }
        const t0 = performance.now()
        blurFaces(img, scan?.boxes ?? [])
        await sharp(Buffer.from(img.data.buffer), {
          raw: { width: info.width, height: info.height, channels: 4 }
        })
          .jpeg({ quality: 90 })
          .toBuffer()
        blur.push(performance.now() - t0)
      }
      const net = browser.networkAttempts.filter((a) => !CHROMIUM_OWN_HOSTS.test(a.host))
      const row = (name: string, v: number, limit: number): BenchRow => ({
        name,
        value: ms(v),
        target: `≤ ${ms(limit)}`,
        status: v <= limit ? "PASS" : "OVER"
      })
      return [
        {
          name: "faces found in the 1080×1350 sample",
          value: String(scan?.boxes.length ?? 0),
          target: "3 (by hand)",
          status: scan?.boxes.length === 3 ? "PASS" : "OVER"
        },
        row("detection, first photo after warm-up (in host)", firstDetect, 1500),
        row("first photo after warm-up: faces back, OCR running too", first.faces.ms, 1500),
        row("first photo after warm-up: text back (OCR part)", first.text.ms, 2000),
        row("detection warm p50 (in host)", p50(detect), 400),
        row("attach → faces back, OCR running too, warm p50 (round trip)", p50(facesTrip), 1500),
        row("attach → text back, faces running too, warm p50 (round trip)", p50(textTrip), 2000),
        row("blur + JPEG encode p50 (Node, same pixels)", p50(blur), 300),
        {
          name: "network requests",
          value: String(net.length),
          target: "0",
          status: net.length ? "OVER" : "PASS"
        }
      ]
    } finally {
      await browser.close()
    }
  }
}
