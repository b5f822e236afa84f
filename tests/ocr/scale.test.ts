import { OcrError } from "../../src/ocr/errors"
import { MAX_IMAGE_PIXELS, OCR_MAX_SIDE } from "../../src/ocr/limits"
import { fitWithin } from "../../src/ocr/scale"

describe("fitWithin (size an image is drawn at before OCR)", () => {
  // [label, width, height, maxSide, expected width, expected height]
  const table: [string, number, number, number, number, number][] = [
    ["small image is kept as is", 800, 600, 2000, 800, 600],
    ["flyer 1080×1350 is kept as is", 1080, 1350, 2000, 1080, 1350],
    ["exactly the limit is kept", 2000, 1000, 2000, 2000, 1000],
    ["12 MP phone photo, landscape", 4032, 3024, 2000, 2000, 1500],
    ["12 MP phone photo, portrait", 3024, 4032, 2000, 1500, 2000],
    ["panorama keeps its ratio", 12000, 2000, 2000, 2000, 333],
    ["a 1-px-high strip never drops to 0", 10000, 1, 2000, 2000, 1],
    ["odd sizes round to the nearest pixel", 2001, 1001, 2000, 2000, 1000],
    ["square", 5000, 5000, 1600, 1600, 1600]
  ]
  test.each(table)("%s", (_label, w, h, max, ew, eh) => {
    const r = fitWithin(w, h, max)
    expect([r.width, r.height]).toEqual([ew, eh])
    expect(r.scale).toBeLessThanOrEqual(1)
    expect(Math.max(r.width, r.height)).toBeLessThanOrEqual(max)
  })

  test("never enlarges", () => {
    expect(fitWithin(10, 10)).toEqual({ width: 10, height: 10, scale: 1 })
  })

  test("default limit is the one the host uses", () => {
    expect(Math.max(fitWithin(8000, 6000).width, fitWithin(8000, 6000).height)).toBe(OCR_MAX_SIDE)
  })

  test.each([
    [0, 100, "corrupt"],
    [100, 0, "corrupt"],
    [Number.NaN, 100, "corrupt"],
    [Number.POSITIVE_INFINITY, 100, "corrupt"],
    [20_000, 20_000, "too-large"]
  ])("%d×%d is refused as %s", (w, h, code) => {
    expect(() => fitWithin(w, h)).toThrow(OcrError)
    try {
      fitWithin(w, h)
    } catch (e) {
      expect((e as OcrError).code).toBe(code)
    }
  })

  test("the pixel limit is inclusive", () => {
    expect(() => fitWithin(MAX_IMAGE_PIXELS, 1)).not.toThrow()
    expect(() => fitWithin(MAX_IMAGE_PIXELS + 1, 1)).toThrow(OcrError)
  })
})
