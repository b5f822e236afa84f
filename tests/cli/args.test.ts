import { parseArgs } from "../../src/cli/args"

describe("parseArgs", () => {
  test.each([
    [["Congrats to Ann Lee!"], { json: false, positional: ["Congrats to Ann Lee!"] }],
    [["--json"], { json: true, positional: [] }],
    [["--json", "-"], { json: true, positional: ["-"] }],
    [
      ["--json", "--settings", "s.json", "in.jsonl"],
      { json: true, settingsFile: "s.json", positional: ["in.jsonl"] }
    ],
    [
      ["--site", "x", "--handle", "@me", "--profile", "Grade 3 teacher", "hi"],
      { site: "x", handle: "@me", profile: "Grade 3 teacher", positional: ["hi"] }
    ],
    [["--", "--json looks like a flag"], { json: false, positional: ["--json looks like a flag"] }]
  ])("%j", (argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected)
  })

  test.each([
    [["--settings"], "--settings needs a value"],
    [["--site", "tiktok"], "--site must be one of facebook, instagram, x"],
    [["--frobnicate"], "unknown option --frobnicate"],
    [["--json", "a", "b"], "--json takes at most one input FILE (or -)"]
  ])("rejects %j", (argv, error) => {
    expect(parseArgs(argv)).toEqual({ error })
  })
})
