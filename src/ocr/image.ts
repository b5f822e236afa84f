import { OcrError } from "./errors"
import { DECODABLE_TYPES, MAX_IMAGE_BYTES } from "./limits"
import { fitWithin } from "./scale"

/**
 * Turning what the teacher attached into pixels tesseract reads well. Runs in
 * the OCR host (offscreen document or Firefox background page), never in the
 * site's page. Nothing here is stored: blobs and bitmaps are dropped after use.
 */

/** Refuses files before any decoding: too big to message, or a format this browser cannot decode. */
export function checkImageFile(type: string, bytes: number): void {
  if (bytes > MAX_IMAGE_BYTES) throw new OcrError("too-large")
  if (bytes === 0) throw new OcrError("corrupt")
  // An empty type happens with some drag sources; let the decoder decide.
  if (type && !DECODABLE_TYPES.includes(type.toLowerCase())) throw new OcrError("unsupported")
}

/** Approximate decoded size of a base64 payload, without decoding it. */
export function base64Bytes(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0
  return Math.max(0, Math.floor((base64.length * 3) / 4) - padding)
}

/**
 * A `data:` URL (how images travel in runtime messages, which are JSON in Chrome)
 * back to a Blob. Size and type are checked before the payload is decoded.
 */
export function dataUrlToBlob(dataUrl: string): Blob {
  const m = /^data:([^;,]*)((?:;[^;,]*)*?);base64,/i.exec(dataUrl.slice(0, 256))
  if (!m) throw new OcrError("corrupt")
  const type = (m[1] ?? "").toLowerCase()
  const payload = dataUrl.slice(m[0].length)
  checkImageFile(type, base64Bytes(payload))
  let binary: string
  try {
    binary = atob(payload)
  } catch {
    throw new OcrError("corrupt")
  }
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return new Blob([bytes], { type })
}

/**
 * Decodes, scales down to OCR size and flattens onto white (transparent pixels
 * would otherwise read as black and hide dark text). Returns a PNG blob.
 */
export async function prepareForOcr(blob: Blob): Promise<Blob> {
  checkImageFile(blob.type, blob.size)
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(blob)
  } catch {
    throw new OcrError(blob.type ? "corrupt" : "unsupported")
  }
  try {
    const size = fitWithin(bitmap.width, bitmap.height)
    const canvas = new OffscreenCanvas(size.width, size.height)
    const ctx = canvas.getContext("2d")
    if (!ctx) throw new OcrError("unavailable", "no 2D canvas in the OCR host")
    ctx.fillStyle = "#fff"
    ctx.fillRect(0, 0, size.width, size.height)
    ctx.imageSmoothingQuality = "high"
    ctx.drawImage(bitmap, 0, 0, size.width, size.height)
    return await canvas.convertToBlob({ type: "image/png" })
  } finally {
    bitmap.close()
  }
}
