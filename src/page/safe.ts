/**
 * Fail open: an adapter that throws (the site changed its DOM) must never stop the
 * teacher from typing or posting. Every adapter call goes through here.
 */
export function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn()
  } catch {
    return fallback
  }
}
