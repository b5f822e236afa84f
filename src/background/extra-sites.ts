/**
 * Runs the generic content script on the division's extra sites (`extraSites`).
 * The sites are known only at run time, so the script is registered with
 * `scripting.registerContentScripts` (Chrome, Edge and Firefox MV3) for the listed
 * patterns whose host the teacher granted (`optional_host_permissions`; the
 * options page asks, the browser needs a click). Re-synced when the settings
 * change and when a permission is granted or removed.
 */
import { BUILTIN_MATCHES, originPattern, usablePatterns } from "../sites/extra-sites"

export const GENERIC_SCRIPT_ID = "byp-generic"
/** Built by scripts/build-generic.mjs into each build's root. */
export const GENERIC_SCRIPT_FILE = "generic-content.js"

/** The part of chrome.* this needs (a test double passes its own). */
export interface ExtraSitesApi {
  permissions: Pick<typeof chrome.permissions, "contains">
  scripting: Pick<
    typeof chrome.scripting,
    | "getRegisteredContentScripts"
    | "registerContentScripts"
    | "updateContentScripts"
    | "unregisterContentScripts"
  >
}

/** The listed patterns the teacher has granted, in their order. */
export async function grantedPatterns(
  patterns: readonly string[],
  api: Pick<ExtraSitesApi, "permissions">
): Promise<string[]> {
  const out: string[] = []
  for (const p of usablePatterns(patterns)) {
    const origin = originPattern(p)
    if (!origin) continue
    try {
      if (await api.permissions.contains({ origins: [origin] })) out.push(p)
    } catch {
      /* a pattern the browser refuses: not granted */
    }
  }
  return out
}

/**
 * Registers, updates or removes the generic content script so it runs exactly on
 * the granted patterns (never on the three built-in sites, whose own scripts run
 * there). Returns the patterns it now runs on.
 */
export async function syncExtraSites(
  patterns: readonly string[],
  api: ExtraSitesApi
): Promise<string[]> {
  const matches = await grantedPatterns(patterns, api)
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [GENERIC_SCRIPT_ID] })
  if (!matches.length) {
    if (existing.length) await api.scripting.unregisterContentScripts({ ids: [GENERIC_SCRIPT_ID] })
    return []
  }
  const script: chrome.scripting.RegisteredContentScript = {
    id: GENERIC_SCRIPT_ID,
    matches,
    excludeMatches: BUILTIN_MATCHES,
    js: [GENERIC_SCRIPT_FILE],
    runAt: "document_idle",
    allFrames: false,
    persistAcrossSessions: true
  }
  if (existing.length) await api.scripting.updateContentScripts([script])
  else await api.scripting.registerContentScripts([script])
  return matches
}

/** Serialises syncs: a settings change and a permission change can arrive together. */
export function extraSitesSyncer(
  read: () => Promise<readonly string[]>,
  api: ExtraSitesApi
): () => Promise<string[]> {
  let chain: Promise<string[]> = Promise.resolve([])
  return () => {
    chain = chain.then(
      async () => syncExtraSites(await read(), api).catch(() => []),
      async () => syncExtraSites(await read(), api).catch(() => [])
    )
    return chain
  }
}
