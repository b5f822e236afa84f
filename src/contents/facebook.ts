import type { PlasmoCSConfig } from "plasmo"

import { startPage } from "~page/runtime"
import { facebookAdapter } from "~sites/facebook"

export const config: PlasmoCSConfig = {
  matches: [
    "https://www.facebook.com/*",
    "https://web.facebook.com/*",
    "https://m.facebook.com/*",
    "https://business.facebook.com/latest/composer*"
  ],
  run_at: "document_idle"
}

startPage(facebookAdapter, "facebook")
