import { OcrError, toOcrResult, type OcrResult } from "./errors"
import { checkImageFile } from "./image"
import { OCR_TIMEOUTS } from "./limits"
import { sendToBackground } from "../messaging/client"
import type { OcrRequestMessage, PhotoPart } from "../messaging/protocol"
import { withTimeout } from "./timeout"

/**
 * Content-script side: hands one attached image to the background for reading.
 * Accepts the `File` from an input's change event, a drop or a paste, or the
 * composer preview's `blob:` URL. The image is read in the extension (never in
 * the page, never on a server); nothing is kept after the answer arrives.
 */

type Send = (msg: OcrRequestMessage) => Promise<unknown>

let inFlight = 0

/**
 * Which attachments to send for reading: every image (formats this browser cannot
 * decode, like HEIC, come back as an "unsupported" note the panel shows) and files
 * with no type (some drag sources); never videos or documents.
 */
export function isReadableImage(file: { type: string }): boolean {
  return file.type === "" || /^image\//i.test(file.type)
}

export async function requestImageText(
  image: Blob | string,
  send: Send = sendToBackground,
  only?: PhotoPart
): Promise<OcrResult> {
  inFlight++
  // Images queue behind each other in the OCR host, so later ones may wait longer.
  const t = OCR_TIMEOUTS
  const limit = t.startMs + t.decodeMs + t.readMs * inFlight + 10_000
  try {
    const dataUrl = await withTimeout(toDataUrl(image), t.decodeMs)
    const reply = await withTimeout(
      send({ type: "byp:ocr", image: { dataUrl }, ...(only ? { only } : {}) }),
      limit
    )
    const r = reply as Partial<{ text: string; error: string }> | undefined
    if (typeof r?.text === "string" || typeof r?.error === "string") return reply as OcrResult
    throw new OcrError("unavailable")
  } catch (e) {
    return toOcrResult(e)
  } finally {
    inFlight--
  }
}

/**
 * Starts the photo reader ahead of the first photo, e.g. when the teacher opens a
 * composer that can take attachments; it closes itself after a minute unused.
 */
export async function warmImageReader(
  send: (msg: { type: "byp:ocr-warm" }) => Promise<unknown> = sendToBackground
): Promise<OcrResult | undefined> {
  // The answer tells the page whether reading is switched off (code "disabled").
  const reply = (await send({ type: "byp:ocr-warm" }).catch(() => undefined)) as
    Partial<{ text: string; error: string }> | undefined
  return typeof reply?.text === "string" || typeof reply?.error === "string"
    ? (reply as OcrResult)
    : undefined
}

/**
 * A photo's two parts asked for separately (the image encoded once): faces come
 * back as soon as detection is done, while OCR may still be reading.
 */
export function requestPhotoParts(
  image: Blob,
  send: Send = sendToBackground
): { faces: Promise<OcrResult>; text: Promise<OcrResult> } {
  const encoded = withTimeout(toDataUrl(image), OCR_TIMEOUTS.decodeMs)
  const ask = (only: PhotoPart) =>
    encoded.then(
      (dataUrl) => requestImageText(dataUrl, send, only),
      (e: unknown) => toOcrResult(e)
    )
  return { faces: ask("faces"), text: ask("text") }
}

async function toDataUrl(image: Blob | string): Promise<string> {
  if (typeof image === "string" && image.startsWith("data:")) return image
  const blob = typeof image === "string" ? await fetchBlob(image) : image
  // Refuse before reading a huge or unsupported file into memory.
  checkImageFile(blob.type, blob.size)
  let bytes: Uint8Array
  try {
    // Copied into an array of our own: in a Firefox content script, a File from the
    // page's <input> gives a buffer of the page's compartment, and a view over it
    // throws on `subarray` ("Permission denied to access property constructor").
    const view = new Uint8Array(await blob.arrayBuffer())
    bytes = new Uint8Array(view.length)
    bytes.set(view)
  } catch {
    throw new OcrError("corrupt")
  }
  // An empty type stays empty: the OCR host then lets the decoder decide.
  return `data:${blob.type};base64,${toBase64(bytes)}`
}

function toBase64(bytes: Uint8Array): string {
  let binary = ""
  // Chunks keep String.fromCharCode's argument list small.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** Only the page's own `blob:` previews: never a network URL (images must not be fetched from anywhere). */
async function fetchBlob(url: string): Promise<Blob> {
  if (!url.startsWith("blob:")) throw new OcrError("unsupported")
  try {
    return await (await fetch(url)).blob()
  } catch {
    throw new OcrError("corrupt")
  }
}
