import { debounce, Sequence, withTimeout } from "./scheduler"

describe("debounce", () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  test("runs once after the last call", () => {
    const fn = jest.fn()
    const d = debounce(fn, 150)
    for (let i = 0; i < 20; i++) {
      d()
      jest.advanceTimersByTime(100)
    }
    expect(fn).not.toHaveBeenCalled()
    jest.advanceTimersByTime(150)
    expect(fn).toHaveBeenCalledTimes(1)
  })

  test("flush runs a waiting call now; cancel drops it", () => {
    const fn = jest.fn()
    const d = debounce(fn, 150)
    d()
    expect(d.pending()).toBe(true)
    d.flush()
    expect(fn).toHaveBeenCalledTimes(1)
    d()
    d.cancel()
    jest.advanceTimersByTime(500)
    expect(fn).toHaveBeenCalledTimes(1)
    d.flush()
    expect(fn).toHaveBeenCalledTimes(1)
  })
})

describe("Sequence", () => {
  test("only the newest ticket is current", () => {
    const s = new Sequence()
    const a = s.next()
    const b = s.next()
    expect(s.isCurrent(a)).toBe(false)
    expect(s.isCurrent(b)).toBe(true)
  })
})

describe("withTimeout", () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  test("gives the value when it comes in time", async () => {
    await expect(withTimeout(Promise.resolve(1), 100, 0)).resolves.toBe(1)
  })

  test("gives the fallback on timeout or rejection (fail open)", async () => {
    const slow = withTimeout(new Promise<number>(() => undefined), 100, -1)
    jest.advanceTimersByTime(100)
    await expect(slow).resolves.toBe(-1)
    await expect(withTimeout(Promise.reject(new Error("gone")), 100, -1)).resolves.toBe(-1)
  })
})
