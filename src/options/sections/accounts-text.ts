import { siteFromWord, type SiteId } from "../../sites/registry"

/** Official accounts as lines of text ("facebook @parkwestsd"): easier to paste than a form. */

export function formatAccounts(accounts: readonly { site: SiteId; handle: string }[]): string[] {
  return accounts.map((a) => `${a.site} ${a.handle}`)
}

/** Lines that do not start with a known site are kept as they are, for resolve to refuse and report. */
export function parseAccounts(lines: string[]): { site: string; handle: string }[] {
  return lines.map((line) => {
    const [first = "", ...rest] = line.trim().split(/\s+/)
    const site = siteFromWord(first.replace(/:$/, ""))
    return site ? { site, handle: rest.join(" ") } : { site: first, handle: rest.join(" ") }
  })
}
