import type { OcrEngine } from "./engine"
import { ocrFailure, type OcrResult } from "./errors"
import type { FaceDetector } from "../faces/detector"
import { isFaceScan } from "../faces/types"
import type { PhotoWork } from "../messaging/protocol"

/**
 * One photo in the host: its text (tesseract, in its worker) and its face boxes
 * (BlazeFace, on this page's thread) at the same time. Either may be switched
 * off; with both off the answer is the "disabled" note. The face detector is
 * held by the OCR engine's idle clock, so both go away together.
 */
export async function readPhoto(
  engine: OcrEngine,
  detector: FaceDetector,
  blob: Blob,
  want: PhotoWork = { ocr: true, faces: true }
): Promise<OcrResult> {
  const faces = want.faces ? engine.hold(detector.detect(blob)) : undefined
  const text = want.ocr ? engine.read(blob) : Promise.resolve(ocrFailure("disabled"))
  const [result, found] = await Promise.all([text, faces])
  // Only a photo with faces carries `faces`: without any (or if detection failed)
  // the answer is what it was before, and the photo keeps the plain reminder.
  return isFaceScan(found) && found.boxes.length > 0 ? { ...result, faces: found } : result
}

/** Warm-up: starts what is switched on; answers "disabled" only when both are off. */
export async function warmPhotoWork(
  engine: OcrEngine,
  detector: FaceDetector,
  want: PhotoWork = { ocr: true, faces: true }
): Promise<OcrResult> {
  const faces = want.faces ? engine.hold(detector.warm()) : undefined
  const text = want.ocr ? engine.warm() : Promise.resolve(ocrFailure("disabled"))
  const [result] = await Promise.all([text, faces])
  // The page learns "switched off" from a warm answer: not while faces are on.
  return want.faces && "code" in result && result.code === "disabled" ? { text: "" } : result
}
