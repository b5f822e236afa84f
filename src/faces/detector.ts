import { cleanBoxes } from "./boxes"
import { DETECT_MAX_SIDE, FACE_TIMEOUTS, humanConfig } from "./config"
import type { FaceBox, FaceResult } from "./types"
import { withTimeout } from "../ocr/timeout"

/**
 * Face boxes for one photo, in the OCR host (the offscreen document on
 * Chrome/Edge, the background page on Firefox), never in a content script.
 * `@vladmandic/human` (with tfjs and its wasm backend) is a plain static file
 * of the extension, loaded by a <script> tag the first time a photo arrives or
 * the composer warms up, so neither the service worker nor the content scripts
 * carry it. It is dropped with the OCR worker when the host is idle.
 */

export interface FaceAssetPaths {
  /** human.js: the IIFE build, which defines `Human` on the page. */
  script: string
  /** Folder holding blazeface.json and blazeface.bin, under their own names (the json names the bin). */
  modelBasePath: string
  /** Folder holding tfjs-backend-wasm(.simd).wasm. */
  wasmPath: string
}

export function faceAssetPaths(getURL: (path: string) => string): FaceAssetPaths {
  return {
    script: getURL("faces/human.js"),
    modelBasePath: getURL("faces/models/"),
    wasmPath: getURL("faces/wasm/")
  }
}

/** The part of Human this module uses. */
export interface HumanLike {
  tf: {
    env(): { set(flag: string, value: unknown): void }
    disposeVariables?(): void
    engine?(): { reset?(): void }
  }
  load(): Promise<void>
  detect(input: unknown): Promise<{
    face: { box: [number, number, number, number]; boxScore?: number; score: number }[]
    error?: string | null
  }>
  models?: { reset?(): void }
}

type HumanCtor = new (config: unknown) => HumanLike

export interface FaceTimings {
  loadMs?: number
  detectMs: number
}

export interface FaceDetectorOptions {
  paths: FaceAssetPaths
  /** Replaces the script-tag loader (unit tests). */
  loadHuman?: (paths: FaceAssetPaths) => Promise<HumanLike>
  timeouts?: Partial<typeof FACE_TIMEOUTS>
}

function loadScript(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement("script")
    s.src = url
    s.onload = () => resolve()
    s.onerror = () => reject(new Error("face detector script did not load"))
    document.head.append(s)
  })
}

/** Loads human.js from the extension and starts BlazeFace on the (single-threaded) wasm backend. */
export async function loadHuman(paths: FaceAssetPaths): Promise<HumanLike> {
  const g = globalThis as { Human?: { Human?: HumanCtor; default?: HumanCtor } }
  if (!g.Human) await loadScript(paths.script)
  const Ctor = g.Human?.Human ?? g.Human?.default
  if (!Ctor) throw new Error("face detector script has no Human")
  const human = new Ctor(humanConfig(paths))
  // Extension pages expose SharedArrayBuffer, so tfjs would pick its threaded
  // wasm, whose workers start from blob: URLs the CSP refuses: detection would
  // never finish. Must be set before the backend starts.
  human.tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", false)
  await human.load()
  return human
}

const now = () => performance.now()

export class FaceDetector {
  private human?: Promise<HumanLike>
  private queue: Promise<unknown> = Promise.resolve()
  private readonly timeouts: typeof FACE_TIMEOUTS
  lastTimings?: FaceTimings
  /** Photos scanned (counted, nothing else kept). */
  scanned = 0

  constructor(private readonly options: FaceDetectorOptions) {
    this.timeouts = { ...FACE_TIMEOUTS, ...options.timeouts }
  }

  get state(): "stopped" | "running" {
    return this.human ? "running" : "stopped"
  }

  /** Face boxes in one photo, in its own pixels. Never throws. */
  detect(image: Blob): Promise<FaceResult> {
    return this.enqueue(() => this.detectNow(image))
  }

  /** Loads the model and runs it once on a blank picture, ahead of the first photo. */
  warm(): Promise<FaceResult> {
    return this.enqueue(async () => {
      if (this.human) return { width: 0, height: 0, boxes: [] }
      try {
        const human = await this.ensure()
        const canvas = new OffscreenCanvas(64, 64)
        await withTimeout(human.detect(canvas), this.timeouts.detectMs)
        return { width: 0, height: 0, boxes: [] }
      } catch {
        return { error: "unavailable" }
      }
    })
  }

  /** Drops the model (idle close, or faces switched off). */
  async close(): Promise<void> {
    const current = this.human
    this.human = undefined
    if (!current) return
    await current
      .then((h) => {
        h.models?.reset?.()
        h.tf.disposeVariables?.()
        // Disposes every tfjs backend: the wasm backend lets go of its module and
        // its memory (tens of MB after a 1080×1350 photo), which the renderer can
        // then return instead of keeping it until the next garbage collection.
        // Backend factories stay registered, so a later photo starts it again.
        h.tf.engine?.().reset?.()
      })
      .catch(() => undefined)
  }

  private enqueue(work: () => Promise<FaceResult>): Promise<FaceResult> {
    const job = this.queue.then(work)
    this.queue = job.catch(() => undefined)
    return job
  }

  private ensure(): Promise<HumanLike> {
    if (!this.human) {
      const load = this.options.loadHuman ?? loadHuman
      const started = withTimeout(load(this.options.paths), this.timeouts.loadMs)
      this.human = started
      started.catch(() => {
        if (this.human === started) this.human = undefined
      })
    }
    return this.human
  }

  private async detectNow(image: Blob): Promise<FaceResult> {
    let bitmap: ImageBitmap
    try {
      bitmap = await createImageBitmap(image)
    } catch {
      return { error: "corrupt" }
    }
    try {
      const t0 = now()
      const cold = !this.human
      let human: HumanLike
      try {
        human = await this.ensure()
      } catch {
        return { error: "unavailable" }
      }
      const t1 = now()
      const { width, height } = bitmap
      const scale = Math.min(1, DETECT_MAX_SIDE / Math.max(width, height))
      const canvas = new OffscreenCanvas(
        Math.max(1, Math.round(width * scale)),
        Math.max(1, Math.round(height * scale))
      )
      const ctx = canvas.getContext("2d")
      if (!ctx) return { error: "unavailable" }
      ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
      let result: Awaited<ReturnType<HumanLike["detect"]>>
      try {
        result = await withTimeout(human.detect(canvas), this.timeouts.detectMs)
      } catch {
        return { error: "timeout" }
      }
      if (result.error) return { error: "unavailable" }
      const raw: FaceBox[] = result.face.map((f) => ({
        x: f.box[0] / scale,
        y: f.box[1] / scale,
        w: f.box[2] / scale,
        h: f.box[3] / scale,
        score: f.boxScore ?? f.score
      }))
      this.scanned++
      this.lastTimings = { loadMs: cold ? t1 - t0 : undefined, detectMs: now() - t1 }
      return { width, height, boxes: cleanBoxes(raw, width, height) }
    } finally {
      bitmap.close()
    }
  }
}
