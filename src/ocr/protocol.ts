import type { OcrResult } from "./errors"

/**
 * Runtime messages of the OCR feature.
 *
 * Images travel as `data:` URLs: Chrome serialises runtime messages as JSON, so an
 * ArrayBuffer or Blob would arrive as `{}`; a data URL survives and is decoded in
 * the OCR host. Limits.ts keeps files well under Chrome's 64 MiB message cap.
 */

/** Content script → background: read the text in one attached image. */
export interface OcrRequestMessage {
  type: "byp:ocr"
  image: { dataUrl: string }
  /**
   * Extension pages only (bench, tests): a shorter idle close. Ignored when the
   * message comes from a content script.
   */
  idleMs?: number
}

export type OcrResponse = OcrResult

/**
 * Content script → background: a composer that can take photos is open; start the
 * reader now so the first photo's text comes back sooner. Answered with an OcrResult
 * whose text is empty (or a note if the reader cannot start).
 */
export interface OcrWarmMessage {
  type: "byp:ocr-warm"
}

/** Background → offscreen document (Chrome/Edge). */
export type OcrHostMessage =
  | { type: "byp:ocr-host"; op: "read"; dataUrl: string; idleMs?: number }
  | { type: "byp:ocr-host"; op: "warm" }
  | { type: "byp:ocr-host"; op: "status" }

export interface OcrHostStatus {
  state: "stopped" | "running"
  queued: number
  /** Step timings of the last read, for the bench. */
  lastTimings?: { prepareMs: number; startMs?: number; recognizeMs: number }
  /** JS heap of the offscreen document (Chrome only), for the bench. */
  jsHeapBytes?: number
}

/** Offscreen document → background: the worker was closed after being idle; close the document too. */
export interface OcrHostIdleMessage {
  type: "byp:ocr-host-idle"
}

/** Query string that marks the offscreen document, so the same page opened in a tab stays inert. */
export const OFFSCREEN_ROLE = "role=offscreen"
export const OFFSCREEN_PATH = "tabs/ocr-host.html"

export function isOcrRequest(msg: unknown): msg is OcrRequestMessage {
  const m = msg as Partial<OcrRequestMessage> | null
  return m?.type === "byp:ocr" && typeof m.image?.dataUrl === "string"
}

export function isOcrHostMessage(msg: unknown): msg is OcrHostMessage {
  return (msg as Partial<OcrHostMessage> | null)?.type === "byp:ocr-host"
}

export function isOcrHostIdle(msg: unknown): msg is OcrHostIdleMessage {
  return (msg as Partial<OcrHostIdleMessage> | null)?.type === "byp:ocr-host-idle"
}
