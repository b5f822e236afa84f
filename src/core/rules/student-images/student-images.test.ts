import { defaultCheckSettings } from "../../../settings/defaults"
import { createChecker } from "../../checker"
import type { Attachment, CheckSettings, Draft } from "../../types"
import { studentImages } from "."
import { messages } from "./messages"

const settings = (over: Partial<CheckSettings> = {}): CheckSettings => ({
  ...defaultCheckSettings,
  ...over
})
const photo = (name = "IMG_1.jpg", text?: string): Attachment => ({ kind: "image", name, text })
const video: Attachment = { kind: "video", name: "clip.mp4" }
const other: Attachment = { kind: "other", name: "notes.pdf" }

const reminders = (draft: Draft, s = settings()) =>
  createChecker(s, [studentImages])
    .check(draft)
    .findings.filter((f) => f.rule === "student-images")

describe("student-images", () => {
  // [label, draft, expected range or null when no reminder]
  const table: [string, Draft, { start: number; end: number } | null][] = [
    ["no attachments", { text: "Great game today!" }, null],
    ["empty attachment list", { text: "Great game today!", attachments: [] }, null],
    ["only a document", { text: "Notes", attachments: [other] }, null],
    ["one photo", { text: "Great game today!", attachments: [photo()] }, { start: 17, end: 17 }],
    ["one video", { text: "Recital", attachments: [video] }, { start: 7, end: 7 }],
    ["photo with an empty post", { text: "", attachments: [photo()] }, { start: 0, end: 0 }],
    // The range is an offset into the ORIGINAL text, past invisible characters the normaliser drops.
    [
      "trailing zero-width space",
      { text: "Hi\u200B", attachments: [photo()] },
      { start: 3, end: 3 }
    ],
    ["photo among documents", { text: "Ab", attachments: [other, photo()] }, { start: 2, end: 2 }]
  ]

  test.each(table)("%s", (_label, draft, range) => {
    const found = reminders(draft)
    if (range === null) return expect(found).toEqual([])
    expect(found).toHaveLength(1)
    const f = found[0]!
    expect({ start: f.start, end: f.end }).toEqual(range)
    expect(f.severity).toBe("info")
    expect(f.fixes).toEqual([])
    expect(f.source).toEqual({ kind: "text" })
  })

  test.each([
    [[photo()], "1 photo attached."],
    [[photo("a.png"), photo("b.png")], "2 photos attached."],
    [[video, video], "2 videos attached."],
    [[photo(), video, other], "1 photo and 1 video attached."]
  ] as const)("message counts what is attached (%#)", (attachments, lead) => {
    const f = reminders({ text: "x", attachments: [...attachments] })[0]!
    expect(f.message.startsWith(lead)).toBe(true)
    const items = Object.entries(messages.en).filter(([k]) => k.startsWith("checklist."))
    expect(f.checklist).toEqual(items.map(([, v]) => v))
  })

  test("the message never repeats file names or text read from the photo", () => {
    const f = reminders({
      text: "Awards night",
      attachments: [photo("Emma_Thompson_award.jpg", "Congratulations Emma Thompson")]
    })[0]!
    expect(f.message).not.toMatch(/Emma|Thompson|award\.jpg/i)
  })

  test("runs once per draft, never again on text read from images", () => {
    const found = reminders({
      text: "Awards",
      attachments: [photo("a.png", "Congratulations"), photo("b.png", "Well done")]
    })
    expect(found).toHaveLength(1)
  })

  test("IT can raise its severity or switch it off", () => {
    const draft: Draft = { text: "x", attachments: [photo()] }
    const rules = defaultCheckSettings.rules
    const raised = settings({
      rules: { ...rules, "student-images": { enabled: true, severity: "warn" } }
    })
    expect(reminders(draft, raised)[0]!.severity).toBe("warn")
    const off = settings({
      rules: { ...rules, "student-images": { enabled: false, severity: "info" } }
    })
    expect(reminders(draft, off)).toEqual([])
  })

  test("cites AP 144 and ESM 2(a)", () => {
    expect(studentImages.policyRef.clause).toMatch(/AP 144/)
    expect(studentImages.policyRef.clause).toMatch(/2\(a\)/)
  })
})
