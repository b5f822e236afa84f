/**
 * The README's demo (run by scripts/demo.mjs): headless Chromium with the built
 * extension types the sample post into each replica site, then prints what the
 * Before You Post panel shows, what the one-click fix leaves in the editor, and
 * where the screenshots are.
 */
import path from "node:path"

import {
  defaultBuildDir,
  launch,
  openReplica,
  screenshot,
  screenshotElement,
  typeLikePerson,
  waitForEditorChange,
  waitForPanel,
  type PanelLocators
} from "./harness"
import { PROJECT_ROOT } from "../replicas/serve"
import { SAMPLE, SITES } from "./sites"

interface ShownFinding {
  rule: string
  severity: string
  message: string
  match: string
  fixes: string[]
}

async function readPanel(
  panel: PanelLocators
): Promise<{ state: string; findings: ShownFinding[] }> {
  return panel.host.evaluate((host) => {
    const root = host.shadowRoot
    const box = root?.querySelector('[data-byp="panel"]')
    const text = (el: Element | null | undefined): string => el?.textContent?.trim() ?? ""
    return {
      state: box?.getAttribute("data-state") ?? "(no panel)",
      findings: [...(root?.querySelectorAll('[data-byp="finding"]') ?? [])].map((item) => ({
        rule: item.getAttribute("data-rule") ?? "",
        severity: item.getAttribute("data-severity") ?? "",
        message: text(item.querySelector('[data-byp="message"], .msg')),
        match: text(item.querySelector('[data-byp="match"]')),
        fixes: [...item.querySelectorAll('button[data-byp="fix"]')].map((b) => text(b))
      }))
    }
  })
}

/** Waits for the sample's findings; gives up quietly after `timeoutMs` (the demo then shows what is there). */
async function settled(panel: PanelLocators, timeoutMs: number): Promise<void> {
  await panel.host
    .locator('[data-byp="panel"][data-state="findings"]')
    .waitFor({ timeout: timeoutMs })
    .catch(() => undefined)
}

export async function runDemo(log: (line: string) => void = console.log): Promise<number> {
  const buildDir = defaultBuildDir()
  const rel = (file: string): string => path.relative(PROJECT_ROOT, file)
  log(`Before You Post demo: headless Chromium with the extension from ${rel(buildDir)}`)
  log(`Sample post: "${SAMPLE}"`)
  const session = await launch({ buildDir })
  let problems = 0
  try {
    for (const site of SITES) {
      log("")
      log(`${site.title}: ${site.url}`)
      const page = await openReplica(session, site.url, site.composersOnLoad)
      const composer = await site.main(page)
      log(`  typing into the ${composer.label}…`)
      await typeLikePerson(composer.editor, SAMPLE, 30)
      const panel = await waitForPanel(composer.editor).catch(() => null)
      if (!panel) {
        problems++
        log("  ✗ no panel appeared next to the composer")
        log(`  screenshot: ${rel(await screenshot(page, `demo-${site.page}`))}`)
        continue
      }
      await settled(panel, 10_000)
      const shown = await readPanel(panel)
      const shots = [
        await screenshot(page, `demo-${site.page}`),
        await screenshotElement(panel.host, `demo-${site.page}-panel`)
      ]
      log(`  panel (${shown.state}): ${shown.findings.length} finding(s)`)
      for (const f of shown.findings) {
        log(`   • [${f.severity}] ${f.rule}${f.match ? ` — "${f.match}"` : ""}`)
        if (f.message) log(`     ${f.message}`)
      }
      if (shown.state === "checking" || shown.findings.length === 0) problems++

      const fix = panel.findings().locator('button[data-byp="fix"]').first()
      if ((await fix.count()) > 0) {
        const label = (await fix.textContent())?.trim()
        await fix.click()
        const after = await waitForEditorChange(composer.editor, SAMPLE)
        log(`  after "${label}" the editor itself holds: "${after}"`)
        shots.push(await screenshot(page, `demo-${site.page}-after-fix`))
      }
      log(`  screenshots: ${shots.map(rel).join(", ")}`)
    }
  } finally {
    await session.close()
  }
  log("")
  log(problems ? `${problems} site(s) did not show a finding.` : "Every site showed its finding.")
  return problems
}
