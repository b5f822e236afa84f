import { blurFaces, type Rect } from "../faces/blur"

/**
 * "Blur faces" in the page: a copy of the attached photo with the chosen faces
 * blurred (src/faces/blur.ts), made on a canvas in memory. The original file is
 * not changed; nothing is uploaded or stored.
 */

const PREVIEW_WIDTH = 240

export interface BlurredCopy {
  blob: Blob
  /** Small JPEG data: URL of the copy, for the panel's "after". */
  preview: string
}

function canvasOf(width: number, height: number): HTMLCanvasElement {
  const c = document.createElement("canvas")
  c.width = width
  c.height = height
  return c
}

function small(source: CanvasImageSource, width: number, height: number): string {
  const scale = Math.min(1, PREVIEW_WIDTH / width)
  const c = canvasOf(Math.round(width * scale), Math.round(height * scale))
  c.getContext("2d")!.drawImage(source, 0, 0, c.width, c.height)
  return c.toDataURL("image/jpeg", 0.8)
}

/** Small preview of the original ("before"). */
export async function previewOf(file: Blob): Promise<string> {
  const bitmap = await createImageBitmap(file)
  try {
    return small(bitmap, bitmap.width, bitmap.height)
  } finally {
    bitmap.close()
  }
}

/** The copy with `boxes` blurred (in the photo's own pixels), as a JPEG. */
export async function blurredCopy(file: Blob, boxes: readonly Rect[]): Promise<BlurredCopy> {
  const bitmap = await createImageBitmap(file)
  try {
    const c = canvasOf(bitmap.width, bitmap.height)
    const ctx = c.getContext("2d", { willReadFrequently: true })
    if (!ctx) throw new Error("no canvas")
    ctx.drawImage(bitmap, 0, 0)
    const img = ctx.getImageData(0, 0, c.width, c.height)
    blurFaces(img, boxes)
    ctx.putImageData(img, 0, 0)
    const blob = await new Promise<Blob>((resolve, reject) =>
      c.toBlob((b) => (b ? resolve(b) : reject(new Error("encode"))), "image/jpeg", 0.9)
    )
    return { blob, preview: small(c, c.width, c.height) }
  } finally {
    bitmap.close()
  }
}

const REMOVE_LABEL = /remove|delete|supprimer|retirer|enlever/i

/**
 * Puts `copy` in place of preview `index` in `scope`: the site's own remove
 * control takes the original out, then the copy goes in through the site's file
 * input (a DataTransfer and a `change` event, as if picked). Verified by reading
 * the previews back: the original's preview is gone and the count is the same.
 * Says how far it got: "replaced"; "untouched" when a step was not possible
 * before anything changed; "removed" when the original was taken out but the
 * site's input refused the copy (the caller then downloads the copy, and the
 * teacher's instruction differs: only attaching is left to do).
 */
export type ReplaceOutcome = "replaced" | "untouched" | "removed"

export async function replaceAttachment(
  scope: Element,
  index: number,
  copy: File,
  hooks: { beforeRemove(): void; beforeChange(): void }
): Promise<ReplaceOutcome> {
  const previews = () => [...scope.querySelectorAll<HTMLImageElement>('img[src^="blob:"]')]
  const input = scope.querySelector<HTMLInputElement>('input[type="file"]')
  const shown = previews()
  const original = shown[index]
  if (!input || !original || typeof DataTransfer === "undefined") return "untouched"
  // The remove control next to this preview: the nearest button named "Remove…".
  let remove: HTMLElement | null = null
  for (let el: Element | null = original; el && el !== scope && !remove; el = el.parentElement)
    remove =
      [...el.querySelectorAll<HTMLElement>("button[aria-label], [role=button][aria-label]")].find(
        (b) => REMOVE_LABEL.test(b.getAttribute("aria-label") ?? "")
      ) ?? null
  if (!remove) return "untouched"
  const oldSrc = original.src
  hooks.beforeRemove()
  remove.click()
  await settle(() => !previews().some((p) => p.src === oldSrc))
  if (previews().some((p) => p.src === oldSrc)) return "untouched"
  const dt = new DataTransfer()
  dt.items.add(copy)
  hooks.beforeChange()
  input.files = dt.files
  input.dispatchEvent(new Event("change", { bubbles: true }))
  await settle(() => previews().length === shown.length)
  return previews().length === shown.length ? "replaced" : "removed"
}

async function settle(done: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms
  while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 50))
}

/** Downloads the copy (a blob: link clicked in the page; nothing leaves the computer). */
export function downloadCopy(copy: File): void {
  const url = URL.createObjectURL(copy)
  const a = document.createElement("a")
  a.href = url
  a.download = copy.name
  a.style.display = "none"
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
