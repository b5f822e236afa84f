/**
 * Debounce and "latest answer wins" for checks. The check itself runs in the
 * background; the page only waits for a pause in typing, then keeps the answer to
 * the newest request and drops older ones that arrive late.
 */
export interface Debounced {
  (): void
  cancel(): void
  /** Run now if a call is waiting. */
  flush(): void
  pending(): boolean
}

export function debounce(fn: () => void, ms: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined
  const run = () => {
    timer = undefined
    fn()
  }
  const d = (() => {
    if (timer !== undefined) clearTimeout(timer)
    timer = setTimeout(run, ms)
  }) as Debounced
  d.cancel = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }
  d.flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer)
      run()
    }
  }
  d.pending = () => timer !== undefined
  return d
}

/** Hands out increasing ticket numbers; only the newest ticket's answer is current. */
export class Sequence {
  private last = 0
  next(): number {
    return ++this.last
  }
  isCurrent(ticket: number): boolean {
    return ticket === this.last
  }
}

/** Resolves with the promise's value, or with `fallback` after `ms` (fail open). */
export function withTimeout<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(fallback), ms)
    p.then(
      (v) => {
        clearTimeout(t)
        resolve(v)
      },
      () => {
        clearTimeout(t)
        resolve(fallback)
      }
    )
  })
}
