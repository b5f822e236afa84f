/**
 * `npm run --silent hash-names -- [--salt S] FILE` — names (one per line, or a
 * CSV/TSV export with name columns, see src/options/roster.ts) → the policy
 * value `nonDisclosureHashed`: { "salt": "…", "hashes": ["…"], "count": n },
 * printed on stdout. A random salt unless --salt is given. Lines not read as a
 * full name are listed on stderr (with their line number, never on stdout).
 *
 * What this protects against, honestly: docs/deploy.md.
 */
import { readFileSync } from "fs"
import { hashNames, randomSalt } from "../src/core/hash/names"
import { readRoster } from "../src/options/roster"

const USAGE = "Usage: npm run --silent hash-names -- [--salt SALT] FILE   (FILE may be - for stdin)"

function main(argv: string[]): number {
  let salt: string | undefined
  const files: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === "--salt") salt = argv[++i]
    else if (a === "--help" || a === "-h") {
      process.stdout.write(`${USAGE}\n`)
      return 0
    } else if (a === "--") continue
    else files.push(a)
  }
  if (files.length !== 1 || (salt !== undefined && salt.length < 8)) {
    process.stderr.write(
      `${USAGE}\n${salt !== undefined ? "The salt needs 8 characters or more.\n" : ""}`
    )
    return 2
  }
  let text: string
  try {
    text = readFileSync(files[0] === "-" ? 0 : files[0]!, "utf8")
  } catch (e) {
    process.stderr.write(`Cannot read ${files[0]}: ${(e as Error).message}\n`)
    return 2
  }
  const roster = readRoster(text)
  for (const s of roster.skipped) process.stderr.write(`line ${s.line}: skipped (${s.reason})\n`)
  const built = hashNames(roster.names, salt ?? randomSalt(), { firsts: true })
  process.stderr.write(`${built.count} names hashed into ${built.hashes.length} hashes.\n`)
  const { count, hashes } = built
  process.stdout.write(`${JSON.stringify({ salt: built.salt, hashes, count })}\n`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
