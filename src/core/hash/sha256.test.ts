import { createHash } from "crypto"
import { sha256Hex } from "./sha256"

const node = (s: string) => createHash("sha256").update(s, "utf8").digest("hex")

test("matches Node's crypto for every length around the block edges, and non-ASCII text", () => {
  for (let n = 0; n < 200; n++) {
    const s = "aé😀".repeat(n).slice(0, n)
    expect(sha256Hex(s)).toBe(node(s))
  }
  expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
})

test("truncated to the first words", () => {
  expect(sha256Hex("abc", 2)).toBe("ba7816bf8f01cfea")
})
