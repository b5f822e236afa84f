import { assetPaths, OcrEngine } from "./engine"
import { toOcrResult, type OcrResult } from "./errors"
import { dataUrlToBlob } from "./image"
import { readPhoto, warmPhotoWork } from "./photo-work"
import { FaceDetector, faceAssetPaths } from "../faces/detector"
import { isOcrHostMessage, type OcrHostMessage, type OcrHostStatus } from "../messaging/protocol"

/**
 * The offscreen document's side (Chrome/Edge). It has only `chrome.runtime`, so
 * everything arrives in messages from the background; the images and the text
 * found live only for the length of one request.
 */
export function startOffscreenHost(): void {
  const getURL = (p: string) => chrome.runtime.getURL(p)
  const detector = new FaceDetector({ paths: faceAssetPaths(getURL) })
  const engine = new OcrEngine({
    paths: assetPaths(getURL),
    // The worker is gone; ask the background to close this document too, which
    // returns the renderer memory. If nobody listens, close ourselves.
    onIdleClose: () => {
      // The model and tfjs backend are released before the document is closed.
      void detector
        .close()
        .then(() => chrome.runtime.sendMessage({ type: "byp:ocr-host-idle" }))
        .catch(() => window.close())
    }
  })

  chrome.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
    // Only the background talks to this document; content scripts (sender.tab) never do.
    if (!isOcrHostMessage(msg) || sender.id !== chrome.runtime.id || sender.tab) return
    void answer(engine, detector, msg).then(sendResponse)
    return true
  })
}

async function answer(
  engine: OcrEngine,
  detector: FaceDetector,
  msg: OcrHostMessage
): Promise<OcrResult | OcrHostStatus> {
  if (msg.op === "status") {
    const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory
    return {
      state: engine.state,
      queued: engine.queued,
      lastTimings: engine.lastTimings,
      faces: {
        state: detector.state,
        scanned: detector.scanned,
        lastTimings: detector.lastTimings
      },
      jsHeapBytes: memory?.usedJSHeapSize
    }
  }
  if (msg.op === "warm") return warmPhotoWork(engine, detector, msg.want)
  if (msg.idleMs) engine.setIdleMs(msg.idleMs)
  let blob: Blob
  try {
    blob = dataUrlToBlob(msg.dataUrl)
  } catch (e) {
    return toOcrResult(e, "corrupt")
  }
  return readPhoto(engine, detector, blob, msg.want)
}
