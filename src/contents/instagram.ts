import type { PlasmoCSConfig } from "plasmo"

import { startPage } from "~page/runtime"
import { instagramAdapter } from "~sites/instagram"

export const config: PlasmoCSConfig = {
  matches: ["https://www.instagram.com/*"],
  run_at: "document_idle"
}

startPage(instagramAdapter, "instagram")
