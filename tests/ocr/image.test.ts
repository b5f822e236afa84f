import { OcrError } from "../../src/ocr/errors"
import { base64Bytes, checkImageFile, dataUrlToBlob } from "../../src/ocr/image"
import { MAX_IMAGE_BYTES } from "../../src/ocr/limits"

const codeOf = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    return e instanceof OcrError ? e.code : "other"
  }
  return "ok"
}

describe("checkImageFile (refusals before decoding)", () => {
  test.each([
    ["image/png", 1000, "ok"],
    ["image/jpeg", 1000, "ok"],
    ["IMAGE/WEBP", 1000, "ok"],
    ["", 1000, "ok"], // some drag sources give no type: the decoder decides
    ["image/heic", 1000, "unsupported"],
    ["image/svg+xml", 1000, "unsupported"],
    ["video/mp4", 1000, "unsupported"],
    ["application/pdf", 1000, "unsupported"],
    ["image/png", 0, "corrupt"],
    ["image/png", MAX_IMAGE_BYTES + 1, "too-large"]
  ])("%s, %d bytes → %s", (type, bytes, code) => {
    expect(codeOf(() => checkImageFile(type, bytes))).toBe(code)
  })
})

describe("dataUrlToBlob", () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])

  test("decodes a base64 data URL with its type", async () => {
    const blob = dataUrlToBlob(`data:image/png;base64,${png.toString("base64")}`)
    expect(blob.type).toBe("image/png")
    expect(Buffer.from(await blob.arrayBuffer())).toEqual(png)
  })

  test("accepts parameters before ;base64", () => {
    expect(dataUrlToBlob(`data:image/jpeg;name=x.jpg;base64,${png.toString("base64")}`).type).toBe(
      "image/jpeg"
    )
  })

  test.each([
    ["not a data URL", "https://example.com/a.png", "corrupt"],
    ["not base64", "data:image/png,rawtext", "corrupt"],
    ["empty payload", "data:image/png;base64,", "corrupt"],
    ["bad base64", "data:image/png;base64,@@@@", "corrupt"],
    ["unsupported type", `data:image/heic;base64,${png.toString("base64")}`, "unsupported"]
  ])("%s → %s", (_label, url, code) => {
    expect(codeOf(() => dataUrlToBlob(url))).toBe(code)
  })

  test("a huge payload is refused from its length, before decoding", () => {
    const huge = `data:image/png;base64,${"A".repeat(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 8)}`
    expect(codeOf(() => dataUrlToBlob(huge))).toBe("too-large")
  })

  test("base64Bytes matches Buffer for padded and unpadded payloads", () => {
    for (const n of [1, 2, 3, 10, 11, 12]) {
      const b64 = Buffer.alloc(n).toString("base64")
      expect(base64Bytes(b64)).toBe(n)
    }
  })
})
