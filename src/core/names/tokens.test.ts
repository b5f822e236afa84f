import { tokenize } from "./tokens"

describe("tokenize", () => {
  test("keeps hyphenated names and inner apostrophes whole", () => {
    const t = tokenize("Anne-Marie O'Brien d'Amours")
    expect(t.map((w) => w.text)).toEqual(["Anne-Marie", "O'Brien", "d'Amours"])
    expect(t.map((w) => w.cap)).toEqual([true, true, true])
  })

  test("cuts off a possessive and ends the word on its last letter", () => {
    const text = "Mei-Ling Ortiz's poster and James' drum"
    const t = tokenize(text)
    expect(t[1]).toMatchObject({ text: "Ortiz", possessive: true })
    expect(text.slice(t[1]!.start, t[1]!.end)).toBe("Ortiz")
    expect(t[4]).toMatchObject({ text: "James", possessive: true })
  })

  test("initials, capitals and gaps", () => {
    const t = tokenize("Emma J. Thompson, E.B. White and PWSD")
    expect(t.map((w) => w.initial)).toEqual([false, true, false, true, false, false, false])
    expect(t[2]!.gap).toBe(" ")
    expect(t[3]!.gap).toBe(", ")
    expect(t[6]!.upper).toBe(true)
  })
})
