import {
  GENERIC_SCRIPT_FILE,
  GENERIC_SCRIPT_ID,
  syncExtraSites,
  type ExtraSitesApi
} from "./extra-sites"

/** A browser that grants some origins and keeps registered scripts, like chrome.scripting. */
function fakeBrowser(granted: string[]) {
  const scripts = new Map<string, chrome.scripting.RegisteredContentScript>()
  const calls: string[] = []
  const api: ExtraSitesApi = {
    permissions: {
      contains: (async (p: chrome.permissions.Permissions) =>
        (p.origins ?? []).every((o) => granted.includes(o))) as never
    },
    scripting: {
      getRegisteredContentScripts: (async (f?: chrome.scripting.ContentScriptFilter) =>
        [...scripts.values()].filter((s) => !f?.ids || f.ids.includes(s.id))) as never,
      registerContentScripts: (async (list: chrome.scripting.RegisteredContentScript[]) => {
        calls.push("register")
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error("duplicate id")
          scripts.set(s.id, s)
        }
      }) as never,
      updateContentScripts: (async (list: chrome.scripting.RegisteredContentScript[]) => {
        calls.push("update")
        for (const s of list) scripts.set(s.id, { ...scripts.get(s.id)!, ...s })
      }) as never,
      unregisterContentScripts: (async (f?: chrome.scripting.ContentScriptFilter) => {
        calls.push("unregister")
        for (const id of f?.ids ?? []) scripts.delete(id)
      }) as never
    }
  }
  return { api, scripts, calls, granted }
}

test("registers the generic script only for granted patterns, never on the built-in sites", async () => {
  const b = fakeBrowser(["https://schoolblog.example.org/*"])
  const on = await syncExtraSites(
    ["https://schoolblog.example.org/wp-admin/*", "https://www.linkedin.com/*", "https://*/*"],
    b.api
  )
  expect(on).toEqual(["https://schoolblog.example.org/wp-admin/*"])
  const s = b.scripts.get(GENERIC_SCRIPT_ID)!
  expect(s.matches).toEqual(["https://schoolblog.example.org/wp-admin/*"])
  expect(s.js).toEqual([GENERIC_SCRIPT_FILE])
  expect(s.excludeMatches).toContain("https://www.facebook.com/*")
  expect(s.excludeMatches).toContain("https://x.com/*")
})

test("a permission granted later: the same script is updated, not registered twice", async () => {
  const b = fakeBrowser(["https://schoolblog.example.org/*"])
  const list = ["https://schoolblog.example.org/*", "https://www.linkedin.com/*"]
  await syncExtraSites(list, b.api)
  b.granted.push("https://www.linkedin.com/*")
  expect(await syncExtraSites(list, b.api)).toEqual(list)
  expect(b.calls).toEqual(["register", "update"])
  expect(b.scripts.get(GENERIC_SCRIPT_ID)!.matches).toEqual(list)
})

test("nothing granted or nothing listed: the script is removed", async () => {
  const b = fakeBrowser(["https://schoolblog.example.org/*"])
  await syncExtraSites(["https://schoolblog.example.org/*"], b.api)
  expect(await syncExtraSites([], b.api)).toEqual([])
  expect(b.scripts.size).toBe(0)
  expect(await syncExtraSites(["https://www.linkedin.com/*"], b.api)).toEqual([])
  expect(b.calls).toEqual(["register", "unregister"])
})
