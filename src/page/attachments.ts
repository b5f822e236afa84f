import type { Attachment } from "../core/types"
import { t, tn, type MessageKey } from "../i18n"
import type { OcrErrorCode, OcrResult } from "../ocr/errors"

/**
 * The photos and videos attached to one post, in memory only. Pure bookkeeping
 * (no DOM, no messaging) so the numbering, the "Reading text in 2 photos…"
 * progress and the notes are unit-tested. A file is held only until its text has
 * been read; the text lives here until the post's composer goes away. Nothing is
 * written to storage.
 */

export type ReadState = "reading" | "read" | "failed" | "not-read"

export interface TrackedAttachment {
  readonly id: number
  readonly kind: Attachment["kind"]
  /** The picked file, dropped as soon as it has been read. */
  file?: Blob
  state: ReadState
  text?: string
  error?: OcrErrorCode
  /** Our own blurred copy: its faces are not reported again. */
  blurred?: boolean
  /** Face boxes (no identity), when detection found any; kept for the "Blur faces" fix. */
  faces?: NonNullable<Attachment["faces"]>
  /** Its faces are asked for apart from its text and have not come back yet. */
  facesPending?: boolean
}

export interface ReadProgress {
  /** Photos of the current round (attached since nothing was being read). */
  total: number
  done: number
}

const VIDEO_EXT = /\.(mp4|m4v|mov|webm|mkv|avi|3gp)$/i

/** Photo, video, or anything else (documents are not part of AP 144's checklist). */
export function kindOf(file: { type: string; name?: string }): Attachment["kind"] {
  const type = file.type.toLowerCase()
  if (type.startsWith("video/")) return "video"
  if (type.startsWith("image/")) return "image"
  if (type === "") return VIDEO_EXT.test(file.name ?? "") ? "video" : "image"
  return "other"
}

const NOUN: Record<Attachment["kind"], MessageKey> = {
  image: "attachmentPhoto",
  video: "attachmentVideo",
  other: "attachmentFile"
}

/** The notes in the browser's language (src/ocr/errors.ts keeps the English ones for errors). */
const OCR_NOTE: Record<OcrErrorCode, MessageKey> = {
  disabled: "ocrNote_disabled",
  "too-large": "ocrNote_too_large",
  unsupported: "ocrNote_unsupported",
  corrupt: "ocrNote_corrupt",
  timeout: "ocrNote_timeout",
  unavailable: "ocrNote_unavailable"
}

/** "Photo 2": numbered within its kind, in the order the teacher attached them. */
export function labelFor(items: readonly { kind: Attachment["kind"] }[], index: number): string {
  const kind = items[index]!.kind
  const n = items.slice(0, index + 1).filter((i) => i.kind === kind).length
  return t(NOUN[kind], n)
}

/** "Reading text in 2 photos… (1 of 2 done)"; empty when nothing is being read. */
export function readingStatusText(p: ReadProgress): string {
  if (p.total === 0 || p.done >= p.total) return ""
  const what = tn(p.total, "ocrReadingOne", "ocrReading")
  return p.done > 0 ? t("ocrReadingDone", what, p.done, p.total) : what
}

/** For the confirm dialog when Post is pressed mid-read. */
export function stillReadingText(reading: number): string {
  if (reading <= 0) return ""
  return tn(reading, "ocrStillOne", "ocrStill")
}

export class AttachmentList {
  private items: TrackedAttachment[] = []
  private nextId = 1
  private round = new Set<number>()
  /** Site previews counted last time; a drop means the teacher removed something. */
  private previewsSeen = 0

  get size(): number {
    return this.items.length
  }

  all(): readonly TrackedAttachment[] {
    return this.items
  }

  /** Adds picked files; `read` false = OCR is off (they still count for the reminder). */
  add(files: readonly (Blob & { name?: string })[], read: boolean): TrackedAttachment[] {
    if (this.reading() === 0) this.round.clear()
    const added = files.map((file): TrackedAttachment => {
      const kind = kindOf(file)
      const toRead = read && kind === "image"
      const item: TrackedAttachment = {
        id: this.nextId++,
        kind,
        state: toRead ? "reading" : "not-read",
        ...(toRead ? { file } : {}),
        // Reading is off: the photo gets the "switched off" note.
        ...(!read && kind === "image" ? { error: "disabled" as const } : {})
      }
      if (toRead) this.round.add(item.id)
      return item
    })
    this.items.push(...added)
    return added
  }

  /**
   * Stores the faces part of a photo asked for in two parts (its text still
   * reading, or already read); returns false when the photo was removed meanwhile.
   */
  settleFaces(id: number, result: OcrResult): boolean {
    const item = this.items.find((i) => i.id === id)
    if (!item) return false
    item.facesPending = false
    this.keepFaces(item, result)
    return true
  }

  /** Stores one read's outcome (text, and faces if it carries them); returns false when the photo was removed meanwhile. */
  settle(id: number, result: OcrResult): boolean {
    const item = this.items.find((i) => i.id === id)
    if (!item) return false
    this.keepFaces(item, result)
    if ("text" in result) {
      item.state = "read"
      item.text = result.text
    } else {
      item.state = result.code === "disabled" ? "not-read" : "failed"
      item.error = result.code
    }
    return true
  }

  private keepFaces(item: TrackedAttachment, result: OcrResult): void {
    if (!item.blurred && result.faces && "boxes" in result.faces && result.faces.boxes.length) {
      const { width, height, boxes } = result.faces
      item.faces = { width, height, boxes: boxes.map(({ x, y, w, h }) => ({ x, y, w, h })) }
    }
    // The picked file is kept only when it has faces ("Blur faces" makes its copy
    // from it), or while its faces may still come.
    if (!item.faces && !item.facesPending) delete item.file
  }

  reading(): number {
    return this.items.filter((i) => i.state === "reading").length
  }

  progress(): ReadProgress {
    const inRound = this.items.filter((i) => this.round.has(i.id))
    return { total: inRound.length, done: inRound.filter((i) => i.state !== "reading").length }
  }

  labelOf(item: TrackedAttachment): string {
    return labelFor(this.items, this.items.indexOf(item))
  }

  /**
   * What the checker gets: one entry per attachment with its label and the text
   * read so far; previews the site shows beyond what was picked here (a file added
   * some way not seen) still count for the reminder.
   */
  toDraft(previews = 0): Attachment[] {
    const out: Attachment[] = this.items.map((item, i) => ({
      kind: item.kind,
      name: labelFor(this.items, i),
      ...(item.text?.trim() ? { text: item.text } : {}),
      ...(item.faces ? { faces: item.faces } : {})
    }))
    for (let i = this.items.length; i < previews; i++) {
      const name = labelFor([...out, { kind: "image" }], i)
      out.push({ kind: "image", name })
    }
    return out
  }

  /**
   * Photo `index` is being replaced by its blurred copy: forget it now, and count
   * its preview as gone, so the site's removal does not drop another photo.
   */
  dropForReplacement(index: number): void {
    const [gone] = this.items.splice(index, 1)
    if (gone) this.round.delete(gone.id)
    this.previewsSeen = Math.max(0, this.previewsSeen - 1)
  }

  /** The photo at attachment index `index`, when it still has its file and faces (for "Blur faces"). */
  photoWithFaces(index: number): TrackedAttachment | undefined {
    const item = this.items[index]
    return item?.file && item.faces ? item : undefined
  }

  /** Plain-language notes: one per photo that could not be read, one if reading is off. */
  notes(): string[] {
    const out: string[] = []
    if (this.items.some((i) => i.error === "disabled")) out.push(t(OCR_NOTE.disabled))
    this.items.forEach((item, i) => {
      if (item.state === "failed" && item.error)
        out.push(t("ocrNoteFor", labelFor(this.items, i), t(OCR_NOTE[item.error])))
    })
    return out
  }

  /**
   * The site's own previews, counted. When fewer are shown than before, the
   * teacher removed some: the last ones are dropped (which one went is not
   * known; a count is cheap and right for "removed the photo" and "posted").
   * Returns true when the list changed.
   */
  syncPreviews(count: number, stillShown = count): boolean {
    // The site's own selectors may stop matching (a redesign, a re-render with new
    // markup) while the photos are still there: what the page still shows counts
    // too, and photos already read are forgotten only when they are really gone
    // (or the composer goes away: PhotoTracker.prune).
    const shown = Math.max(count, stillShown)
    const before = this.previewsSeen
    this.previewsSeen = shown
    if (shown >= before) return false
    const keep = shown === 0 ? 0 : Math.max(0, this.items.length - (before - shown))
    if (keep >= this.items.length) return false
    this.items.splice(keep).forEach((i) => this.round.delete(i.id))
    return true
  }

  /** A key that changes whenever what the checker would see changes. */
  signature(): string {
    return this.items.map((i) => `${i.id}:${i.state}:${i.faces?.boxes.length ?? 0}`).join(",")
  }
}
