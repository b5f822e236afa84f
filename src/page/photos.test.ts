import type { OcrResult } from "../ocr/errors"
import type { SiteAdapter } from "../sites/types"
import { PhotoTracker } from "./photos"

/** Scopes and targets as plain objects: the tracker only asks the adapter about them. */
const scope = { isConnected: true, querySelector: () => ({}) } as unknown as Element
const input = { scope } as unknown as Element
const outside = {} as unknown as Element
const adapter = {
  attachmentScope: (el: Element) => (el === input ? scope : null)
} as unknown as SiteAdapter

const png = () => Object.assign(new Blob(["x"], { type: "image/png" }), { name: "p.png" })
const flush = () => new Promise((r) => setTimeout(r, 0))

function tracker(
  read: (f: Blob) => Promise<OcrResult>,
  warm: () => Promise<OcrResult | undefined> = async () => undefined
) {
  const changes: Element[] = []
  const t = new PhotoTracker(adapter, (s) => changes.push(s), { read, warm })
  return { t, changes }
}

describe("PhotoTracker", () => {
  test("reads each photo once and reports the scope when it is added and when it is read", async () => {
    const read = jest.fn(async (): Promise<OcrResult> => ({ text: "Emma Thompson" }))
    const { t, changes } = tracker(read)
    t.addFiles(input, [png(), png()])
    expect(changes).toEqual([scope])
    expect(t.listFor(scope)!.reading()).toBe(2)
    await flush()
    expect(read).toHaveBeenCalledTimes(2)
    expect(changes).toHaveLength(3)
    expect(t.listFor(scope)!.toDraft()[0]).toMatchObject({ text: "Emma Thompson" })
  })

  test("files attached outside a composer that takes photos are ignored", () => {
    const read = jest.fn()
    const { t, changes } = tracker(read)
    t.addFiles(outside, [png()])
    expect(changes).toEqual([])
    expect(read).not.toHaveBeenCalled()
  })

  test("a reader that throws ends as a note, never a photo stuck in 'reading'", async () => {
    const { t } = tracker(async () => {
      throw new Error("Extension context invalidated")
    })
    t.addFiles(input, [png()])
    await flush()
    expect(t.listFor(scope)!.reading()).toBe(0)
    expect(t.listFor(scope)!.notes()).toHaveLength(1)
  })

  test("once the background says reading is off, later photos are not sent", async () => {
    const read = jest.fn(async (): Promise<OcrResult> => ({ error: "off", code: "disabled" }))
    const { t } = tracker(read)
    t.addFiles(input, [png()])
    await flush()
    t.addFiles(input, [png()])
    await flush()
    expect(read).toHaveBeenCalledTimes(1)
    expect(t.listFor(scope)!.toDraft()).toHaveLength(2)
  })

  test("the warm-up answer tells it that reading is off", async () => {
    const read = jest.fn()
    const { t } = tracker(read, async () => ({ error: "off", code: "disabled" as const }))
    t.warm(scope)
    await flush()
    t.addFiles(input, [png()])
    expect(read).not.toHaveBeenCalled()
  })

  test("faces asked apart show before the text is read, and the file is kept for Blur faces", async () => {
    const faces = { width: 100, height: 100, boxes: [{ x: 10, y: 10, w: 20, h: 20, score: 0.9 }] }
    let finishText!: (r: OcrResult) => void
    const changes: Element[] = []
    const t = new PhotoTracker(adapter, (s) => changes.push(s), {
      readParts: () => ({
        faces: Promise.resolve({ error: "off", code: "disabled" as const, faces }),
        text: new Promise<OcrResult>((resolve) => (finishText = resolve))
      }),
      warm: async () => undefined
    })
    t.addFiles(input, [png()])
    await flush()
    const list = t.listFor(scope)!
    expect(list.reading()).toBe(1)
    expect(list.toDraft()[0]).toMatchObject({ faces: { boxes: [{ x: 10 }] } })
    expect(changes).toHaveLength(2)
    finishText({ text: "" })
    await flush()
    expect(list.reading()).toBe(0)
    expect(list.photoWithFaces(0)?.file).toBeDefined()
  })

  test("text back before faces: the file waits for the faces; OCR off with faces on is not 'off'", async () => {
    let finishFaces!: (r: OcrResult) => void
    const readParts = jest.fn(() => ({
      faces: new Promise<OcrResult>((resolve) => (finishFaces = resolve)),
      text: Promise.resolve<OcrResult>({ error: "off", code: "disabled" })
    }))
    const t = new PhotoTracker(adapter, () => undefined, { readParts, warm: async () => undefined })
    t.addFiles(input, [png()])
    await flush()
    const list = t.listFor(scope)!
    expect(list.all()[0]!.file).toBeDefined()
    finishFaces({ text: "" })
    await flush()
    // No faces: the file goes; reading is not taken as switched off (faces answered).
    expect(list.all()[0]!.file).toBeUndefined()
    t.addFiles(input, [png()])
    expect(readParts).toHaveBeenCalledTimes(2)
  })

  test("composers that left the page are forgotten", () => {
    const gone = { isConnected: false } as unknown as Element
    const t = new PhotoTracker(
      { attachmentScope: () => gone } as unknown as SiteAdapter,
      () => undefined,
      { read: async () => ({ text: "" }) }
    )
    t.addFiles(input, [png()])
    expect(t.listFor(gone)).toBeDefined()
    t.prune()
    expect(t.listFor(gone)).toBeUndefined()
  })
})
