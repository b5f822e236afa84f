/**
 * The options page in real Chromium with the built extension: it loads without
 * problems, edits land in the right storage area, the pattern editor reports a
 * bad pattern at once, "Try a post" shows the site panel, axe-core finds nothing
 * at WCAG 2.1 AA, and a panel on a replica page follows an edit at once.
 */
import { existsSync } from "node:fs"
import { readFile } from "node:fs/promises"

import type { Locator, Page } from "playwright-core"

import { launch, openReplica, typeLikePerson, waitForPanel, type Session } from "./harness"
import { axeWholePage, openExtensionPage, readArea, shot, writeArea } from "./extension-pages"
import { SITES } from "./sites"

let session: Session
let options: Page

beforeAll(async () => {
  session = await launch()
  options = await openExtensionPage(session, "options.html")
  await options.getByRole("heading", { level: 1 }).waitFor()
  await options.locator("#division").waitFor()
})

afterAll(async () => {
  await session?.close()
})

/**
 * Puts text in a box the way React sees a paste: the native value setter and one
 * input event. (Chromium's editing commands take seconds for 20,000 characters
 * in this headless set-up, with or without the extension: a browser cost, not the page's.)
 */
async function paste(box: Locator, text: string) {
  await box.evaluate((el, t) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!
    setter.call(el, t)
    el.dispatchEvent(new Event("input", { bubbles: true }))
  }, text)
}

const field = (name: string) => options.locator(`[data-field="${name}"]`)

test("opens with every section and no problems", async () => {
  await expect(options.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
    "Before You Post settings"
  )
  for (const id of ["division", "accounts", "names", "rules", "custom", "sites", "try", "transfer"])
    expect(await options.locator(`section#${id}`).count()).toBe(1)
  expect(await options.locator("[data-byp-problems]").count()).toBe(0)
  expect(await options.locator("[data-byp-locked]").count()).toBe(0)
  await options.setViewportSize({ width: 1000, height: 900 })
  await shot(options, "options-top")
  await shot(options, "options-full", true)
})

test("axe-core: no WCAG 2.1 AA violations", async () => {
  const violations = await axeWholePage(options)
  expect(violations).toEqual([])
})

test("a site switch saves to chrome.storage.sync at once", async () => {
  await field("sites.x").getByRole("checkbox").uncheck()
  await options.locator("[data-byp-status]").filter({ hasText: "Saved." }).waitFor()
  const sync = await readArea(session, "sync")
  expect(JSON.parse(sync.sites as string)).toEqual({ facebook: true, instagram: true, x: false })
  expect(sync.schemaVersion).toBe("1")
  await field("sites.x").getByRole("checkbox").check()
})

test("pasted names (1,000, with duplicates) save to local, deduplicated", async () => {
  const names = Array.from({ length: 1000 }, (_, i) => `Student${i} Family${i}`)
  const box = field("consentedNames").locator("textarea")
  await paste(box, [...names, "STUDENT1 family1", "Ben Carter"].join("\n"))
  await field("consentedNames").getByText("1,001 names").waitFor()
  await field("consentedNames").getByRole("button", { name: "Save" }).click()
  await options.locator("[data-byp-status]").filter({ hasText: "1 duplicate removed" }).waitFor()
  const local = await readArea(session, "local")
  const stored = JSON.parse(local.consentedNames as string) as string[]
  expect(stored).toHaveLength(1001)
  expect(stored.at(-1)).toBe("Ben Carter")
  expect((await readArea(session, "sync")).consentedNames).toBeUndefined()
  // Back to empty for the tests below.
  await box.fill("")
  await field("consentedNames").getByRole("button", { name: "Save" }).click()
  await options.waitForFunction(() => true)
})

test("the pattern editor reports a bad pattern at once and shows matches", async () => {
  await options.getByRole("button", { name: "Add a rule" }).click()
  const rule = field("customRules[0]")
  await rule.getByLabel("Rule id").fill("no-bus-numbers")
  await rule.getByLabel("Message shown").fill("Bus numbers help strangers find the class.")
  const pattern = rule.locator("[data-byp-pattern]")
  await pattern.fill("bus (\\d+")
  await rule.locator("[data-byp-pattern-error]").waitFor()
  expect(await rule.locator("[data-byp-pattern-error]").textContent()).toMatch(
    /not a valid regular expression/
  )
  expect(await pattern.getAttribute("aria-invalid")).toBe("true")
  expect(await options.getByRole("button", { name: "Save the rules" }).isDisabled()).toBe(true)
  await pattern.fill("bus\\s*\\d+")
  await rule.getByText("1 match in the sample:").waitFor()
  expect(await rule.locator("mark").allTextContents()).toEqual(["bus 12"])
  await options.getByRole("button", { name: "Save the rules" }).click()
  await options.locator("[data-byp-status]").filter({ hasText: "Saved." }).waitFor()
  const sync = await readArea(session, "sync")
  expect(JSON.parse(sync.customRules as string)).toEqual([
    {
      id: "no-bus-numbers",
      pattern: "bus\\s*\\d+",
      message: "Bus numbers help strangers find the class.",
      severity: "warn"
    }
  ])
})

test("Try a post shows the site panel, with the custom rule, and applies a fix", async () => {
  const box = options.locator("[data-byp-try]")
  await box.fill("Congratulations to Emma Thompson! We take bus 12 to the museum.")
  const panel = options.locator('#try div[data-byp-host="panel"] [data-byp="panel"]')
  await panel.locator('[data-rule="student-full-name"]').waitFor()
  await panel.locator('[data-rule="custom:no-bus-numbers"]').waitFor()
  await shot(options.locator("#try"), "options-try-a-post")
  await panel.locator('[data-rule="student-full-name"]').locator('[data-byp="fix"]').first().click()
  expect(await box.inputValue()).toBe("Congratulations to Emma! We take bus 12 to the museum.")
})

test("My accounts: saved to sync, and Try a post reads it as the profile", async () => {
  await options.getByRole("button", { name: "Add an account" }).click()
  const row = field("myAccounts[0]")
  await row.getByLabel("Handle").fill("@ms.rivera")
  await options.locator("#accounts").getByRole("button", { name: "Save" }).click()
  await options.locator("[data-byp-status]").filter({ hasText: "Saved." }).waitFor()
  const sync = await readArea(session, "sync")
  expect(JSON.parse(sync.myAccounts as string)).toEqual([
    { site: "facebook", handle: "@ms.rivera", identifiesAsStaff: true, hasDisclaimer: false }
  ])
  await options.locator("[data-byp-try]").fill("What a great day at the concert!")
  const panel = options.locator('#try div[data-byp-host="panel"] [data-byp="panel"]')
  await panel.locator('[data-rule="missing-disclaimer"]').waitFor()
})

test("a bad stored value is listed at the top; the rest keeps working", async () => {
  await writeArea(session, "sync", { disclaimerText: JSON.stringify(42) })
  const problem = options.locator('[data-byp-problems] li[data-key="disclaimerText"]')
  await problem.waitFor()
  expect(await problem.textContent()).toMatch(/Your settings/)
  expect(await options.locator("section#rules").count()).toBe(1)
  await shot(options, "options-stored-problem")
  await writeArea(session, "sync", { disclaimerText: JSON.stringify("Views are my own.") })
  await problem.waitFor({ state: "detached" })
})

test("import: the good keys are saved, the bad ones listed", async () => {
  const file = {
    name: "settings.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ schools: ["Riverside Elementary"], sites: { x: "no" } }))
  }
  await options.getByLabel("Import settings from a file").setInputFiles(file)
  await options.locator("[data-byp-import-problems]").waitFor()
  expect(await options.locator("[data-byp-import-problems]").textContent()).toContain("sites.x")
  await options.locator("[data-byp-status]").filter({ hasText: "Imported 2 settings." }).waitFor()
  expect(JSON.parse((await readArea(session, "sync")).schools as string)).toEqual([
    "Riverside Elementary"
  ])
  expect(await field("schools").locator("textarea").inputValue()).toBe("Riverside Elementary")
})

test("export: a JSON file of the teacher's own settings, names only on request", async () => {
  const [download] = await Promise.all([
    options.waitForEvent("download"),
    options.locator("[data-byp-export]").click()
  ])
  const exported = JSON.parse(await readFile((await download.path())!, "utf8"))
  expect(exported.schools).toEqual(["Riverside Elementary"])
  expect(exported.schemaVersion).toBe(1)
  expect(exported).not.toHaveProperty("consentedNames")
  expect(download.suggestedFilename()).toBe("before-you-post-settings.json")
})

test("the panel on a replica page follows an options edit at once", async () => {
  const site = SITES.find((s) => s.page === "facebook")!
  const page = await openReplica(session, site.url, site.composersOnLoad)
  const composer = await site.main(page)
  await typeLikePerson(composer.editor, "Ben Carter was great at the concert today.")
  const { panel } = await waitForPanel(composer.editor)
  await panel.waitFor()
  expect(await panel.locator('[data-rule="non-disclosure-name"]').count()).toBe(0)

  await options.bringToFront()
  await field("nonDisclosureNames").locator("textarea").fill("Ben Carter")
  await field("nonDisclosureNames").getByRole("button", { name: "Save" }).click()
  await options.locator("[data-byp-status]").filter({ hasText: "Saved." }).waitFor()

  await page.bringToFront()
  // No typing: the content script must re-check when settings change.
  await panel.locator('[data-rule="non-disclosure-name"]').waitFor({ timeout: 10_000 })
})

// Chromium takes its UI language from LANGUAGE on Linux and needs its French
// resources (Debian: chromium-l10n) to switch; without them the test is skipped.
const hasFrench = existsSync("/usr/lib/chromium/locales/fr.pak")
;(hasFrench ? describe : describe.skip)("in French (fr-CA browser)", () => {
  let fr: Session
  const saved = { LANGUAGE: process.env.LANGUAGE, LANG: process.env.LANG }
  beforeAll(async () => {
    process.env.LANGUAGE = "fr_CA:fr"
    process.env.LANG = "fr_CA.UTF-8"
    fr = await launch({ args: ["--lang=fr-CA"] })
  })
  afterAll(async () => {
    await fr?.close()
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
  })

  test("the options page and the popup speak French", async () => {
    const page = await openExtensionPage(fr, "options.html")
    await page.locator("#division").waitFor()
    expect(await page.locator("h1").textContent()).toBe("Paramètres d’Avant de publier")
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr-CA")
    expect(await page.locator("#rules h2").textContent()).toBe("Vérifications")
    await page.setViewportSize({ width: 1000, height: 900 })
    await shot(page, "options-fr-top")
    expect(await axeWholePage(page)).toEqual([])
    const popup = await openExtensionPage(fr, "popup.html")
    await popup.setViewportSize({ width: 380, height: 560 })
    await popup.getByRole("button", { name: "Ouvrir les paramètres" }).waitFor()
    await shot(popup, "popup-fr-elsewhere")
  })
})
