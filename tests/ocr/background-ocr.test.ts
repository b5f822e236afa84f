import { handleOcrMessage, ocrStatus, readImageText, useOcrHost } from "../../src/background/ocr"
import type { OcrHost } from "../../src/ocr/host"

// The polyfill double (tests/doubles) gives runtime.id "test-extension-id" and
// getURL(p) = "chrome-extension://test/" + p.
const contentScript = { id: "test-extension-id", tab: { id: 7 }, url: "https://www.facebook.com/" }
const extensionPage = {
  id: "test-extension-id",
  tab: { id: 8 },
  url: "chrome-extension://test/x.html"
}
const offscreenDoc = { id: "test-extension-id", url: "chrome-extension://test/tabs/ocr-host.html" }
const image = { dataUrl: "data:image/png;base64,iVBORw0KGgo=" }
const both = { ocr: true, faces: true }

function fakeHost(): OcrHost & {
  read: jest.Mock
  warm: jest.Mock
  close: jest.Mock
  status: jest.Mock
} {
  return {
    read: jest.fn(async () => ({ text: "Congratulations" })),
    warm: jest.fn(async () => ({ text: "" })),
    close: jest.fn(async () => undefined),
    status: jest.fn(async () => ({ state: "running" as const, queued: 0 }))
  }
}

let host: ReturnType<typeof fakeHost>
beforeEach(() => {
  host = fakeHost()
  useOcrHost(host)
})
afterAll(() => useOcrHost(undefined))

describe("handleOcrMessage", () => {
  test.each([
    ["another message", { type: "byp:check", draft: { text: "" } }],
    ["no message", undefined],
    ["a string", "byp:ocr"]
  ])("ignores %s", (_label, msg) => {
    expect(handleOcrMessage(msg, contentScript)).toBeUndefined()
  })

  test("reads an image for a content script", async () => {
    await expect(handleOcrMessage({ type: "byp:ocr", image }, contentScript)).resolves.toEqual({
      text: "Congratulations"
    })
    expect(host.read).toHaveBeenCalledWith(image.dataUrl, { idleMs: undefined, want: both })
  })

  test("ignores messages from other extensions", () => {
    expect(handleOcrMessage({ type: "byp:ocr", image }, { id: "other" })).toBeUndefined()
  })

  test("a malformed request gets a 'corrupt' note, not silence", async () => {
    await expect(
      handleOcrMessage({ type: "byp:ocr", image: {} }, contentScript)
    ).resolves.toMatchObject({ code: "corrupt" })
    expect(host.read).not.toHaveBeenCalled()
  })

  test("OCR and faces switched off by settings or policy: a 'disabled' note, the host is not used", async () => {
    const r = await handleOcrMessage({ type: "byp:ocr", image }, contentScript, {
      isEnabled: async () => false,
      isFacesEnabled: async () => false
    })
    expect(r).toMatchObject({ code: "disabled" })
    expect(host.read).not.toHaveBeenCalled()
  })

  test("OCR off, faces on: the host only looks for faces", async () => {
    await handleOcrMessage({ type: "byp:ocr", image }, contentScript, {
      isEnabled: async () => false
    })
    expect(host.read).toHaveBeenCalledWith(image.dataUrl, {
      idleMs: undefined,
      want: { ocr: false, faces: true }
    })
  })

  test("faces off, OCR on: the host only reads", async () => {
    await handleOcrMessage({ type: "byp:ocr", image }, contentScript, {
      isFacesEnabled: () => false
    })
    expect(host.read).toHaveBeenCalledWith(image.dataUrl, {
      idleMs: undefined,
      want: { ocr: true, faces: false }
    })
  })

  test.each([
    ["faces", { ocr: false, faces: true }],
    ["text", { ocr: true, faces: false }]
  ] as const)("a request for one part (%s) leaves the other undone", async (only, want) => {
    await handleOcrMessage({ type: "byp:ocr", image, only }, contentScript)
    expect(host.read).toHaveBeenCalledWith(image.dataUrl, { idleMs: undefined, want })
  })

  test("a faces-only request with faces switched off is 'disabled', the host is not used", async () => {
    const r = await handleOcrMessage({ type: "byp:ocr", image, only: "faces" }, contentScript, {
      isFacesEnabled: () => false
    })
    expect(r).toMatchObject({ code: "disabled" })
    expect(host.read).not.toHaveBeenCalled()
  })

  test("only extension pages may shorten the idle close (clamped)", async () => {
    await handleOcrMessage({ type: "byp:ocr", image, idleMs: 1 }, contentScript)
    expect(host.read).toHaveBeenLastCalledWith(image.dataUrl, { idleMs: undefined, want: both })
    await handleOcrMessage({ type: "byp:ocr", image, idleMs: 1 }, extensionPage)
    expect(host.read).toHaveBeenLastCalledWith(image.dataUrl, { idleMs: 500, want: both })
    await handleOcrMessage({ type: "byp:ocr", image, idleMs: 3000 }, extensionPage)
    expect(host.read).toHaveBeenLastCalledWith(image.dataUrl, { idleMs: 3000, want: both })
  })

  test("the offscreen document's idle notice closes the host; a tab cannot send it", async () => {
    expect(handleOcrMessage({ type: "byp:ocr-host-idle" }, contentScript)).toBeUndefined()
    await handleOcrMessage({ type: "byp:ocr-host-idle" }, offscreenDoc)
    expect(host.close).toHaveBeenCalledTimes(1)
  })

  test("warm-up starts the reader, unless OCR and faces are off", async () => {
    await expect(handleOcrMessage({ type: "byp:ocr-warm" }, contentScript)).resolves.toEqual({
      text: ""
    })
    expect(host.warm).toHaveBeenCalledTimes(1)
    const off = await handleOcrMessage({ type: "byp:ocr-warm" }, contentScript, {
      isEnabled: () => false,
      isFacesEnabled: () => false
    })
    expect(off).toMatchObject({ code: "disabled" })
    expect(host.warm).toHaveBeenCalledTimes(1)
  })

  test("status is for extension pages only", async () => {
    expect(handleOcrMessage({ type: "byp:ocr-status" }, contentScript)).toBeUndefined()
    await expect(
      handleOcrMessage({ type: "byp:ocr-status" }, extensionPage)
    ).resolves.toMatchObject({ state: "running" })
  })
})

describe("host choice", () => {
  test("without chrome.offscreen (Firefox) the background page hosts the engine itself", async () => {
    useOcrHost(undefined) // no `chrome` global here, like Firefox's missing offscreen API
    await expect(ocrStatus()).resolves.toMatchObject({
      state: "stopped",
      queued: 0,
      faces: { state: "stopped", scanned: 0 }
    })
  })
})

describe("readImageText", () => {
  test("accepts a data URL string or an object", async () => {
    await readImageText(image.dataUrl)
    await readImageText(image)
    expect(host.read.mock.calls.map((c) => c[0])).toEqual([image.dataUrl, image.dataUrl])
  })

  test("enabled and faces false never reach the host", async () => {
    await expect(readImageText(image, { enabled: false, faces: false })).resolves.toMatchObject({
      code: "disabled"
    })
    expect(host.read).not.toHaveBeenCalled()
  })
})
