import { cleanBoxes, iou, MIN_FACE_SCORE } from "./boxes"

const b = (x: number, y: number, w: number, h: number, score = 0.9) => ({ x, y, w, h, score })

describe("cleanBoxes", () => {
  test("drops boxes under the threshold (0.3)", () => {
    expect(MIN_FACE_SCORE).toBe(0.3)
    expect(cleanBoxes([b(0, 0, 10, 10, 0.29), b(50, 0, 10, 10, 0.3)], 100, 100)).toEqual([
      b(50, 0, 10, 10, 0.3)
    ])
  })
  test("merges a duplicate of the same face, keeping the better box", () => {
    const out = cleanBoxes([b(10, 10, 40, 40, 0.6), b(12, 12, 38, 40, 0.9)], 100, 100)
    expect(out).toEqual([b(12, 12, 38, 40, 0.9)])
  })
  test("keeps neighbours that only touch", () => {
    expect(cleanBoxes([b(0, 0, 20, 20), b(20, 0, 20, 20)], 100, 100)).toHaveLength(2)
  })
  test("a small box inside a bigger one is the same face", () => {
    expect(cleanBoxes([b(0, 0, 60, 60, 0.8), b(10, 10, 20, 20, 0.5)], 100, 100)).toHaveLength(1)
  })
  test("clamps to the picture and sorts left to right", () => {
    expect(cleanBoxes([b(80, -5, 40, 30), b(-10, 10, 30, 30)], 100, 100)).toEqual([
      b(0, 10, 20, 30),
      b(80, 0, 20, 25)
    ])
  })
  test("iou", () => {
    expect(iou(b(0, 0, 10, 10), b(5, 0, 10, 10))).toBeCloseTo(50 / 150)
    expect(iou(b(0, 0, 10, 10), b(20, 0, 10, 10))).toBe(0)
  })
  test("a box over half the shorter side needs a high score", () => {
    expect(cleanBoxes([b(10, 10, 60, 60, 0.56)], 100, 200)).toEqual([])
    expect(cleanBoxes([b(10, 10, 60, 60, 0.8)], 100, 200)).toHaveLength(1)
    expect(cleanBoxes([b(10, 10, 50, 50, 0.4)], 100, 200)).toHaveLength(1)
  })
})
