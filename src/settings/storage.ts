/**
 * How settings look where they are stored, and how to read them back. Pure: the
 * chrome.storage calls belong to the extension pages.
 *
 * - Teacher settings: @plasmohq/storage writes every value as a JSON string
 *   (`"\"Room 12\""`), one storage key per setting. Read through the Storage class
 *   you get parsed values; read the area directly and you must decode.
 * - Policy: `chrome.storage.managed.get(null)` gives plain JSON values. Google
 *   Admin console policy files wrap each key as `{"key": {"Value": …}}`.
 */

/** A JSON object (not null, not an array): the shape every settings layer must have. */
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v)

const isWrapped = (v: unknown): v is { Value: unknown } =>
  isPlainObject(v) &&
  Object.keys(v).length === 1 &&
  Object.prototype.hasOwnProperty.call(v, "Value")

/**
 * Unwraps Admin console values (`{"Value": x}` → x) at the top level; other keys
 * and non-objects pass through untouched (resolve reports what is wrong with them).
 */
export function unwrapAdminConsole(policy: unknown): unknown {
  if (!isPlainObject(policy)) return policy
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(policy))
    out[key] = isWrapped(value) ? value.Value : value
  return out
}

/**
 * Decodes a raw storage area written by @plasmohq/storage: each string value is
 * parsed as JSON; a string that is not JSON is kept as written. A non-object area
 * is returned as is, for resolve to report.
 */
export function decodeStorageArea(raw: unknown): unknown {
  if (!isPlainObject(raw)) return raw
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(raw)) out[key] = decodeStoredValue(value)
  return out
}

/**
 * One stored value: a string holding JSON (as @plasmohq/storage writes it) is
 * parsed; any other value, or a string that is not JSON, is returned as is.
 */
export function decodeStoredValue(value: unknown): unknown {
  if (typeof value !== "string") return value
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}

/** The reverse, for tests and for code that writes the area directly. */
export function encodeStorageArea(values: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(values))
    if (value !== undefined) out[key] = JSON.stringify(value)
  return out
}
