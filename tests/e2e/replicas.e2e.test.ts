/**
 * The replica pages themselves, in plain Chromium WITHOUT the extension: typing
 * reaches the editor library's own state, the submit handlers record the post and
 * clear the composer, composers opened later work, and no page loads anything
 * from the network. If these fail, the extension suites cannot be trusted.
 */
import type { Page } from "playwright-core"

import { editorText, launch, openReplica, posted, typeLikePerson, type Session } from "./harness"
import { CLEAN_POST, SAMPLE, SITES } from "./sites"

let session: Session

beforeAll(async () => {
  session = await launch({ buildDir: null })
})

afterAll(async () => {
  await session?.close()
})

async function composerCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__replica?.count() ?? -1)
}

describe.each(SITES)("$title replica", (site) => {
  test("typing reaches the editor's own state; posting records the text and clears the box", async () => {
    const page = await openReplica(session, site.url, site.composersOnLoad)
    const composer = await site.main(page)
    await typeLikePerson(composer.editor, SAMPLE, 5)
    expect(await editorText(composer.editor)).toBe(SAMPLE)

    await composer.submit()
    expect(await posted(page)).toEqual([SAMPLE])
    // Dialog composers close after posting; inline ones are emptied.
    if ((await composer.editor.count()) > 0) expect(await editorText(composer.editor)).toBe("")
  })

  test("the editor state, not the DOM, is what gets posted (multi-line drafts too)", async () => {
    const page = await openReplica(session, site.url, site.composersOnLoad)
    const composer = await site.main(page)
    await typeLikePerson(composer.editor, "First line", 5)
    await page.keyboard.press("Shift+Enter")
    await page.keyboard.type("second line", { delay: 5 })
    const text = await editorText(composer.editor)
    expect(text.replace(/\n+/g, "\n")).toBe("First line\nsecond line")
  })

  if (site.later.length > 0) {
    test.each(site.later.map((open, i) => [i, open] as const))(
      "composer #%i opened later works like the first",
      async (_i, openLater) => {
        const page = await openReplica(session, site.url, site.composersOnLoad)
        const before = await composerCount(page)
        const composer = await openLater(page)
        await composer.editor.waitFor()
        expect(await composerCount(page)).toBeGreaterThan(before)
        await typeLikePerson(composer.editor, CLEAN_POST, 5)
        expect(await editorText(composer.editor)).toBe(CLEAN_POST)
        await composer.submit()
        expect(await posted(page)).toEqual([CLEAN_POST])
      }
    )
  }

  test("the page without a composer has none", async () => {
    const page = await openReplica(session, site.noComposerUrl)
    expect(await composerCount(page)).toBe(0)
  })
})

test("no replica page requested anything beyond its own document, and none logged errors", () => {
  expect(session.blocked()).toEqual([])
  expect(session.pageErrors).toEqual([])
})
