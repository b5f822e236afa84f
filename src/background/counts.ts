import browser from "webextension-polyfill"

import type { CountKey } from "../messaging/protocol"

/**
 * Local counters only (warnings shown, fixed, posted anyway) — never text. Kept
 * in browser.storage.local under "counts". Increments are chained so two messages
 * arriving together do not lose one.
 */
export const COUNTS_KEY = "counts"

let chain: Promise<unknown> = Promise.resolve()

export function incrementCount(key: CountKey, by = 1): Promise<void> {
  const step = chain.then(async () => {
    const stored = await browser.storage.local.get(COUNTS_KEY)
    const counts = {
      shown: 0,
      fixed: 0,
      postedAnyway: 0,
      ...(stored[COUNTS_KEY] as object | undefined)
    }
    const n = Number.isFinite(by) && by > 0 ? Math.floor(by) : 1
    counts[key] = (Number(counts[key]) || 0) + n
    await browser.storage.local.set({ [COUNTS_KEY]: counts })
  })
  chain = step.catch(() => undefined)
  return step
}
