import { defaultCheckSettings } from "../../../settings/defaults"
import { createChecker } from "../../checker"
import type { Attachment, CheckSettings } from "../../types"
import { studentImages } from "."
import { CLOSE_UP_HEIGHT, faceSeverity, summarizeFaces } from "./faces"

const box = (h: number) => ({ x: 10, y: 10, w: h * 0.8, h })
/** A 1080×1350 photo with faces of these heights (px). */
const photo = (heights: number[], name = "Photo 1"): Attachment => ({
  kind: "image",
  name,
  faces: { width: 1080, height: 1350, boxes: heights.map(box) }
})

describe("summarizeFaces / faceSeverity", () => {
  // 8% of 1350 px = 108 px
  const table: [string, number[], { count: number; closeUp: number; group: boolean }, string][] = [
    ["one close-up portrait", [400], { count: 1, closeUp: 1, group: false }, "warn"],
    ["three faces, two close", [300, 200, 60], { count: 3, closeUp: 2, group: false }, "warn"],
    ["just under the line", [108], { count: 1, closeUp: 0, group: false }, "info"],
    ["just over the line", [109], { count: 1, closeUp: 1, group: false }, "warn"],
    ["two small faces", [50, 60], { count: 2, closeUp: 0, group: false }, "info"],
    ["class photo", [60, 55, 58, 62, 50, 57], { count: 6, closeUp: 0, group: true }, "info"],
    [
      "big group with one close",
      [60, 55, 58, 62, 150],
      { count: 5, closeUp: 1, group: false },
      "warn"
    ]
  ]
  test.each(table)("%s", (_l, heights, summary, severity) => {
    const s = summarizeFaces(photo(heights).faces!)
    expect(s).toEqual(summary)
    expect(faceSeverity(s)).toBe(severity)
  })

  test("the threshold is 8% of the picture's height", () => {
    expect(CLOSE_UP_HEIGHT).toBe(0.08)
    expect(summarizeFaces({ width: 100, height: 1000, boxes: [box(81)] }).closeUp).toBe(1)
    expect(summarizeFaces({ width: 100, height: 1000, boxes: [box(79)] }).closeUp).toBe(0)
  })

  test("policy changes both severities", () => {
    const levels = { closeUp: "block", group: "warn" } as const
    expect(faceSeverity(summarizeFaces(photo([400]).faces!), levels)).toBe("block")
    expect(faceSeverity(summarizeFaces(photo([40, 40]).faces!), levels)).toBe("warn")
  })
})

const faceFindings = (attachments: Attachment[], over: Partial<CheckSettings> = {}) =>
  createChecker({ ...defaultCheckSettings, ...over }, [studentImages])
    .check({ text: "Great day!", attachments })
    .findings.filter((f) => f.rule === "student-images" && f.source?.kind === "image")

describe("student-images: per-photo face findings", () => {
  const table: [string, Attachment[], { message: string; severity: string; index: number }[]][] = [
    ["no faces: no face finding", [{ kind: "image", name: "Photo 1" }], []],
    [
      "3 faces, 2 close-up",
      [photo([300, 200, 60])],
      [{ message: "Photo 1: 3 faces, 2 close-up.", severity: "warn", index: 0 }]
    ],
    [
      "one close-up face",
      [photo([400])],
      [{ message: "Photo 1: 1 face, close-up.", severity: "warn", index: 0 }]
    ],
    [
      "a large group",
      [{ kind: "image", name: "Photo 1" }, photo([60, 55, 58, 62, 50], "Photo 2")],
      [{ message: "Photo 2: a large group, faces small.", severity: "info", index: 1 }]
    ],
    [
      "two small faces",
      [photo([50, 60])],
      [{ message: "Photo 1: 2 faces, all small.", severity: "info", index: 0 }]
    ],
    [
      "after a video, two photos",
      [{ kind: "video", name: "Video 1" }, photo([400]), photo([60, 55, 58, 62, 50], "Photo 2")],
      [
        { message: "Photo 1: 1 face, close-up.", severity: "warn", index: 1 },
        { message: "Photo 2: a large group, faces small.", severity: "info", index: 2 }
      ]
    ]
  ]
  test.each(table)("%s", (_l, attachments, expected) => {
    const found = faceFindings(attachments)
    expect(found).toHaveLength(expected.length)
    found.forEach((f, i) => {
      const e = expected[i]!
      expect(f.message.startsWith(e.message)).toBe(true)
      expect(f.severity).toBe(e.severity)
      expect(f.source).toEqual({ kind: "image", index: e.index, name: attachments[e.index]!.name })
      expect(f.fixes).toEqual([{ label: "Blur faces", blurFaces: { photo: e.index } }])
      expect(f.title).toBe("Faces in a photo")
    })
  })

  test("the plain reminder stays, once", () => {
    const all = createChecker(defaultCheckSettings, [studentImages]).check({
      text: "",
      attachments: [photo([300])]
    }).findings
    expect(all.filter((f) => f.checklist)).toHaveLength(1)
    expect(all).toHaveLength(2)
  })

  test("settings' faces severities apply", () => {
    const [f] = faceFindings([photo([300])], { faces: { closeUp: "block", group: "info" } })
    expect(f!.severity).toBe("block")
  })

  test("French", () => {
    const [f] = faceFindings([photo([300, 200, 60])], { locale: "fr" })
    expect(f!.message.startsWith("Photo 1 : 3 visages, dont 2 en gros plan.")).toBe(true)
    expect(f!.fixes[0]!.label).toBe("Flouter les visages")
  })
})
