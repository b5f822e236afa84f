/**
 * Build-time configuration shared by the entries. Plasmo does not read this file
 * itself: content scripts need their `config.matches` as a literal in their own
 * file, and a structure test (tests/structure.test.ts) checks that those literals
 * equal the lists here, so the sites stay declared in one place.
 */
export const SITE_MATCHES = {
  facebook: [
    "https://www.facebook.com/*",
    "https://web.facebook.com/*",
    "https://m.facebook.com/*"
  ],
  instagram: ["https://www.instagram.com/*"],
  x: [
    "https://x.com/*",
    "https://twitter.com/*",
    "https://mobile.twitter.com/*",
    "https://mobile.x.com/*"
  ]
} as const

export type SiteId = keyof typeof SITE_MATCHES

/** Stable extension id, derived from the public `manifest.key` in package.json. */
export const EXTENSION_ID = "kdcmkjmdimiojgohpmdljjnneoflibea"
