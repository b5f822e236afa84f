/**
 * "Pause for 1 hour": the popup stores the end time in chrome.storage.local
 * under PAUSED_UNTIL_KEY as a number (milliseconds since 1970). The content
 * script (or background) skips checking while `isPaused(await readPausedUntil())`,
 * and listens to chrome.storage.onChanged for the key to resume at once.
 * Only offered when the effective `enforcement.allowPause` is true; a policy that
 * forbids pausing also makes isPausedNow() false (see pausedUntilAllowed).
 */
import { PAUSED_UNTIL_KEY } from "./areas"
import { decodeStoredValue, isPlainObject } from "./storage"

export { PAUSED_UNTIL_KEY }
export const PAUSE_MS = 60 * 60 * 1000

/** Accepts a number, or a JSON string of one (if written through @plasmohq/storage). */
export function parsePausedUntil(v: unknown): number {
  const n = typeof v === "string" ? Number(v) : v
  return typeof n === "number" && Number.isFinite(n) ? n : 0
}

export async function readPausedUntil(): Promise<number> {
  try {
    const stored = await chrome.storage.local.get(PAUSED_UNTIL_KEY)
    return parsePausedUntil(stored[PAUSED_UNTIL_KEY])
  } catch {
    return 0
  }
}

export function isPaused(pausedUntil: number, now = Date.now(), allowPause = true): boolean {
  return allowPause && pausedUntil > now
}

export async function pauseForAnHour(now = Date.now()): Promise<number> {
  const until = now + PAUSE_MS
  await chrome.storage.local.set({ [PAUSED_UNTIL_KEY]: until })
  return until
}

export async function resume(): Promise<void> {
  await chrome.storage.local.remove(PAUSED_UNTIL_KEY)
}

export interface Counts {
  shown: number
  fixed: number
  postedAnyway: number
}

/** The local counters the background keeps under "counts" (an object; a JSON string is accepted too). */
export function parseCounts(v: unknown): Counts {
  const o = decodeStoredValue(v)
  const r = isPlainObject(o) ? o : {}
  const n = (x: unknown) =>
    typeof x === "number" && Number.isFinite(x) && x >= 0 ? Math.floor(x) : 0
  return { shown: n(r.shown), fixed: n(r.fixed), postedAnyway: n(r.postedAnyway) }
}
