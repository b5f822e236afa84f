import { existsSync } from "fs"
import { join } from "path"
import {
  benchBrowserTyping,
  FINDINGS_AFTER_PAUSE_BUDGET_MS,
  LONG_TASK_BUDGET_MS
} from "../browser-typing"
import type { ReplicaPage } from "../../tests/replicas/serve"
import type { BenchRow, BenchSection } from "../section"

/**
 * Typing in real Chromium with the built extension: longest main-thread task while
 * typing a 2,000-character post at 10 keys/second, and time to findings after the
 * pause, on each replica (Facebook and Instagram use Lexical, X Draft.js). 200 s of
 * real typing per site; BYP_BENCH_SITES (comma-separated replica
 * pages) and BYP_BENCH_CHARS shorten it. The replicas alone are measured first as
 * a baseline: a long task there is the page's own editor, not the extension.
 */
export const browserSection: BenchSection = {
  title: "Typing in Chromium (built extension, replica pages, this machine)",
  async run(): Promise<BenchRow[]> {
    const buildDir = process.env.BYP_BUILD_DIR ?? join(__dirname, "../../build/chrome-mv3-prod")
    if (!existsSync(join(buildDir, "manifest.json")))
      return [
        {
          name: "browser typing",
          value: "not run: no build (npm run build)",
          target: "",
          status: "info"
        }
      ]
    const sites = (process.env.BYP_BENCH_SITES ?? "facebook,instagram,x").split(
      ","
    ) as ReplicaPage[]
    const chars = Number(process.env.BYP_BENCH_CHARS ?? 2000)
    const log = (l: string) => process.stderr.write(`${l}\n`)
    try {
      const baseline = await benchBrowserTyping({
        sites: sites.slice(0, 1),
        chars,
        buildDir: null,
        log
      })
      const rows = await benchBrowserTyping({ sites, chars, buildDir, log })
      return [
        ...baseline.map((b) => ({
          name: `${b.site}: replica alone, longest task`,
          value: b.longTasks.length
            ? `${b.maxTaskMs.toFixed(0)} ms (${b.longTasks.length} over 50 ms)`
            : "none of 50 ms or more",
          target: "baseline",
          status: "info" as const
        })),
        ...rows.flatMap((r): BenchRow[] => [
          {
            name: `${r.site}: longest main-thread task while typing ${r.chars} chars`,
            // The Long Tasks API reports only tasks of 50 ms or more: none means "under 50".
            value: r.longTasks.length
              ? `${r.maxTaskMs.toFixed(0)} ms (${r.longTasks.length} over 50 ms; extension scripts ≤ ${r.maxExtensionScriptMs.toFixed(0)} ms)`
              : "none of 50 ms or more",
            target: `≤ ${LONG_TASK_BUDGET_MS} ms`,
            status: r.pass.longTasks ? "PASS" : "OVER"
          },
          {
            name: `${r.site}: findings after typing pauses`,
            value:
              r.findingsAfterPauseMs === null ? "never" : `${r.findingsAfterPauseMs.toFixed(0)} ms`,
            target: `≤ ${FINDINGS_AFTER_PAUSE_BUDGET_MS} ms`,
            status: r.pass.latency ? "PASS" : "OVER"
          }
        ])
      ]
    } catch (e) {
      return [
        {
          name: "browser typing",
          value: `not run: ${(e as Error).message}`,
          target: "",
          status: "info"
        }
      ]
    }
  }
}
