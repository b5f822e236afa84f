/**
 * Every permission the extension asks for is explained in docs/permissions.md,
 * nothing on its "do not ask for" list creeps in, and the extension pages' CSP
 * keeps to the extension's own files. Reads the source manifest (package.json →
 * manifest, plus what Plasmo adds) and, when a build exists, the built manifests.
 */
import { existsSync, readFileSync, statSync } from "node:fs"
import path from "node:path"

import { SITE_MATCHES } from "../plasmo.config"

const root = path.join(__dirname, "..")
const doc = readFileSync(path.join(root, "docs", "permissions.md"), "utf8")

interface Manifest {
  permissions?: string[]
  optional_permissions?: string[]
  host_permissions?: string[]
  optional_host_permissions?: string[]
  content_security_policy?: { extension_pages?: string }
  content_scripts?: { matches: string[] }[]
  overrides?: { firefox?: Manifest }
  [key: string]: unknown
}

const source = (
  JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    manifest: Manifest
  }
).manifest

/**
 * `npm run build` output (BYP_BUILD_DIR's parent when set), where present and
 * built after the last change to package.json (an older build is not what ships).
 */
const buildRoot = process.env.BYP_BUILD_DIR
  ? path.dirname(process.env.BYP_BUILD_DIR)
  : path.join(root, "build")
const sourceChanged = statSync(path.join(root, "package.json")).mtimeMs
const builds = ["chrome-mv3-prod", "firefox-mv3-prod"]
  .map((dir) => path.join(buildRoot, dir, "manifest.json"))
  .filter((file) => existsSync(file) && statSync(file).mtimeMs >= sourceChanged)
  .map((file) => ({ file, manifest: JSON.parse(readFileSync(file, "utf8")) as Manifest }))

/** The markdown section under `## title`, up to the next `## `. */
function section(title: string): string {
  const start = doc.indexOf(`\n## ${title}\n`)
  if (start < 0) throw new Error(`docs/permissions.md has no "## ${title}" section`)
  const end = doc.indexOf("\n## ", start + 1)
  return doc.slice(start, end < 0 ? undefined : end)
}

/** Table rows of a section: cells, without the header and separator rows. */
function rows(markdown: string): string[][] {
  return markdown
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) =>
      line
        .slice(1, -1)
        .split(" | ")
        .map((cell) => cell.trim())
    )
}

/** Backticked names in a cell, e.g. "`tabs`, `scripting`" → ["tabs", "scripting"]. */
const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)

/** Permission name → its row's cells ("Browsers", "Why", "Without it"). */
const justified = new Map(
  rows(section("Permissions")).flatMap((cells) => names(cells[0]!).map((n) => [n, cells] as const))
)
const refused = new Set(
  rows(section("What we deliberately do not ask for")).flatMap((cells) => names(cells[0]!))
)

/** What a manifest asks for; Plasmo adds "storage" to the source list (@plasmohq/storage). */
function asked(manifest: Manifest, addedByPlasmo: string[] = []): string[] {
  return [
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...addedByPlasmo
  ]
}

const manifests: [string, string[]][] = [
  ["package.json manifest", asked(source, ["storage"])],
  ["package.json manifest, Firefox override", asked(source.overrides?.firefox ?? {}, ["storage"])],
  ...builds.map(({ file, manifest }): [string, string[]] => [
    path.relative(root, file),
    asked(manifest)
  ])
]

describe.each(manifests)("%s", (_name, permissions) => {
  test("every permission is explained: why, and what breaks without it", () => {
    const unexplained = permissions.filter((p) => {
      const cells = justified.get(p)
      return !cells || cells.length < 4 || cells.slice(2).some((cell) => cell.length < 30)
    })
    expect(unexplained).toEqual([])
  })

  test('nothing from "What we deliberately do not ask for"', () => {
    expect(permissions.filter((p) => refused.has(p))).toEqual([])
  })
})

test("the doc's lists are really read (a parsing slip would make the tests above pass)", () => {
  expect([...justified.keys()].sort()).toEqual([
    "http://*/*",
    "https://*/*",
    "offscreen",
    "scripting",
    "storage"
  ])
  for (const name of ["tabs", "activeTab", "host_permissions", "<all_urls>"])
    expect(refused).toContain(name)
  expect(refused).toContain("webRequest")
  expect(refused).toContain("externally_connectable")
  expect(refused).toContain("web_accessible_resources")
})

test.each(["host_permissions", "externally_connectable", "web_accessible_resources"])(
  "no %s in any manifest",
  (key) => {
    for (const manifest of [
      source,
      source.overrides?.firefox ?? {},
      ...builds.map((b) => b.manifest)
    ])
      expect(manifest[key]).toBeUndefined()
  }
)

/**
 * Issue 15: the division's extra sites. Hosts are only ever optional (granted per
 * site by a click in the options page), never granted at install, and the
 * `scripting` permission is there only to register the generic content script.
 */
test("host permissions are optional only: http and https, asked per listed site", () => {
  for (const manifest of [source, ...builds.map((b) => b.manifest)])
    expect(manifest.optional_host_permissions).toEqual(["https://*/*", "http://*/*"])
  for (const manifest of [source.overrides?.firefox ?? {}, ...builds.map((b) => b.manifest)])
    expect(manifest.permissions).toContain("scripting")
})

test("the generic content script ships in each build, and no manifest declares it", () => {
  for (const { file, manifest } of builds) {
    expect(existsSync(path.join(path.dirname(file), "generic-content.js"))).toBe(true)
    const declared = (manifest.content_scripts ?? []).flatMap(
      (script) => (script as { js?: string[] }).js ?? []
    )
    expect(declared).not.toContain("generic-content.js")
  }
})

test("content scripts run only on the sites the doc lists", () => {
  const matches = Object.values(SITE_MATCHES).flat()
  const documented = new Set(
    rows(section("Where it runs (content scripts)")).flatMap((c) => names(c[1]!))
  )
  expect([...documented].sort()).toEqual([...matches].sort())
  for (const { manifest } of builds) {
    const built = (manifest.content_scripts ?? []).flatMap((script) => script.matches)
    expect([...new Set(built)].sort()).toEqual([...matches].sort())
  }
})

describe("content security policy of the extension pages", () => {
  const policies = [
    source.content_security_policy?.extension_pages ?? "",
    ...builds.map((b) => b.manifest.content_security_policy?.extension_pages ?? "")
  ]
  /** "a b; c d" → { a: ["b"], c: ["d"] } */
  const parse = (csp: string) =>
    Object.fromEntries(
      csp
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([name, ...values]) => [name!, values])
    )

  test.each(policies.map((csp, i) => [i === 0 ? "source" : builds[i - 1]!.file, csp]))(
    "%s: only the extension's own files, no eval, connect-src 'self'",
    (_where, csp) => {
      const directives = parse(csp)
      const sources = Object.values(directives).flat()
      // No remote or wildcard source anywhere; no data:/blob: either (nothing needs them).
      expect(sources.filter((s) => /^(https?:|wss?:|data:|blob:|\*)|\*|\.\w+$/.test(s))).toEqual([])
      expect(directives["script-src"]).toEqual(["'self'", "'wasm-unsafe-eval'"])
      expect(directives["connect-src"]).toEqual(["'self'"])
      expect(directives["default-src"]).toEqual(["'self'"])
      expect(directives["object-src"]).toEqual(["'none'"])
      // 'unsafe-inline' only for styles (the pages' and the panel's <style>).
      const inline = Object.entries(directives)
        .filter(([, values]) => values.includes("'unsafe-inline'"))
        .map(([name]) => name)
      expect(inline.filter((name) => name !== "style-src")).toEqual([])
      expect(sources).not.toContain("'unsafe-eval'")
    }
  )

  test("docs/permissions.md shows the policy that ships", () => {
    const block = /## Content security policy[^]*?```\n([^]*?)```/.exec(doc)?.[1] ?? ""
    expect(block.replace(/\s+/g, " ").trim()).toBe(
      (source.content_security_policy?.extension_pages ?? "").replace(/\s+/g, " ").trim()
    )
  })
})
