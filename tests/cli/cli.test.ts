import { execFileSync, spawnSync } from "child_process"
import { mkdtempSync, writeFileSync } from "fs"
import { tmpdir } from "os"
import { join } from "path"

/** Spawns the real CLI once per mode (slow-ish: tsx compiles on start). No timing assertions. */
const root = join(__dirname, "../..")
const cli = (args: string[], input?: string) =>
  spawnSync("npx", ["tsx", "src/cli/check.ts", ...args], { cwd: root, input, encoding: "utf8" })

jest.setTimeout(60_000)

test("JSON-lines mode: one output line per input line, errors in place", () => {
  const dir = mkdtempSync(join(tmpdir(), "byp-cli-"))
  const settings = join(dir, "settings.json")
  writeFileSync(
    settings,
    JSON.stringify({
      customRules: [{ id: "bus", words: ["bus"], message: "No bus.", severity: "info" }]
    })
  )
  const input = [
    JSON.stringify({ text: "Hello there" }),
    "{broken",
    JSON.stringify({
      text: "The bus leaves",
      settings: {
        customRules: [{ id: "bus", words: ["bus"], message: "No bus!", severity: "block" }]
      }
    })
  ].join("\n")
  const out = execFileSync(
    "npx",
    ["tsx", "src/cli/check.ts", "--json", "--settings", settings, "-"],
    {
      cwd: root,
      input,
      encoding: "utf8"
    }
  )
  const lines = out
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l))
  expect(lines).toHaveLength(3)
  expect(lines[0]).toEqual({ findings: [] })
  expect(lines[1].error).toMatch(/^line 2: not valid JSON/)
  expect(lines[2].findings).toEqual([
    expect.objectContaining({
      rule: "custom:bus",
      severity: "block",
      match: "bus",
      message: "No bus!"
    })
  ])
})

test("an unreadable --settings file is a clear error with exit code 2", () => {
  const dir = mkdtempSync(join(tmpdir(), "byp-cli-"))
  const bad = join(dir, "bad.json")
  writeFileSync(bad, "{ not json")
  const r = cli(["--json", "--settings", bad, "-"], "")
  expect(r.status).toBe(2)
  expect(r.stderr).toMatch(/settings file .*bad\.json is not valid JSON/)
  expect(r.stdout).toBe("")
})
