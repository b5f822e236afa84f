import { POLICY } from "../policy"
import type { Rule } from "../rule"
import type { Attachment } from "../types"

/**
 * A reminder, not a detector: whenever a photo or video is attached, the teacher
 * sees AP 144's checklist for student images. The picture itself is not judged
 * (faces are not analysed); text read from images is checked by the other rules.
 */

// AP 144 guidelines and ESM 2(a), in the order a teacher would check them.
export const STUDENT_IMAGES_CHECKLIST = [
  "share student images only occasionally, for an educational or celebratory purpose",
  "written consent is on file for every student shown",
  "no one shown is on the non-disclosure list",
  "blur, crop, or use a distant or large-group shot",
  "names visible in the picture (name tags, jerseys, certificates, whiteboards) are first names only"
] as const

const isVisual = (a: Attachment) => a.kind === "image" || a.kind === "video"

function lead(attachments: Attachment[]): string {
  const photos = attachments.filter((a) => a.kind === "image").length
  const videos = attachments.length - photos
  const parts = [
    photos ? `${photos} photo${photos > 1 ? "s" : ""}` : "",
    videos ? `${videos} video${videos > 1 ? "s" : ""}` : ""
  ].filter(Boolean)
  return `${parts.join(" and ")} attached`
}

export function studentImagesMessage(attachments: Attachment[]): string {
  return `${lead(attachments)}. Before posting, check: ${STUDENT_IMAGES_CHECKLIST.join("; ")}.`
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
  check({ text, draft }) {
    const visual = (draft.attachments ?? []).filter(isVisual)
    if (visual.length === 0) return []
    // No words in the post are at fault, so the range is empty. It sits at the end
    // of the text so that it is valid for any draft (even an empty one), sorts after
    // the findings about words, and highlights nothing in the composer.
    const end = text.length
    return [{ start: end, end, message: studentImagesMessage(visual) }]
  }
}
