/**
 * Sizes and time limits for reading photos. One place, so the content script,
 * background and OCR host agree.
 */

/**
 * Largest file sent for reading. Chrome's runtime messages are JSON and capped at
 * 64 MiB; a data URL is 4/3 of the file, so 24 MiB leaves room. Phone photos are 2–8 MB.
 */
export const MAX_IMAGE_BYTES = 24 * 1024 * 1024

/** Larger pictures are refused before OCR: decoding them alone can take seconds and ~400 MB. */
export const MAX_IMAGE_PIXELS = 100_000_000

/**
 * Longest side after scaling. Text a teacher could read in a post (name tags,
 * certificates) stays legible at 2000 px; more only makes tesseract slower.
 */
export const OCR_MAX_SIDE = 2000

export const OCR_TIMEOUTS = {
  /** createWorker: measured 0.4–0.65 s here; hangs forever if wasm is blocked. */
  startMs: 15_000,
  /** Decoding and scaling one image. */
  decodeMs: 10_000,
  /** One recognize call: ~0.9 s for a 1080×1350 flyer. */
  readMs: 20_000,
  /** The worker (and on Chrome the offscreen document) is closed after this long without work. */
  idleMs: 60_000
}

/** Formats the browser decodes reliably; others are refused as unsupported before decoding. */
export const DECODABLE_TYPES = [
  "image/png",
  "image/jpeg",
  "image/jpg",
  "image/pjpeg",
  "image/webp",
  "image/gif",
  "image/bmp",
  "image/avif",
  "image/x-icon",
  "image/vnd.microsoft.icon"
]
