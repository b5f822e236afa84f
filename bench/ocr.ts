/**
 * OCR bench: real headless Chromium with the built extension. Measures the time
 * from an attached image reaching the background to its text coming back (what
 * the panel waits for before image findings appear), cold (worker start included)
 * and warm, for a 1080×1350 flyer with seven lines of text; and the memory of the
 * extension's renderer process before OCR, with the worker loaded, and after the
 * idle close (shortened here; 60 s in use).
 *
 * Use from bench/run.ts: `import { ocrSection } from "./ocr"` and add it to `sections`.
 * Needs `npm run build` (the OCR files are copied by scripts/copy-ocr-assets.mjs);
 * BYP_BUILD_DIR points at another build.
 */
import {
  extensionProcessRss,
  launchForOcr,
  offscreenOpen,
  openOcrClient,
  pngDataUrl,
  renderTextPng,
  waitFor
} from "../tests/ocr/ocr-browser"
import { CHROMIUM_OWN_HOSTS } from "../tests/e2e/harness"
import type { BenchRow, BenchSection } from "./section"
import { percentile } from "./stats"

export const FLYER_LINES = [
  "Park West School Awards Night",
  "Congratulations Emma Thompson",
  "Grade 5 Reading Champion",
  "Thursday June 12 at 7:00 pm",
  "Riverside Community Hall",
  "Room 12 with Ms. Carter",
  "Well done, everyone!"
]

export interface OcrBenchOptions {
  buildDir?: string
  /** Warm runs after the cold one. */
  runs?: number
  /** Idle close used for the memory measure (the product uses 60 s). */
  idleMs?: number
}

export interface OcrBenchResult {
  coldMs: number
  warmMs: number[]
  /** Steps inside the OCR host for the last warm run. */
  hostSteps?: { prepareMs: number; recognizeMs: number }
  /** Worker start inside the host, from the cold run. */
  workerStartMs?: number
  /** Lines of the flyer read exactly. */
  linesRead: number
  rssBytes: { beforeOcr: number; loaded: number; afterIdleClose: number }
  closedAfterIdle: boolean
  /** After a warm-up (composer opened), the first photo's round trip. */
  afterWarmMs: number
  warmUpMs: number
  /** Connections the browser tried to open, other than Chromium's own updater and sign-in. */
  networkAttempts: string[]
}

/**
 * Targets. The first photo with no warm-up starts the worker and loads 14 MB of
 * language data: the panel says "reading the photo" meanwhile, so 5 s is the limit.
 * The OCR host (offscreen document + worker) may grow the extension process by
 * 200 MB while it reads; after it closes on idle, at most 80 MB may stay (the
 * renderer keeps some freed pages; measured ~55 MB).
 */
const COLD_TARGET_MS = 5000
const LOADED_GROWTH_TARGET = 200 * 1024 * 1024
const IDLE_KEPT_TARGET = 80 * 1024 * 1024

const MB = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`

export async function runOcrBench(options: OcrBenchOptions = {}): Promise<OcrBenchResult> {
  const idleMs = options.idleMs ?? 3000
  const browser = await launchForOcr(options.buildDir)
  const { context, userDataDir } = browser
  try {
    const client = await openOcrClient(context, browser.extensionId)
    const flyer = pngDataUrl(
      await renderTextPng(context, { width: 1080, height: 1350, lines: FLYER_LINES, fontPx: 56 })
    )
    await new Promise((r) => setTimeout(r, 1000)) // let start-up settle before the baseline
    const beforeOcr = extensionProcessRss(userDataDir)

    const cold = await client.read(flyer, idleMs)
    if (!("text" in cold.result)) throw new Error(`OCR failed: ${cold.result.code}`)
    const workerStartMs = (await client.status()).lastTimings?.startMs
    const warmMs: number[] = []
    let text = cold.result.text
    for (let i = 0; i < (options.runs ?? 5); i++) {
      const warm = await client.read(flyer, idleMs)
      if ("text" in warm.result) text = warm.result.text
      warmMs.push(warm.ms)
    }
    const status = await client.status()
    const loaded = extensionProcessRss(userDataDir)
    const closedAfterIdle = await waitFor(
      async () => !(await offscreenOpen(context)),
      idleMs + 10_000
    )
    await new Promise((r) => setTimeout(r, 3000)) // let the renderer return the memory
    const afterIdleClose = extensionProcessRss(userDataDir)

    // A composer opens (warm-up), then the first photo arrives.
    const warmUp = await client.warm()
    const afterWarm = await client.read(flyer, idleMs)

    const read = text.split("\n").map((l) => l.trim())
    return {
      coldMs: cold.ms,
      warmMs,
      hostSteps: status.lastTimings,
      workerStartMs,
      linesRead: FLYER_LINES.filter((l) => read.includes(l)).length,
      rssBytes: { beforeOcr, loaded, afterIdleClose },
      closedAfterIdle,
      warmUpMs: warmUp.ms,
      afterWarmMs: afterWarm.ms,
      networkAttempts: browser.networkAttempts
        .filter((a) => !CHROMIUM_OWN_HOSTS.test(a.host))
        .map((a) => a.line)
    }
  } finally {
    await browser.close()
  }
}

export const ocrSection: BenchSection = {
  title: "OCR (headless Chromium, built extension, this machine)",
  async run(): Promise<BenchRow[]> {
    let r: OcrBenchResult
    try {
      r = await runOcrBench()
    } catch (e) {
      return [
        { name: "OCR bench", value: `not run: ${(e as Error).message}`, target: "", status: "info" }
      ]
    }
    const sorted = [...r.warmMs].sort((a, b) => a - b)
    const p50 = percentile(sorted, 50)
    const steps = r.hostSteps
    return [
      {
        name: "attach → text, 1080×1350, 7 lines (warm)",
        value: `p50 ${p50.toFixed(0)} ms · max ${sorted.at(-1)?.toFixed(0)} ms (n=${sorted.length}); ${r.linesRead}/7 lines exact`,
        target: "≤ 2000 ms",
        status: p50 <= 2000 ? "PASS" : "OVER"
      },
      {
        name: "attach → text, first image (worker start)",
        value: `${r.coldMs} ms (worker start ${r.workerStartMs?.toFixed(0) ?? "?"} ms)`,
        target: `≤ ${COLD_TARGET_MS} ms`,
        status: r.coldMs <= COLD_TARGET_MS ? "PASS" : "OVER"
      },
      {
        name: "attach → text, first image after warm-up",
        value: `${r.afterWarmMs} ms (warm-up when the composer opens: ${r.warmUpMs} ms)`,
        target: "≤ 2000 ms",
        status: r.afterWarmMs <= 2000 ? "PASS" : "OVER"
      },
      {
        name: "  inside the OCR host (warm)",
        value: steps
          ? `scale ${steps.prepareMs.toFixed(0)} ms · recognize ${steps.recognizeMs.toFixed(0)} ms`
          : "n/a",
        target: "",
        status: "info"
      },
      {
        name: "extension process memory (RSS)",
        value: `before ${MB(r.rssBytes.beforeOcr)} · worker loaded ${MB(r.rssBytes.loaded)} · after idle close ${MB(r.rssBytes.afterIdleClose)}`,
        target: "",
        status: "info"
      },
      {
        name: "  OCR host memory while loaded (growth)",
        value: MB(r.rssBytes.loaded - r.rssBytes.beforeOcr),
        target: `≤ ${MB(LOADED_GROWTH_TARGET)}`,
        status: r.rssBytes.loaded - r.rssBytes.beforeOcr <= LOADED_GROWTH_TARGET ? "PASS" : "OVER"
      },
      {
        name: "  OCR host memory after idle (kept)",
        value: `${MB(r.rssBytes.afterIdleClose - r.rssBytes.beforeOcr)}${r.closedAfterIdle ? "" : " (host did not close)"}`,
        target: `≤ ${MB(IDLE_KEPT_TARGET)}, host closed`,
        status:
          r.closedAfterIdle && r.rssBytes.afterIdleClose - r.rssBytes.beforeOcr <= IDLE_KEPT_TARGET
            ? "PASS"
            : "OVER"
      },
      {
        name: "network attempts by the extension during OCR",
        value: String(r.networkAttempts.length),
        target: "0",
        status: r.networkAttempts.length === 0 ? "PASS" : "OVER"
      }
    ]
  }
}

// `npx tsx bench/ocr.ts` runs this section alone.
if (require.main === module) {
  void ocrSection.run().then((rows) => {
    for (const row of rows) console.log(`${row.name}: ${row.value} [${row.target}] ${row.status}`)
  })
}
