import { FaceDetector, type HumanLike } from "./detector"

const paths = { script: "human.js", modelBasePath: "models/", wasmPath: "wasm/" }

function fakeHuman() {
  const reset = jest.fn()
  const modelsReset = jest.fn()
  const disposeVariables = jest.fn()
  const human: HumanLike = {
    tf: { env: () => ({ set: () => undefined }), disposeVariables, engine: () => ({ reset }) },
    load: async () => undefined,
    detect: async () => ({ face: [] }),
    models: { reset: modelsReset }
  }
  return { human, reset, modelsReset, disposeVariables }
}

describe("FaceDetector.close", () => {
  test("releases the models, the variables and the tfjs backends; the next photo loads again", async () => {
    const fakes = [fakeHuman(), fakeHuman()]
    let loads = 0
    const detector = new FaceDetector({ paths, loadHuman: async () => fakes[loads++]!.human })
    await detector.warm()
    expect(detector.state).toBe("running")
    await detector.close()
    expect(detector.state).toBe("stopped")
    expect(fakes[0]!.modelsReset).toHaveBeenCalled()
    expect(fakes[0]!.disposeVariables).toHaveBeenCalled()
    expect(fakes[0]!.reset).toHaveBeenCalled()
    await detector.warm()
    expect(loads).toBe(2)
  })

  test("closing a detector that never loaded does nothing", async () => {
    const load = jest.fn()
    await new FaceDetector({ paths, loadHuman: load }).close()
    expect(load).not.toHaveBeenCalled()
  })
})
