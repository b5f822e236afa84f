import { defaultCheckSettings } from "../../../settings/defaults"
import { createChecker } from "../../checker"
import type { CheckSettings, Draft, Finding } from "../../types"

const settings: CheckSettings = {
  ...defaultCheckSettings,
  schools: ["Oak Bank School", "Neepawa Area Collegiate", "École Laurier", "Major Pratt School"],
  officialAccounts: [
    { site: "facebook", handle: "@PWSD_Official" },
    { site: "x", handle: "OakBankSchool" }
  ]
}
const checker = createChecker(settings)
const disclaimers = (draft: Draft, s = checker): Finding[] =>
  s.check(draft).findings.filter((f) => f.rule === "missing-disclaimer")

/** [draft, expected range as text (the identifying mention), or "END" for an empty range at the end]. */
const flagged: [Draft, string][] = [
  [{ text: "So proud of my Grade 4s at Oak Bank today!" }, "Oak Bank"],
  [{ text: "I teach at Park West School Division and love it." }, "Park West School Division"],
  [{ text: "My students at PWSD built robots this week." }, "PWSD"],
  [{ text: "Proud to work at Neepawa Area Collegiate!" }, "Neepawa Area Collegiate"],
  [{ text: "Teaching at Ecole Laurier this fall." }, "Ecole Laurier"],
  [{ text: "Teaching at École Laurier this fall." }, "École Laurier"],
  [{ text: "Our staff at park west sd rocked the food drive." }, "park west sd"],
  [{ text: "As a teacher at Oak Bank School, I loved this." }, "Oak Bank School"],
  [{ text: "Look at this sunset", account: { profile: "Grade 3 teacher | coffee" } }, "END"],
  [{ text: "Weekend!", account: { profile: "Vice-principal, Oak Bank School" } }, "END"],
  [{ text: "Weekend!\n", account: { profile: "Mom. Park West School Division." } }, "END"],
  // The empty range at the end maps past trailing invisible characters to the original end.
  [{ text: "Weekend!\u200B\uFE0F", account: { profile: "Teacher" } }, "END"],
  [{ text: "Loved teaching fractions today #PWSD #proudteacher" }, "PWSD"],
  [{ text: "Our students at Major Pratt raised $2,000!" }, "Major Pratt"],
  // Wrong site for the official handle: not exempt.
  [{ text: "I teach at PWSD.", site: "x", account: { handle: "PWSD_Official" } }, "PWSD"],
  // A disclaimer-ish line that is not on the accepted list does not count.
  [{ text: "My class at Oak Bank is the best. Just my thoughts." }, "Oak Bank"]
]

const clean: Draft[] = [
  { text: "So proud of my Grade 4s at Oak Bank today! Views are my own." },
  { text: "So proud of my Grade 4s at Oak Bank today!\n\nViews are my own, not PWSD’s." },
  { text: "My class at Oak Bank rocks. OPINIONS ARE MY OWN" },
  { text: "My class at Oak Bank rocks. Thoughts are my own." },
  {
    text: "I teach at PWSD; these views don’t represent the views of my employer (do not represent my employer)."
  },
  { text: "I teach at PWSD. Views expressed are my own." },
  { text: "J'enseigne à l'École Laurier. Les opinions exprimées sont les miennes." },
  { text: "Great news from Park West School Division!" },
  { text: "Go Oak Bank School Bears!" },
  { text: "Thank you teachers! #TeacherAppreciationWeek #PWSD" },
  { text: "My son's class at Oak Bank went skating." },
  { text: "My students are amazing." },
  { text: "Look at this sunset", account: { profile: "Mom of 3, runner" } },
  { text: "Go team!", account: { profile: "Proud parent of two kids at Oak Bank School" } },
  { text: "Go team!", account: { profile: "PWSD alumna, class of 2009" } },
  { text: "Look at this sunset", account: { profile: "Grade 3 teacher. Views are my own." } },
  {
    text: "Look at this sunset",
    account: { profile: "Teacher @ Oak Bank · “Opinions are my own”" }
  },
  { text: "I teach at PWSD", site: "facebook", account: { handle: "pwsd_official" } },
  { text: "I teach at PWSD", site: "facebook", account: { handle: "@PWSD_OFFICIAL" } },
  {
    text: "Proud of my staff at Oak Bank School!",
    site: "x",
    account: { handle: "@oakbankschool" }
  },
  {
    text: "I teach at PWSD and love it.\n\nViews are my own and do not represent my school or school division."
  },
  { text: "" }
]

describe("missing-disclaimer", () => {
  test.each(flagged)("flags %j", (draft, expected) => {
    const found = disclaimers(draft)
    expect(found).toHaveLength(1)
    const f = found[0]!
    const start = expected === "END" ? draft.text.length : draft.text.indexOf(expected)
    const end = expected === "END" ? start : start + expected.length
    expect([f.start, f.end]).toEqual([start, end])
    expect(f.severity).toBe("warn")
    expect(f.policyRef.clause).toMatch(/1\(b\)/)
  })

  test.each(clean)("does not flag %j", (draft) => {
    expect(disclaimers(draft)).toEqual([])
  })

  test("one finding per post, however many mentions", () => {
    expect(disclaimers({ text: "My class at Oak Bank. I teach at PWSD. Go PWSD!" })).toHaveLength(1)
  })

  test.each([
    ["I teach at PWSD.", "I teach at PWSD.\n\n"],
    ["I teach at PWSD.\n", "I teach at PWSD.\n\n"],
    ["I teach at PWSD.\n\n", "I teach at PWSD.\n\n"]
  ])("the fix appends the disclaimer after a blank line (%j)", (text, before) => {
    const [fix] = disclaimers({ text })[0]!.fixes
    expect(fix!.label).toBe("Add the disclaimer")
    expect(fix!.insert!.at).toBe(text.length)
    const out = text + fix!.insert!.text
    expect(out).toBe(before + settings.disclaimerText)
    // Once applied, the post is clean.
    expect(disclaimers({ text: out })).toEqual([])
  })

  test("a custom disclaimer text clears the rule once appended, even if not on the phrase list", () => {
    const custom = createChecker({
      ...settings,
      disclaimerText: "Personal account – I speak only for myself."
    })
    const [f] = disclaimers({ text: "I teach at PWSD." }, custom)
    const out = "I teach at PWSD." + f!.fixes[0]!.insert!.text
    expect(disclaimers({ text: out }, custom)).toEqual([])
  })

  test("configured phrases with curly quotes and accents match their plain forms", () => {
    const custom = createChecker({
      ...settings,
      disclaimerPhrases: ["Les opinions sont les miennes", "It’s just me"]
    })
    expect(
      disclaimers({ text: "J'enseigne à PWSD. Les opinions sont les miennes." }, custom)
    ).toEqual([])
    expect(disclaimers({ text: "I teach at PWSD. it's JUST me!" }, custom)).toEqual([])
  })

  test("does not apply to text read from images", () => {
    const found = checker
      .check({ text: "", attachments: [{ kind: "image", text: "I teach at PWSD" }] })
      .findings.filter((f) => f.rule === "missing-disclaimer")
    expect(found).toEqual([])
  })
})
