import type { Finding } from "../core/types"
import { splitAtCaret } from "./caret-hold"

function finding(text: string, match: string, rule = "professional-conduct"): Finding {
  const start = text.indexOf(match)
  return {
    rule,
    severity: "warn",
    start,
    end: start + match.length,
    match,
    message: "",
    clause: "",
    fixes: []
  } as unknown as Finding
}

describe("splitAtCaret", () => {
  test("holds a finding that ends at the caret inside a word being typed", () => {
    const text = "Con"
    const f = finding(text, "Con")
    expect(splitAtCaret(text, 3, [f])).toEqual({ shown: [], held: [f] })
  })

  test("shows it once the word is finished (a space or punctuation typed)", () => {
    for (const text of ["Con ", "Con!", "Con\n"]) {
      const f = finding(text, "Con")
      expect(splitAtCaret(text, text.length, [f])).toEqual({ shown: [f], held: [] })
    }
  })

  test("shows findings elsewhere in the text while holding the one at the caret", () => {
    const text = "Bravo Sophie Tremblay and Noah Ga"
    const name = finding(text, "Sophie Tremblay", "student-full-name")
    const typing = finding(text, "Noah Ga", "student-full-name")
    expect(splitAtCaret(text, text.length, [name, typing])).toEqual({
      shown: [name],
      held: [typing]
    })
  })

  test("holds when the caret is in the middle of the text, at the end of the finding", () => {
    const text = "Merci Sophie Tr, see you"
    const f = finding(text, "Sophie Tr", "student-full-name")
    expect(splitAtCaret(text, text.indexOf(","), [f]).held).toEqual([f])
    expect(splitAtCaret(text, text.length, [f]).shown).toEqual([f])
  })

  test("letters with accents and digits count as word characters", () => {
    const text = "Bravo Chloé"
    const f = finding(text, "Chloé", "student-full-name")
    expect(splitAtCaret(text, text.length, [f]).held).toEqual([f])
    const digits = "#SophieTremblay09"
    const tag = finding(digits, digits, "student-full-name")
    expect(splitAtCaret(digits, digits.length, [tag]).held).toEqual([tag])
  })

  test("no caret, or a caret at the start, holds nothing", () => {
    const text = "Con"
    const f = finding(text, "Con")
    expect(splitAtCaret(text, null, [f]).held).toEqual([])
    expect(splitAtCaret(text, 0, [f]).held).toEqual([])
  })

  test("photo findings and empty ranges are never held", () => {
    const text = "Our team"
    const photo = { ...finding(text, "team"), source: { kind: "image", index: 0 } } as Finding
    const post = { ...finding(text, "team"), start: 8, end: 8 } as Finding
    expect(splitAtCaret(text, text.length, [photo, post])).toEqual({
      shown: [photo, post],
      held: []
    })
  })
})
