import { OcrError } from "./errors"
import { MAX_IMAGE_PIXELS, OCR_MAX_SIDE } from "./limits"

export interface ScaledSize {
  width: number
  height: number
  /** Factor applied to both sides (≤ 1: images are never enlarged). */
  scale: number
}

/**
 * The size to draw an image at before OCR: the longest side at most `maxSide`,
 * aspect ratio kept, never enlarged, never below 1 px. Throws for pictures too
 * large to decode safely or with no pixels at all.
 */
export function fitWithin(
  width: number,
  height: number,
  maxSide = OCR_MAX_SIDE,
  maxPixels = MAX_IMAGE_PIXELS
): ScaledSize {
  if (!(width >= 1 && height >= 1) || !Number.isFinite(width) || !Number.isFinite(height))
    throw new OcrError("corrupt")
  if (width * height > maxPixels) throw new OcrError("too-large")
  const scale = Math.min(1, maxSide / Math.max(width, height))
  if (scale === 1) return { width, height, scale }
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
    scale
  }
}
