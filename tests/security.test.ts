/**
 * Static security checks on the product source (src/): nothing a teacher types,
 * no setting and no name list may ever be parsed as HTML. ESLint bans the same
 * sinks (eslint.config.mjs); this test also catches one hidden behind an
 * eslint-disable comment, and runs with the unit tests.
 */
import { readdirSync, readFileSync } from "fs"
import { join, relative } from "path"

const root = join(__dirname, "..")

/** Every source file under `dir` (unit tests next to the code included). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx|js|jsx|mjs|cjs|html)$/.test(entry.name) ? [path] : []
  })
}

/** HTML sinks: each parses a string as markup (or script) in the page. */
export const HTML_SINKS = [
  "innerHTML",
  "outerHTML",
  "insertAdjacentHTML",
  "document.write",
  "dangerouslySetInnerHTML",
  "createContextualFragment",
  "setHTMLUnsafe",
  "parseHTMLUnsafe",
  "srcdoc"
] as const

/** [file, line number, sink] for every use of an HTML sink in the given files. */
export function findSinks(files: { path: string; text: string }[]): [string, number, string][] {
  const found: [string, number, string][] = []
  for (const { path, text } of files)
    text.split("\n").forEach((line, i) => {
      for (const sink of HTML_SINKS) if (line.includes(sink)) found.push([path, i + 1, sink])
    })
  return found
}

describe("no HTML sinks in src/", () => {
  test("the finder reports each sink (so an empty result means something)", () => {
    const sample = HTML_SINKS.map((sink, i) => ({ path: `f${i}.ts`, text: `x\nel.${sink}(a)` }))
    expect(findSinks(sample).map(([, line, sink]) => [line, sink])).toEqual(
      HTML_SINKS.map((sink) => [2, sink])
    )
  })

  test("none of innerHTML, outerHTML, insertAdjacentHTML, document.write, dangerouslySetInnerHTML…", () => {
    const files = sourceFiles(join(root, "src")).map((path) => ({
      path: relative(root, path),
      text: readFileSync(path, "utf8")
    }))
    expect(files.length).toBeGreaterThan(50)
    expect(findSinks(files)).toEqual([])
  })
})
