/**
 * What face detection gives back: boxes only. No landmarks, no descriptors, no
 * recognition of who anyone is. Boxes live in memory with the photo they belong
 * to and go when the composer closes; they are never stored or logged.
 */
export interface FaceBox {
  /** Pixels in the original photo, top-left corner. */
  x: number
  y: number
  w: number
  h: number
  /** Detector confidence, 0–1. */
  score: number
}

/** One photo's faces, with the photo's size so boxes can be judged and drawn at any scale. */
export interface FaceScan {
  width: number
  height: number
  boxes: FaceBox[]
}

/** Detection failed or was switched off: the photo keeps the plain reminder. */
export interface FaceScanFailure {
  error: "disabled" | "unavailable" | "corrupt" | "timeout"
}

export type FaceResult = FaceScan | FaceScanFailure

export function isFaceScan(r: FaceResult | undefined): r is FaceScan {
  return !!r && "boxes" in r
}
