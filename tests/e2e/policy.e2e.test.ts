/**
 * Managed policy in real Chromium: a policy file in /etc/chromium/policies/managed/
 * (Chromium reads it for the unpacked build, whose id comes from manifest.key).
 * Root only (CI runs as root); the file is ALWAYS removed afterwards.
 *
 * 1. A good policy: its fields show "Set by your division" and cannot be edited,
 *    and the content script on a replica page flags what the policy adds.
 * 2. A policy with wrong values: the rest works, and the problems are listed at
 *    the top of the options page.
 */
import type { Page } from "playwright-core"

import { launch, openReplica, typeLikePerson, waitForPanel, type Session } from "./harness"
import {
  isRoot,
  openExtensionPage,
  readArea,
  removePolicy,
  shot,
  writePolicy
} from "./extension-pages"
import { SITES } from "./sites"

const describeAsRoot = isRoot() ? describe : describe.skip

/** Chromium reads policy at start-up; the managed area then fills in. */
async function openOptionsWithPolicy(session: Session): Promise<Page> {
  for (let i = 0; i < 50; i++) {
    const managed = await readArea(session, "managed").catch(() => ({}))
    if (Object.keys(managed).length) break
    await new Promise((r) => setTimeout(r, 200))
  }
  const page = await openExtensionPage(session, "options.html")
  await page.locator("#division").waitFor()
  return page
}

afterAll(() => removePolicy())

describeAsRoot("a good policy", () => {
  let session: Session
  let options: Page
  beforeAll(async () => {
    writePolicy({
      schools: ["Park West High School"],
      nonDisclosureNames: ["Ben Carter"],
      rules: { "student-full-name": { severity: "block" } },
      sites: { x: false },
      enforcement: { allowPause: false }
    })
    session = await launch()
    options = await openOptionsWithPolicy(session)
  })
  afterAll(async () => {
    await session?.close()
    removePolicy()
  })

  test("reaches chrome.storage.managed", async () => {
    expect(await readArea(session, "managed")).toMatchObject({ schools: ["Park West High School"] })
  })

  test.each([
    ["schools", "textarea"],
    ["nonDisclosureNames", "textarea"],
    ["rules.student-full-name.severity", "select"],
    ["sites.x", "input"],
    ["enforcement.allowPause", "input"]
  ])("%s is shown read-only, marked Set by your division", async (name, control) => {
    const field = options.locator(`[data-field="${name}"]`)
    await expect(field.locator("[data-byp-locked]").textContent()).resolves.toContain(
      "Set by your division"
    )
    const el = field.locator(control).first()
    const editable = await el.evaluate(
      (e) => !(e as HTMLInputElement).disabled && !(e as HTMLInputElement).readOnly
    )
    expect(editable).toBe(false)
  })

  test("fields policy does not set stay editable", async () => {
    const field = options.locator('[data-field="sites.facebook"]')
    expect(await field.locator("[data-byp-locked]").count()).toBe(0)
    expect(await field.locator("input").isDisabled()).toBe(false)
    expect(await options.locator("[data-byp-problems]").count()).toBe(0)
    await shot(options, "options-policy-locked")
    await shot(options.locator("#names"), "options-policy-names")
  })

  test("the content script flags what the policy adds", async () => {
    const site = SITES.find((s) => s.page === "facebook")!
    const page = await openReplica(session, site.url, site.composersOnLoad)
    const composer = await site.main(page)
    await typeLikePerson(composer.editor, "Ben Carter did a great job at the concert.")
    const { panel } = await waitForPanel(composer.editor)
    await panel.locator('[data-rule="non-disclosure-name"]').waitFor({ timeout: 10_000 })
  })

  test("a changed policy file reaches the open options page without a reload", async () => {
    writePolicy({ schools: ["Riverside Elementary"], nonDisclosureNames: ["Ben Carter"] })
    const schools = options.locator('[data-field="schools"] textarea')
    await options.waitForFunction(
      () =>
        (document.querySelector('[data-field="schools"] textarea') as HTMLTextAreaElement | null)
          ?.value === "Riverside Elementary",
      undefined,
      { timeout: 30_000 }
    )
    expect(await schools.inputValue()).toBe("Riverside Elementary")
    // sites.x is no longer set by policy: editable again.
    expect(await options.locator('[data-field="sites.x"] input').isDisabled()).toBe(false)
  })
})

describeAsRoot("a policy with wrong values", () => {
  let session: Session
  let options: Page
  beforeAll(async () => {
    // Types Chrome's schema accepts, values ours refuses (Chrome itself drops wrong types).
    writePolicy({
      disclaimerText: "Views are mine alone, not Park West's.",
      rules: { "student-full-name": { severity: "critical" } },
      customRules: [
        { id: "no-bus", pattern: "bus (", message: "No bus numbers.", severity: "warn" }
      ],
      schools: ["Park West High School", ""]
    })
    session = await launch()
    options = await openOptionsWithPolicy(session)
  })
  afterAll(async () => {
    await session?.close()
    removePolicy()
  })

  test("the problems are listed at the top, and the rest applies", async () => {
    const problems = options.locator("[data-byp-problems] li")
    await problems.first().waitFor()
    const keys = await problems.evaluateAll((li) => li.map((l) => l.getAttribute("data-key")))
    expect(keys).toEqual(
      expect.arrayContaining(["rules.student-full-name.severity", "customRules[0]", "schools[1]"])
    )
    expect(await problems.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/division policy/i)])
    )
    // What was right still applies and is locked.
    const disclaimer = options.locator('[data-field="disclaimerText"]')
    expect(await disclaimer.locator("textarea").inputValue()).toBe(
      "Views are mine alone, not Park West's."
    )
    expect(await disclaimer.locator("[data-byp-locked]").count()).toBe(1)
    expect(await options.locator('[data-field="schools"] textarea').inputValue()).toBe(
      "Park West High School"
    )
    // The refused severity is not locked: the teacher's (default) value applies.
    const severity = options.locator('[data-field="rules.student-full-name.severity"] select')
    expect(await severity.isDisabled()).toBe(false)
    expect(await severity.inputValue()).toBe("warn")
    await shot(options, "options-policy-problems")
  })
})
