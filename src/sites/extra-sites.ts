/**
 * The division's extra sites (`extraSites` in settings and policy): URL match
 * patterns where the generic adapter runs. Pure (no DOM, no chrome.*), so the
 * settings schema, the background's registration and the options page share it.
 *
 * A pattern follows the browser's match-pattern syntax, limited to what the
 * extension can be granted (`optional_host_permissions` covers http and https):
 *   https://www.linkedin.com/*      one host
 *   https://*.blogspot.com/*        a domain and all its subdomains
 *   *://classroom.example.edu/*     http and https
 * A pattern must name a host: "https://*" + "/*" (every site) is refused, since the
 * generic adapter would then run on every page the teacher opens.
 */
import { SITES } from "./registry"

export interface ParsedPattern {
  scheme: "http" | "https" | "*"
  /** The host as written, "*." prefix included. */
  host: string
  path: string
}

export const MAX_EXTRA_SITES = 100

const PATTERN = /^(\*|https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(\d{1,5}|\*))?(\/.*)$/i

/** Why a pattern is refused, or null when it is a usable match pattern. */
export function matchPatternProblem(pattern: string): "format" | "all-hosts" | "scheme" | null {
  const p = pattern.trim()
  if (/^(\*|https?):\/\/\*(\/|:|$)/i.test(p) || p === "<all_urls>") return "all-hosts"
  if (!/^(\*|https?):\/\//i.test(p)) return /^[a-z*-]+:\/\//i.test(p) ? "scheme" : "format"
  const m = PATTERN.exec(p)
  if (!m) return "format"
  const labels = (m[3] ?? "").split(".")
  if (labels.some((l) => l.startsWith("-") || l.endsWith("-") || l.length > 63)) return "format"
  if (m[4] !== undefined && m[4] !== "*" && Number(m[4]) > 65535) return "format"
  return null
}

export function isMatchPattern(pattern: string): boolean {
  return matchPatternProblem(pattern) === null
}

export function parsePattern(pattern: string): ParsedPattern | null {
  const p = pattern.trim()
  if (!isMatchPattern(p)) return null
  const m = PATTERN.exec(p)
  if (!m) return null
  return {
    scheme: (m[1] ?? "https").toLowerCase() as ParsedPattern["scheme"],
    host: `${m[2] ?? ""}${(m[3] ?? "").toLowerCase()}`,
    path: m[5] ?? "/*"
  }
}

/**
 * The host permission to ask for one pattern: the browser grants origins, so the
 * path becomes "/*" ("https://schoolblog.example.org/wp-admin/*" asks for
 * "https://schoolblog.example.org/*"). Null for a refused pattern.
 */
export function originPattern(pattern: string): string | null {
  const p = parsePattern(pattern)
  if (!p) return null
  return `${p.scheme}://${p.host}/*`
}

/** The division's usable patterns, trimmed and without duplicates, in their order. */
export function usablePatterns(patterns: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of patterns) {
    const p = raw.trim()
    if (!isMatchPattern(p) || seen.has(p)) continue
    seen.add(p)
    out.push(p)
  }
  return out
}

/** True when a URL matches a pattern (the browser's rules: "*." covers the domain itself). */
export function urlMatches(pattern: string, url: string): boolean {
  const p = parsePattern(pattern)
  if (!p) return false
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return false
  }
  const scheme = u.protocol.replace(/:$/, "")
  if (p.scheme === "*" ? scheme !== "http" && scheme !== "https" : scheme !== p.scheme) return false
  const host = u.hostname.toLowerCase()
  if (p.host.startsWith("*.")) {
    const base = p.host.slice(2)
    if (host !== base && !host.endsWith(`.${base}`)) return false
  } else if (host !== p.host) return false
  const path = `${u.pathname}${u.search}`
  const re = new RegExp(
    `^${p.path
      .split("*")
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`
  )
  return re.test(path)
}

/**
 * The built-in sites' own patterns: the generic content script is registered with
 * these as `excludeMatches`, so a division listing "https://*.facebook.com/*"
 * never runs two adapters on one page.
 */
export const BUILTIN_MATCHES: string[] = Object.values(SITES).flatMap((s) => [...s.matches])
