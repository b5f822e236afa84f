/**
 * A bench section measures one budget area (checker now; browser, OCR, bundle size
 * later) and returns rows for the shared table. Add a file under sections/ and list
 * it in run.ts.
 */
export interface BenchRow {
  /** What was measured, e.g. "check 280 chars (fresh checker)". */
  name: string
  /** Measured value(s), already formatted, e.g. "p50 1.2 ms · p95 2.0 ms". */
  value: string
  /** The budget, in words, e.g. "p95 ≤ 10 ms and ≤ ½ naive"; empty when informative only. */
  target: string
  status: "PASS" | "OVER" | "info"
}

export interface BenchSection {
  title: string
  run(): Promise<BenchRow[]>
}
