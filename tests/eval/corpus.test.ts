import { readdirSync, readFileSync } from "fs"
import { join } from "path"
import { layeredSettings } from "../../src/cli/settings"
import { expectedSpans, nthIndexOf, parseCorpus } from "./corpus"
import { evaluate } from "./evaluate"

/** The corpus FORMAT (not the checker's scores: those are `npm run eval`'s job). */
const source = readFileSync(join(__dirname, "corpus.jsonl"), "utf8")
const { posts, errors } = parseCorpus(source)

describe("eval corpus", () => {
  test("every line parses: unique ids, known rules, each match found in its text", () => {
    expect(errors).toEqual([])
    expect(posts.length).toBeGreaterThanOrEqual(320)
    expect(posts.length).toBe(source.split("\n").filter((l) => l.trim()).length)
  })

  test("every line's settings are accepted by the settings resolver", () => {
    const problems = posts.flatMap(
      (p) => layeredSettings([{ value: p.settings, where: p.id }]).problems
    )
    expect(problems).toEqual([])
  })

  test("expected spans land on the labelled text", () => {
    for (const p of posts) {
      const spans = expectedSpans(p)
      const labels = p.expected.filter((e) => e.match)
      spans.forEach((s, i) => expect(p.text.slice(s.start, s.end)).toBe(labels[i]!.match))
    }
  })

  test("the mix covers every rule and plenty of clean posts", () => {
    const has = (rule: string) =>
      posts.filter((p) => p.expected.some((e) => e.rule.startsWith(rule)))
    expect(has("student-full-name").length).toBeGreaterThan(100)
    expect(has("field-trip-details").length).toBeGreaterThan(50)
    expect(has("missing-disclaimer").length).toBeGreaterThan(20)
    expect(has("non-disclosure-name").length).toBeGreaterThan(20)
    expect(has("custom:").length).toBeGreaterThan(20)
    // The three rules of issue 13: at least 40 posts each (flagged and hard negatives).
    for (const [rule, prefix] of [
      ["confidential-student-info", "csi"],
      ["professional-conduct", "pc"],
      ["speaking-for-the-division", "sfd"]
    ] as const) {
      expect(has(rule).length).toBeGreaterThan(20)
      expect(posts.filter((p) => p.id.startsWith(prefix)).length).toBeGreaterThanOrEqual(40)
    }
    expect(posts.filter((p) => p.expected.length === 0).length).toBeGreaterThan(100)
  })
})

describe("corpus parsing and scoring helpers", () => {
  test("nthIndexOf finds the n-th occurrence", () => {
    expect(nthIndexOf("a Kiona b Kiona", "Kiona", 2)).toBe(10)
    expect(nthIndexOf("a Kiona", "Kiona", 2)).toBe(-1)
  })

  test("malformed lines are reported with their line number, not thrown", () => {
    const bad = [
      "not json",
      JSON.stringify({
        id: "a",
        text: "Hi Ann Lee",
        expected: [{ rule: "student-full-name", match: "Bob" }]
      }),
      JSON.stringify({ id: "b", text: "x", expected: [{ rule: "no-such-rule" }] }),
      JSON.stringify({
        id: "c",
        text: "x",
        expected: [{ rule: "field-trip-details", match: "x" }]
      }),
      JSON.stringify({ id: "d", text: "x", expected: [{ rule: "custom:nope", match: "x" }] }),
      JSON.stringify({ id: "d", text: "x", lang: "fr", kind: "hard-negative", expected: [] }),
      JSON.stringify({ id: "d", text: "y", expected: [] })
    ].join("\n")
    const { errors: e, posts: ok } = parseCorpus(bad)
    expect(e.map((x) => x.split(":")[0])).toEqual([
      "corpus line 1",
      "corpus line 2 (a)",
      "corpus line 3 (b)",
      "corpus line 4 (c)",
      "corpus line 5 (d)",
      "corpus line 7 (d)"
    ])
    expect(ok.map((p) => p.id)).toEqual(["d"])
  })

  test("span scoring: overlap is a TP, exact ranges are counted, extras are FPs", () => {
    const post = {
      id: "t",
      text: "Congrats to Ann Lee and Bo Chan!",
      expected: [
        { rule: "student-full-name" as const, match: "Ann Lee" },
        { rule: "student-full-name" as const, match: "Bo Chan" },
        { rule: "field-trip-details" as const }
      ]
    }
    const f = (start: number, end: number, rule = "student-full-name") =>
      ({ rule, start, end }) as never
    const r = evaluate([post], () => [f(12, 19), f(24, 26), f(0, 8), f(0, 5, "missing-disclaimer")])
    const row = (id: string) => r.rows.find((x) => x.row === id)!
    expect(row("student-full-name")).toMatchObject({ tp: 2, fp: 1, fn: 0, exact: 1 })
    expect(row("field-trip-details")).toMatchObject({ tp: 0, fp: 0, fn: 1 })
    expect(row("missing-disclaimer")).toMatchObject({ tp: 0, fp: 1, fn: 0 })
    expect(r.misses.map((m) => `${m.kind} ${m.rule}`).sort()).toEqual([
      "FN field-trip-details",
      "FP missing-disclaimer",
      "FP student-full-name",
      "RANGE student-full-name"
    ])
  })
})

describe("every labelled set parses (format only; held-out scores are `npm run eval`'s)", () => {
  const sets = readdirSync(__dirname).filter((f) => f.endsWith(".jsonl") && f !== "corpus.jsonl")
  test.each(sets)("%s", (file) => {
    const lines = readFileSync(join(__dirname, file), "utf8")
      .split("\n")
      .filter((l) => l.trim())
    // heldout-classlist.jsonl opens with its class list, not a post.
    const body = lines[0]!.startsWith('{"classList"') ? lines.slice(1) : lines
    const parsed = parseCorpus(body.join("\n"))
    expect(parsed.errors).toEqual([])
    expect(parsed.posts.length).toBe(body.length)
  })
})
