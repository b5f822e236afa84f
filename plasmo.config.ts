import { SITES, type SiteId } from "./src/sites/registry"

/**
 * Build-time configuration shared by the entries. Plasmo does not read this file
 * itself: content scripts need their `config.matches` as a literal in their own
 * file, and a structure test (tests/structure.test.ts) checks that those literals
 * equal the site registry's (src/sites/registry.ts), so the sites stay declared
 * in one place.
 */
export const SITE_MATCHES = Object.fromEntries(
  Object.entries(SITES).map(([site, info]) => [site, info.matches])
) as { [S in SiteId]: (typeof SITES)[S]["matches"] }

export type { SiteId }

/** Stable extension id, derived from the public `manifest.key` in package.json. */
export const EXTENSION_ID = "kdcmkjmdimiojgohpmdljjnneoflibea"
