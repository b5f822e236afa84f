import type { OcrResult } from "./errors"
import type { OcrHostStatus, PhotoWork } from "../messaging/protocol"

/**
 * Where OCR runs, seen from the background. Two implementations:
 * - OffscreenOcrHost (Chrome/Edge): the MV3 service worker has no `Worker`, so an
 *   offscreen document hosts the engine and is closed when idle;
 * - InProcessOcrHost (Firefox): the background page has a DOM and workers, so the
 *   engine runs right there.
 * Neither throws: every failure is an `{ error, code }` result.
 */
export interface OcrHost {
  /** Reads the text and/or finds the faces (`want`, both by default). */
  read(dataUrl: string, options?: { idleMs?: number; want?: PhotoWork }): Promise<OcrResult>
  /** Starts the worker (and the face model) ahead of the first image; resolves when ready (or failed). */
  warm(want?: PhotoWork): Promise<OcrResult>
  status(): Promise<OcrHostStatus>
  /** Frees the worker now (OCR switched off, or the host reported it was idle). */
  close(): Promise<void>
}
