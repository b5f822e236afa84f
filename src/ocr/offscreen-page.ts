import { assetPaths, OcrEngine } from "./engine"
import { toOcrResult, type OcrResult } from "./errors"
import { dataUrlToBlob } from "./image"
import { isOcrHostMessage, type OcrHostMessage, type OcrHostStatus } from "../messaging/protocol"

/**
 * The offscreen document's side (Chrome/Edge). It has only `chrome.runtime`, so
 * everything arrives in messages from the background; the images and the text
 * found live only for the length of one request.
 */
export function startOffscreenHost(): void {
  const engine = new OcrEngine({
    paths: assetPaths((p) => chrome.runtime.getURL(p)),
    // The worker is gone; ask the background to close this document too, which
    // returns the renderer memory. If nobody listens, close ourselves.
    onIdleClose: () => {
      chrome.runtime.sendMessage({ type: "byp:ocr-host-idle" }).catch(() => window.close())
    }
  })

  chrome.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
    // Only the background talks to this document; content scripts (sender.tab) never do.
    if (!isOcrHostMessage(msg) || sender.id !== chrome.runtime.id || sender.tab) return
    void answer(engine, msg).then(sendResponse)
    return true
  })
}

async function answer(engine: OcrEngine, msg: OcrHostMessage): Promise<OcrResult | OcrHostStatus> {
  if (msg.op === "status") {
    const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory
    return {
      state: engine.state,
      queued: engine.queued,
      lastTimings: engine.lastTimings,
      jsHeapBytes: memory?.usedJSHeapSize
    }
  }
  if (msg.op === "warm") return engine.warm()
  if (msg.idleMs) engine.setIdleMs(msg.idleMs)
  let blob: Blob
  try {
    blob = dataUrlToBlob(msg.dataUrl)
  } catch (e) {
    return toOcrResult(e, "corrupt")
  }
  return engine.read(blob)
}
