import { readFileSync } from "fs"
import { join } from "path"
import { defaultSettings } from "./defaults"
import { buildManagedSchema, type ChromeSchema } from "./managed-schema"
import { resolve } from "./resolve"
import { settingsSchema } from "./schema"

/**
 * src/managed-schema.json is what Chrome reads (package.json → manifest.storage).
 * It must equal what the settings schema generates, and stay inside the subset
 * of JSON Schema Chrome's policy code accepts: a schema Chrome cannot parse
 * stops the extension from loading.
 */

const root = join(__dirname, "..", "..")
const committed = JSON.parse(readFileSync(join(root, "src", "managed-schema.json"), "utf8"))
const generated = buildManagedSchema()

const CHROME_TYPES = ["object", "array", "string", "boolean", "integer", "number"]
const CHROME_KEYWORDS = [
  "type",
  "title",
  "description",
  "properties",
  "items",
  "enum",
  "pattern",
  "minimum",
  "maximum",
  "required",
  "additionalProperties",
  "patternProperties",
  "$ref",
  "id"
]

/** Every schema node with its path ("" = top, "rules.student-full-name", "customRules[]"). */
function nodes(s: ChromeSchema, path = ""): [string, ChromeSchema, boolean][] {
  const out: [string, ChromeSchema, boolean][] = []
  const visit = (n: ChromeSchema, p: string, isProperty: boolean) => {
    out.push([p, n, isProperty])
    for (const [k, v] of Object.entries(n.properties ?? {})) visit(v, p ? `${p}.${k}` : k, true)
    if (n.items) visit(n.items, `${p}[]`, false)
  }
  visit(s, path, false)
  return out
}

test("the committed src/managed-schema.json is up to date (run npm run gen:schema)", () => {
  expect(committed).toEqual(generated)
})

test("package.json points Plasmo at it", () => {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"))
  expect(pkg.manifest.storage.managed_schema).toBe("~managed-schema.json")
})

test("top level: an object with properties and no additionalProperties (Chrome's rule)", () => {
  expect(committed.type).toBe("object")
  expect(committed).not.toHaveProperty("additionalProperties")
  expect(Object.keys(committed.properties).length).toBeGreaterThan(10)
})

test.each(nodes(generated).map(([p, n, isProp]) => [p || "(top)", n, isProp] as const))(
  "%s: one Chrome type, only Chrome keywords, and a title and description",
  (_path, node, isProperty) => {
    expect(CHROME_TYPES).toContain(node.type)
    for (const k of Object.keys(node)) expect(CHROME_KEYWORDS).toContain(k)
    if (isProperty) {
      expect(node.title?.length).toBeGreaterThan(1)
      expect(node.description?.length).toBeGreaterThan(5)
    }
    if (node.type === "array") expect(node.items).toBeDefined()
    if (node.type === "object") expect(node.properties).toBeDefined()
  }
)

test("every settings key except schemaVersion is a policy, with the zod type", () => {
  const expectedType = (key: string) => {
    const v = (defaultSettings as Record<string, unknown>)[key]
    // Keys with no default (the hashed name lists) are all objects.
    if (v === undefined) return "object"
    return Array.isArray(v) ? "array" : typeof v === "object" ? "object" : typeof v
  }
  const keys = Object.keys(settingsSchema.shape).filter((k) => k !== "schemaVersion")
  expect(Object.keys(committed.properties).sort()).toEqual(keys.sort())
  for (const k of keys) expect(committed.properties[k].type).toBe(expectedType(k))
})

/** A small validator with Chrome's semantics for the keywords we emit (types only). */
function chromeAccepts(s: ChromeSchema, v: unknown): boolean {
  switch (s.type) {
    case "boolean":
      return typeof v === "boolean"
    case "integer":
      return Number.isInteger(v)
    case "number":
      return typeof v === "number"
    case "string":
      return typeof v === "string"
    case "array":
      return Array.isArray(v) && v.every((x) => chromeAccepts(s.items!, x))
    case "object": {
      if (typeof v !== "object" || v === null || Array.isArray(v)) return false
      // Unknown properties: Chrome drops them and keeps the rest.
      return Object.entries(v).every(
        ([k, x]) => !s.properties?.[k] || chromeAccepts(s.properties[k]!, x)
      )
    }
  }
}

test("lenient on purpose: no enum, pattern or required for Chrome to drop whole policies over", () => {
  for (const [, node] of nodes(committed))
    for (const k of Object.keys(node))
      expect(["type", "title", "description", "properties", "items"]).toContain(k)
})

describe("Chrome and resolve agree", () => {
  const { schemaVersion: _v, ...asPolicy } = defaultSettings
  const good = [
    asPolicy,
    { rules: { "student-full-name": { severity: "block" } } },
    {
      customRules: [{ id: "no-bus", words: ["bus"], message: "No bus numbers.", severity: "warn" }]
    },
    { officialAccounts: [{ site: "x", handle: "ParkWestSD" }], sites: { instagram: false } },
    { policyRefs: { "field-trip-details": { clause: "AP 144", quote: "Limit trip details." } } }
  ]
  // Wrong JSON types: Chrome drops the whole top-level policy, resolve never sees it.
  const wrongType = [
    { disclaimerText: 3 },
    { sites: { x: "no" } },
    { enforcement: { postAnyway: { customRules: 0 } } },
    { divisionNames: ["PWSD", 7] }
  ]
  // Right types, wrong values: Chrome passes them on, resolve keeps the good parts.
  const bus = { id: "bus", words: ["bus"], message: "No bus numbers.", severity: "warn" }
  const wrongValue = [
    {
      rules: { "student-full-name": { enabled: false }, "field-trip-details": { severity: "high" } }
    },
    { customRules: [bus, { id: "No Bus", words: ["bus"], message: "m", severity: "warn" }] },
    { customRules: [bus, { id: "no-bus", words: ["bus"], severity: "warn" }] },
    { customRules: [bus, { id: "re", pattern: "(", message: "m", severity: "warn" }] },
    {
      officialAccounts: [
        { site: "x", handle: "pw" },
        { site: "myspace", handle: "pw" }
      ]
    },
    { policyRefs: { "field-trip-details": { clause: "AP 144" } } }
  ]
  const label = (p: object) => JSON.stringify(p).slice(0, 70)

  test.each(good.map((p) => [label(p), p]))("a policy both accept: %s", (_l, policy) => {
    expect(chromeAccepts(generated, policy)).toBe(true)
    const r = resolve(defaultSettings, {}, policy)
    expect(r.problems.filter((p) => p.level === "error")).toEqual([])
    expect(r.locks.length).toBeGreaterThan(0)
  })

  test.each(wrongType.map((p) => [label(p), p]))("a wrong type Chrome drops: %s", (_l, policy) => {
    expect(chromeAccepts(generated, policy)).toBe(false)
    // Defensive anyway (Firefox and other browsers may not validate).
    const r = resolve(defaultSettings, {}, policy)
    expect(r.problems.filter((p) => p.level === "error").length).toBeGreaterThan(0)
  })

  test.each(wrongValue.map((p) => [label(p), p]))(
    "a wrong value Chrome passes on and resolve reports: %s",
    (_l, policy) => {
      expect(chromeAccepts(generated, policy)).toBe(true)
      const r = resolve(defaultSettings, {}, policy)
      expect(r.problems.filter((p) => p.level === "error")).toHaveLength(1)
    }
  )

  test("the case that decided it: one bad severity no longer unlocks the other rules", () => {
    const r = resolve(defaultSettings, {}, wrongValue[0])
    expect(r.locks).toEqual(["rules.student-full-name.enabled"])
    expect(r.effective.rules["student-full-name"].enabled).toBe(false)
  })
})
