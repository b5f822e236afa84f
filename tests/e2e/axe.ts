/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on content inside one of the
 * extension's open shadow roots. axe-core's own source is injected into the page;
 * nothing is fetched.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises"
import path from "node:path"

import type { Page } from "playwright-core"

import { SCREENSHOT_DIR } from "./harness"

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

interface AxeWindow {
  axe?: {
    run: (
      context: unknown,
      options: unknown
    ) => Promise<{
      violations: {
        id: string
        impact: string | null
        help: string
        nodes: { target: unknown[] }[]
      }[]
      passes: unknown[]
    }>
  }
}

export interface AxeTarget {
  /** Selector of the extension's shadow host, and which match to use. */
  host: string
  hostIndex: number
  /** Selector of the element to check inside the host's open shadow root. */
  inner: string
  /** File name for the full result: artifacts/axe/NAME.json. */
  name: string
}

/** Runs axe-core on one element inside an extension shadow root; returns the violations. */
export async function axeInShadow(
  page: Page,
  target: AxeTarget
): Promise<{ violations: AxeViolation[]; passes: number }> {
  const hasAxe = await page.evaluate(() => typeof (window as AxeWindow).axe !== "undefined")
  if (!hasAxe) {
    const source = await readFile(require.resolve("axe-core/axe.min.js"), "utf8")
    await page.addScriptTag({ content: source })
  }
  const result = await page.evaluate(
    async ({ host, hostIndex, inner, tags }) => {
      const axe = (window as AxeWindow).axe
      if (!axe) throw new Error("axe-core did not load")
      const root = document.querySelectorAll(host)[hostIndex]?.shadowRoot
      const element = root?.querySelector(inner)
      if (!element) throw new Error(`nothing matches ${inner} inside ${host} #${hostIndex}`)
      const run = await axe.run(element, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"]
      })
      return {
        passes: run.passes.length,
        violations: run.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.map((n) => JSON.stringify(n.target))
        }))
      }
    },
    { host: target.host, hostIndex: target.hostIndex, inner: target.inner, tags: WCAG_21_AA }
  )
  const dir = path.join(path.dirname(SCREENSHOT_DIR), "axe")
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, `${target.name}.json`), JSON.stringify(result, null, 2) + "\n")
  return result
}
