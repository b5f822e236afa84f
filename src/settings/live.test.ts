import { installFakeChrome, type FakeChrome } from "../../tests/doubles/chrome-storage"
import { withMyAccount } from "./my-accounts"
import {
  affectsSettings,
  loadSettings,
  readUserSettings,
  saveUserSetting,
  saveUserSettings,
  watchSettings
} from "./live"
import { defaultSettings } from "./defaults"
import { SCHEMA_VERSION } from "./version"

let fake: FakeChrome
beforeEach(() => {
  fake = installFakeChrome()
})

const flush = () => new Promise((r) => setTimeout(r, 0))

describe("loadSettings", () => {
  test("reads sync (JSON strings), local name lists and raw policy", async () => {
    fake.areas.sync = {
      disclaimerText: JSON.stringify("Mine, not the school's."),
      schemaVersion: "1"
    }
    fake.areas.local = {
      consentedNames: JSON.stringify(["Ana Lopez"]),
      counts: JSON.stringify({ shown: 3 }),
      pausedUntil: "0"
    }
    fake.areas.managed = { schools: ["Park West High School"] }
    const live = await loadSettings()
    expect(live.effective.disclaimerText).toBe("Mine, not the school's.")
    expect(live.effective.consentedNames).toEqual(["Ana Lopez"])
    expect(live.effective.schools).toEqual(["Park West High School"])
    expect(live.locks).toEqual(["schools"])
    // counts and pausedUntil are not settings: no "unknown key" problems
    expect(live.problems).toEqual([])
  })

  test("Firefox without policy (managed throws): defaults, no crash", async () => {
    fake.managedThrows = true
    const live = await loadSettings()
    expect(live.effective).toEqual(defaultSettings)
    expect(live.locks).toEqual([])
  })

  test("a name list left in sync by an older build is merged with local", async () => {
    fake.areas.sync = { allowList: JSON.stringify(["Mr Smith"]) }
    fake.areas.local = { allowList: JSON.stringify(["Ms Jones", "Mr Smith"]) }
    expect((await loadSettings()).effective.allowList).toEqual(["Ms Jones", "Mr Smith"])
  })

  test("bad stored values are reported, the rest still applies", async () => {
    fake.areas.sync = {
      sites: JSON.stringify({ x: "no" }),
      disclaimerText: JSON.stringify("Mine.")
    }
    fake.areas.local = { nonDisclosureNames: JSON.stringify("not a list") }
    const live = await loadSettings()
    expect(live.effective.disclaimerText).toBe("Mine.")
    expect(live.effective.sites.x).toBe(true)
    expect(live.problems.map((p) => p.key).sort()).toEqual(["nonDisclosureNames", "sites.x"])
  })
})

describe("saveUserSetting", () => {
  test("name lists go to local (and leave sync), others to sync; schemaVersion written", async () => {
    fake.areas.sync = { nonDisclosureNames: JSON.stringify(["Old Name"]) }
    expect(await saveUserSetting("nonDisclosureNames", ["Ben Carter"])).toMatchObject({ ok: true })
    expect(fake.areas.local.nonDisclosureNames).toBe(JSON.stringify(["Ben Carter"]))
    expect(fake.areas.sync.nonDisclosureNames).toBeUndefined()
    await saveUserSetting("sites", { facebook: true, instagram: false, x: true })
    expect(JSON.parse(fake.areas.sync.sites as string)).toEqual({
      facebook: true,
      instagram: false,
      x: true
    })
    expect(fake.areas.sync.schemaVersion).toBe(JSON.stringify(SCHEMA_VERSION))
    expect((await loadSettings()).effective.nonDisclosureNames).toEqual(["Ben Carter"])
  })

  test("refuses a locked key, and a key under a locked parent", async () => {
    expect(await saveUserSetting("schools", ["A"], ["schools"])).toMatchObject({
      ok: false,
      reason: "locked"
    })
    expect(
      await saveUserSetting("rules", defaultSettings.rules, ["rules.student-full-name.severity"])
    ).toMatchObject({ ok: true }) // a child lock does not lock the whole object: resolve keeps policy's field
    expect(await saveUserSetting("sites", defaultSettings.sites, ["sites"])).toMatchObject({
      ok: false
    })
  })

  test("refuses an invalid value, drops bad list items", async () => {
    expect(await saveUserSetting("disclaimerText", "   ")).toMatchObject({
      ok: false,
      reason: "invalid"
    })
    const r = await saveUserSetting("schools", ["Park West", " "])
    expect(r).toMatchObject({ ok: true, value: ["Park West"] })
    expect(r.ok && r.dropped.length).toBe(1)
  })

  test("a storage error (sync quota) is returned, not thrown", async () => {
    fake.quotaBytesPerItem = 20
    expect(await saveUserSetting("disclaimerText", "A rather long disclaimer text")).toMatchObject({
      ok: false,
      reason: "storage"
    })
  })

  test("saveUserSettings skips locked keys and reports them", async () => {
    const failures = await saveUserSettings(
      { schools: ["A"], disclaimerText: "Mine.", consentedNames: ["Ana Lopez"] },
      ["schools"]
    )
    expect(failures).toEqual(["schools: This setting is set by your division."])
    expect(await readUserSettings()).toEqual({
      disclaimerText: "Mine.",
      consentedNames: ["Ana Lopez"],
      schemaVersion: SCHEMA_VERSION
    })
  })
})

describe("watchSettings", () => {
  test("re-resolves on sync, local name lists and managed; not on counts", async () => {
    const seen: string[] = []
    const stop = watchSettings((live) => seen.push(live.effective.disclaimerText))
    await saveUserSetting("disclaimerText", "One.")
    await flush()
    expect(seen.at(-1)).toBe("One.")
    const before = seen.length
    fake.areas.local.counts = "{}"
    fake.fire("local", ["counts"])
    await flush()
    expect(seen.length).toBe(before)
    fake.areas.managed = { disclaimerText: "Policy." }
    fake.fire("managed", ["disclaimerText"])
    await flush()
    expect(seen.at(-1)).toBe("Policy.")
    stop()
    fake.fire("managed", ["disclaimerText"])
    await flush()
    expect(seen.at(-1)).toBe("Policy.")
  })

  test("affectsSettings", () => {
    expect(affectsSettings("local", ["allowList"])).toBe(true)
    expect(affectsSettings("local", ["counts"])).toBe(false)
    // Pausing changes what the checker answers, so pages re-check when it starts or ends.
    expect(affectsSettings("local", ["pausedUntil"])).toBe(true)
    expect(affectsSettings("session", ["x"])).toBe(false)
    expect(affectsSettings("managed", [])).toBe(true)
  })
})

describe("withMyAccount", () => {
  const s = {
    ...defaultSettings,
    myAccounts: [
      {
        site: "facebook" as const,
        handle: "@ms.rivera",
        identifiesAsStaff: true,
        hasDisclaimer: false
      },
      { site: "x" as const, handle: "rivera_teaches", identifiesAsStaff: true, hasDisclaimer: true }
    ]
  }
  // The facts travel as fields: no made-up profile sentence for a pattern to re-match.
  const staff = { identifiesAsStaff: true }
  test.each([
    [
      { text: "", site: "facebook" as const },
      { handle: "@ms.rivera", ...staff }
    ],
    [
      { text: "", site: "facebook" as const, account: { handle: "MS.RIVERA" } },
      { handle: "MS.RIVERA", ...staff }
    ],
    [{ text: "", site: "facebook" as const, account: { handle: "someone_else" } }, undefined],
    [{ text: "", site: "instagram" as const }, undefined],
    [
      { text: "", site: "x" as const, account: { profile: "Runner." } },
      { handle: "rivera_teaches", profile: "Runner.", ...staff, hasDisclaimer: true }
    ]
  ])("%j → account %j", (draft, facts) => {
    const account = withMyAccount(draft, s).account
    if (facts === undefined) expect(account?.identifiesAsStaff).toBeUndefined()
    else expect(account).toEqual(facts)
  })
})
