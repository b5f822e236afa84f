/**
 * Helpers for the extension's own pages (options, popup) in real Chromium:
 * their URLs, storage access through the service worker, a policy file for
 * Chromium, and axe-core on a whole page. Used by options/policy/popup tests.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"

import type { Locator, Page } from "playwright-core"

import { PROJECT_ROOT } from "../replicas/serve"

import { EXTENSION_ID } from "../../plasmo.config"
import type { Session } from "./harness"

export const POLICY_DIR = "/etc/chromium/policies/managed"
export const POLICY_FILE = path.join(POLICY_DIR, "byp-test.json")

export const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0

export function extensionUrl(session: Session, file: string): string {
  return `chrome-extension://${session.extensionId ?? EXTENSION_ID}/${file}`
}

export async function openExtensionPage(session: Session, file: string): Promise<Page> {
  const page = await session.context.newPage()
  await page.goto(extensionUrl(session, file))
  return page
}

/** Reads a storage area (decoded JSON strings left as stored) through the service worker. */
export async function readArea(session: Session, area: "sync" | "local" | "managed") {
  if (!session.serviceWorker) throw new Error("no service worker")
  return session.serviceWorker.evaluate(
    (a) => chrome.storage[a as "sync"].get(null) as Promise<Record<string, unknown>>,
    area
  )
}

export async function writeArea(
  session: Session,
  area: "sync" | "local",
  items: Record<string, unknown>
) {
  if (!session.serviceWorker) throw new Error("no service worker")
  await session.serviceWorker.evaluate(
    ([a, i]) => chrome.storage[a as "sync"].set(i as Record<string, unknown>),
    [area, items] as const
  )
}

/** Writes the extension's policy for Chromium (`3rdparty.extensions.<id>`). Root only. */
export function writePolicy(policy: Record<string, unknown>): void {
  mkdirSync(POLICY_DIR, { recursive: true })
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({ "3rdparty": { extensions: { [EXTENSION_ID]: policy } } }, null, 2)
  )
}

export function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true })
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[]
}

/** axe-core (WCAG 2.0/2.1 A and AA) on the whole page, open shadow roots included. */
export async function axeWholePage(page: Page) {
  const hasAxe = await page.evaluate(() => "axe" in window)
  // evaluate, not addScriptTag: the extension pages' CSP forbids inline scripts.
  if (!hasAxe) await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"))
  const result = await page.evaluate(
    async (tags) => {
      const axe = (
        window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResult> } }
      ).axe
      const run = await axe.run(document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"]
      })
      return run.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target))
      }))
    },
    ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
  )
  return result
}

/** Screenshots of the extension's own pages: artifacts/extension-pages/NAME.png (gitignored). */
export const PAGES_SHOT_DIR =
  process.env.BYP_PAGES_SHOT_DIR ?? path.join(PROJECT_ROOT, "artifacts", "extension-pages")

export async function shot(
  target: Page | Locator,
  name: string,
  fullPage = false
): Promise<string> {
  mkdirSync(PAGES_SHOT_DIR, { recursive: true })
  const file = path.join(PAGES_SHOT_DIR, `${name}.png`)
  if ("goto" in target) await target.screenshot({ path: file, fullPage })
  else await target.screenshot({ path: file })
  return file
}
