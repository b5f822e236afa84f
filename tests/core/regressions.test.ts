import { createChecker } from "../../src/core/checker"
import { compileCustomRules } from "../../src/core/rules/custom"
import { findWhen } from "../../src/core/rules/field-trip-details/trip-details"
import { normalize, toOriginalRange } from "../../src/core/text/normalize"
import { defaultCheckSettings } from "../../src/settings/defaults"

/** Bugs found by the property tests and the evasion table (issue 6), one test each. */

describe("custom rules whose pattern can match the empty string", () => {
  // Was an endless loop: after an empty match `lastIndex++` landed inside an emoji's
  // surrogate pair, and a unicode-mode exec moves back to the pair's start, forever.
  test.each(["x*", "(?:)", "\\b", "a?"])("%s finishes on text with emoji", (pattern) => {
    const { rules } = compileCustomRules([{ id: "e", pattern, message: "m", severity: "info" }])
    const text = "Go 🚀 team 👩🏽‍🔬 x 🇨🇦"
    const found = rules[0]!.check({ text, draft: { text }, settings: defaultCheckSettings })
    for (const f of found) expect(f.end).toBeGreaterThan(f.start)
    if (pattern === "x*") expect(found.map((f) => text.slice(f.start, f.end))).toEqual(["x"])
  })

  test("through the checker, with settings", () => {
    const checker = createChecker({
      ...defaultCheckSettings,
      customRules: [{ id: "e", pattern: "a*", message: "m", severity: "info" }]
    })
    const text = "Kelsey 🚀 rockets ☕ and a party"
    const found = checker.check({ text }).findings.filter((f) => f.rule === "custom:e")
    expect(found.map((f) => [f.start, f.match])).toEqual([
      [20, "a"],
      [24, "a"],
      [27, "a"]
    ])
  })
})

describe("look-alike letters next to other disguises", () => {
  test.each([
    ["a left-to-right mark inside the word", "Emm\u200E\u0430"],
    ["a bidi override inside the word", "Emm\u202E\u0430"],
    ["full-width Latin letters", "\uFF25\uFF4D\uFF4D\u0430"],
    ["maths letters (surrogate pairs)", "\u{1D404}\u{1D426}\u{1D426}\u0430"]
  ])("Cyrillic а is folded next to %s", (_how, word) => {
    expect(normalize(word).text).toBe("Emma")
  })

  test("genuine Cyrillic and Greek words are still left alone", () => {
    expect(normalize("\u041C\u0430\u043C\u0430 \u03BA\u03B1\u03B9").text).toBe(
      "\u041C\u0430\u043C\u0430 \u03BA\u03B1\u03B9"
    )
  })
})

describe("a combining mark after a character that folds to several", () => {
  // "가" folds to two jamo and "ﬁ" to "fi": a range over the first of them used
  // to end before the mark, leaving it behind when a fix replaced the range.
  test.each(["\uAC00\u0591", "\uFB01\u0301"])("%j: every part owns the mark", (s) => {
    const n = normalize(s)
    expect(n.text).toHaveLength(2)
    expect(toOriginalRange(n, 0, 1)).toEqual({ start: 0, end: 2 })
    expect(toOriginalRange(n, 1, 2)).toEqual({ start: 0, end: 2 })
  })
})

describe("times typed with odd spacing", () => {
  test("the ratio sign reads as a colon", () => {
    expect(normalize("9\u223630").text).toBe("9:30")
  })

  // Was found as "9" only: "Remove the time" left " : 30" in the post.
  test.each(["9 : 30", "9 :30", "9: 30", "9 : 30 am"])("%j is one time", (time) => {
    const s = `Grade 5 heads to the zoo at ${time} sharp.`
    const spans = findWhen(s)
    expect(spans.map((w) => s.slice(w.start, w.end))).toEqual([time])
  })
})

describe("a fix on one name in a list does not unflag the next", () => {
  // "Khadar Osman" counted as a name only by being listed with one; after "keep the
  // first name" on "Sahra Jama" the lone "Sahra" between them broke the list.
  test("full names either side of a lone first name are one list", () => {
    const text = "Amazing artwork by our Grade 6s: Hodan Abdi, Sahra and Khadar Osman. 🎨"
    const found = createChecker(defaultCheckSettings).check({ text }).findings
    expect(found.map((f) => [f.rule, f.match])).toEqual([
      ["student-full-name", "Hodan Abdi"],
      ["student-full-name", "Khadar Osman"]
    ])
  })
})
