/** Timing helpers shared by bench sections. No assertions: numbers are reported, not tested. */

export interface Timing {
  /** Wall-clock milliseconds: what the teacher waits. */
  p50: number
  p95: number
  /**
   * Process CPU milliseconds (user + system) for the same runs. On a shared,
   * overloaded machine wall time includes waiting for a core; CPU time does not,
   * so a wide gap between the two means the wall figure is mostly load.
   */
  cpuP50: number
  cpuP95: number
  runs: number
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, i)]!
}

class Samples {
  wall: number[] = []
  cpu: number[] = []
  measure(fn: () => void): void {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    fn()
    this.wall.push(performance.now() - t0)
    const c = process.cpuUsage(c0)
    this.cpu.push((c.user + c.system) / 1000)
  }
  summary(): Timing {
    const w = [...this.wall].sort((a, b) => a - b)
    const c = [...this.cpu].sort((a, b) => a - b)
    return {
      p50: percentile(w, 50),
      p95: percentile(w, 95),
      cpuP50: percentile(c, 50),
      cpuP95: percentile(c, 95),
      runs: w.length
    }
  }
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed. */
export function time(fn: (i: number) => void, runs: number, warmup = Math.ceil(runs / 5)): Timing {
  for (let i = 0; i < warmup; i++) fn(i)
  const s = new Samples()
  for (let i = 0; i < runs; i++) s.measure(() => fn(warmup + i))
  return s.summary()
}

/**
 * Times `a` and `b` alternately (a, b, a, b, …) so both see the same machine load:
 * on a shared machine a burst of load would otherwise land on one side only.
 */
export function timePair(
  a: (i: number) => void,
  b: (i: number) => void,
  runs: number,
  warmup = Math.ceil(runs / 5)
): [Timing, Timing] {
  for (let i = 0; i < warmup; i++) {
    a(i)
    b(i)
  }
  const sa = new Samples()
  const sb = new Samples()
  for (let i = 0; i < runs; i++) {
    sa.measure(() => a(warmup + i))
    sb.measure(() => b(warmup + i))
  }
  return [sa.summary(), sb.summary()]
}

/** Small deterministic PRNG (mulberry32) so drafts and edits are the same every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
