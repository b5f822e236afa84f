import type { PlasmoCSConfig } from "plasmo"

import { startPage } from "~page/runtime"
import { xAdapter } from "~sites/x"

export const config: PlasmoCSConfig = {
  matches: [
    "https://x.com/*",
    "https://twitter.com/*",
    "https://mobile.twitter.com/*",
    "https://mobile.x.com/*"
  ],
  run_at: "document_idle"
}

startPage(xAdapter, "x")
