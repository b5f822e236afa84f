import type { Attachment, Severity } from "../../types"

/**
 * Pure: what one photo's face boxes mean for AP 144 ("consider … using images
 * in which students are shown from a distance or in a large group").
 *
 * Close-up: a face box taller than 8% of the picture's height. In a portrait
 * phone photo (1080×1350) that is a face over ~108 px tall, roughly a head and
 * shoulders shot up to a few people across the frame, where a classmate or
 * parent would know who it is. Below that the person is a few metres away or
 * one of a large group (a class photo of 25 has faces ~4–6% tall). The line is
 * a judgement, not a guarantee: small faces can still be recognised, which is
 * why a group still gets the checklist.
 */
export const CLOSE_UP_HEIGHT = 0.08

/** Five or more faces, none of them close-up, read as "a large group". */
export const GROUP_SIZE = 5

export interface FaceSummary {
  count: number
  closeUp: number
  /** Several faces, all small: a distant or large-group shot. */
  group: boolean
}

export function summarizeFaces(faces: NonNullable<Attachment["faces"]>): FaceSummary {
  const count = faces.boxes.length
  const closeUp =
    faces.height > 0 ? faces.boxes.filter((b) => b.h / faces.height > CLOSE_UP_HEIGHT).length : 0
  return { count, closeUp, group: count >= GROUP_SIZE && closeUp === 0 }
}

/** Close-ups warn (by default), small faces only inform; settings' `faces` may change both. */
export function faceSeverity(
  s: FaceSummary,
  levels: { closeUp: Severity; group: Severity } = { closeUp: "warn", group: "info" }
): Severity {
  return s.closeUp > 0 ? levels.closeUp : levels.group
}
