import { OcrError, toOcrResult, type OcrResult } from "./errors"
import type { OcrHost } from "./host"
import { OCR_TIMEOUTS } from "./limits"
import {
  OFFSCREEN_PATH,
  OFFSCREEN_ROLE,
  type OcrHostMessage,
  type OcrHostStatus,
  type PhotoWork
} from "../messaging/protocol"
import { withTimeout } from "./timeout"

/**
 * Chrome/Edge: the engine lives in an offscreen document (reason WORKERS), created
 * on first need and closed when the document reports it has been idle. Runs in
 * the service worker, which may be stopped and restarted at any time: the document
 * is found again with runtime.getContexts rather than remembered.
 */
export class OffscreenOcrHost implements OcrHost {
  private creating?: Promise<void>
  private inFlight = 0

  constructor(private readonly timeouts = OCR_TIMEOUTS) {}

  async read(
    dataUrl: string,
    options: { idleMs?: number; want?: PhotoWork } = {}
  ): Promise<OcrResult> {
    this.inFlight++
    // The host's own limits (start, decode, read) normally answer first; this
    // backstop covers a document that died. Images queue there, hence the per-image term.
    const t = this.timeouts
    const backstop = t.startMs + t.decodeMs + t.readMs * this.inFlight + 5_000
    try {
      return await withTimeout(this.readInDocument(dataUrl, options.idleMs, options.want), backstop)
    } catch (e) {
      return toOcrResult(e)
    } finally {
      this.inFlight--
    }
  }

  async warm(want?: PhotoWork): Promise<OcrResult> {
    this.inFlight++
    const t = this.timeouts
    try {
      return await withTimeout(
        (async () => {
          await this.ensureDocument()
          const reply = await this.send({ type: "byp:ocr-host", op: "warm", want })
          if (isResult(reply)) return reply
          throw new OcrError("unavailable")
        })(),
        t.startMs + t.decodeMs + t.readMs + 5_000
      )
    } catch (e) {
      return toOcrResult(e)
    } finally {
      this.inFlight--
    }
  }

  async status(): Promise<OcrHostStatus> {
    if (!(await this.hasDocument())) return { state: "stopped", queued: 0 }
    const reply = await this.send({ type: "byp:ocr-host", op: "status" })
    return reply as OcrHostStatus
  }

  /** Called when the document reports an idle close; skipped if a request is on its way. */
  async close(): Promise<void> {
    if (this.inFlight > 0 || this.creating) return
    if (await this.hasDocument()) await chrome.offscreen.closeDocument().catch(() => undefined)
  }

  private async readInDocument(
    dataUrl: string,
    idleMs?: number,
    want?: PhotoWork
  ): Promise<OcrResult> {
    await withTimeout(this.ensureDocument(), this.timeouts.startMs).catch(() => {
      throw new OcrError("unavailable")
    })
    const reply = await this.send({ type: "byp:ocr-host", op: "read", dataUrl, idleMs, want })
    if (isResult(reply)) return reply
    throw new OcrError("unavailable")
  }

  private async hasDocument(): Promise<boolean> {
    const contexts = await chrome.runtime.getContexts({ contextTypes: ["OFFSCREEN_DOCUMENT"] })
    return contexts.length > 0
  }

  private async ensureDocument(): Promise<void> {
    if (this.creating) return this.creating
    if (await this.hasDocument()) return
    // Only one offscreen document may exist: concurrent first reads share one creation.
    this.creating ??= chrome.offscreen
      .createDocument({
        url: `${OFFSCREEN_PATH}?${OFFSCREEN_ROLE}`,
        reasons: ["WORKERS"],
        justification:
          "Reads text and finds faces in attached photos on this computer (tesseract.js worker, BlazeFace)."
      })
      .catch(async (e: unknown) => {
        // Another path created it in the meantime: that is fine.
        if (!(await this.hasDocument())) throw e
      })
      .finally(() => (this.creating = undefined))
    return this.creating
  }

  /** Retries briefly while a just-created document is still registering its listener. */
  private async send(msg: OcrHostMessage): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await chrome.runtime.sendMessage(msg)
      } catch (e) {
        const notReady = /Receiving end does not exist/i.test(String(e))
        if (!notReady || attempt >= 20) throw new OcrError("unavailable")
        await new Promise((r) => setTimeout(r, 50))
      }
    }
  }
}

function isResult(r: unknown): r is OcrResult {
  const o = r as Record<string, unknown> | null
  return !!o && (typeof o.text === "string" || typeof o.error === "string")
}
