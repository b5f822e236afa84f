import { createWorker, OEM } from "tesseract.js"
import { confidentText, type OcrBlocks } from "./confident-text"
import { OcrError, toOcrResult, type OcrResult } from "./errors"
import { prepareForOcr } from "./image"
import { OCR_TIMEOUTS } from "./limits"
import { withTimeout } from "./timeout"

/**
 * One tesseract worker, started on first need, reused for every image, and
 * terminated after a minute without work so its ~100 MB of wasm memory is
 * returned. Images are read one at a time (a single worker is sequential anyway);
 * each step has its own time limit. Runs wherever a DOM and workers exist: the
 * offscreen document on Chrome/Edge, the background page on Firefox.
 */

/** Where the shipped files are (see scripts/copy-ocr-assets.mjs); all inside the extension. */
export interface OcrAssetPaths {
  workerPath: string
  /** A folder: tesseract picks the LSTM core that matches the CPU (relaxed SIMD, SIMD, plain). */
  corePath: string
  /** A folder holding eng.traineddata.gz (4.0.0_best_int). */
  langPath: string
}

export function assetPaths(getURL: (path: string) => string): OcrAssetPaths {
  return {
    workerPath: getURL("ocr/worker.min.js"),
    corePath: getURL("ocr/core"),
    langPath: getURL("ocr/lang")
  }
}

/** The part of a tesseract.js worker the engine uses (a double in unit tests). */
export interface Recognizer {
  recognize(
    image: Blob,
    options?: object,
    output?: { text?: boolean; blocks?: boolean }
  ): Promise<{ data: { text: string; blocks?: OcrBlocks[] | null } }>
  terminate(): Promise<unknown>
}

export type OcrTimeouts = typeof OCR_TIMEOUTS

/** How long the last read's steps took (ms), for the bench; no image data. */
export interface OcrTimings {
  prepareMs: number
  /** Only when this read had to start the worker. */
  startMs?: number
  recognizeMs: number
}

export interface OcrEngineOptions {
  paths: OcrAssetPaths
  timeouts?: Partial<OcrTimeouts>
  /** Called after an idle close (Chrome: the background then closes the offscreen document). */
  onIdleClose?: () => void
  startRecognizer?: (paths: OcrAssetPaths) => Promise<Recognizer>
  prepare?: (image: Blob) => Promise<Blob>
  /** A small picture with a word on it, read once by `warm()`. */
  warmupImage?: () => Promise<Blob>
}

/** tesseract.js with everything local: no CDN, no blob: worker, no IndexedDB cache. */
export function startTesseract(paths: OcrAssetPaths): Promise<Recognizer> {
  return new Promise<Recognizer>((resolve, reject) => {
    let started = false
    createWorker("eng", OEM.LSTM_ONLY, {
      ...paths,
      workerBlobURL: false,
      cacheMethod: "none",
      gzip: true,
      // Without a handler tesseract rethrows inside its message callback, and a
      // failed language load never settles createWorker: reject the start instead.
      errorHandler: () => {
        if (!started) reject(new OcrError("unavailable"))
      }
    }).then(
      (worker) => {
        started = true
        resolve(worker)
      },
      () => reject(new OcrError("unavailable"))
    )
  })
}

const now = () => performance.now()

async function warmupPicture(): Promise<Blob> {
  const canvas = new OffscreenCanvas(320, 80)
  const ctx = canvas.getContext("2d")
  if (!ctx) throw new OcrError("unavailable")
  ctx.fillStyle = "#fff"
  ctx.fillRect(0, 0, 320, 80)
  ctx.fillStyle = "#000"
  ctx.font = "40px sans-serif"
  ctx.fillText("Ready 123", 16, 54)
  return canvas.convertToBlob({ type: "image/png" })
}

export class OcrEngine {
  private recognizer?: Promise<Recognizer>
  private queue: Promise<unknown> = Promise.resolve()
  private pending = 0
  private idleTimer?: ReturnType<typeof setTimeout>
  private readonly timeouts: OcrTimeouts
  private readonly start: (paths: OcrAssetPaths) => Promise<Recognizer>
  private readonly prepare: (image: Blob) => Promise<Blob>
  private readonly warmupImage: () => Promise<Blob>

  constructor(private readonly options: OcrEngineOptions) {
    this.timeouts = { ...OCR_TIMEOUTS, ...options.timeouts }
    this.start = options.startRecognizer ?? startTesseract
    this.prepare = options.prepare ?? prepareForOcr
    this.warmupImage = options.warmupImage ?? warmupPicture
  }

  /** "stopped" (nothing in memory), "running" (a worker is started or starting). */
  get state(): "stopped" | "running" {
    return this.recognizer ? "running" : "stopped"
  }

  /** Timings of the last successful read. */
  lastTimings?: OcrTimings

  get queued(): number {
    return this.pending
  }

  setIdleMs(ms: number): void {
    this.timeouts.idleMs = ms
  }

  /** Reads one image. Never throws: failures come back as `{ error, code }`. */
  read(image: Blob): Promise<OcrResult> {
    return this.enqueue(() => this.readNow(image))
  }

  /**
   * Starts the worker before the first image arrives (e.g. when a composer with an
   * attach button opens) and runs one tiny read, so that the first real image does
   * not pay for start-up and tesseract's one-time set-up. A no-op when running.
   */
  warm(): Promise<OcrResult> {
    return this.enqueue(async () => {
      if (this.recognizer) return { text: "" }
      try {
        const recognizer = await this.ensureRecognizer()
        const sample = await withTimeout(this.warmupImage(), this.timeouts.decodeMs)
        await withTimeout(recognizer.recognize(sample), this.timeouts.readMs, () => {
          void this.close()
        })
        return { text: "" }
      } catch (e) {
        return toOcrResult(e)
      }
    })
  }

  /**
   * Counts other work of the host (face detection) as activity, so the idle
   * close (which on Chrome closes the whole document) waits for it too.
   */
  hold<T>(work: Promise<T>): Promise<T> {
    this.pending++
    if (this.idleTimer) clearTimeout(this.idleTimer)
    return work.finally(() => {
      if (--this.pending === 0) this.scheduleIdleClose()
    })
  }

  private enqueue(work: () => Promise<OcrResult>): Promise<OcrResult> {
    this.pending++
    if (this.idleTimer) clearTimeout(this.idleTimer)
    const job = this.queue.then(work)
    this.queue = job.catch(() => undefined)
    return job.finally(() => {
      if (--this.pending === 0) this.scheduleIdleClose()
    })
  }

  /** Terminates the worker now (idle close, or the extension shutting OCR off). */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer)
    const current = this.recognizer
    this.recognizer = undefined
    if (current) await current.then((r) => r.terminate()).catch(() => undefined)
  }

  private async readNow(image: Blob): Promise<OcrResult> {
    try {
      const t0 = now()
      const prepared = await withTimeout(this.prepare(image), this.timeouts.decodeMs)
      const t1 = now()
      const cold = !this.recognizer
      const recognizer = await this.ensureRecognizer()
      const t2 = now()
      // A recognize that overruns leaves the worker busy: drop it so the next image gets a fresh one.
      const result = await withTimeout(
        // Word confidences come with `blocks`: noise read as words is left out.
        recognizer.recognize(prepared, {}, { text: true, blocks: true }),
        this.timeouts.readMs,
        () => {
          void this.close()
        }
      )
      const t3 = now()
      this.lastTimings = {
        prepareMs: t1 - t0,
        startMs: cold ? t2 - t1 : undefined,
        recognizeMs: t3 - t2
      }
      return { text: confidentText(result.data) }
    } catch (e) {
      return toOcrResult(e)
    }
  }

  private ensureRecognizer(): Promise<Recognizer> {
    if (!this.recognizer) {
      const starting = this.start(this.options.paths)
      // A worker that starts after its time limit is terminated, not leaked.
      const timed = withTimeout(starting, this.timeouts.startMs, () => {
        starting.then((r) => r.terminate()).catch(() => undefined)
      })
      this.recognizer = timed
      timed.catch(() => {
        if (this.recognizer === timed) this.recognizer = undefined
      })
    }
    return this.recognizer.catch((e: unknown) => {
      throw e instanceof OcrError ? new OcrError(e.code === "timeout" ? "unavailable" : e.code) : e
    })
  }

  private scheduleIdleClose(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer)
    // Scheduled even when no worker started (e.g. only broken files were sent), so
    // the offscreen document that hosts the engine is closed all the same.
    this.idleTimer = setTimeout(() => {
      if (this.pending > 0) return
      void this.close().then(() => this.options.onIdleClose?.())
    }, this.timeouts.idleMs)
  }
}
