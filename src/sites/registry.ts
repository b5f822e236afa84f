/**
 * The sites with an adapter of their own: one entry each. Pure data (no DOM), so
 * the checker, the settings schema, the options page, the popup, the CLI and the
 * build configuration can all read it. Everything else that lists sites derives
 * from here: the `SiteId` type, the schema's site enum and `sites.<id>` toggles,
 * the options page's toggles, the CLI's `--site`, and the match patterns that a
 * structure test compares with each `src/contents/<site>.ts` (Plasmo needs them
 * as a literal there).
 *
 * Adding a site: this entry, `src/sites/<site>/` (adapter and selectors) and a
 * thin `src/contents/<site>.ts`. See src/README.md.
 */
export const SITES = {
  facebook: {
    name: { en: "Facebook", fr: "Facebook" },
    aliases: ["fb"],
    matches: [
      "https://www.facebook.com/*",
      "https://web.facebook.com/*",
      "https://m.facebook.com/*",
      "https://business.facebook.com/latest/composer*"
    ]
  },
  instagram: {
    name: { en: "Instagram", fr: "Instagram" },
    aliases: ["ig"],
    matches: ["https://www.instagram.com/*"]
  },
  x: {
    name: { en: "X (formerly Twitter)", fr: "X (anciennement Twitter)" },
    aliases: ["twitter"],
    matches: [
      "https://x.com/*",
      "https://twitter.com/*",
      "https://mobile.twitter.com/*",
      "https://mobile.x.com/*"
    ]
  }
} as const satisfies Record<string, SiteInfo>

export interface SiteInfo {
  /** What teachers call it, in English and French. */
  name: { en: string; fr: string }
  /** Other words IT may type for it in the options page's account lists ("fb @parkwestsd"). */
  aliases: readonly string[]
  /** Where its content script runs (must equal `config.matches` in src/contents/<site>.ts). */
  matches: readonly string[]
}

export type SiteId = keyof typeof SITES

export const SITE_IDS = Object.keys(SITES) as SiteId[]

export function isSiteId(v: unknown): v is SiteId {
  return typeof v === "string" && Object.hasOwn(SITES, v)
}

/** The site a word names: its id or one of its aliases, any case; undefined otherwise. */
export function siteFromWord(word: string): SiteId | undefined {
  const w = word.toLowerCase()
  return SITE_IDS.find((s) => s === w || (SITES[s].aliases as readonly string[]).includes(w))
}

export function siteName(site: SiteId, locale: "en" | "fr" = "en"): string {
  return SITES[site].name[locale]
}
