import type { FaceResult } from "../faces/types"

/**
 * What can go wrong when reading a photo, as codes the panel can act on and
 * short notes it can show. Notes never contain file names or text from the image.
 */
export type OcrErrorCode =
  | "disabled" // OCR switched off in settings or by policy
  | "too-large" // file or pixel count over the limits in limits.ts
  | "unsupported" // a format the browser cannot decode here (HEIC, SVG, TIFF …)
  | "corrupt" // claims to be an image but does not decode
  | "timeout" // the read took longer than its time limit
  | "unavailable" // the OCR host or worker could not start

/**
 * One photo's reading. `faces` rides along when face detection is on (it runs in
 * the same host): boxes only, in memory, never stored.
 */
export type OcrResult = ({ text: string } | { error: string; code: OcrErrorCode }) & {
  faces?: FaceResult
}

export const OCR_ERROR_NOTES: Record<OcrErrorCode, string> = {
  disabled: "Reading text in photos is switched off.",
  "too-large": "This photo is too large to read its text. Check it yourself for names.",
  unsupported: "This photo's format cannot be read here. Check it yourself for names.",
  corrupt: "This file could not be opened as an image. Check it yourself for names.",
  timeout: "Reading the text in this photo took too long. Check it yourself for names.",
  unavailable: "The photo reader could not start. Check the photo yourself for names."
}

/** An expected failure, carried as a value across message boundaries (never a stack trace). */
export class OcrError extends Error {
  constructor(
    readonly code: OcrErrorCode,
    detail?: string
  ) {
    super(detail ?? OCR_ERROR_NOTES[code])
    this.name = "OcrError"
  }
}

export function ocrFailure(code: OcrErrorCode): OcrResult {
  return { error: OCR_ERROR_NOTES[code], code }
}

/** Turns anything thrown into a result; unknown errors count as the host being unavailable. */
export function toOcrResult(e: unknown, fallback: OcrErrorCode = "unavailable"): OcrResult {
  return ocrFailure(e instanceof OcrError ? e.code : fallback)
}

export function isOcrFailure(r: OcrResult): r is { error: string; code: OcrErrorCode } {
  return "error" in r
}
