import { parseInputLine, processJsonLines } from "../../src/cli/json-lines"
import { defaultSettings } from "../../src/settings/defaults"

describe("parseInputLine", () => {
  test("a full line", () => {
    const line = JSON.stringify({
      text: "Hi",
      site: "x",
      account: { handle: "@me", profile: "Teacher" },
      settings: { schools: ["Oak River School"] }
    })
    expect(parseInputLine(line, 1)).toEqual({
      draft: { text: "Hi", site: "x", account: { handle: "@me", profile: "Teacher" } },
      settings: { schools: ["Oak River School"] }
    })
  })

  test.each([
    ["not json", /^line 4: not valid JSON/],
    ["[1,2]", /^line 4: expected an object/],
    ['{"txt": "typo"}', /^line 4: "text" must be a string/],
    ['{"text": "x", "site": "tiktok"}', /^line 4: "site" must be one of/],
    ['{"text": "x", "account": "me"}', /^line 4: "account" must be an object/],
    ['{"text": "x", "account": {"handle": 5}}', /^line 4: "account.handle" must be a string/],
    ['{"text": "x", "settings": []}', /^line 4: "settings" must be an object/],
    ['{"text": "x", "attachments": [{"kind": "pdf"}]}', /^line 4: "attachments" must be a list/]
  ])("%s → error", (line, message) => {
    const r = parseInputLine(line, 4)
    expect("error" in r && r.error).toMatch(message)
  })
})

describe("processJsonLines", () => {
  const rule = { id: "bus", words: ["bus"], message: "No bus numbers.", severity: "info" }

  test("one output per non-blank input line, in order; bad lines become errors", () => {
    const input = [
      JSON.stringify({ text: "Hello" }),
      "oops",
      "",
      JSON.stringify({ text: "The bus is late", settings: { customRules: [rule] } }),
      JSON.stringify({ nope: 1 })
    ].join("\n")
    const out = processJsonLines(`${input}\n`, defaultSettings)
    expect(out).toHaveLength(4)
    expect(out[0]).toEqual({ findings: [] })
    expect(out[1]).toEqual({ error: expect.stringMatching(/^line 2: not valid JSON/) })
    expect(out[2]).toMatchObject({
      findings: [{ rule: "custom:bus", start: 4, end: 7, match: "bus" }]
    })
    expect(out[3]).toEqual({ error: 'line 5: "text" must be a string' })
  })

  test("a line's settings merge over the base settings (lists replace)", () => {
    const base = { ...defaultSettings, customRules: [rule] } as typeof defaultSettings
    const input = [
      JSON.stringify({ text: "bus" }),
      JSON.stringify({ text: "bus", settings: { customRules: [{ ...rule, enabled: false }] } }),
      JSON.stringify({ text: "bus", settings: { customRules: [] } })
    ].join("\n")
    const out = processJsonLines(input, base) as { findings: unknown[] }[]
    expect(out.map((o) => o.findings.length)).toEqual([1, 0, 0])
  })

  test("settings the resolver ignores are reported on the line", () => {
    const out = processJsonLines(
      JSON.stringify({ text: "x", settings: { schools: "Oak River" } }),
      defaultSettings
    )
    expect(out[0]).toMatchObject({ findings: [], problems: [expect.stringContaining("schools")] })
  })
})
