import { coreText, type CoreLocale, type CoreTextId } from "../i18n"
import { POLICY } from "../policy"
import type { Rule } from "../rule"
import type { Attachment } from "../types"

/**
 * A reminder, not a detector: whenever a photo or video is attached, the teacher
 * sees AP 144's checklist for student images. The picture itself is not judged
 * (faces are not analysed); text read from images is checked by the other rules.
 */

// AP 144 guidelines and ESM 2(a), in the order a teacher would check them.
const CHECKLIST_IDS = [
  "student-images.checklist.purpose",
  "student-images.checklist.consent",
  "student-images.checklist.non-disclosure",
  "student-images.checklist.blur",
  "student-images.checklist.first-names"
] as const satisfies readonly CoreTextId[]

/** The checklist items in one language (English by default). */
export function studentImagesChecklist(locale?: CoreLocale): string[] {
  return CHECKLIST_IDS.map((id) => coreText(locale, id))
}

export const STUDENT_IMAGES_CHECKLIST: readonly string[] = studentImagesChecklist("en")

const isVisual = (a: Attachment) => a.kind === "image" || a.kind === "video"

function lead(attachments: Attachment[], locale?: CoreLocale): string {
  const photos = attachments.filter((a) => a.kind === "image").length
  const videos = attachments.length - photos
  const count = (n: number, one: CoreTextId, many: CoreTextId) =>
    n === 0 ? "" : coreText(locale, n === 1 ? one : many, { count: n })
  const parts = [
    count(photos, "student-images.photos.one", "student-images.photos.many"),
    count(videos, "student-images.videos.one", "student-images.videos.many")
  ].filter(Boolean)
  const what =
    parts.length === 2
      ? coreText(locale, "student-images.and", { first: parts[0]!, second: parts[1]! })
      : parts.join("")
  return coreText(locale, "student-images.attached", { what })
}

/** "2 photos attached. Before posting, check: a; b; c." (the panel shows it as a checklist). */
export function studentImagesMessage(attachments: Attachment[], locale?: CoreLocale): string {
  return coreText(locale, "student-images.message", {
    attached: lead(attachments, locale),
    checklist: studentImagesChecklist(locale).join("; ")
  })
}

export const studentImages: Rule = {
  id: "student-images",
  description:
    "Reminds about AP 144's student-image checklist (consent, non-disclosure, blur/crop, first names) when a photo or video is attached.",
  policyRef: POLICY.studentImages,
  defaultSeverity: "info",
  // Document scope: the finding depends on the attachments, not on any sentence,
  // so it must not be cached by segment text.
  scope: "document",
  // About the post as a whole; running it again on text read from a photo would repeat it.
  appliesToImages: false,
  check({ text, draft, settings }) {
    const visual = (draft.attachments ?? []).filter(isVisual)
    if (visual.length === 0) return []
    // No words in the post are at fault, so the range is empty. It sits at the end
    // of the text so that it is valid for any draft (even an empty one), sorts after
    // the findings about words, and highlights nothing in the composer.
    const end = text.length
    return [{ start: end, end, message: studentImagesMessage(visual, settings.locale) }]
  }
}
