import { check } from "../../src/core/checker"
import type { CheckSettings, Finding } from "../../src/core/types"
import { planFix } from "../../src/page/fix-plan"
import { defaultCheckSettings } from "../../src/settings/defaults"

/**
 * Evasion table (issue 6): names and trip details disguised with invisible
 * characters, odd spaces, look-alike letters, full-width and maths letters, and
 * combining accents are still found, at exactly the characters the teacher typed.
 *
 * Each row is written the way a textlint fixture is: ⟦ ⟧ mark the exact range of
 * the one finding expected for the row's rule, ‹ › (field trips) the exact range
 * of its "Remove the time" fix. The markers are taken out before checking.
 */

const settings: CheckSettings = {
  ...defaultCheckSettings,
  nonDisclosureNames: ["Ava Chen"],
  customRules: [
    { id: "words", words: ["school bus", "Lakeview"], message: "Route detail", severity: "warn" }
  ]
}

interface Row {
  text: string
  range: [number, number]
  fixRange?: [number, number]
}

/** Strips ⟦ ⟧ and ‹ › and returns the clean text with the marked ranges (UTF-16 offsets). */
function parse(marked: string): Row {
  let text = ""
  const at: Record<string, number> = {}
  for (const ch of marked) {
    if ("⟦⟧‹›".includes(ch)) at[ch] = text.length
    else text += ch
  }
  return {
    text,
    range: [at["⟦"]!, at["⟧"]!],
    ...("‹" in at ? { fixRange: [at["‹"]!, at["›"]!] as [number, number] } : {})
  }
}

function only(rule: string, text: string): Finding {
  const found = check({ text }, settings).findings.filter((f) => f.rule === rule)
  expect(found.map((f) => [f.start, f.end, f.match])).toHaveLength(1)
  return found[0]!
}

function applied(text: string, f: Finding, label: RegExp): string {
  const fix = f.fixes.find((x) => label.test(x.label))
  expect(fix).toBeDefined()
  return planFix(text, f, fix!)!.expected
}

// [how it is disguised, marked text, the given name as written (what "keep the first name" leaves)]
// prettier-ignore
const fullNames: [string, string, string][] = [
  ["zero-width space inside the first name", "Congrats to ⟦Em\u200Bma Thompson⟧ on winning!", "Em\u200Bma"],
  ["zero-width joiner inside the last name", "Congrats to ⟦Emma Thomp\u200Dson⟧ on winning!", "Emma"],
  ["zero-width non-joiner", "Congrats to ⟦Emma Tho\u200Cmpson⟧ on winning!", "Emma"],
  ["soft hyphen", "Congrats to ⟦Emma Thomp\u00ADson⟧ on winning!", "Emma"],
  ["word joiner before the space", "Congrats to ⟦Emma\u2060 Thompson⟧ on winning!", "Emma"],
  ["byte-order mark", "Congrats to ⟦Em\uFEFFma Thompson⟧ on winning!", "Em\uFEFFma"],
  ["a zero-width space between every letter", "Congrats to ⟦E\u200Bm\u200Bm\u200Ba T\u200Bh\u200Bo\u200Bm\u200Bp\u200Bs\u200Bo\u200Bn⟧ on winning!", "E\u200Bm\u200Bm\u200Ba"],
  ["invisible characters around the name stay outside the range", "Congrats to \u200B\u2060⟦Emma Thompson⟧\u200B on winning!", "Emma"],
  ["no-break space between first and last name", "Congrats to ⟦Emma\u00A0Thompson⟧ on winning!", "Emma"],
  ["narrow no-break space", "Congrats to ⟦Emma\u202FThompson⟧ on winning!", "Emma"],
  ["ideographic space", "Congrats to ⟦Emma\u3000Thompson⟧ on winning!", "Emma"],
  ["Cyrillic а in the first name", "Congrats to ⟦Emm\u0430 Thompson⟧ on winning!", "Emm\u0430"],
  ["Cyrillic Е starting the first name", "Congrats to ⟦\u0415mma Thompson⟧ on winning!", "\u0415mma"],
  ["Cyrillic о twice in the last name", "Congrats to ⟦Emma Th\u043Emps\u043En⟧ on winning!", "Emma"],
  ["Cyrillic Т starting the last name", "Congrats to ⟦Emma \u0422hompson⟧ on winning!", "Emma"],
  ["Greek α and ο", "Congrats to ⟦Emm\u03B1 Th\u03BFmpson⟧ on winning!", "Emm\u03B1"],
  ["Greek capital Epsilon", "Congrats to ⟦\u0395mma Thompson⟧ on winning!", "\u0395mma"],
  ["full-width letters", "Congrats to ⟦Ｅｍｍａ Ｔｈｏｍｐｓｏｎ⟧ on winning!", "Ｅｍｍａ"],
  ["maths bold letters (surrogate pairs)", "Congrats to ⟦𝐄𝐦𝐦𝐚 𝐓𝐡𝐨𝐦𝐩𝐬𝐨𝐧⟧ on winning!", "𝐄𝐦𝐦𝐚"],
  ["combining accents stay with their letters", "Congrats to ⟦Zoe\u0308 Be\u0301langer⟧ on winning!", "Zoe\u0308"],
  ["combining accent on the last letter of the name", "Congrats to ⟦Emma Thompsoe\u0301⟧ on winning!", "Emma"],
  // Regressions found while writing this table (src/core/text/normalize.ts):
  ["left-to-right mark before a Cyrillic а", "Congrats to ⟦Emm\u200E\u0430 Thompson⟧ on winning!", "Emm\u200E\u0430"],
  ["full-width letters mixed with a Cyrillic а", "Congrats to ⟦Ｅｍｍ\u0430 Thompson⟧ on winning!", "Ｅｍｍ\u0430"],
  ["maths letters mixed with a Cyrillic а", "Congrats to ⟦𝐄𝐦𝐦\u0430 Thompson⟧ on winning!", "𝐄𝐦𝐦\u0430"]
]

describe("student-full-name sees through disguises", () => {
  test.each(fullNames)("%s", (_how, marked, given) => {
    const row = parse(marked)
    const f = only("student-full-name", row.text)
    expect([f.start, f.end]).toEqual(row.range)
    expect(f.match).toBe(row.text.slice(...row.range))
    // "Keep the first name" leaves the given name exactly as typed and drops the surname.
    const after = applied(row.text, f, /first name/i)
    expect(after).toBe(row.text.slice(0, row.range[0]) + given + row.text.slice(row.range[1]))
  })
})

// [how, marked text, the draft after "Remove the name"]
// prettier-ignore
const listed: [string, string, string][] = [
  ["zero-width space in the first name alone", "Great job ⟦A\u200Bva⟧ today!", "Great job today!"],
  ["Cyrillic а and е in first and last name", "Great job ⟦Av\u0430 Ch\u0435n⟧ today!", "Great job today!"],
  ["Cyrillic capital А", "Great job ⟦\u0410va⟧ today!", "Great job today!"],
  ["Greek capital Alpha", "Great job ⟦\u0391va Chen⟧ today!", "Great job today!"],
  ["no-break space between the names", "Great job ⟦Ava\u00A0Chen⟧ today!", "Great job today!"],
  ["soft hyphen inside the name", "Great job ⟦A\u00ADva Ch\u00ADen⟧ today!", "Great job today!"],
  ["word joiner before the space", "Great job ⟦Ava\u2060 Chen⟧ today!", "Great job today!"],
  ["zero-width joiner after the first name", "Great job ⟦Ava\u200D Chen⟧ today!", "Great job today!"],
  ["full-width letters", "Great job ⟦Ａｖａ⟧ today!", "Great job today!"],
  ["combining acute accent", "Great job ⟦A\u0301va⟧ today!", "Great job today!"],
  ["precomposed accents", "Great job ⟦Áva Chén⟧ today!", "Great job today!"],
  ["possessive: range ends on the name, the fix takes the 's", "Great job on ⟦Ava Chen⟧'s poster!", "Great job on poster!"],
  ["invisible characters around the name stay outside the range", "Great job \u200D⟦Ava⟧\u200D today!", "Great job \u200Dtoday!"]
]

describe("non-disclosure-name (list: Ava Chen) sees through disguises", () => {
  test.each(listed)("%s", (_how, marked, after) => {
    const row = parse(marked)
    const f = only("non-disclosure-name", row.text)
    expect([f.start, f.end]).toEqual(row.range)
    expect(applied(row.text, f, /remove/i)).toBe(after)
  })
})

// prettier-ignore
const words: [string, string][] = [
  ["no-break space inside a phrase", "Take the ⟦school\u00A0bus⟧ home."],
  ["Cyrillic о twice", "Take the ⟦sch\u043E\u043El bus⟧ home."],
  ["zero-width space in the last word", "Take the ⟦school bu\u200Bs⟧ home."],
  ["a line break inside the phrase", "Take the ⟦school\nbus⟧ home."],
  ["soft hyphen", "Walk to ⟦Lake\u00ADview⟧ today."],
  ["word joiner", "Walk to ⟦Lake\u2060view⟧ today."],
  ["Cyrillic а", "Walk to ⟦L\u0430keview⟧ today."],
  ["full-width letters", "Walk to ⟦Ｌａｋｅｖｉｅｗ⟧ today."],
  ["combining accent", "Walk to ⟦La\u0301keview⟧ today."]
]

describe("custom word rule sees through disguises", () => {
  test.each(words)("%s", (_how, marked) => {
    const row = parse(marked)
    const f = only("custom:words", row.text)
    expect([f.start, f.end]).toEqual(row.range)
  })
})

// The sentence has a place and a time only: the finding needs the time to be read.
// prettier-ignore
const trips: [string, string][] = [
  ["plain (control)", "⟦Grade 5 heads to the zoo‹ at 9:30›.⟧"],
  ["zero-width space before the colon", "⟦Grade 5 heads to the zoo‹ at 9\u200B:30›.⟧"],
  ["zero-width joiners around the colon", "⟦Grade 5 heads to the zoo‹ at 9\u200D:\u200D30›.⟧"],
  ["soft hyphen", "⟦Grade 5 heads to the zoo‹ at 9\u00AD:30›.⟧"],
  ["word joiner between the minutes", "⟦Grade 5 heads to the zoo‹ at 9:3\u20600›.⟧"],
  ["left-to-right mark", "⟦Grade 5 heads to the zoo‹ at 9\u200E:30›.⟧"],
  ["full-width digits", "⟦Grade 5 heads to the zoo‹ at ９:３０›.⟧"],
  ["full-width colon", "⟦Grade 5 heads to the zoo‹ at 9：30›.⟧"],
  ["maths digits", "⟦Grade 5 heads to the zoo‹ at 𝟗:𝟑𝟎›.⟧"],
  ["narrow no-break space before am", "⟦Grade 5 heads to the zoo‹ at 9:30\u202Fam›.⟧"],
  ["no-break space in 9 h 30", "⟦Grade 5 heads to the zoo‹ at 9\u00A0h\u00A030›.⟧"],
  ["Cyrillic о in the place", "⟦Grade 5 heads to the z\u043E\u043E‹ at 9:30›.⟧"],
  // Regressions: the time was cut to "9", leaving " : 30" in the post after the fix
  // (support/trip-lexicon.ts), and the ratio sign was not read as a colon (normalize.ts).
  ["spaces around the colon", "⟦Grade 5 heads to the zoo‹ at 9 : 30›.⟧"],
  ["no-break spaces around the colon", "⟦Grade 5 heads to the zoo‹ at 9\u00A0:\u00A030›.⟧"],
  ["ratio sign as the colon, then a space", "⟦Grade 5 heads to the zoo‹ at 9\u2236 30›.⟧"]
]

describe("field-trip-details reads disguised times", () => {
  test.each(trips)("%s", (_how, marked) => {
    const row = parse(marked)
    const f = only("field-trip-details", row.text)
    expect([f.start, f.end]).toEqual(row.range)
    const removeTime = f.fixes.find((x) => /time/i.test(x.label))
    expect(removeTime?.range && [removeTime.range.start, removeTime.range.end]).toEqual(
      row.fixRange
    )
  })
})
