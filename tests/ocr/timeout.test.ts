import { OcrError } from "../../src/ocr/errors"
import { withTimeout } from "../../src/ocr/timeout"

const never = () => new Promise<never>(() => undefined)
const later = <T>(value: T, ms: number) => new Promise<T>((r) => setTimeout(() => r(value), ms))

describe("withTimeout", () => {
  test("passes a value through when the work finishes first", async () => {
    await expect(withTimeout(Promise.resolve(42), 1000)).resolves.toBe(42)
  })

  test("passes the work's own error through", async () => {
    await expect(withTimeout(Promise.reject(new Error("boom")), 1000)).rejects.toThrow("boom")
  })

  test("rejects with an OcrError 'timeout' when the work hangs", async () => {
    const err = await withTimeout(never(), 10).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(OcrError)
    expect((err as OcrError).code).toBe("timeout")
  })

  test("calls the clean-up once on timeout, never on success", async () => {
    const cleanup = jest.fn()
    await withTimeout(never(), 10, cleanup).catch(() => undefined)
    expect(cleanup).toHaveBeenCalledTimes(1)
    const quiet = jest.fn()
    await withTimeout(Promise.resolve(1), 1000, quiet)
    expect(quiet).not.toHaveBeenCalled()
  })

  test("a clean-up that throws does not replace the timeout error", async () => {
    const err = await withTimeout(never(), 10, () => {
      throw new Error("cleanup failed")
    }).catch((e: unknown) => e)
    expect((err as OcrError).code).toBe("timeout")
  })

  test("a late result after the timeout is ignored", async () => {
    const err = await withTimeout(later("late", 40), 5).catch((e: unknown) => e)
    expect((err as OcrError).code).toBe("timeout")
    await later(null, 50) // the late resolve must not throw or log
  })

  test("clears its timer when the work finishes (no stray timers)", async () => {
    const timers = { setTimeout: jest.fn(setTimeout), clearTimeout: jest.fn(clearTimeout) }
    await withTimeout(Promise.resolve(1), 1000, undefined, timers as never)
    expect(timers.clearTimeout).toHaveBeenCalledTimes(1)
  })
})
