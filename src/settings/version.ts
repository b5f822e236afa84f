/**
 * The version of the stored settings format. Bump it together with a new entry in
 * migrate.ts whenever a stored key is renamed or reshaped, so an upgrade never
 * loses a teacher's or a division's setting. Kept free of imports so that
 * defaults.ts (read by the checker everywhere) does not pull in zod.
 */
export const SCHEMA_VERSION = 1
