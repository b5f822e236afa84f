import type { OcrEngine } from "../../src/ocr/engine"
import type { FaceDetector } from "../../src/faces/detector"
import type { FaceResult } from "../../src/faces/types"
import { readPhoto, warmPhotoWork } from "../../src/ocr/photo-work"

function doubles(faces: FaceResult) {
  const held: Promise<unknown>[] = []
  const engine = {
    read: jest.fn(async () => ({ text: "Hello" })),
    warm: jest.fn(async () => ({ text: "" })),
    hold: jest.fn(<T>(p: Promise<T>) => {
      held.push(p)
      return p
    })
  }
  const detector = {
    detect: jest.fn(async () => faces),
    warm: jest.fn(async (): Promise<FaceResult> => ({ width: 0, height: 0, boxes: [] }))
  }
  return {
    engine: engine as unknown as OcrEngine,
    detector: detector as unknown as FaceDetector,
    e: engine,
    d: detector,
    held
  }
}

const blob = new Blob(["x"], { type: "image/png" })
const scan = { width: 10, height: 10, boxes: [{ x: 1, y: 1, w: 4, h: 4, score: 0.9 }] }

describe("readPhoto", () => {
  test("text and faces together; detection is held by the OCR idle clock", async () => {
    const t = doubles(scan)
    await expect(readPhoto(t.engine, t.detector, blob)).resolves.toEqual({
      text: "Hello",
      faces: scan
    })
    expect(t.held).toHaveLength(1)
  })
  test("no faces found: the answer is as before", async () => {
    const t = doubles({ width: 10, height: 10, boxes: [] })
    await expect(readPhoto(t.engine, t.detector, blob)).resolves.toEqual({ text: "Hello" })
  })
  test("detection failed: the answer is as before", async () => {
    const t = doubles({ error: "unavailable" })
    await expect(readPhoto(t.engine, t.detector, blob)).resolves.toEqual({ text: "Hello" })
  })
  test("OCR off: faces only, with the disabled note", async () => {
    const t = doubles(scan)
    const r = await readPhoto(t.engine, t.detector, blob, { ocr: false, faces: true })
    expect(r).toMatchObject({ code: "disabled", faces: scan })
    expect(t.e.read).not.toHaveBeenCalled()
  })
  test("faces off: the detector is not used", async () => {
    const t = doubles(scan)
    await expect(
      readPhoto(t.engine, t.detector, blob, { ocr: true, faces: false })
    ).resolves.toEqual({ text: "Hello" })
    expect(t.d.detect).not.toHaveBeenCalled()
  })
})

describe("warmPhotoWork", () => {
  test("OCR off but faces on: not reported as switched off", async () => {
    const t = doubles(scan)
    await expect(warmPhotoWork(t.engine, t.detector, { ocr: false, faces: true })).resolves.toEqual(
      { text: "" }
    )
    expect(t.d.warm).toHaveBeenCalled()
  })
  test("both on: both start", async () => {
    const t = doubles(scan)
    await warmPhotoWork(t.engine, t.detector)
    expect(t.e.warm).toHaveBeenCalled()
    expect(t.d.warm).toHaveBeenCalled()
  })
})
