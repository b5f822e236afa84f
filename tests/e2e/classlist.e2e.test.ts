/**
 * The class list ("My students") in real Chromium with the built extension: a
 * school-information-system CSV imported in the options page; then, on the
 * Facebook, Instagram and X replicas, a lower-case and a roster-order mention of
 * a listed student show the certain "in your class list" finding; and no storage
 * area (sync, local) holds any name of the list in readable form.
 */
import type { Page } from "playwright-core"

import { launch, openReplica, typeLikePerson, waitForPanel, type Session } from "./harness"
import { openExtensionPage, readArea, shot } from "./extension-pages"
import { SITES } from "./sites"

const CSV =
  "Student Number,Legal First Name,Preferred Name,Last Name,Grade,Birthdate\n" +
  "400101,Amélie,,Bergeron,4,2015-07-09\n" +
  "400102,Theodore,Teddy,Kostiuk,4,2015-03-02\n" +
  "400103,Zoë,,Lefèvre,4,2015-11-20\n" +
  "400104,Kwame,,Asante-Mensah,4,2015-05-14\n" +
  "400105,,,Nolin,4,2015-01-01\n"

/** Every name of the CSV, folded (case, accents), as a reader would search for it. */
const NAMES = [
  "amelie",
  "bergeron",
  "theodore",
  "teddy",
  "kostiuk",
  "lefevre",
  "kwame",
  "asante",
  "mensah",
  "nolin"
]
const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()

let session: Session
let options: Page

beforeAll(async () => {
  session = await launch()
  options = await openExtensionPage(session, "options.html")
  await options.locator("#names").waitFor()
})

afterAll(async () => {
  await session?.close()
})

const field = () => options.locator('[data-field="classList"]')

test("import a CSV: the count, the skipped line and why, no names shown", async () => {
  await field()
    .locator('[data-byp="class-list-file"]')
    .setInputFiles({ name: "class-4b.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) })
  await options
    .locator("[data-byp-status]")
    .filter({ hasText: "Class list saved: 4 students" })
    .waitFor()
  expect(await field().locator('[data-byp="class-list-count"]').textContent()).toBe(
    "4 students on your class list."
  )
  const report = await field().locator('[data-byp="class-list-report"]').textContent()
  expect(report).toContain("Read 4 names.")
  expect(report).toContain("Legal First Name + Preferred Name + Last Name")
  expect(report).toMatch(/line 6 .*no first name/)
  await shot(field(), "options-class-list")
  // The page never shows a listed name once imported.
  const shown = fold((await options.locator("#names").textContent()) ?? "")
  for (const n of NAMES.filter((x) => x !== "nolin")) expect(shown).not.toContain(n)
})

test("Test a name", async () => {
  const box = field().locator('[data-byp="class-list-test"]')
  await box.fill("bergeron, amelie")
  await field().locator('[data-byp="class-list-test-button"]').click()
  expect(await field().locator('[data-byp="class-list-test-answer"]').textContent()).toBe(
    "“bergeron, amelie” is on your class list."
  )
  await box.fill("Sophie Marchand")
  await field().locator('[data-byp="class-list-test-button"]').click()
  expect(await field().locator('[data-byp="class-list-test-answer"]').textContent()).toMatch(
    /is not on your class list/
  )
})

test("storage (sync and local) holds no readable name from the list", async () => {
  const [sync, local] = await Promise.all([readArea(session, "sync"), readArea(session, "local")])
  const all = fold(JSON.stringify({ sync, local }))
  for (const n of NAMES) expect(all).not.toContain(n)
  expect(all).not.toContain("400101")
  expect(sync.classList).toBeUndefined()
  const stored = JSON.parse(local.classList as string) as {
    salt: string
    hashes: string[]
    count: number
  }
  expect(stored.count).toBe(4)
  expect(stored.hashes.length).toBeGreaterThan(10)
})

describe.each(
  SITES.filter((s) => ["facebook", "instagram", "x"].includes(s.page)).map(
    (s) => [s.page, s] as const
  )
)("%s", (_, site) => {
  test.each([
    ["lower case", "so proud of amélie bergeron at the spelling bee today", "amélie bergeron"],
    ["roster order", "Spelling bee winners: KOSTIUK, Teddy and Lefèvre, Zoë", "KOSTIUK, Teddy"]
  ])("%s: the certain class-list finding", async (_kind, text, first) => {
    const page = await openReplica(session, site.url, site.composersOnLoad)
    const composer = await site.main(page)
    await typeLikePerson(composer.editor, text, 5)
    const { panel } = await waitForPanel(composer.editor)
    const certain = panel.locator('[data-rule="student-full-name"]', {
      has: page.locator('[data-byp="certain"]')
    })
    await certain.first().waitFor({ timeout: 15_000 })
    expect(await certain.first().locator('[data-byp="match"]').textContent()).toBe(first)
    expect(await certain.first().locator('[data-byp="certain"]').textContent()).toBe(
      "In your class list"
    )
    expect(await certain.first().locator('[data-byp="message"]').textContent()).toMatch(
      /This student is in your class list/
    )
    await page.close()
  })
})
