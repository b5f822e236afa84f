import { OcrError } from "./errors"

/**
 * Races a promise against a timer. Every OCR step goes through this: a worker
 * whose wasm is blocked by CSP hangs instead of failing, and a teacher must never
 * see a spinner that does not end. `onTimeout` lets the caller clean up (e.g.
 * terminate a stuck worker); the late result, if any, is ignored.
 */
export function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  onTimeout?: () => void,
  timers: Pick<typeof globalThis, "setTimeout" | "clearTimeout"> = globalThis
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = timers.setTimeout(() => {
      reject(new OcrError("timeout"))
      try {
        onTimeout?.()
      } catch {
        // cleanup is best effort; the caller already has its answer
      }
    }, ms)
    work.then(
      (value) => {
        timers.clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        timers.clearTimeout(timer)
        reject(error)
      }
    )
  })
}
