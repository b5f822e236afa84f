import { assetPaths, OcrEngine } from "./engine"
import { toOcrResult, type OcrResult } from "./errors"
import type { OcrHost } from "./host"
import { dataUrlToBlob } from "./image"
import type { OcrHostStatus } from "../messaging/protocol"

/** Firefox: the background page runs the engine itself (it has a DOM and workers). */
export class InProcessOcrHost implements OcrHost {
  private readonly engine: OcrEngine

  constructor(getURL: (path: string) => string) {
    this.engine = new OcrEngine({ paths: assetPaths(getURL) })
  }

  async read(dataUrl: string, options: { idleMs?: number } = {}): Promise<OcrResult> {
    if (options.idleMs) this.engine.setIdleMs(options.idleMs)
    let blob: Blob
    try {
      blob = dataUrlToBlob(dataUrl)
    } catch (e) {
      return toOcrResult(e, "corrupt")
    }
    return this.engine.read(blob)
  }

  warm(): Promise<OcrResult> {
    return this.engine.warm()
  }

  async status(): Promise<OcrHostStatus> {
    return {
      state: this.engine.state,
      queued: this.engine.queued,
      lastTimings: this.engine.lastTimings
    }
  }

  close(): Promise<void> {
    return this.engine.close()
  }
}
