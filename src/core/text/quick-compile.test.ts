import { quickToCompile, sourceOf } from "./quick-compile"

/** A long word list, as the rules build them: well past the 2,000-character threshold. */
const WORDS = Array.from({ length: 600 }, (_, i) => `mot${i.toString(36)}`)
const LONG = `\\b(?:${WORDS.join("|")})(?: (?<tail>[a-z]+))?\\b`

const SUBJECTS = [
  "",
  "Nothing to see here.",
  "un mot3 puis MOT1f0 ensuite mot9z",
  "mot10 tail ✨ mot2 again",
  "prefix-mota-suffix",
  "mot0"
]

describe("quickToCompile", () => {
  test("a short source is compiled as it is", () => {
    expect(quickToCompile("\\bcat\\b", "i").source).toBe("\\bcat\\b")
  })

  test("a long source is padded past the engine's 20 KB optimisation limit", () => {
    expect(LONG.length).toBeGreaterThan(2000)
    expect(quickToCompile(LONG, "i").source.length).toBeGreaterThan(20 * 1024)
  })

  test.each(["", "i", "g", "gi", "iu", "y", "iy", "giu"])(
    "matches exactly what the plain pattern matches (flags %p)",
    (flags) => {
      for (const subject of SUBJECTS) {
        const plain = new RegExp(LONG, flags)
        const quick = quickToCompile(LONG, flags)
        expect(quick.flags).toBe(plain.flags)
        if (flags.includes("g") || flags.includes("y")) {
          // Every match from each start, with its groups and where the next search begins.
          for (let start = 0; start <= subject.length; start++) {
            plain.lastIndex = quick.lastIndex = start
            const a = plain.exec(subject)
            const b = quick.exec(subject)
            expect(b && [...b]).toEqual(a && [...a])
            expect(b?.groups).toEqual(a?.groups)
            expect(quick.lastIndex).toBe(plain.lastIndex)
          }
        } else {
          const a = plain.exec(subject)
          const b = quick.exec(subject)
          expect(b && [b.index, ...b]).toEqual(a && [a.index, ...a])
          expect(subject.replace(quick, "<$&>")).toBe(subject.replace(plain, "<$&>"))
        }
      }
    }
  )

  test("sourceOf gives back the source as written", () => {
    expect(sourceOf(quickToCompile(LONG, "i"))).toBe(LONG)
    expect(sourceOf(quickToCompile("\\bcat\\b", "i"))).toBe("\\bcat\\b")
    expect(sourceOf(/a(?=|[x])/)).toBe("a")
  })

  test("an alternation at the top level keeps every alternative", () => {
    const source = `${WORDS.join("|")}|zzz`
    expect(quickToCompile(source, "i").test("ZZZ")).toBe(true)
    expect(quickToCompile(source, "i").test("mot5")).toBe(true)
    expect(quickToCompile(source, "i").test("nothing")).toBe(false)
  })
})
