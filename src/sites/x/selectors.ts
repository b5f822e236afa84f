import type { Selector } from "../types"

/** X (x.com, twitter.com, mobile web). Seen on x.com, 2024–2025. */

export const X_EDITORS: readonly Selector[] = [
  {
    css: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
    note: "Draft.js composer: home box, compose modal in #layers, replies, each box of a thread (tweetTextarea_0, _1, …)"
  },
  {
    css: 'textarea[data-testid^="tweetTextarea_"]',
    note: "mobile web composer, a plain <textarea>"
  },
  {
    css: '.public-DraftEditor-content[contenteditable="true"][role="textbox"]',
    note: "any Draft.js editor (class names set by Draft.js itself, not generated) if the test ids change"
  }
]

export const X_SUBMIT: readonly Selector[] = [
  {
    css: '[data-testid="tweetButton"]',
    note: 'Post / "Post all" in the compose modal and thread composer; a <button> or a div[role=button]'
  },
  {
    css: '[data-testid="tweetButtonInline"]',
    note: "Post / Reply under the home-timeline box and inline reply boxes"
  }
]

export const X_ATTACHMENTS: readonly Selector[] = [
  {
    css: '[data-testid="attachments"]',
    note: "strip of attached photos/videos/GIFs under the composer"
  }
]

export const X_ACCOUNT: readonly Selector[] = [
  {
    css: '[data-testid="SideNav_AccountSwitcher_Button"]',
    note: "account switcher in the left nav (desktop); its text contains @handle"
  },
  {
    css: '[data-testid="AppTabBar_Profile_Link"]',
    note: "Profile in the tab bar / side nav (href /handle); a steadier source, a button in some 2025 builds"
  },
  {
    css: '[data-testid="DashButton_ProfileIcon_Link"]',
    note: "profile icon on mobile web: a link in older builds, a button (no href) in some 2025 builds"
  }
]

/** Where one composer ends: the modal, or the inline box's own container. */
export const X_SCOPE = '[role="dialog"], [data-testid="primaryColumn"]'
