import { OcrEngine, type Recognizer } from "../../src/ocr/engine"
import { OcrError } from "../../src/ocr/errors"

/** A tesseract worker double: reads "text of <blob's text>", or hangs when told to. */
function fakeTesseract(
  opts: { hangStart?: boolean; failStart?: boolean; hangRead?: boolean } = {}
) {
  const log: string[] = []
  const started: Recognizer[] = []
  const start = jest.fn(async () => {
    log.push("start")
    if (opts.failStart) throw new OcrError("unavailable")
    if (opts.hangStart) await new Promise(() => undefined)
    const r: Recognizer = {
      recognize: async (blob: Blob) => {
        const text = await blob.text()
        log.push(`read ${text}`)
        if (opts.hangRead && text === "slow") await new Promise(() => undefined)
        return { data: { text: `text of ${text}` } }
      },
      terminate: jest.fn(async () => void log.push("terminate"))
    }
    started.push(r)
    return r
  })
  return { start, log, started }
}

const paths = { workerPath: "w", corePath: "c", langPath: "l" }
const img = (s: string) => new Blob([s], { type: "image/png" })
const passThrough = async (b: Blob) => b
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

function engine(
  t: ReturnType<typeof fakeTesseract>,
  over: Partial<ConstructorParameters<typeof OcrEngine>[0]> = {}
) {
  const made = new OcrEngine({
    paths,
    startRecognizer: t.start,
    prepare: passThrough,
    warmupImage: async () => img("warm-up"),
    timeouts: { startMs: 50, decodeMs: 50, readMs: 50, idleMs: 10_000 },
    ...over
  })
  engines.push(made)
  return made
}

const engines: OcrEngine[] = []
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.close()))
})

describe("OcrEngine", () => {
  test("starts the worker on first need and reuses it for several images", async () => {
    const t = fakeTesseract()
    const e = engine(t)
    expect(e.state).toBe("stopped")
    expect(t.start).not.toHaveBeenCalled()
    const results = await Promise.all([e.read(img("a")), e.read(img("b")), e.read(img("c"))])
    expect(results).toEqual([{ text: "text of a" }, { text: "text of b" }, { text: "text of c" }])
    expect(t.start).toHaveBeenCalledTimes(1)
    expect(t.log).toEqual(["start", "read a", "read b", "read c"])
    expect(e.state).toBe("running")
    await e.close()
  })

  test("a worker that never starts gives 'unavailable', and the next image tries again", async () => {
    const t = fakeTesseract({ hangStart: true })
    const e = engine(t)
    expect(await e.read(img("a"))).toMatchObject({ code: "unavailable" })
    expect(await e.read(img("b"))).toMatchObject({ code: "unavailable" })
    expect(t.start).toHaveBeenCalledTimes(2)
    expect(e.state).toBe("stopped")
  })

  test("a worker that fails to start gives 'unavailable'", async () => {
    const e = engine(fakeTesseract({ failStart: true }))
    const r = await e.read(img("a"))
    expect(r).toEqual({ code: "unavailable", error: expect.stringMatching(/could not start/) })
  })

  test("a read that overruns gives 'timeout', drops the stuck worker, and the next image gets a fresh one", async () => {
    const t = fakeTesseract({ hangRead: true })
    const e = engine(t)
    expect(await e.read(img("slow"))).toMatchObject({ code: "timeout" })
    await wait(0)
    expect(t.started[0]!.terminate).toHaveBeenCalled()
    expect(await e.read(img("fast"))).toEqual({ text: "text of fast" })
    expect(t.start).toHaveBeenCalledTimes(2)
    await e.close()
  })

  test("a file that does not decode is refused without starting the worker", async () => {
    const t = fakeTesseract()
    const e = engine(t, {
      prepare: async () => {
        throw new OcrError("corrupt")
      }
    })
    expect(await e.read(img("x"))).toMatchObject({ code: "corrupt" })
    expect(t.start).not.toHaveBeenCalled()
  })

  test("a decode that hangs gives 'timeout'", async () => {
    const e = engine(fakeTesseract(), { prepare: () => new Promise(() => undefined) })
    expect(await e.read(img("x"))).toMatchObject({ code: "timeout" })
  })

  test("closes the worker after being idle, then reports it", async () => {
    const t = fakeTesseract()
    const onIdleClose = jest.fn()
    const e = engine(t, { onIdleClose })
    e.setIdleMs(30)
    await e.read(img("a"))
    expect(e.state).toBe("running")
    await wait(80)
    expect(t.started[0]!.terminate).toHaveBeenCalledTimes(1)
    expect(onIdleClose).toHaveBeenCalledTimes(1)
    expect(e.state).toBe("stopped")
    // Used again after the idle close: a fresh worker.
    expect(await e.read(img("b"))).toEqual({ text: "text of b" })
    expect(t.start).toHaveBeenCalledTimes(2)
    await e.close()
  })

  test("new work postpones the idle close", async () => {
    const t = fakeTesseract()
    const onIdleClose = jest.fn()
    const e = engine(t, { onIdleClose })
    e.setIdleMs(60)
    await e.read(img("a"))
    await wait(30)
    await e.read(img("b"))
    await wait(40)
    expect(onIdleClose).not.toHaveBeenCalled()
    await wait(60)
    expect(onIdleClose).toHaveBeenCalledTimes(1)
  })

  test("warm() starts the worker and reads a sample once; the first image then reuses it", async () => {
    const t = fakeTesseract()
    const e = engine(t)
    expect(await e.warm()).toEqual({ text: "" })
    expect(await e.warm()).toEqual({ text: "" }) // already running: nothing more
    expect(await e.read(img("a"))).toEqual({ text: "text of a" })
    expect(t.log).toEqual(["start", "read warm-up", "read a"])
  })

  test("warm() reports a worker that cannot start", async () => {
    const e = engine(fakeTesseract({ failStart: true }))
    expect(await e.warm()).toMatchObject({ code: "unavailable" })
  })

  test("warm() also leads to the idle close", async () => {
    const onIdleClose = jest.fn()
    const e = engine(fakeTesseract(), { onIdleClose })
    e.setIdleMs(20)
    await e.warm()
    await wait(60)
    expect(onIdleClose).toHaveBeenCalledTimes(1)
    expect(e.state).toBe("stopped")
  })

  test("records step timings of the last read (numbers only)", async () => {
    const e = engine(fakeTesseract())
    await e.read(img("a"))
    expect(e.lastTimings).toEqual({
      prepareMs: expect.any(Number),
      startMs: expect.any(Number),
      recognizeMs: expect.any(Number)
    })
    await e.read(img("b"))
    expect(e.lastTimings?.startMs).toBeUndefined()
    await e.close()
  })
})
