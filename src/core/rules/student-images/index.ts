import { POLICY } from "../../policy"
import { defineRule, fix, type RawFinding, type Say } from "../../rule"
import type { Attachment, CheckSettings } from "../../types"
import { faceSeverity, summarizeFaces, type FaceSummary } from "./faces"
import { messages } from "./messages"

/**
 * student-images (AP 144; ESM 2(a)). Whenever a photo or video is attached, the
 * teacher sees AP 144's checklist for student images. For each photo in which
 * the extension found faces (boxes only: no one is recognised), one more
 * finding under "Photo N" says how many and how many are close-up, with a
 * "Blur faces" fix. Text read from images is checked by the other rules.
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

/** "3 faces, 2 close-up" / "a large group, faces small" / "2 faces, all small". */
export function faceSummaryText(s: FaceSummary, say: Say<Words>): string {
  const faces = s.count === 1 ? say("faces.one") : say("faces.many", { count: s.count })
  if (s.closeUp > 0)
    return s.count === 1
      ? say("faces.allCloseUp.one")
      : say("faces.closeUp", { faces, count: s.closeUp })
  return s.group ? say("faces.group") : say("faces.small", { faces })
}

function faceFindings(
  attachments: Attachment[],
  settings: CheckSettings,
  say: Say<Words>,
  at: number
): RawFinding[] {
  const out: RawFinding[] = []
  attachments.forEach((a, index) => {
    if (a.kind !== "image" || !a.faces?.boxes.length) return
    const summary = summarizeFaces(a.faces)
    const photo = a.name ?? say("photos.one")
    out.push({
      start: at,
      end: at,
      photo: index,
      title: say("faces.finding"),
      severity: faceSeverity(summary, settings.faces),
      message: `${say("faces.photo", { photo, summary: faceSummaryText(summary, say) })} ${say(
        summary.closeUp > 0 ? "faces.closeUpAdvice" : "faces.groupAdvice"
      )}`,
      fixes: [fix.blurFaces(say("faces.blur"), index)]
    })
  })
  return out
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
  check({ text, draft, settings, say }) {
    const all = draft.attachments ?? []
    const visual = all.filter(isVisual)
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
      },
      ...faceFindings(all, settings, say, end)
    ]
  }
})
