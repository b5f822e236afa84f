/**
 * A small in-memory chrome.storage for unit tests: sync, local and managed
 * areas with get/set/remove, and onChanged that really fires (jest-chrome and
 * jest-webextension-mock do not). `managedThrows` imitates Firefox without policy.
 */
type Listener = (
  changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
  area: string
) => void

export interface FakeChrome {
  areas: Record<"sync" | "local" | "managed", Record<string, unknown>>
  managedThrows: boolean
  quotaBytesPerItem?: number
  fire(area: string, keys: string[]): void
}

export function installFakeChrome(): FakeChrome {
  const listeners = new Set<Listener>()
  const fake: FakeChrome = {
    areas: { sync: {}, local: {}, managed: {} },
    managedThrows: false,
    fire(area, keys) {
      const changes = Object.fromEntries(
        keys.map((k) => [k, { newValue: fake.areas[area as "sync"]?.[k] }])
      )
      listeners.forEach((l) => l(changes, area))
    }
  }
  const area = (name: "sync" | "local" | "managed") => ({
    async get(keys?: string | string[] | null) {
      if (name === "managed" && fake.managedThrows)
        throw new Error("Managed storage manifest not found")
      const all = fake.areas[name]
      if (keys === null || keys === undefined) return { ...all }
      const list = typeof keys === "string" ? [keys] : keys
      return Object.fromEntries(list.filter((k) => k in all).map((k) => [k, all[k]]))
    },
    async set(items: Record<string, unknown>) {
      if (name === "managed") throw new Error("managed is read-only")
      for (const [k, v] of Object.entries(items)) {
        if (fake.quotaBytesPerItem && JSON.stringify(v).length > fake.quotaBytesPerItem)
          throw new Error("QUOTA_BYTES_PER_ITEM quota exceeded")
        fake.areas[name][k] = v
      }
      fake.fire(name, Object.keys(items))
    },
    async remove(keys: string | string[]) {
      for (const k of typeof keys === "string" ? [keys] : keys) delete fake.areas[name][k]
      fake.fire(name, typeof keys === "string" ? [keys] : keys)
    }
  })
  ;(globalThis as Record<string, unknown>).chrome = {
    storage: {
      sync: area("sync"),
      local: area("local"),
      managed: area("managed"),
      onChanged: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l)
      }
    },
    runtime: {}
  }
  return fake
}
