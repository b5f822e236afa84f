/**
 * Pure pixel work for "Blur faces": each face box is padded (hair, ears and
 * chin identify people too), pixelated (every block becomes its average colour,
 * which throws the detail away for good) and then blurred (so the blocks do not
 * invite "unpixelating" and the result looks deliberate). Nothing outside the
 * padded boxes changes. Runs on an RGBA buffer, so Node tests measure it.
 */

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

export interface Rgba {
  data: Uint8ClampedArray
  width: number
  height: number
}

/** Padding on each side, as a share of the box: 25% of its width / height. */
export const BLUR_PAD = 0.25

/** The padded box in whole pixels, inside the picture. */
export function padBox(b: Rect, width: number, height: number, pad = BLUR_PAD): Rect {
  const x0 = Math.max(0, Math.floor(b.x - b.w * pad))
  const y0 = Math.max(0, Math.floor(b.y - b.h * pad))
  const x1 = Math.min(width, Math.ceil(b.x + b.w * (1 + pad)))
  const y1 = Math.min(height, Math.ceil(b.y + b.h * (1 + pad)))
  return { x: x0, y: y0, w: Math.max(0, x1 - x0), h: Math.max(0, y1 - y0) }
}

/** Block size: about 8 blocks across the padded face, never under 6 px. */
function blockSize(r: Rect): number {
  return Math.max(6, Math.round(Math.min(r.w, r.h) / 8))
}

function pixelate(img: Rgba, r: Rect, block: number): void {
  const { data, width } = img
  for (let by = r.y; by < r.y + r.h; by += block)
    for (let bx = r.x; bx < r.x + r.w; bx += block) {
      const ex = Math.min(bx + block, r.x + r.w)
      const ey = Math.min(by + block, r.y + r.h)
      let r0 = 0
      let g0 = 0
      let b0 = 0
      let a0 = 0
      let n = 0
      for (let y = by; y < ey; y++)
        for (let x = bx; x < ex; x++) {
          const i = (y * width + x) * 4
          r0 += data[i]!
          g0 += data[i + 1]!
          b0 += data[i + 2]!
          a0 += data[i + 3]!
          n++
        }
      for (let y = by; y < ey; y++)
        for (let x = bx; x < ex; x++) {
          const i = (y * width + x) * 4
          data[i] = r0 / n
          data[i + 1] = g0 / n
          data[i + 2] = b0 / n
          data[i + 3] = a0 / n
        }
    }
}

/**
 * One horizontal and one vertical box-blur pass, inside `r` only, with a
 * running sum (constant work per pixel, whatever the radius).
 */
function boxBlur(img: Rgba, r: Rect, radius: number): void {
  const { data, width } = img
  const line = new Float32Array(Math.max(r.w, r.h) * 4)
  const pass = (horizontal: boolean) => {
    const lines = horizontal ? r.h : r.w
    const len = horizontal ? r.w : r.h
    const step = horizontal ? 4 : width * 4
    for (let l = 0; l < lines; l++) {
      const base = horizontal ? ((r.y + l) * width + r.x) * 4 : (r.y * width + r.x + l) * 4
      for (let k = 0; k < len; k++)
        for (let c = 0; c < 4; c++) line[k * 4 + c] = data[base + k * step + c]!
      for (let c = 0; c < 4; c++) {
        let sum = 0
        for (let j = 0; j <= Math.min(len - 1, radius); j++) sum += line[j * 4 + c]!
        for (let k = 0; k < len; k++) {
          const a = Math.max(0, k - radius)
          const b = Math.min(len - 1, k + radius)
          data[base + k * step + c] = sum / (b - a + 1)
          // Slide the window: add the next sample, drop the oldest.
          if (k + radius + 1 < len) sum += line[(k + radius + 1) * 4 + c]!
          if (k - radius >= 0) sum -= line[(k - radius) * 4 + c]!
        }
      }
    }
  }
  pass(true)
  pass(false)
}

/**
 * Blurs every box in place (padded, pixelated, blurred). Returns the padded
 * rectangles that were changed.
 */
export function blurFaces(img: Rgba, boxes: readonly Rect[]): Rect[] {
  const done: Rect[] = []
  for (const b of boxes) {
    const r = padBox(b, img.width, img.height)
    if (r.w === 0 || r.h === 0) continue
    const block = blockSize(r)
    pixelate(img, r, block)
    boxBlur(img, r, Math.max(2, Math.round(block / 2)))
    done.push(r)
  }
  return done
}
