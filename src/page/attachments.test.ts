import {
  AttachmentList,
  kindOf,
  labelFor,
  readingStatusText,
  stillReadingText
} from "./attachments"
import { decideWhileReading } from "./gate-decision"
import type { Finding } from "../core/types"

const png = (name = "a.png") => Object.assign(new Blob(["x"], { type: "image/png" }), { name })
const mp4 = () => Object.assign(new Blob(["x"], { type: "video/mp4" }), { name: "clip.mp4" })
const pdf = () => Object.assign(new Blob(["x"], { type: "application/pdf" }), { name: "f.pdf" })

describe("kindOf", () => {
  test.each([
    [{ type: "image/png" }, "image"],
    [{ type: "IMAGE/HEIC" }, "image"],
    [{ type: "video/quicktime" }, "video"],
    [{ type: "", name: "IMG_0001.MOV" }, "video"],
    [{ type: "", name: "drag.jpg" }, "image"],
    [{ type: "" }, "image"],
    [{ type: "application/pdf", name: "x.pdf" }, "other"]
  ] as const)("%o → %s", (file, kind) => {
    expect(kindOf(file)).toBe(kind)
  })
})

describe("numbering", () => {
  test("photos and videos are numbered separately, in attach order", () => {
    const items = [
      { kind: "image" },
      { kind: "video" },
      { kind: "image" },
      { kind: "other" }
    ] as const
    expect(items.map((_, i) => labelFor(items, i))).toEqual([
      "Photo 1",
      "Video 1",
      "Photo 2",
      "File 1"
    ])
  })

  test("removing a photo renumbers the rest, as the preview strip shows them", () => {
    const list = new AttachmentList()
    list.add([png(), png(), png()], true)
    list.syncPreviews(3)
    expect(list.syncPreviews(2)).toBe(true)
    expect(list.toDraft().map((a) => a.name)).toEqual(["Photo 1", "Photo 2"])
  })
})

describe("AttachmentList", () => {
  test("photos are read, videos and documents are not", () => {
    const list = new AttachmentList()
    const added = list.add([png(), mp4(), pdf()], true)
    expect(added.map((a) => a.state)).toEqual(["reading", "not-read", "not-read"])
    expect(added[0]!.file).toBeDefined()
    expect(added[1]!.file).toBeUndefined()
    expect(list.reading()).toBe(1)
  })

  test("with reading off every file only counts for the reminder", () => {
    const list = new AttachmentList()
    expect(list.add([png()], false).map((a) => a.state)).toEqual(["not-read"])
    expect(list.toDraft()).toEqual([{ kind: "image", name: "Photo 1" }])
    expect(list.notes()).toEqual(["Reading text in photos is switched off."])
  })

  test("a read photo's text goes to the checker; the file is let go", () => {
    const list = new AttachmentList()
    const [a, b] = list.add([png(), png()], true)
    expect(list.settle(a!.id, { text: "Congratulations Emma Thompson" })).toBe(true)
    expect(a!.file).toBeUndefined()
    expect(list.toDraft()).toEqual([
      { kind: "image", name: "Photo 1", text: "Congratulations Emma Thompson" },
      { kind: "image", name: "Photo 2" }
    ])
    expect(list.progress()).toEqual({ total: 2, done: 1 })
    list.settle(b!.id, { text: "  \n" })
    expect(list.toDraft()[1]).toEqual({ kind: "image", name: "Photo 2" })
    expect(list.reading()).toBe(0)
  })

  test("a failed read becomes a note naming the photo, never the file", () => {
    const list = new AttachmentList()
    const [, b] = list.add([png("kids-names.png"), png("secret.png")], true)
    list.settle(b!.id, { error: "x", code: "corrupt" })
    expect(list.notes()).toEqual([
      "Photo 2: This file could not be opened as an image. Check it yourself for names."
    ])
    expect(list.notes().join(" ")).not.toMatch(/secret|kids/)
  })

  test("reading switched off is one note, however many photos", () => {
    const list = new AttachmentList()
    const [a, b] = list.add([png(), png()], true)
    list.settle(a!.id, { error: "x", code: "disabled" })
    list.settle(b!.id, { error: "x", code: "disabled" })
    expect(list.notes()).toEqual(["Reading text in photos is switched off."])
    expect(list.all().map((i) => i.state)).toEqual(["not-read", "not-read"])
  })

  test("an answer for a removed photo is dropped", () => {
    const list = new AttachmentList()
    const [a] = list.add([png()], true)
    list.syncPreviews(1)
    list.syncPreviews(0)
    expect(list.settle(a!.id, { text: "Emma Thompson" })).toBe(false)
    expect(list.toDraft()).toEqual([])
  })

  test("previews appearing later never remove anything; a count that never rose removes nothing", () => {
    const list = new AttachmentList()
    list.add([png(), png()], true)
    expect(list.syncPreviews(0)).toBe(false)
    expect(list.syncPreviews(1)).toBe(false)
    expect(list.syncPreviews(2)).toBe(false)
    expect(list.size).toBe(2)
  })

  test("a preview selector that stops matching forgets nothing while the photos still show", () => {
    const list = new AttachmentList()
    const [a, b] = list.add([png(), png()], true)
    list.settle(a!.id, { text: "Emma Thompson" })
    list.settle(b!.id, { text: "" })
    expect(list.syncPreviews(2)).toBe(false)
    // The site's markup changed: its selectors now match nothing, the page still shows 2.
    expect(list.syncPreviews(0, 2)).toBe(false)
    expect(list.size).toBe(2)
    expect(list.toDraft()[0]).toEqual({ kind: "image", name: "Photo 1", text: "Emma Thompson" })
    // The teacher removes one: the page shows 1.
    expect(list.syncPreviews(0, 1)).toBe(true)
    expect(list.toDraft().map((x) => x.name)).toEqual(["Photo 1"])
    // And the last one.
    expect(list.syncPreviews(0, 0)).toBe(true)
    expect(list.size).toBe(0)
  })

  test("previews the site shows beyond the picked files still count for the reminder", () => {
    const list = new AttachmentList()
    list.add([mp4()], true)
    expect(list.toDraft(3)).toEqual([
      { kind: "video", name: "Video 1" },
      { kind: "image", name: "Photo 1" },
      { kind: "image", name: "Photo 2" }
    ])
  })

  test("progress counts the photos of the current round only", () => {
    const list = new AttachmentList()
    const [a] = list.add([png()], true)
    list.settle(a!.id, { text: "" })
    list.add([png(), png()], true)
    expect(list.progress()).toEqual({ total: 2, done: 0 })
  })

  test("the signature changes when a read finishes", () => {
    const list = new AttachmentList()
    const [a] = list.add([png()], true)
    const before = list.signature()
    list.settle(a!.id, { text: "hi" })
    expect(list.signature()).not.toBe(before)
  })
})

describe("status text", () => {
  test.each([
    [{ total: 0, done: 0 }, ""],
    [{ total: 1, done: 0 }, "Reading text in 1 photo…"],
    [{ total: 2, done: 0 }, "Reading text in 2 photos…"],
    [{ total: 2, done: 1 }, "Reading text in 2 photos… (1 of 2 done)"],
    [{ total: 2, done: 2 }, ""]
  ])("%o → %s", (p, text) => {
    expect(readingStatusText(p)).toBe(text)
  })

  test.each([
    [0, ""],
    [1, "Still reading 1 photo — findings may be missing."],
    [3, "Still reading 3 photos — findings may be missing."]
  ])("still reading %i", (n, text) => {
    expect(stillReadingText(n)).toBe(text)
  })
})

describe("Post while photos are read", () => {
  const info = { severity: "info" } as Finding
  const warn = { severity: "warn" } as Finding
  test.each([
    [[], 0, "pass"],
    [[info], 0, "pass"],
    [[], 1, "confirm"],
    [[info], 2, "confirm"],
    [[warn], 1, "confirm"],
    [[{ severity: "block" } as Finding], 1, "confirm-with-ack"]
  ] as const)("%o with %i reading → %s", (findings, reading, decision) => {
    expect(decideWhileReading(findings, reading)).toBe(decision)
  })
})
