import { POLICY } from "../../policy"
import { defineRule, type Say } from "../../rule"
import type { Attachment } from "../../types"
import { messages } from "./messages"

/**
 * student-images (AP 144; ESM 2(a)): a reminder, not a detector. Whenever a
 * photo or video is attached, the teacher sees AP 144's checklist for student
 * images. Text read from images is checked by the other rules.
 */

type Words = typeof messages.en

// AP 144 guidelines and ESM 2(a), in the order a teacher would check them.
const CHECKLIST = [
  "checklist.purpose",
  "checklist.consent",
  "checklist.non-disclosure",
  "checklist.blur",
  "checklist.first-names"
] as const satisfies readonly (keyof Words)[]

const isVisual = (a: Attachment) => a.kind === "image" || a.kind === "video"

/** "2 photos and 1 video attached." */
function lead(attachments: Attachment[], say: Say<Words>): string {
  const photos = attachments.filter((a) => a.kind === "image").length
  const videos = attachments.length - photos
  const count = (n: number, one: keyof Words, many: keyof Words) =>
    n === 0 ? "" : say(n === 1 ? one : many, { count: n })
  const parts = [
    count(photos, "photos.one", "photos.many"),
    count(videos, "videos.one", "videos.many")
  ].filter(Boolean)
  const what = parts.length === 2 ? say("and", { first: parts[0]!, second: parts[1]! }) : parts[0]!
  return say("attached", { what })
}

export const studentImages = defineRule({
  id: "student-images",
  messages,
  policyRef: POLICY.studentImages,
  defaultSeverity: "info",
  // Document scope: the finding depends on the attachments, not on any sentence,
  // so it must not be cached by segment text.
  scope: "document",
  aboutWholePost: true,
  check({ text, draft, say }) {
    const visual = (draft.attachments ?? []).filter(isVisual)
    if (visual.length === 0) return []
    // No words in the post are at fault, so the range is empty. It sits at the end
    // of the text so that it is valid for any draft (even an empty one), sorts after
    // the findings about words, and highlights nothing in the composer.
    const end = text.length
    return [
      {
        start: end,
        end,
        message: say("message", { attached: lead(visual, say) }),
        checklist: CHECKLIST.map((id) => say(id))
      }
    ]
  }
})
