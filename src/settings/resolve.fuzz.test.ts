import fc from "fast-check"
import { defaultSettings } from "./defaults"
import { resolve } from "./resolve"
import { settingsSchema } from "./schema"

/**
 * Random JSON in, valid settings out, never an exception. Inputs are biased
 * towards real keys so the random values reach the per-key validation, not
 * just the "unknown key" path.
 */

const KEYS = Object.keys(settingsSchema.shape)

const value = fc.jsonValue({ maxDepth: 4 })
const nearlySettings = fc.dictionary(fc.constantFrom(...KEYS, "Value", "colour"), value, {
  maxKeys: 8
})
// Admin console wrapping, sometimes.
const wrapped = nearlySettings.map((o) =>
  Object.fromEntries(Object.entries(o).map(([k, v], i) => [k, i % 2 ? { Value: v } : v]))
)
const nestedKeys = fc.record(
  {
    rules: fc.dictionary(
      fc.constantFrom("student-full-name", "field-trip-details", "nope", "custom:x"),
      fc.oneof(value, fc.record({ enabled: value, severity: value }, { requiredKeys: [] }))
    ),
    customRules: fc.array(
      fc.record(
        {
          id: fc.oneof(fc.string(), fc.constantFrom("a", "b", "no-bus")),
          pattern: fc.oneof(fc.string(), fc.constantFrom("(", "[a-", "\\", "a+", "(?<=x)y")),
          words: fc.oneof(value, fc.array(fc.string())),
          message: value,
          severity: fc.oneof(value, fc.constantFrom("info", "warn", "block")),
          enabled: value
        },
        { requiredKeys: [] }
      )
    ),
    sites: fc.oneof(value, fc.dictionary(fc.constantFrom("facebook", "x", "tiktok"), value)),
    enforcement: fc.oneof(
      value,
      fc.record({ allowPause: value, postAnyway: value }, { requiredKeys: [] })
    )
  },
  { requiredKeys: [] }
)
const anyInput = fc.oneof(value, nearlySettings, wrapped, nestedKeys, fc.constant(undefined))

test("resolve never throws and always returns valid settings", () => {
  fc.assert(
    fc.property(anyInput, anyInput, (user, managed) => {
      const r = resolve(defaultSettings, user, managed)
      expect(settingsSchema.safeParse(r.effective).success).toBe(true)
      for (const p of r.problems) {
        expect(typeof p.message).toBe("string")
        expect(p.message.length).toBeGreaterThan(10)
        expect(["user", "managed"]).toContain(p.source)
      }
      // Every lock names something policy could set.
      for (const l of r.locks) expect(KEYS).toContain(l.split(".")[0])
    }),
    { numRuns: 250, seed: 20261123 }
  )
})

test("valid settings survive a round trip unchanged, without problems", () => {
  fc.assert(
    fc.property(
      fc.record({
        disclaimerText: fc
          .string({ minLength: 1, maxLength: 50 })
          .filter((s) => s.trim() === s && s !== ""),
        schools: fc.array(fc.constantFrom("Park West High", "Lakeview School"), { maxLength: 3 }),
        sites: fc.record({ facebook: fc.boolean(), instagram: fc.boolean(), x: fc.boolean() })
      }),
      (user) => {
        const r = resolve(defaultSettings, user, user)
        expect(r.problems).toEqual([])
        expect(r.effective).toEqual({ ...defaultSettings, ...user })
      }
    ),
    { numRuns: 100, seed: 7 }
  )
})
