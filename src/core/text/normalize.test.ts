import { nameKey, normalize, originalSlice, toOriginalRange } from "./normalize"

describe("normalize", () => {
  const cases: [string, string, string][] = [
    ["zero-width space inside a name", "Em\u200Bma Thomp\u200Dson", "Emma Thompson"],
    ["soft hyphen", "Thomp\u00ADson", "Thompson"],
    ["non-breaking spaces", "Emma\u00A0Thompson", "Emma Thompson"],
    ["curly quotes", "Mei-Ling\u2019s \u201Cposter\u201D", 'Mei-Ling\'s "poster"'],
    ["precomposed accents", "Zoë Bélanger", "Zoe Belanger"],
    ["combining marks", "Zoe\u0308 Be\u0301langer", "Zoe Belanger"],
    ["Cyrillic look-alike inside a Latin word", "Emm\u0430 Thompson", "Emma Thompson"],
    ["genuine Cyrillic left alone", "Привіт Андрій", "Привіт Андріи"],
    ["full-width letters", "\uFF25mma", "Emma"]
  ]
  test.each(cases)("%s", (_label, input, expected) => {
    expect(normalize(input).text).toBe(expected)
  })

  test("maps ranges back to the original text", () => {
    const original = "Hi Zoe\u0308 B\u200Bélanger!"
    const n = normalize(original)
    const start = n.text.indexOf("Zoe")
    const end = n.text.indexOf("!")
    expect(n.text.slice(start, end)).toBe("Zoe Belanger")
    expect(toOriginalRange(n, start, end)).toEqual({ start: 3, end: original.length - 1 })
    expect(originalSlice(n, start, start + 3)).toBe("Zoe\u0308")
  })

  test("ranges always lie inside the original", () => {
    const original = "\u200B\u200Babc\u0301\u200B"
    const n = normalize(original)
    expect(n.text).toBe("abc")
    const r = toOriginalRange(n, 0, 3)
    expect(r.start).toBeGreaterThanOrEqual(0)
    expect(r.end).toBeLessThanOrEqual(original.length)
    expect(original.slice(r.start, r.end)).toBe("abc\u0301")
  })

  test("nameKey is case and accent insensitive", () => {
    expect(nameKey("  ZOË   Bélanger ")).toBe(nameKey("zoe belanger"))
  })

  test("nameKey's ASCII shortcut gives the key the full fold gives", () => {
    // Every printable ASCII character, alone and inside a name.
    for (let c = 0x20; c <= 0x7e; c++) {
      const ch = String.fromCharCode(c)
      for (const s of [ch, `Ava${ch}Chen`, ` ${ch}O'Neil-Smith ${ch}`]) {
        const slow = normalize(s)
          .text.toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, " ")
          .trim()
        expect([s, nameKey(s)]).toEqual([s, slow])
      }
    }
  })
})
