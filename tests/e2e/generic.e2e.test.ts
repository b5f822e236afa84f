/**
 * Issue 15 part 2: the division's extra sites, with the BUILT extension.
 *
 * Division policy lists three hosts in `extraSites` (a policy file in
 * /etc/chromium/policies/managed/, root only, always removed). Nothing runs there
 * until the teacher grants each host: the options page (Sites) shows them as
 * waiting, with an "Allow on …" button that calls `chrome.permissions.request`.
 * Headless Chromium cannot click the browser's own permission prompt, so the test
 * first approves the host the way chrome://extensions → Site access → "Add a site"
 * does (`developerPrivate.addHostPermission`, which alone does not grant the
 * extension's optional permission: checked below), then clicks the options page's
 * button, whose request is then granted without a prompt. The background then
 * registers the generic content script, and on each replica — the real TipTap
 * (ProseMirror) and Quill libraries and a plain textarea form — the panel shows,
 * Post is held, and the one-click fix changes the library's own state.
 */
import { rmSync, writeFileSync, mkdirSync } from "node:fs"
import path from "node:path"

import type { Locator, Page } from "playwright-core"

import { EXTENSION_ID } from "../../plasmo.config"
import { GENERIC_REPLICA_URLS } from "../replicas/serve"
import { isRoot, openExtensionPage, POLICY_DIR, readArea } from "./extension-pages"
import {
  CONFIRM_HOST,
  PANEL_HOST,
  confirmDialog,
  editorText,
  launch,
  openReplica,
  screenshot,
  typeLikePerson,
  waitForEditorText,
  waitForPanel,
  waitForPosted,
  type Session
} from "./harness"
import { SAMPLE, SAMPLE_FIXED, SAMPLE_RULE } from "./sites"

/** Its own file, so other suites' policy files are left alone. */
const POLICY_FILE = path.join(POLICY_DIR, "byp-test-generic.json")
const EXTRA_SITES = [
  "https://schoolblog.example.org/wp-admin/*",
  "https://classroom.example.edu/*",
  "https://forum.example.net/*"
]
const PATTERN_OF_HOST: Record<string, string> = {
  "schoolblog.example.org": EXTRA_SITES[0]!,
  "classroom.example.edu": EXTRA_SITES[1]!,
  "forum.example.net": EXTRA_SITES[2]!
}

const describeAsRoot = isRoot() ? describe : describe.skip

function writeOwnPolicy(policy: Record<string, unknown>) {
  mkdirSync(POLICY_DIR, { recursive: true })
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({ "3rdparty": { extensions: { [EXTENSION_ID]: policy } } }, null, 2)
  )
}
const removeOwnPolicy = () => rmSync(POLICY_FILE, { force: true })

afterAll(() => removeOwnPolicy())

const EDITORS = {
  tiptap: ".ProseMirror",
  quill: ".ql-editor",
  textarea: "textarea"
} as const

async function granted(session: Session, origin: string): Promise<boolean> {
  return session.serviceWorker!.evaluate(
    (o) => chrome.permissions.contains({ origins: [o] }),
    origin
  )
}

async function registeredMatches(session: Session): Promise<string[]> {
  return session.serviceWorker!.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? [])
  )
}

/** What chrome://extensions → Site access → "Add a site" does for a host. */
async function approveInExtensionsPage(session: Session, host: string) {
  const page = await session.context.newPage()
  await page.goto(`chrome://extensions/?id=${session.extensionId}`)
  await page.evaluate(
    async ([id, h]) => {
      const dp = (
        chrome as unknown as {
          developerPrivate: { addHostPermission(id: string, host: string): Promise<void> }
        }
      ).developerPrivate
      await dp.addHostPermission(id!, h!)
    },
    [session.extensionId!, host]
  )
  await page.close()
}

/** Main-thread tasks of 50 ms or more on the page from now on (PerformanceObserver "longtask"). */
async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __bypLong: number[] }
    w.__bypLong = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bypLong.push(Math.round(e.duration))
    }).observe({ type: "longtask" })
  })
  return () => page.evaluate(() => (window as unknown as { __bypLong: number[] }).__bypLong)
}

async function postButton(page: Page, label: string): Promise<Locator> {
  return page.getByRole("button", { name: label, exact: true })
}

describeAsRoot("extra sites named by the division (generic adapter)", () => {
  let session: Session
  beforeAll(async () => {
    writeOwnPolicy({ extraSites: [...EXTRA_SITES, "https://*/*"] })
    session = await launch()
    for (let i = 0; i < 50; i++) {
      const managed = (await readArea(session, "managed").catch(() => ({}))) as {
        extraSites?: unknown
      }
      if (managed.extraSites) break
      await new Promise((r) => setTimeout(r, 200))
    }
  })
  afterAll(async () => {
    if (session?.pageErrors.length) console.warn(session.pageErrors.join("\n"))
    await session?.close()
    removeOwnPolicy()
  })

  test("before the teacher's click: nothing runs on a listed site", async () => {
    const page = await openReplica(session, GENERIC_REPLICA_URLS.quill, 1)
    await typeLikePerson(page.locator(EDITORS.quill).first(), SAMPLE, 5)
    await page.waitForTimeout(1500)
    expect(await page.locator(PANEL_HOST).count()).toBe(0)
    expect(await registeredMatches(session)).toEqual([])
    await page.close()
  })

  test("the options page lists each site as waiting and grants it on click", async () => {
    const options = await openExtensionPage(session, "options.html")
    await options.locator("#sites").waitFor()
    for (const p of EXTRA_SITES)
      await expect(
        options.locator(`[data-extra-site="${p}"]`).getAttribute("data-status")
      ).resolves.toBe("waiting")
    // The all-hosts pattern is refused: not listed, shown as a settings problem.
    expect(await options.locator('[data-extra-site="https://*/*"]').count()).toBe(0)
    await expect(options.locator("body").textContent()).resolves.toContain("every website")

    for (const [host, pattern] of Object.entries(PATTERN_OF_HOST)) {
      const origin = `https://${host}/*`
      await approveInExtensionsPage(session, origin)
      expect(await granted(session, origin)).toBe(false) // not by itself
      await options.locator(`[data-byp-allow="${pattern}"]`).click()
      await options
        .locator(`[data-extra-site="${pattern}"][data-status="allowed"]`)
        .waitFor({ timeout: 5000 })
      expect(await granted(session, origin)).toBe(true)
    }
    for (let i = 0; i < 50 && (await registeredMatches(session)).length < 3; i++)
      await options.waitForTimeout(100)
    expect((await registeredMatches(session)).sort()).toEqual([...EXTRA_SITES].sort())
    await options.close()
  })

  const cases = [
    ["TipTap (ProseMirror) blog editor", GENERIC_REPLICA_URLS.tiptap, EDITORS.tiptap, "Post"],
    ["Quill classroom announcement", GENERIC_REPLICA_URLS.quill, EDITORS.quill, "Publish"],
    ["textarea forum reply", GENERIC_REPLICA_URLS.textarea, EDITORS.textarea, "Reply"]
  ] as const

  test.each(cases)("%s: panel, Post held, one-click fix", async (_name, url, css, label) => {
    const page = await openReplica(session, url, 1)
    const editor = page.locator(css).first()
    // Focus first (the script loads and the box gets its controller), warm the page's
    // own lazy start-up, then measure the typing: no main-thread task of 50 ms or more.
    // Profiled (CDP sampling, with and without the extension): TipTap's Link
    // extension builds linkifyjs's tables on the first word typed, a 25–50 ms task
    // of the page's own that shows without the extension too (200 ms at 4× CPU
    // throttling) and was the test's occasional long task. So a first word is typed
    // and removed before measuring; the extension's own first check with text and
    // its first findings still happen while measured.
    await editor.click()
    await page.keyboard.type("Warm up ", { delay: 20 })
    await page.keyboard.press("Control+A")
    await page.keyboard.press("Backspace")
    await page.waitForTimeout(500)
    const longTasks = await watchLongTasks(page)
    await page.keyboard.type(SAMPLE, { delay: 20 })
    await page.waitForTimeout(400) // the debounced check and the panel's update
    const measured = await longTasks()
    console.log(`${_name}: long tasks while typing: ${JSON.stringify(measured)}`)
    expect(measured).toEqual([])
    const panel = await waitForPanel(editor)
    const finding = panel.findings(SAMPLE_RULE).first()
    await finding.waitFor({ state: "visible", timeout: 10_000 })
    await screenshot(page, `generic-${_name.replace(/\W+/g, "-").toLowerCase()}`)

    // Post is held: the confirm dialog asks, nothing was sent.
    await (await postButton(page, label)).click()
    await confirmDialog(page).waitFor({ state: "visible", timeout: 5000 })
    expect(await page.evaluate(() => window.__replica!.posted.length)).toBe(0)
    await confirmDialog(page).locator('button[data-byp="review"]').click()
    await page
      .locator(CONFIRM_HOST)
      .waitFor({ state: "detached", timeout: 5000 })
      .catch(() => {})

    // The fix goes through the library's own input path: its state holds the fixed text.
    await finding.locator('button[data-byp="fix"]').first().click()
    await waitForEditorText(editor, SAMPLE_FIXED)
    await panel.panel.locator('[data-state="clean"]').or(panel.panel).first().waitFor()
    await page.waitForFunction(
      () =>
        !document
          .querySelector('div[data-byp-host="panel"]')
          ?.shadowRoot?.querySelector('[data-byp="finding"]'),
      undefined,
      { timeout: 5000 }
    )
    await (await postButton(page, label)).click()
    expect(await waitForPosted(page, 1)).toEqual([SAMPLE_FIXED])
    await page.close()
  })

  test("keys that send: a newline stays a newline in TipTap; Ctrl+Enter is held in the forum reply", async () => {
    // TipTap: Enter makes a paragraph and Ctrl+Enter a hard break (its own keymap):
    // neither asks "post anyway?", whatever the findings.
    const blog = await openReplica(session, GENERIC_REPLICA_URLS.tiptap, 1)
    const prose = blog.locator(EDITORS.tiptap).first()
    await typeLikePerson(prose, SAMPLE)
    await (await waitForPanel(prose)).findings(SAMPLE_RULE).first().waitFor({ timeout: 10_000 })
    await blog.keyboard.press("Enter")
    await blog.keyboard.type("Line two", { delay: 20 })
    await blog.keyboard.press("Control+Enter")
    await blog.keyboard.type("Line three", { delay: 20 })
    await blog.waitForTimeout(800)
    expect(await blog.locator(CONFIRM_HOST).locator('[data-byp="confirm"]').count()).toBe(0)
    expect(await blog.evaluate(() => window.__replica!.posted.length)).toBe(0)
    expect(await editorText(prose)).toBe(`${SAMPLE}\nLine two\nLine three`)
    await blog.close()

    // The forum sends on Ctrl+Enter (as Discourse does): held while the draft has a
    // finding, sent by "Post anyway"; Enter stays a new line.
    const forum = await openReplica(session, GENERIC_REPLICA_URLS.textarea, 1)
    const reply = forum.locator(EDITORS.textarea).first()
    await typeLikePerson(reply, SAMPLE)
    await (await waitForPanel(reply)).findings(SAMPLE_RULE).first().waitFor({ timeout: 10_000 })
    await forum.keyboard.press("Enter")
    await forum.keyboard.type("Thanks!", { delay: 20 })
    await forum.waitForTimeout(800)
    expect(await forum.locator(CONFIRM_HOST).locator('[data-byp="confirm"]').count()).toBe(0)
    await forum.keyboard.press("Control+Enter")
    await confirmDialog(forum).waitFor({ state: "visible", timeout: 5000 })
    expect(await forum.evaluate(() => window.__replica!.posted.length)).toBe(0)
    const ack = confirmDialog(forum).locator('input[data-byp="ack"]')
    if ((await ack.count()) > 0) await ack.check()
    await confirmDialog(forum).locator('button[data-byp="post-anyway"]').click()
    expect(await waitForPosted(forum, 1)).toEqual([`${SAMPLE}\nThanks!`])
    await forum.close()
  })

  test("a chat-like class comment box (enterkeyhint=send): Enter is held, Shift+Enter is a new line", async () => {
    const page = await openReplica(session, GENERIC_REPLICA_URLS.chat, 1)
    const box = page.locator(EDITORS.textarea).first()
    await typeLikePerson(box, SAMPLE)
    await (await waitForPanel(box)).findings(SAMPLE_RULE).first().waitFor({ timeout: 10_000 })
    await page.keyboard.press("Shift+Enter")
    await page.keyboard.type("Bravo!", { delay: 20 })
    await page.waitForTimeout(800)
    expect(await page.locator(CONFIRM_HOST).locator('[data-byp="confirm"]').count()).toBe(0)
    await page.keyboard.press("Enter")
    await confirmDialog(page).waitFor({ state: "visible", timeout: 5000 })
    expect(await page.evaluate(() => window.__replica!.posted.length)).toBe(0)
    await confirmDialog(page).locator('button[data-byp="review"]').click()
    expect(await editorText(box)).toBe(`${SAMPLE}\nBravo!`)
    await page.close()
  })

  test("three Quill captions in a carousel: each gets its own visible panel", async () => {
    const page = await openReplica(session, GENERIC_REPLICA_URLS.quillCarousel, 3)
    const editors = page.locator(EDITORS.quill)
    expect(await editors.count()).toBe(3)
    for (let i = 0; i < 3; i++) {
      await page.evaluate(
        (n) => (window as unknown as { __carousel(n: number): void }).__carousel(n),
        i
      )
      await page.waitForTimeout(300) // the slide transition
      const editor = editors.nth(i)
      await page.keyboard.type(`Photo ${i + 1}: ${SAMPLE}`, { delay: 10 })
      const panel = await waitForPanel(editor)
      await panel.findings(SAMPLE_RULE).first().waitFor({ state: "visible", timeout: 10_000 })
      // Inside the carousel's visible frame, not cut off below the caption box.
      const box = await panel.host.boundingBox()
      // What the teacher sees at the panel's centre is the panel: not clipped by the
      // slide or the carousel's overflow, not covered by the next slide.
      expect(box!.height).toBeGreaterThan(20)
      const seen = await page.evaluate(
        ([x, y]) =>
          document.elementFromPoint(x!, y!)?.closest('div[data-byp-host="panel"]') ?? null,
        [box!.x + box!.width / 2, box!.y + Math.min(box!.height / 2, 20)]
      )
      expect(seen).not.toBeNull()
      expect(await panel.host.evaluate((h) => h.previousElementSibling?.className ?? "")).toContain(
        "ql-container"
      )
    }
    expect(
      new Set(
        await Promise.all([0, 1, 2].map((i) => waitForPanel(editors.nth(i)).then((p) => p.index)))
      ).size
    ).toBe(3)

    // One Publish sends all three captions: it is held while any has a finding.
    await (await postButton(page, "Publish")).click()
    await confirmDialog(page).waitFor({ state: "visible", timeout: 5000 })
    expect(await page.evaluate(() => window.__replica!.posted.length)).toBe(0)
    await page.close()
  })
})
