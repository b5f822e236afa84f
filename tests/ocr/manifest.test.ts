/**
 * The manifest settings OCR depends on (package.json → manifest). Each one, if
 * lost, fails quietly in the browser: without 'wasm-unsafe-eval' createWorker hangs,
 * without "offscreen" Chrome cannot host the worker.
 */
import { readFileSync } from "node:fs"
import path from "node:path"

const pkg = JSON.parse(readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as {
  scripts: Record<string, string>
  manifest: {
    permissions?: string[]
    content_security_policy?: { extension_pages?: string }
    web_accessible_resources?: { resources: string[] }[]
    overrides?: { firefox?: { permissions?: string[] } }
  }
}
const manifest = pkg.manifest

test("Chrome/Edge may create the offscreen document", () => {
  expect(manifest.permissions).toContain("offscreen")
})

test("extension pages may compile tesseract's wasm, and load scripts only from the extension", () => {
  const csp = manifest.content_security_policy?.extension_pages ?? ""
  const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1]?.trim()
  expect(scriptSrc).toBe("'self' 'wasm-unsafe-eval'")
  // The worker fetches its language data and WebAssembly from the extension itself.
  expect(csp).toMatch(/(?:^|;)\s*connect-src 'self'\s*(;|$)/)
})

test("Firefox gets the same permissions without 'offscreen' (it has no such API)", () => {
  // manifest.overrides.firefox replaces the list as a whole, so it must follow it.
  // "storage" is added by Plasmo for @plasmohq/storage.
  const expected = new Set([...(manifest.permissions ?? []), "storage"])
  expected.delete("offscreen")
  expect(new Set(manifest.overrides?.firefox?.permissions)).toEqual(expected)
})

test("the OCR files are not web-accessible (sites cannot fetch or fingerprint them)", () => {
  const exposed = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources)
  expect(exposed.filter((r) => /ocr|tesseract|traineddata|wasm/i.test(r))).toEqual([])
})

test("the build copies the OCR files into every built extension", () => {
  // After both Plasmo builds (each one empties its build folder first).
  const steps = (pkg.scripts.build ?? "").split("&&").map((s: string) => s.trim())
  const copy = steps.indexOf("node scripts/copy-ocr-assets.mjs")
  expect(copy).toBeGreaterThan(steps.findLastIndex((s: string) => s.startsWith("plasmo build")))
})
