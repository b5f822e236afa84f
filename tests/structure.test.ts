/**
 * Structure tests, in the spirit of refined-github's: they keep the conventions
 * that reviewers would otherwise have to remember.
 */
import { readdirSync, readFileSync, existsSync } from "fs"
import { join } from "path"
import { SITE_MATCHES } from "../plasmo.config"
import { builtinRules } from "../src/core/rules"

const root = join(__dirname, "..")
const rulesDir = join(root, "src/core/rules")

describe("rules", () => {
  const ruleFiles = readdirSync(rulesDir).filter(
    (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !["index.ts", "custom.ts"].includes(f)
  )

  test("every rule file is registered, and its file name is its id", () => {
    expect(builtinRules.map((r) => `${r.id}.ts`).sort()).toEqual(ruleFiles.sort())
  })

  test.each(builtinRules.map((r) => [r.id, r] as const))(
    "%s has a description and a policy clause",
    (_id, rule) => {
      expect(rule.description.length).toBeGreaterThan(20)
      expect(rule.description).not.toMatch(/TODO/)
      expect(rule.policyRef.clause).toBeTruthy()
      expect(rule.policyRef.quote.length).toBeGreaterThan(20)
    }
  )

  test("rule ids are the public ones (never rename one silently)", () => {
    expect(builtinRules.map((r) => r.id).sort()).toEqual([
      "field-trip-details",
      "missing-disclaimer",
      "non-disclosure-name",
      "student-full-name",
      "student-images"
    ])
  })

  test.each(ruleFiles)("%s stays small (≤ 120 lines)", (file) => {
    expect(readFileSync(join(rulesDir, file), "utf8").split("\n").length).toBeLessThanOrEqual(120)
  })

  test("src/core is DOM-free and browser-API-free", () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name)
        if (e.isDirectory()) walk(p)
        else if (/\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts")) files.push(p)
      }
    }
    walk(join(root, "src/core"))
    for (const f of files) {
      const src = readFileSync(f, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "")
      expect({
        file: f,
        uses: src.match(/\b(chrome|browser|document|window|navigator)\.\w+/g)
      }).toEqual({
        file: f,
        uses: null
      })
    }
  })
})

describe("content scripts", () => {
  const dir = join(root, "src/contents")
  const entries = existsSync(dir) ? readdirSync(dir).filter((f) => /\.tsx?$/.test(f)) : []

  test.each(Object.entries(SITE_MATCHES))(
    "%s has an entry whose matches equal plasmo.config.ts",
    (site, matches) => {
      const file = entries.find((f) => f.replace(/\.tsx?$/, "") === site)
      expect(file).toBeDefined()
      const src = readFileSync(join(dir, file!), "utf8")
      // Plasmo reads `config.matches` as a literal at build time, so it is duplicated there on purpose.
      const literal = /matches:\s*(\[[^\]]*\])/.exec(src)
      expect(literal).not.toBeNull()
      expect(JSON.parse(literal![1]!.replace(/'/g, '"').replace(/,\s*\]/, "]"))).toEqual([
        ...matches
      ])
    }
  )
})
