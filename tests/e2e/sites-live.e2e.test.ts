/**
 * Where staff really post (issue 15, part 1), on replicas served at the real URLs:
 * Facebook's create-post dialog in French inside `form[method=POST]`, a Page's
 * Next → settings → Post composer, Reels (`/reels/create`), Stories
 * (`/stories/create`, "Share to story"), Meta Business Suite's composer;
 * Instagram's "Post" button; X's Draft.js with styled spans across several
 * paragraphs.
 */
import type { Locator, Page } from "playwright-core"

import {
  CONFIRM_HOST,
  confirmDialog,
  editorText,
  launch,
  openReplica,
  posted,
  typeLikePerson,
  waitForEditorText,
  waitForPanel,
  waitForPosted,
  type Session
} from "./harness"
import { SAMPLE, SAMPLE_FIXED, SAMPLE_RULE } from "./sites"

const LEXICAL = '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]'

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session?.close()
})

async function sampleFinding(editor: Locator): Promise<void> {
  await typeLikePerson(editor, SAMPLE)
  const panel = await waitForPanel(editor)
  await panel.findings(SAMPLE_RULE).first().waitFor({ state: "visible", timeout: 10_000 })
}

async function expectConfirm(page: Page): Promise<void> {
  await confirmDialog(page).waitFor({ state: "visible", timeout: 10_000 })
  expect(await posted(page)).toEqual([])
}

async function postAnyway(page: Page): Promise<void> {
  const dialog = confirmDialog(page)
  const ack = dialog.locator('input[data-byp="ack"]')
  if ((await ack.count()) > 0) await ack.check()
  await dialog.locator('button[data-byp="post-anyway"]').click()
  await dialog.waitFor({ state: "hidden" })
}

/** Enter in a post box: a new line in the editor, no question, nothing posted. */
async function expectEnterIsNewline(page: Page, editor: Locator): Promise<void> {
  await editor.focus()
  await page.keyboard.press("End")
  await page.keyboard.press("Enter")
  await page.keyboard.type("Merci!")
  await page.waitForTimeout(800)
  expect(await page.locator(CONFIRM_HOST).locator('[data-byp="confirm"]').count()).toBe(0)
  expect(await posted(page)).toEqual([])
  const text = await editorText(editor)
  expect(text.startsWith(SAMPLE)).toBe(true)
  expect(text).toMatch(/\nMerci!$/)
}

describe("Facebook: French create-post dialog inside form[method=POST]", () => {
  test("Enter stays a new line; Publier is gated", async () => {
    const page = await openReplica(session, "https://www.facebook.com/?locale=fr_FR", 1)
    await page.getByRole("button", { name: /What's on your mind/ }).click()
    const dialog = page.locator('[role="dialog"]')
    expect(await dialog.locator('form[method="POST"]').count()).toBe(1)
    const editor = dialog.locator(LEXICAL)
    await sampleFinding(editor)
    await expectEnterIsNewline(page, editor)

    await dialog.locator('div[role="button"][aria-label="Publier"]').click()
    await expectConfirm(page)
    await postAnyway(page)
    expect((await waitForPosted(page, 1))[0]).toMatch(/Emma Thompson[\s\S]*Merci!$/)
  })
})

describe("Facebook: a Page's Next → Post settings → Post", () => {
  test("the gate holds on the final step, after the text step is gone", async () => {
    const page = await openReplica(session, "https://www.facebook.com/LakesideElementary", 1)
    const dialog = page.locator('[role="dialog"]')
    const editor = dialog.locator(LEXICAL)
    await sampleFinding(editor)
    // Next is the post's submit for now: asked there too.
    await dialog.locator('[role="button"][aria-label="Next"]').click()
    await expectConfirm(page)
    await postAnyway(page)
    await dialog.locator("h2", { hasText: "Post settings" }).waitFor()
    expect(await dialog.locator(LEXICAL).count()).toBe(0)
    // Give the page runtime a rescan: the controller must survive the unmounted step.
    await page.waitForTimeout(800)

    await dialog.locator('[role="button"][aria-label="Post"]').click()
    await expectConfirm(page)
    await confirmDialog(page).locator('button[data-byp="review"]').click()
    expect(await posted(page)).toEqual([])
    await dialog.locator('[role="button"][aria-label="Post"]').click()
    await expectConfirm(page)
    await postAnyway(page)
    expect(await waitForPosted(page, 1)).toEqual([SAMPLE])
  })
})

describe("Facebook Reels: /reels/create, a [role=form] that is not a dialog", () => {
  test("Next, Next, then the description is checked and Publish is gated", async () => {
    const page = await openReplica(session, "https://www.facebook.com/reels/create", 0)
    const form = page.locator('[role="form"][aria-label="Create reel"]')
    await form.locator('[role="button"][aria-label="Next"]').click()
    await form.locator('[role="button"][aria-label="Next"]').click()
    const editor = form.locator(LEXICAL)
    await sampleFinding(editor)
    await expectEnterIsNewline(page, editor)
    await form.locator('[role="button"][aria-label="Publish"]').click()
    await expectConfirm(page)
    await postAnyway(page)
    expect((await waitForPosted(page, 1))[0]).toMatch(/^Congratulations to Emma Thompson/)
  })
})

describe('Facebook Stories: /stories/create, "Share to story"', () => {
  test("a text story is checked, Enter stays a new line and Share to story is gated", async () => {
    const page = await openReplica(session, "https://www.facebook.com/stories/create", 0)
    await page.locator('[role="button"][aria-label="Create a text story"]').click()
    const editor = page.locator(`${LEXICAL}[aria-label="Start typing"]`)
    await sampleFinding(editor)
    await expectEnterIsNewline(page, editor)
    const share = page.locator('[role="button"][aria-label="Share to story"]')
    await share.click()
    await expectConfirm(page)
    await confirmDialog(page).locator('button[data-byp="review"]').click()
    expect(await posted(page)).toEqual([])
    await share.click()
    await expectConfirm(page)
    await postAnyway(page)
    expect((await waitForPosted(page, 1))[0]).toMatch(
      /^Congratulations to Emma Thompson[\s\S]*Merci!$/
    )
  })
})

describe("Meta Business Suite: business.facebook.com/latest/composer", () => {
  test("the composer is watched and Publish is gated", async () => {
    const page = await openReplica(session, "https://business.facebook.com/latest/composer", 1)
    const editor = page.locator(LEXICAL)
    await sampleFinding(editor)
    await expectEnterIsNewline(page, editor)
    await page.locator('[role="button"][aria-label="Publish"]').click()
    await expectConfirm(page)
    await postAnyway(page)
    expect((await waitForPosted(page, 1))[0]).toMatch(/^Congratulations to Emma Thompson/)
  })
})

describe('Instagram: the final button reads "Post"', () => {
  test("Post is gated like Share", async () => {
    const page = await openReplica(session, "https://www.instagram.com/create/details/", 1)
    await page.getByRole("link", { name: /New post/ }).click()
    const dialog = page.locator('[role="dialog"]')
    const editor = dialog.locator(`${LEXICAL}[aria-label="Write a caption..."]`)
    await sampleFinding(editor)
    const post = dialog.locator('div[role="button"]', { hasText: /^Post$/ })
    expect(await dialog.locator('div[role="button"]', { hasText: /^Share$/ }).count()).toBe(0)
    await post.click()
    await expectConfirm(page)
    await postAnyway(page)
    expect(await waitForPosted(page, 1)).toEqual([SAMPLE])
  })
})

describe("X: Draft.js with styled spans across several paragraphs", () => {
  test("the fix touches only its own range", async () => {
    const page = await openReplica(session, "https://x.com/home", 1)
    const editor = page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]')
    const first = "Field day with @lakeside_elem and @riverbend_sd"
    const second = "#FieldDay photos at https://example.org/fd #Grade5"
    await typeLikePerson(editor, first)
    await page.keyboard.press("Enter")
    await page.keyboard.type(second, { delay: 20 })
    await page.keyboard.press("Enter")
    await page.keyboard.type(`${SAMPLE} @lakeside_elem #proud`, { delay: 20 })
    const panel = await waitForPanel(editor)
    const finding = panel.findings(SAMPLE_RULE).first()
    await finding.waitFor({ state: "visible", timeout: 10_000 })
    // The decorators styled each mention, hashtag and link in its own span.
    for (const kind of ["mention", "hashtag", "link"])
      expect(await editor.locator(`[data-replica="${kind}"]`).count()).toBeGreaterThan(0)

    await finding.locator('button[data-byp="fix"]').first().click()
    const expected = `${first}\n${second}\n${SAMPLE_FIXED} @lakeside_elem #proud`
    await waitForEditorText(editor, expected)
    await panel.findings(SAMPLE_RULE).first().waitFor({ state: "detached" })
    expect(await editor.locator('[data-replica="mention"]').count()).toBe(3)
    expect(await editor.locator('[data-replica="hashtag"]').count()).toBe(3)
    expect(await editor.locator('[data-replica="link"]').count()).toBe(1)

    await page.locator('button[data-testid="tweetButtonInline"]').click()
    expect(await waitForPosted(page, 1)).toEqual([expected])
  })
})
