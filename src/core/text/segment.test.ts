import { paragraphs, sentences } from "./segment"

const split = (t: string) =>
  paragraphs(t)
    .flatMap(sentences)
    .map((s) => s.text)

describe("segment", () => {
  test("splits sentences and lines", () => {
    expect(split("Great game! We won 3-1.\nSee you Monday.")).toEqual([
      "Great game!",
      "We won 3-1.",
      "See you Monday."
    ])
  })
  test("keeps titles and times with what follows", () => {
    expect(split("Thanks Mr. Daniels. Bus leaves at 8 a.m. from the front doors.")).toEqual([
      "Thanks Mr. Daniels.",
      "Bus leaves at 8 a.m. from the front doors."
    ])
  })
  test("offsets point into the text", () => {
    const t = "One.  Two!\n\nThree"
    for (const s of paragraphs(t).flatMap(sentences)) expect(t.slice(s.start, s.end)).toBe(s.text)
  })
})
