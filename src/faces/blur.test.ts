import { blurFaces, padBox, type Rgba } from "./blur"

/** A detailed picture: a fine checkerboard with a colour gradient (lots of variance everywhere). */
function picture(width: number, height: number): Rgba {
  const data = new Uint8ClampedArray(width * height * 4)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      const on = (x >> 1) % 2 === (y >> 1) % 2
      data[i] = on ? 230 : 20
      data[i + 1] = (x * 255) / width
      data[i + 2] = on ? (y * 255) / height : 255 - (y * 255) / height
      data[i + 3] = 255
    }
  return { data, width, height }
}

/** Variance of the red channel inside a rectangle. */
function variance(img: Rgba, r: { x: number; y: number; w: number; h: number }): number {
  let s = 0
  let s2 = 0
  let n = 0
  for (let y = r.y; y < r.y + r.h; y++)
    for (let x = r.x; x < r.x + r.w; x++) {
      const v = img.data[(y * img.width + x) * 4]!
      s += v
      s2 += v * v
      n++
    }
  return s2 / n - (s / n) ** 2
}

describe("blurFaces", () => {
  const faces = [
    { x: 40, y: 50, w: 60, h: 70 },
    { x: 200, y: 120, w: 30, h: 36 }
  ]

  test("variance inside each box drops strongly; every pixel outside the padded boxes is unchanged", () => {
    const before = picture(320, 240)
    const after = picture(320, 240)
    const changed = blurFaces(after, faces)
    expect(changed).toHaveLength(2)
    for (const f of faces) {
      const v0 = variance(before, f)
      const v1 = variance(after, f)
      expect(v0).toBeGreaterThan(5000)
      expect(v1).toBeLessThan(v0 * 0.05)
    }
    const inside = (x: number, y: number) =>
      changed.some((r) => x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h)
    let outsideDiff = 0
    let insideDiff = 0
    for (let y = 0; y < 240; y++)
      for (let x = 0; x < 320; x++) {
        const i = (y * 320 + x) * 4
        const d = Math.abs(before.data[i]! - after.data[i]!)
        if (inside(x, y)) insideDiff += d
        else outsideDiff += d
      }
    expect(outsideDiff).toBe(0)
    expect(insideDiff).toBeGreaterThan(0)
  })

  test("the padded box covers 25% more on each side, inside the picture", () => {
    expect(padBox({ x: 40, y: 40, w: 40, h: 40 }, 200, 200)).toEqual({ x: 30, y: 30, w: 60, h: 60 })
    expect(padBox({ x: 0, y: 180, w: 40, h: 40 }, 200, 200)).toEqual({ x: 0, y: 170, w: 50, h: 30 })
  })

  test("no boxes: nothing changes", () => {
    const a = picture(64, 64)
    const b = picture(64, 64)
    expect(blurFaces(b, [])).toEqual([])
    expect(b.data).toEqual(a.data)
  })
})
