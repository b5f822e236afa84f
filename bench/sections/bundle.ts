import { existsSync, readdirSync, readFileSync, statSync } from "fs"
import { join } from "path"
import { gzipSync } from "zlib"
import type { BenchRow, BenchSection } from "../section"

/** Content scripts are injected on every page view of the three sites: keep them small. */
const CONTENT_SCRIPT_BUDGET = 250 * 1024
/**
 * The whole unpacked build, pushed to every laptop by policy. About 15 MB of it is
 * OCR (three tesseract cores, one per CPU feature level, and the English model),
 * which must ship inside the extension because nothing may be downloaded.
 */
// 24 MB since issue 14: face detection adds ~3 MB (human.js with tfjs, BlazeFace, two wasm builds).
const BUILD_BUDGET = 24 * 1024 * 1024
/** What IT downloads and deploys: the zip (estimated as the sum of deflated files). */
const PACKAGE_BUDGET = 12 * 1024 * 1024

function deflatedSize(dir: string): number {
  let total = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    total += e.isDirectory() ? deflatedSize(p) : gzipSync(readFileSync(p), { level: 9 }).length
  }
  return total
}

function dirSize(dir: string): number {
  let total = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    total += e.isDirectory() ? dirSize(p) : statSync(p).size
  }
  return total
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`

export const bundleSection: BenchSection = {
  title: "Build size (build/chrome-mv3-prod, build/firefox-mv3-prod)",
  async run(): Promise<BenchRow[]> {
    const root = join(__dirname, "../../build")
    const chrome = process.env.BYP_BUILD_DIR ?? join(root, "chrome-mv3-prod")
    const manifestPath = join(chrome, "manifest.json")
    if (!existsSync(manifestPath))
      return [
        {
          name: "build size",
          value: "not run: no build (npm run build)",
          target: "",
          status: "info"
        }
      ]
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
      content_scripts?: { js?: string[]; matches?: string[] }[]
      background?: { service_worker?: string }
    }
    const rows: BenchRow[] = []
    for (const cs of manifest.content_scripts ?? [])
      for (const js of cs.js ?? []) {
        const bytes = readFileSync(join(chrome, js))
        rows.push({
          name: `content script ${js} (${cs.matches?.[0] ?? ""}…)`,
          value: `${kb(bytes.length)} (${kb(gzipSync(bytes).length)} gzipped)`,
          target: "≤ 250 KB",
          status: bytes.length <= CONTENT_SCRIPT_BUDGET ? "PASS" : "OVER"
        })
      }
    // The generic content script of the division's extra sites is registered at run
    // time (src/background/extra-sites.ts), so the manifest does not list it.
    const generic = join(chrome, "generic-content.js")
    if (existsSync(generic)) {
      const bytes = readFileSync(generic)
      rows.push({
        name: "content script generic-content.js (extra sites, registered at run time)",
        value: `${kb(bytes.length)} (${kb(gzipSync(bytes).length)} gzipped)`,
        target: "≤ 250 KB",
        status: bytes.length <= CONTENT_SCRIPT_BUDGET ? "PASS" : "OVER"
      })
    }
    const sw = manifest.background?.service_worker
    if (sw)
      rows.push({
        name: "background (checker, settings)",
        value: kb(statSync(join(chrome, sw)).size),
        target: "runs outside the page",
        status: "info"
      })
    const builds: [string, string][] = [["Chrome/Edge", chrome]]
    const firefox = join(root, "firefox-mv3-prod")
    if (existsSync(firefox)) builds.push(["Firefox", firefox])
    for (const [label, dir] of builds) {
      const total = dirSize(dir)
      const ocr = existsSync(join(dir, "ocr")) ? dirSize(join(dir, "ocr")) : 0
      rows.push({
        name: `${label} build, unpacked`,
        value: `${mb(total)} (OCR engine and model ${mb(ocr)})`,
        target: `≤ ${mb(BUILD_BUDGET)}`,
        status: total <= BUILD_BUDGET ? "PASS" : "OVER"
      })
      const packed = deflatedSize(dir)
      rows.push({
        name: `${label} package (deflated, ≈ zip)`,
        value: mb(packed),
        target: `≤ ${mb(PACKAGE_BUDGET)}`,
        status: packed <= PACKAGE_BUDGET ? "PASS" : "OVER"
      })
    }
    return rows
  }
}
