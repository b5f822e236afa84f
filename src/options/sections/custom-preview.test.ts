import { previewRule } from "./custom-preview"

const base = {
  id: "no-bus",
  message: "Bus numbers help strangers find the class.",
  severity: "warn" as const
}

test("a bad pattern is reported at once, with the field", () => {
  const p = previewRule({ ...base, pattern: "bus (" }, "bus 12")
  expect(p.errorField).toBe("pattern")
  expect(p.error).toMatch(/not a valid regular expression/)
  expect(p.matches).toEqual([])
})

test("matches are shown as written (accents, case) and counted", () => {
  const p = previewRule({ ...base, pattern: "bus\\s*#?\\d+" }, "Take BUS #12, then Bus 7.")
  expect(p).toEqual({ error: null, errorField: null, matches: ["BUS #12", "Bus 7"], total: 2 })
  expect(previewRule({ ...base, words: ["café"] }, "Le Café ouvert").matches).toEqual(["Café"])
})

test("neither pattern nor words; bad id; empty message", () => {
  expect(previewRule({ ...base }, "").errorField).toBe("words")
  expect(previewRule({ ...base, id: "No Bus", pattern: "x" }, "").errorField).toBe("id")
  expect(previewRule({ ...base, message: " ", pattern: "x" }, "").errorField).toBe("message")
})

test("an empty-matching pattern does not loop", () => {
  expect(previewRule({ ...base, pattern: "x*" }, "axxb").matches).toEqual(["xx"])
})

test("a pattern that could freeze the check is refused beside the field, before saving", () => {
  const p = previewRule({ ...base, pattern: "(bus|bus 12)*!" }, "bus 12")
  expect(p.errorField).toBe("pattern")
  expect(p.error).toMatch(/^In "\(bus\|bus 12\)\*", a repeated group offers choices/)
  expect(p.matches).toEqual([])
})
