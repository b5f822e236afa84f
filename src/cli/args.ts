import { isSiteId, SITE_IDS, type SiteId } from "../sites/registry"

/** Command-line options of `npm run check`. Pure: parsing only, no I/O. */
export interface CliOptions {
  json: boolean
  help: boolean
  settingsFile?: string
  /** Human mode: the draft given as arguments. JSON mode: an input file, or "-" for stdin. */
  positional: string[]
  site?: SiteId
  handle?: string
  profile?: string
}

export const USAGE = `Usage:
  npm run check -- [options] "draft text"      check one draft, print findings readably
  npm run check -- [options] -                 read one draft from stdin
  npm run --silent check -- --json [FILE|-]    JSON lines in ({ text, site?, account?, settings? }),
                                               one { "findings": [...] } or { "error": "..." } line out per input
Options:
  --settings FILE    JSON settings merged over the defaults (each JSON line's settings merge over these);
                     "classList": ["Sophie Tremblay", "Flett, Jordan"] is hashed as the extension does
  --site SITE        ${SITE_IDS.join(" | ")} (human mode)
  --handle HANDLE    account handle (human mode)
  --profile TEXT     account profile text (human mode)
  --help             this text
Exit codes: 0 checked (findings or not), 2 bad usage or unreadable settings.`

export function parseArgs(argv: string[]): CliOptions | { error: string } {
  const o: CliOptions = { json: false, help: false, positional: [] }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const value = (): string | undefined => argv[++i]
    if (a === "--") {
      o.positional.push(...argv.slice(i + 1))
      break
    } else if (a === "--json") o.json = true
    else if (a === "--help" || a === "-h") o.help = true
    else if (a === "--settings" || a === "--site" || a === "--handle" || a === "--profile") {
      const v = value()
      if (v === undefined) return { error: `${a} needs a value` }
      if (a === "--settings") o.settingsFile = v
      else if (a === "--handle") o.handle = v
      else if (a === "--profile") o.profile = v
      else if (!isSiteId(v)) return { error: `--site must be one of ${SITE_IDS.join(", ")}` }
      else o.site = v
    } else if (a.startsWith("--")) return { error: `unknown option ${a}` }
    else o.positional.push(a)
  }
  if (o.json && o.positional.length > 1)
    return { error: "--json takes at most one input FILE (or -)" }
  return o
}
