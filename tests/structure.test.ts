/**
 * Structure tests, in the spirit of refined-github's: they keep the conventions
 * that reviewers would otherwise have to remember. A rule is its folder, a site
 * is its folder, and each is listed once in its registry.
 */
import { readdirSync, readFileSync, existsSync, statSync } from "fs"
import { dirname, join, relative } from "path"
import { BUILTIN_RULE_IDS, builtinRules } from "../src/core/rules/registry"
import { SITE_IDS, SITES } from "../src/sites/registry"

const root = join(__dirname, "..")
const rulesDir = join(root, "src/core/rules")

/** Source files under `dir` (not tests), recursively. */
function sources(dir: string): string[] {
  const out: string[] = []
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...sources(p))
    else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) out.push(p)
  }
  return out
}

/** Code without comments, so a comment may name an id. */
const code = (file: string) =>
  readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|(^|[^:"'`\\])\/\/.*$/gm, "$1")

const ruleFolders = readdirSync(rulesDir).filter(
  (f) => statSync(join(rulesDir, f)).isDirectory() && f !== "support"
)

describe("rules", () => {
  test("every rule folder is registered, and its folder name is its id", () => {
    expect([...BUILTIN_RULE_IDS].sort()).toEqual([...ruleFolders].sort())
  })

  test("rule ids are the public ones (never rename one silently)", () => {
    // Division policy refers to these: a new rule adds its id here, none is ever renamed.
    expect([...BUILTIN_RULE_IDS].sort()).toEqual(
      [
        "confidential-student-info",
        "field-trip-details",
        "missing-disclaimer",
        "professional-conduct",
        "speaking-for-the-division",
        "non-disclosure-name",
        "student-full-name",
        "student-images"
      ].sort()
    )
  })

  test.each(builtinRules.map((r) => [r.id, r] as const))(
    "%s has its words in English and French, a clause, and its own tests",
    (id, rule) => {
      for (const lang of ["en", "fr"] as const) {
        const words = rule.messages[lang]
        expect(words.title.trim().length).toBeGreaterThan(3)
        expect(words.description.length).toBeGreaterThan(20)
        expect(Object.keys(words).sort()).toEqual(Object.keys(rule.messages.en).sort())
        for (const text of Object.values(words)) expect(text).not.toMatch(/TODO|^\s*$/)
      }
      expect(rule.policyRef.clause).toBeTruthy()
      expect(rule.policyRef.quote.length).toBeGreaterThan(20)
      const files = readdirSync(join(rulesDir, id))
      expect(files).toContain("index.ts")
      expect(files).toContain("messages.ts")
      expect(files.some((f) => f.endsWith(".test.ts"))).toBe(true)
    }
  )

  test.each(ruleFolders)("%s/index.ts stays small (≤ 120 lines)", (folder) => {
    const lines = readFileSync(join(rulesDir, folder, "index.ts"), "utf8").split("\n").length
    expect(lines).toBeLessThanOrEqual(120)
  })

  test("rules and name detection build their patterns with quickToCompile", () => {
    // A long word-list pattern compiled with the engine's optimiser cost up to a second in the
    // first check after the service worker woke (src/core/text/quick-compile.ts). Only the
    // teacher's own patterns, which regex-safety.ts vets first, are compiled as they are.
    const own = ["rules/custom.ts", "rules/support/regex-safety.ts"]
    const offenders = [...sources(rulesDir), ...sources(join(root, "src/core/names"))]
      .filter((file) => !own.includes(relative(join(root, "src/core"), file)))
      .filter((file) => /new RegExp\(/.test(code(file)))
      .map((file) => relative(root, file))
    expect(offenders).toEqual([])
  })

  test("no rule id is spelled out in src/ outside its own folder and the registry", () => {
    const offenders: string[] = []
    for (const file of sources(join(root, "src"))) {
      const rel = relative(root, file)
      const src = code(file)
      for (const id of BUILTIN_RULE_IDS) {
        if (rel.startsWith(`src/core/rules/${id}/`)) continue
        if (new RegExp(`["'\`]${id}["'\`]`).test(src)) offenders.push(`${rel}: ${id}`)
      }
    }
    expect(offenders).toEqual([])
  })

  test("src/core is DOM-free and browser-API-free", () => {
    for (const f of sources(join(root, "src/core"))) {
      const src = code(f)
      expect({
        file: f,
        uses: src.match(/\b(chrome|browser|document|window|navigator)\.\w+/g)
      }).toEqual({ file: f, uses: null })
    }
  })
})

describe("sites", () => {
  const contents = join(root, "src/contents")
  const entries = existsSync(contents) ? readdirSync(contents) : []

  test.each(SITE_IDS)(
    "%s has its folder and a content script whose matches equal the registry",
    (site) => {
      expect(existsSync(join(root, "src/sites", site, "index.ts"))).toBe(true)
      const file = entries.find((f) => f.replace(/\.tsx?$/, "") === site)
      expect(file).toBeDefined()
      const src = readFileSync(join(contents, file!), "utf8")
      // Plasmo reads `config.matches` as a literal at build time, so it is repeated there on purpose.
      const literal = /matches:\s*(\[[^\]]*\])/.exec(src)
      expect(literal).not.toBeNull()
      expect(JSON.parse(literal![1]!.replace(/'/g, '"').replace(/,\s*\]/, "]"))).toEqual([
        ...SITES[site].matches
      ])
    }
  )

  test("every content script belongs to a registered site (or the generic adapter)", () => {
    const sites = entries.map((f) => f.replace(/\.tsx?$/, ""))
    expect(sites.filter((s) => !(SITE_IDS as string[]).includes(s))).toEqual([])
  })

  test("no site id is spelled out in src/ outside its own folder, its content script and the registry", () => {
    const offenders: string[] = []
    for (const file of sources(join(root, "src"))) {
      const rel = relative(root, file)
      if (rel === "src/sites/registry.ts") continue
      const src = code(file)
      for (const site of SITE_IDS) {
        if (rel.startsWith(`src/sites/${site}/`) || rel.startsWith(`src/contents/${site}.`))
          continue
        // A one-letter id ("x") is also an ordinary string: look for it as a site only.
        const pattern =
          site.length >= 3
            ? new RegExp(`["'\`]${site}["'\`]`)
            : new RegExp(`\\bsite\\w*\\s*(?:===?|!==?|:)\\s*["'\`]${site}["'\`]`, "i")
        if (pattern.test(src)) offenders.push(`${rel}: ${site}`)
      }
    }
    expect(offenders).toEqual([])
  })

  test("content scripts and the panel never import the conduct word lists (background only)", () => {
    const bad: string[] = []
    for (const dir of ["page", "ui", "contents"])
      for (const file of sources(join(root, "src", dir))) {
        if (/\.test\.tsx?$/.test(file)) continue
        const src = readFileSync(file, "utf8")
        // The checker and the rules (with their word lists) run in the background only.
        if (/from\s+["'](?:obscenity|[^"']*core\/(?:checker|rules\/)[^"']*)["']/.test(src))
          bad.push(relative(root, file))
      }
    expect(bad).toEqual([])
  })

  test("src/background and src/page import nothing from the popup or the options page", () => {
    const bad: string[] = []
    for (const dir of ["background", "page", "messaging", "ocr", "sites", "core", "settings"])
      for (const file of sources(join(root, "src", dir)))
        if (/from\s+["'](\.\.\/)+(popup|options)\//.test(readFileSync(file, "utf8")))
          bad.push(relative(root, file))
    expect(bad).toEqual([])
  })
})

describe("bundling", () => {
  /**
   * Parcel 2.9 (inside Plasmo 0.90) picks a package's `exports.import` file. When that
   * file is an ESM wrapper that re-exports a CommonJS build (`import mod from
   * "./index.js"; export const X = mod.X`), Parcel's interop makes `mod` undefined and
   * the background dies at start-up ("reading 'DataSet'"), so every check is silent.
   * Jest reads the CommonJS build and never sees it. Such packages must be aliased to
   * their CommonJS build in package.json's `alias`, as zod and obscenity are.
   */
  test("every runtime dependency whose ESM entry wraps CommonJS is aliased to its CommonJS build", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"))
    const aliases: Record<string, string> = pkg.alias ?? {}
    const unaliased: string[] = []
    for (const dep of Object.keys(pkg.dependencies)) {
      const depRoot = join(root, "node_modules", dep)
      if (!existsSync(join(depRoot, "package.json"))) continue
      const depPkg = JSON.parse(readFileSync(join(depRoot, "package.json"), "utf8"))
      const exp = depPkg.exports?.["."] ?? depPkg.exports
      const importEntry = exp?.import?.default ?? exp?.import
      if (typeof importEntry !== "string") continue
      const file = join(depRoot, importEntry)
      if (!existsSync(file)) continue
      // The wrapper's default import is the package's own CommonJS entry.
      const requireEntry = exp?.require?.default ?? exp?.require ?? depPkg.main
      const imported = /^import\s+\w+\s+from\s+["'](\.{1,2}\/[^"']+)["']/m.exec(
        readFileSync(file, "utf8")
      )?.[1]
      const wrapsCommonJs =
        typeof requireEntry === "string" &&
        imported !== undefined &&
        join(dirname(file), imported) === join(depRoot, requireEntry)
      if (wrapsCommonJs && !aliases[dep]) unaliased.push(dep)
    }
    expect(unaliased).toEqual([])
  })
})
