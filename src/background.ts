// Background service worker (Chrome/Edge) / background script (Firefox).
// Runs the checker for the content scripts, so the heavy checker (compromise,
// lexicons) and the settings' name lists never enter the page. Also routes OCR
// requests (src/background/ocr.ts).
import { CheckerHost } from "./background/checker-host"
import { incrementCount } from "./background/counts"
import { handleMessage } from "./background/handler"
import { closeOcr, handleOcrMessage } from "./background/ocr"
import { extraSitesSyncer } from "./background/extra-sites"
import { readPausedUntil } from "./settings/pause"
import {
  addToAllowList,
  affectsSettings,
  getSettings,
  isFacesEnabled,
  isOcrEnabled
} from "./background/settings-source"

const host = new CheckerHost(getSettings, readPausedUntil, () => chrome.i18n.getUILanguage())

// The division's extra sites: the generic content script runs where the teacher
// granted the host (src/background/extra-sites.ts).
const syncExtraSites = extraSitesSyncer(async () => (await getSettings()).extraSites ?? [], chrome)
void syncExtraSites()
chrome.permissions.onAdded.addListener(() => void syncExtraSites())
chrome.permissions.onRemoved.addListener(() => void syncExtraSites())

chrome.storage.onChanged.addListener((changes, area) => {
  if (!affectsSettings(area, Object.keys(changes))) return
  host.invalidate()
  void syncExtraSites()
  // Reading switched off: free the OCR worker now rather than after its idle time.
  void Promise.all([isOcrEnabled(), isFacesEnabled()]).then(([ocr, faces]) =>
    ocr || faces ? undefined : closeOcr()
  )
})

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  const reply =
    handleOcrMessage(msg, sender, {
      isEnabled: isOcrEnabled,
      isFacesEnabled
    }) ??
    handleMessage(msg, {
      check: (draft) => host.check(draft),
      allow: addToAllowList,
      count: incrementCount,
      warm: () => host.warm(),
      page: (site) => host.page(site)
    })
  if (!reply) return false
  // A failed check answers `undefined`: the page then fails open.
  reply.then(sendResponse, () => sendResponse(undefined))
  return true // keep the channel open for the async answer
})
