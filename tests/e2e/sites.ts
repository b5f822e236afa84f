/**
 * How a person reaches and uses each site's composers on the replica pages: which
 * element is the editor, how it opens, how a post is sent. Shared by the end-to-end
 * suites, the replica self-test and the demo.
 */
import type { Locator, Page } from "playwright-core"

import { NO_COMPOSER_URLS, REPLICA_URLS, type ReplicaPage } from "../replicas/serve"

/** The sample: rule `student-full-name`, whose fix keeps the first name. */
export const SAMPLE = "Congratulations to Emma Thompson on her science fair win!"
export const SAMPLE_MATCH = "Emma Thompson"
export const SAMPLE_FIXED = "Congratulations to Emma on her science fair win!"
export const SAMPLE_RULE = "student-full-name"
/** A post no rule should flag. */
export const CLEAN_POST = "Thank you to everyone who came out to the spring concert!"

export interface Composer {
  /** Describes it in test names and demo output. */
  label: string
  editor: Locator
  /** Sends the post the way a person would (button click or Enter). */
  submit: () => Promise<void>
}

export interface SiteCase {
  page: ReplicaPage
  title: string
  url: string
  noComposerUrl: string
  /** Composers the page renders on load (waited for before `main`). */
  composersOnLoad: number
  /** The composer the main flows use. */
  main: (page: Page) => Promise<Composer>
  /** Composers that appear after load (dialog, reply, comment), each opened as a person would. */
  later: ((page: Page) => Promise<Composer>)[]
}

const LEXICAL = '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]'

export const SITES: SiteCase[] = [
  {
    page: "facebook",
    title: "Facebook",
    url: REPLICA_URLS.facebook,
    noComposerUrl: NO_COMPOSER_URLS.facebook,
    composersOnLoad: 1,
    main: async (page) => {
      await page.getByRole("button", { name: /What's on your mind/ }).click()
      const dialog = page.locator('[role="dialog"]')
      return {
        label: "Create post dialog",
        editor: dialog.locator(LEXICAL),
        submit: () => dialog.locator('div[role="button"][aria-label="Post"]').click()
      }
    },
    later: [
      async (page) => {
        await page.locator('[role="article"][aria-posinset="2"]').getByText("Comment").click()
        const editor = page.locator(`[role="article"][aria-posinset="2"] ${LEXICAL}`)
        return {
          label: "comment box opened later",
          editor,
          submit: async () => {
            await editor.focus()
            await page.keyboard.press("Enter")
          }
        }
      }
    ]
  },
  {
    page: "instagram",
    title: "Instagram",
    url: REPLICA_URLS.instagram,
    noComposerUrl: NO_COMPOSER_URLS.instagram,
    composersOnLoad: 1,
    main: async (page) => {
      await page.getByRole("link", { name: /New post/ }).click()
      const dialog = page.locator('[role="dialog"]')
      return {
        label: "Create new post caption",
        editor: dialog.locator(`${LEXICAL}[aria-label="Write a caption..."]`),
        submit: () => dialog.locator('div[role="button"]', { hasText: "Share" }).click()
      }
    },
    later: [
      async (page) => {
        // Scrolling loads another post, with its own comment box.
        await page.evaluate(() => window.__replica?.open("comment"))
        const editor = page.locator('textarea[aria-label="Add a comment…"]').nth(1)
        return {
          label: "comment box of a post loaded later",
          editor,
          submit: async () => {
            await editor.focus()
            await page.keyboard.press("Enter")
          }
        }
      }
    ]
  },
  {
    page: "x",
    title: "X",
    url: REPLICA_URLS.x,
    noComposerUrl: NO_COMPOSER_URLS.x,
    composersOnLoad: 1,
    main: async (page) => ({
      label: "home timeline composer",
      editor: page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]'),
      submit: () => page.locator('button[data-testid="tweetButtonInline"]').click()
    }),
    later: [
      async (page) => {
        await page.locator('[data-testid="tweet"] button[data-testid="reply"]').first().click()
        return {
          label: "reply dialog in #layers",
          editor: page.locator('#layers [data-testid="tweetTextarea_0"]'),
          submit: () => page.locator('#layers button[data-testid="tweetButton"]').click()
        }
      },
      async (page) => {
        await page.locator('[data-testid="SideNav_NewTweet_Button"]').click()
        return {
          label: "compose dialog in #layers",
          editor: page.locator('#layers [data-testid="tweetTextarea_0"]'),
          submit: () => page.locator('#layers button[data-testid="tweetButton"]').click()
        }
      }
    ]
  },
  {
    page: "xMobile",
    title: "X (mobile web)",
    url: REPLICA_URLS.xMobile,
    noComposerUrl: NO_COMPOSER_URLS.xMobile,
    composersOnLoad: 1,
    main: async (page) => ({
      label: "mobile compose textarea",
      editor: page.locator('textarea[data-testid="tweetTextarea_0"]'),
      submit: () => page.locator('button[data-testid="tweetButton"]').click()
    }),
    later: []
  }
]

export function site(name: ReplicaPage): SiteCase {
  const found = SITES.find((candidate) => candidate.page === name)
  if (!found) throw new Error(`unknown replica ${name}`)
  return found
}
