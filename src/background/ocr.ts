import browser from "webextension-polyfill"
import { ocrFailure, type OcrResult } from "../ocr/errors"
import type { OcrHost } from "../ocr/host"
import { InProcessOcrHost } from "../ocr/in-process-host"
import { OffscreenOcrHost } from "../ocr/offscreen-host"
import {
  isOcrHostIdle,
  isOcrRequest,
  type OcrHostStatus,
  type OcrRequestMessage,
  type PhotoWork
} from "../messaging/protocol"

/**
 * The background's OCR entry point. Chrome/Edge route images to the offscreen
 * document; Firefox reads them in this background page. The image and the text
 * found are passed through and never stored or logged.
 *
 * Wiring (background.ts): give `handleOcrMessage` every runtime message first; it
 * returns undefined for messages that are not about OCR.
 */

let host: OcrHost | undefined

/** Feature test rather than browser sniffing: Edge has offscreen, Firefox has not. */
function getHost(): OcrHost {
  host ??=
    typeof chrome !== "undefined" && chrome.offscreen
      ? new OffscreenOcrHost()
      : new InProcessOcrHost((p) => browser.runtime.getURL(p))
  return host
}

/** Replaces the host (tests; or a build that wants another implementation). */
export function useOcrHost(next: OcrHost | undefined): void {
  host = next
}

export interface ReadImageOptions {
  /** Settings' `ocr.enabled` (policy may switch it off). */
  enabled?: boolean
  /** Settings' `faces.enabled`: find faces in the photo too. */
  faces?: boolean
  /** Shorter idle close, for the bench and tests. */
  idleMs?: number
}

export async function readImageText(
  image: { dataUrl: string } | string,
  opts: ReadImageOptions = {}
): Promise<OcrResult> {
  const want = work(opts)
  if (!want.ocr && !want.faces) return ocrFailure("disabled")
  const dataUrl = typeof image === "string" ? image : image.dataUrl
  return getHost().read(dataUrl, { idleMs: opts.idleMs, want })
}

function work(opts: { enabled?: boolean; faces?: boolean }): PhotoWork {
  return { ocr: opts.enabled !== false, faces: opts.faces !== false }
}

/** Starts the reader (and the face model) ahead of the first photo (see OcrWarmMessage). */
export async function warmImageReader(
  opts: { enabled?: boolean; faces?: boolean } = {}
): Promise<OcrResult> {
  const want = work(opts)
  if (!want.ocr && !want.faces) return ocrFailure("disabled")
  return getHost().warm(want)
}

/** Frees the OCR worker now, e.g. when settings switch OCR off. */
export function closeOcr(): Promise<void> {
  return host?.close() ?? Promise.resolve()
}

/** The host's state and memory, for the bench. */
export function ocrStatus(): Promise<OcrHostStatus> {
  return getHost().status()
}

interface Sender {
  id?: string
  tab?: unknown
  url?: string
}

export interface OcrMessageOptions {
  /** Reads `ocr.enabled` from the effective settings; OCR is on when omitted. */
  isEnabled?: () => boolean | Promise<boolean>
  /** Reads `faces.enabled`; face detection is on when omitted. */
  isFacesEnabled?: () => boolean | Promise<boolean>
}

/**
 * Handles `byp:ocr` (content script → read one image), `byp:ocr-warm` (content
 * script → start the reader ahead of the first photo), `byp:ocr-status` (extension
 * pages: host state, for the bench) and `byp:ocr-host-idle` (offscreen document →
 * close it). Returns undefined for any other message.
 */
export function handleOcrMessage(
  msg: unknown,
  sender: Sender,
  options: OcrMessageOptions = {}
): Promise<OcrResult | OcrHostStatus | void> | undefined {
  const type = (msg as { type?: unknown } | null)?.type
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return undefined
  if (isOcrHostIdle(msg)) return sender.tab ? undefined : closeOcr()
  if (type === "byp:ocr-status")
    return fromExtensionPage(sender) || !sender.tab ? ocrStatus() : undefined
  if (type === "byp:ocr-warm")
    return (async () => {
      const enabled = options.isEnabled ? await options.isEnabled() : true
      const faces = options.isFacesEnabled ? await options.isFacesEnabled() : true
      return warmImageReader({ enabled, faces })
    })()
  if (type !== "byp:ocr") return undefined
  if (!isOcrRequest(msg)) return Promise.resolve(ocrFailure("corrupt"))
  return (async () => {
    const enabled = options.isEnabled ? await options.isEnabled() : true
    const faces = options.isFacesEnabled ? await options.isFacesEnabled() : true
    // Only extension pages (bench, tests) may shorten the idle close.
    const idleMs = fromExtensionPage(sender) ? clampIdle(msg) : undefined
    // A request for one part leaves the other undone (see OcrRequestMessage.only).
    const only = msg.only === "faces" || msg.only === "text" ? msg.only : undefined
    return readImageText(msg.image, {
      enabled: enabled && only !== "faces",
      faces: faces && only !== "text",
      idleMs
    })
  })()
}

function fromExtensionPage(sender: Sender): boolean {
  return !!sender.url && sender.url.startsWith(browser.runtime.getURL(""))
}

function clampIdle(msg: OcrRequestMessage): number | undefined {
  return msg.idleMs ? Math.min(Math.max(msg.idleMs, 500), 10 * 60_000) : undefined
}
