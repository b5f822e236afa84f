import { assetPaths, OcrEngine } from "./engine"
import { toOcrResult, type OcrResult } from "./errors"
import type { OcrHost } from "./host"
import { dataUrlToBlob } from "./image"
import { readPhoto, warmPhotoWork } from "./photo-work"
import { FaceDetector, faceAssetPaths } from "../faces/detector"
import type { OcrHostStatus, PhotoWork } from "../messaging/protocol"

/** Firefox: the background page runs the engine itself (it has a DOM and workers). */
export class InProcessOcrHost implements OcrHost {
  private readonly engine: OcrEngine
  private readonly detector: FaceDetector

  constructor(getURL: (path: string) => string) {
    this.detector = new FaceDetector({ paths: faceAssetPaths(getURL) })
    // The model goes with the OCR worker when the page has been idle.
    this.engine = new OcrEngine({
      paths: assetPaths(getURL),
      onIdleClose: () => void this.detector.close()
    })
  }

  async read(
    dataUrl: string,
    options: { idleMs?: number; want?: PhotoWork } = {}
  ): Promise<OcrResult> {
    if (options.idleMs) this.engine.setIdleMs(options.idleMs)
    let blob: Blob
    try {
      blob = dataUrlToBlob(dataUrl)
    } catch (e) {
      return toOcrResult(e, "corrupt")
    }
    return readPhoto(this.engine, this.detector, blob, options.want)
  }

  warm(want?: PhotoWork): Promise<OcrResult> {
    return warmPhotoWork(this.engine, this.detector, want)
  }

  async status(): Promise<OcrHostStatus> {
    return {
      state: this.engine.state,
      queued: this.engine.queued,
      lastTimings: this.engine.lastTimings,
      faces: {
        state: this.detector.state,
        scanned: this.detector.scanned,
        lastTimings: this.detector.lastTimings
      }
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.engine.close(), this.detector.close()])
  }
}
