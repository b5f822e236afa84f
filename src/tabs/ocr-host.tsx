import { startOffscreenHost } from "../ocr/offscreen-page"
import { OFFSCREEN_ROLE } from "../messaging/protocol"

/**
 * The offscreen document that hosts the OCR worker on Chrome/Edge (see
 * src/ocr/offscreen-host.ts). Opened in a tab by hand it does nothing: only the
 * copy created by the background, marked by its query string, answers messages.
 */
if (location.search.includes(OFFSCREEN_ROLE)) startOffscreenHost()

export default function OcrHostPage() {
  return null
}
