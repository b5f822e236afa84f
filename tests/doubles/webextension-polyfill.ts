// webextension-polyfill refuses to load outside an extension; unit tests get this
// small in-memory double instead (see jest.config.js moduleNameMapper).
type Listener = (
  changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
  area: string
) => void

function makeArea(name: string, listeners: Set<Listener>) {
  let data: Record<string, unknown> = {}
  return {
    async get(keys?: string | string[] | null) {
      if (keys == null) return { ...data }
      const list = Array.isArray(keys) ? keys : [keys]
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, data[k]]))
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {}
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: v }
        data[k] = v
      }
      listeners.forEach((l) => l(changes, name))
    },
    async remove(keys: string | string[]) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k]
    },
    async clear() {
      data = {}
    }
  }
}

const listeners = new Set<Listener>()
const browser = {
  storage: {
    sync: makeArea("sync", listeners),
    local: makeArea("local", listeners),
    managed: makeArea("managed", listeners),
    onChanged: {
      addListener: (l: Listener) => listeners.add(l),
      removeListener: (l: Listener) => listeners.delete(l)
    }
  },
  runtime: { id: "test-extension-id", getURL: (p: string) => `chrome-extension://test/${p}` }
}

export default browser
