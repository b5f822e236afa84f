import type { FaceBox } from "./types"

/**
 * Pure box post-processing shared by the detector and the tests: BlazeFace at a
 * low threshold sometimes reports one face twice (see
 * shared/notes/platform.md), so overlapping boxes are merged, and every box is
 * clamped to the picture.
 */

/** The detector's threshold: 0.5 missed a face looking down; 0.3 found every face in the samples. */
export const MIN_FACE_SCORE = 0.3

/**
 * A box wider than half the picture's shorter side is a selfie-size face, which
 * BlazeFace scores high; at a low score it was a false face in a generated
 * negative (a 841 px box at 0.56 on a 1080×1350 picture with no face). Such big
 * boxes need this score.
 */
export const BIG_BOX_SHARE = 0.5
export const BIG_BOX_MIN_SCORE = 0.75

export function iou(a: FaceBox, b: FaceBox): number {
  const x1 = Math.max(a.x, b.x)
  const y1 = Math.max(a.y, b.y)
  const x2 = Math.min(a.x + a.w, b.x + b.w)
  const y2 = Math.min(a.y + a.h, b.y + b.h)
  const inter = Math.max(0, x2 - x1) * Math.max(0, y2 - y1)
  const union = a.w * a.h + b.w * b.h - inter
  return union > 0 ? inter / union : 0
}

/** Fraction of the smaller box covered by the larger one's overlap. */
function containment(a: FaceBox, b: FaceBox): number {
  const x1 = Math.max(a.x, b.x)
  const y1 = Math.max(a.y, b.y)
  const x2 = Math.min(a.x + a.w, b.x + b.w)
  const y2 = Math.min(a.y + a.h, b.y + b.h)
  const inter = Math.max(0, x2 - x1) * Math.max(0, y2 - y1)
  const smaller = Math.min(a.w * a.h, b.w * b.h)
  return smaller > 0 ? inter / smaller : 0
}

/**
 * Keeps boxes at or above `minScore`, clamped to width×height, without
 * duplicates (a box mostly inside a better one is the same face), best first
 * then left to right.
 */
export function cleanBoxes(
  boxes: readonly FaceBox[],
  width: number,
  height: number,
  minScore = MIN_FACE_SCORE
): FaceBox[] {
  const clamped = boxes
    .filter((b) => b.score >= minScore && Number.isFinite(b.x + b.y + b.w + b.h))
    .map((b) => {
      const x = Math.max(0, Math.min(width, b.x))
      const y = Math.max(0, Math.min(height, b.y))
      const w = Math.max(0, Math.min(width, b.x + b.w) - x)
      const h = Math.max(0, Math.min(height, b.y + b.h) - y)
      return { x, y, w, h, score: b.score }
    })
    .filter((b) => b.w >= 2 && b.h >= 2)
    .filter(
      (b) =>
        b.score >= BIG_BOX_MIN_SCORE ||
        Math.max(b.w, b.h) <= BIG_BOX_SHARE * Math.min(width, height)
    )
    .sort((a, b) => b.score - a.score)
  const kept: FaceBox[] = []
  for (const b of clamped)
    if (!kept.some((k) => iou(k, b) > 0.3 || containment(k, b) > 0.6)) kept.push(b)
  return kept.sort((a, b) => a.x - b.x)
}
