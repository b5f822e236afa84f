/**
 * Writes src/managed-schema.json (Chrome's managed-storage schema) from the
 * settings schema. Run `npm run gen:schema` after changing src/settings/schema.ts;
 * src/settings/managed-schema.test.ts fails while the committed file is stale.
 * `--check` only compares, for CI.
 */
import { readFileSync, writeFileSync } from "fs"
import { join } from "path"
import { format, resolveConfig } from "prettier"
import { buildManagedSchema } from "../src/settings/managed-schema"

export const MANAGED_SCHEMA_PATH = join(__dirname, "..", "src", "managed-schema.json")

async function main(): Promise<void> {
  const config = (await resolveConfig(MANAGED_SCHEMA_PATH)) ?? {}
  const text = await format(JSON.stringify(buildManagedSchema()), { ...config, parser: "json" })
  if (process.argv.includes("--check")) {
    let current = ""
    try {
      current = readFileSync(MANAGED_SCHEMA_PATH, "utf8")
    } catch {
      // missing counts as stale
    }
    if (current !== text) {
      console.error("src/managed-schema.json is stale: run npm run gen:schema")
      process.exit(1)
    }
    return
  }
  writeFileSync(MANAGED_SCHEMA_PATH, text)
  console.log(`wrote ${MANAGED_SCHEMA_PATH}`)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
