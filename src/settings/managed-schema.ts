import * as z from "zod"
import { settingsSchema } from "./schema"

/**
 * Derives Chrome's managed-storage schema (manifest `storage.managed_schema`)
 * from the settings schema, so policy and settings cannot drift apart.
 *
 * Chrome's policy schema is a subset of JSON Schema: every node has exactly one
 * `type`; it knows title, description, properties, items, enum, pattern, minimum,
 * maximum, required, additionalProperties (an object only, never at the top
 * level), patternProperties, $ref and id. A schema Chrome cannot read stops the
 * extension from loading, so zod's extras ($schema, minLength, maxItems,
 * `additionalProperties: false`, …) are dropped.
 *
 * Deliberately lenient: only types, titles and descriptions, no enum, pattern or
 * required. Chrome drops a whole top-level policy when anything inside it fails
 * the schema (tried here: one rule's `severity: "high"` made Chrome drop all of
 * `rules`, unlocking every rule for the teacher). Passed through, the value
 * reaches resolve.ts, which keeps the good fields, locks them, and reports the
 * bad one in words. Allowed values are spelled out in the descriptions instead.
 */

export interface ChromeSchema {
  type: "object" | "array" | "string" | "boolean" | "integer" | "number"
  title?: string
  description?: string
  properties?: Record<string, ChromeSchema>
  items?: ChromeSchema
}

const COPIED = ["type", "title", "description"] as const

type JsonNode = Record<string, unknown>

function clean(node: JsonNode): ChromeSchema {
  const out: JsonNode = {}
  for (const k of COPIED) if (node[k] !== undefined) out[k] = node[k]
  if (node.properties) {
    const props: Record<string, ChromeSchema> = {}
    for (const [k, v] of Object.entries(node.properties as Record<string, JsonNode>))
      props[k] = clean(v)
    out.properties = props
  }
  if (node.items) out.items = clean(node.items as JsonNode)
  return out as unknown as ChromeSchema
}

export function buildManagedSchema(): ChromeSchema {
  // schemaVersion describes stored teacher settings; a policy has no use for it.
  const json = z.toJSONSchema(settingsSchema.omit({ schemaVersion: true })) as JsonNode
  return {
    type: "object",
    title: "Before You Post",
    description:
      "Division settings for Before You Post. Every key is optional; a key set here overrides the teacher's own setting and is locked for the teacher.",
    properties: clean(json).properties
  }
}
