import { isReadableImage, requestImageText, warmImageReader } from "../../src/ocr/client"
import { MAX_IMAGE_BYTES } from "../../src/ocr/limits"
import type { OcrRequestMessage } from "../../src/messaging/protocol"

const pngBytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2])

describe("requestImageText (content-script side)", () => {
  test("sends a File as a data URL and returns the text", async () => {
    const sent: OcrRequestMessage[] = []
    const send = async (m: OcrRequestMessage) => {
      sent.push(m)
      return { text: "Congratulations Emma Thompson" }
    }
    const file = new File([pngBytes], "award.png", { type: "image/png" })
    await expect(requestImageText(file, send)).resolves.toEqual({
      text: "Congratulations Emma Thompson"
    })
    expect(sent).toEqual([
      {
        type: "byp:ocr",
        image: { dataUrl: `data:image/png;base64,${Buffer.from(pngBytes).toString("base64")}` }
      }
    ])
  })

  test("a data URL is passed through as is", async () => {
    const send = jest.fn(async () => ({ text: "" }))
    await requestImageText("data:image/png;base64,AAAA", send)
    expect(send).toHaveBeenCalledWith({
      type: "byp:ocr",
      image: { dataUrl: "data:image/png;base64,AAAA" }
    })
  })

  test("a file with no type keeps an empty type (the host's decoder decides)", async () => {
    const send = jest.fn(async (_m: OcrRequestMessage) => ({ text: "" }))
    await requestImageText(new Blob([pngBytes]), send)
    expect(send.mock.calls[0]![0].image.dataUrl.startsWith("data:;base64,")).toBe(true)
  })

  test.each([
    [
      "a huge file",
      new Blob([new Uint8Array(MAX_IMAGE_BYTES + 1)], { type: "image/jpeg" }),
      "too-large"
    ],
    ["a HEIC photo", new Blob([pngBytes], { type: "image/heic" }), "unsupported"],
    ["an empty file", new Blob([], { type: "image/png" }), "corrupt"]
  ])("%s is refused before anything is sent", async (_label, blob, code) => {
    const send = jest.fn()
    await expect(requestImageText(blob, send)).resolves.toMatchObject({ code })
    expect(send).not.toHaveBeenCalled()
  })

  test("only the page's blob: previews are fetched, never a network URL", async () => {
    const send = jest.fn()
    await expect(requestImageText("https://example.com/a.png", send)).resolves.toMatchObject({
      code: "unsupported"
    })
    expect(send).not.toHaveBeenCalled()
  })

  test("no answer or a garbled one gives 'unavailable', never a hang", async () => {
    await expect(
      requestImageText("data:image/png;base64,AAAA", async () => undefined)
    ).resolves.toMatchObject({
      code: "unavailable"
    })
    await expect(
      requestImageText("data:image/png;base64,AAAA", async () => {
        throw new Error("Could not establish connection. Receiving end does not exist.")
      })
    ).resolves.toMatchObject({ code: "unavailable" })
  })

  test("passes the host's notes through", async () => {
    const note = { error: "This photo is too large to read its text.", code: "too-large" }
    await expect(requestImageText("data:image/png;base64,AAAA", async () => note)).resolves.toEqual(
      note
    )
  })
})

describe("isReadableImage", () => {
  test.each([
    ["image/png", true],
    ["image/jpeg", true],
    ["image/webp", true],
    ["image/heic", true],
    ["", true],
    ["video/mp4", false],
    ["application/pdf", false]
  ])("%s → %s", (type, expected) => {
    expect(isReadableImage({ type })).toBe(expected)
  })
})

describe("warmImageReader", () => {
  test("sends the warm-up message and never throws", async () => {
    const send = jest.fn(async () => {
      throw new Error("Receiving end does not exist.")
    })
    await expect(warmImageReader(send)).resolves.toBeUndefined()
    expect(send).toHaveBeenCalledWith({ type: "byp:ocr-warm" })
  })
})

describe("warmImageReader's answer", () => {
  test("passes on the background's answer, so the page learns that reading is off", async () => {
    const off = { error: "Reading text in photos is switched off.", code: "disabled" }
    await expect(warmImageReader(async () => off)).resolves.toEqual(off)
    await expect(warmImageReader(async () => ({ text: "" }))).resolves.toEqual({ text: "" })
    await expect(warmImageReader(async () => ({ ok: true }))).resolves.toBeUndefined()
  })
})
