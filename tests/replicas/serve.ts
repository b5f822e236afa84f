/**
 * Builds the replica pages in memory (esbuild, one bundle per site, inlined into the
 * page's HTML) and answers requests for the real sites' URLs with them, so the
 * extension's own manifest match patterns decide what runs, with no network at all.
 */
import { existsSync, readFileSync } from "node:fs"
import { readFile } from "node:fs/promises"
import path from "node:path"

import { build } from "esbuild"

export type ReplicaSite = "facebook" | "instagram" | "x" | "generic"

/** Where each replica is served; the mobile X compose page gets the textarea variant. */
export const REPLICA_URLS = {
  facebook: "https://www.facebook.com/",
  instagram: "https://www.instagram.com/",
  x: "https://x.com/home",
  xMobile: "https://mobile.x.com/compose/post"
} as const

export type ReplicaPage = keyof typeof REPLICA_URLS

/** Pages of each site that have no composer (an adapter must leave them untouched). */
export const NO_COMPOSER_URLS: Record<ReplicaPage, string> = {
  facebook: "https://www.facebook.com/settings/",
  instagram: "https://www.instagram.com/explore/",
  x: "https://x.com/explore",
  xMobile: "https://mobile.x.com/explore"
}

/**
 * Generic-adapter replicas (issue 15): the real editor libraries on hosts a
 * division lists in `extraSites` (tests/replicas/generic/main.tsx picks the page
 * by address).
 */
export const GENERIC_REPLICA_URLS = {
  tiptap: "https://schoolblog.example.org/wp-admin/post-new.php",
  quill: "https://classroom.example.edu/c/7b/stream",
  quillCarousel: "https://classroom.example.edu/c/7b/carousel",
  chat: "https://classroom.example.edu/c/7b/comments",
  textarea: "https://forum.example.net/t/field-trip/12/reply"
} as const

const ORIGIN_SITES: Record<string, ReplicaSite> = {
  "https://www.facebook.com": "facebook",
  "https://business.facebook.com": "facebook",
  "https://www.instagram.com": "instagram",
  "https://x.com": "x",
  "https://mobile.x.com": "x",
  "https://schoolblog.example.org": "generic",
  "https://classroom.example.edu": "generic",
  "https://forum.example.net": "generic"
}

/**
 * The project folder, found by walking up to its package.json (not from __dirname
 * alone: the demo runs this file bundled into another folder).
 */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json")
    if (
      existsSync(manifest) &&
      JSON.parse(readFileSync(manifest, "utf8")).name === "before-you-post"
    ) {
      return dir
    }
    if (path.dirname(dir) === dir) return path.resolve(process.cwd())
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname)
const REPLICAS_DIR = path.join(PROJECT_ROOT, "tests", "replicas")
const SCRIPT_SLOT = "<!--REPLICA_SCRIPT-->"
const bundles = new Map<ReplicaSite, Promise<string>>()

/** The site whose replica answers `url`, if any. */
export function replicaSiteFor(url: string): ReplicaSite | undefined {
  try {
    return ORIGIN_SITES[new URL(url).origin]
  } catch {
    return undefined
  }
}

async function bundle(site: ReplicaSite): Promise<string> {
  const result = await build({
    entryPoints: [path.join(REPLICAS_DIR, site, "main.tsx")],
    bundle: true,
    write: false,
    minify: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    jsx: "automatic",
    loader: { ".css": "text" },
    define: { "process.env.NODE_ENV": '"production"', global: "window" },
    logLevel: "silent"
  })
  const file = result.outputFiles[0]
  if (!file) throw new Error(`esbuild produced no bundle for the ${site} replica`)
  return file.text
}

/** The full HTML of a site's replica with its bundle inline (built once per process). */
export async function replicaHtml(site: ReplicaSite): Promise<string> {
  let pending = bundles.get(site)
  if (!pending) {
    pending = bundle(site)
    bundles.set(site, pending)
  }
  const [template, script] = await Promise.all([
    readFile(path.join(REPLICAS_DIR, site, "index.html"), "utf8"),
    pending
  ])
  if (!template.includes(SCRIPT_SLOT)) throw new Error(`${site}/index.html lacks ${SCRIPT_SLOT}`)
  // A literal "</script" inside the bundle would end the inline script early.
  const safe = script.replace(/<\/script/gi, "<\\/script")
  return template.replace(SCRIPT_SLOT, () => `<script>\n${safe}\n</script>`)
}
