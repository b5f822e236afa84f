/**
 * Finding a composer's submit control (issue 15): one module for every adapter.
 * - labels.ts: THE label lists (final, next step, comment send, never) in the
 *   languages Manitoba families use, and `labelKind`;
 * - choose.ts: the pure choice among candidates (behaviour first, labels as hints);
 * - find.ts: reads the DOM into candidates and walks out from the editor, with a
 *   site's or the division's selectors and labels as inputs.
 */
export * from "./labels"
export * from "./choose"
export * from "./find"
