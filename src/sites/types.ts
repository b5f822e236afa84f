import type { Attachment, Draft, SiteId } from "../core/types"

/**
 * What a site adapter knows about its site. Everything DOM-specific about
 * Facebook, Instagram and X lives behind this interface; src/page only talks to
 * it. Every call is wrapped in try/catch by the page runtime (fail open), so an
 * adapter may throw when the site changes: the draft is then checked with no
 * site extras and posting is never blocked by an adapter error.
 */

/** One CSS selector in a fallback list, with a note on what it matches and where it was seen. */
export interface Selector {
  css: string
  note: string
}

/** How text gets into the editor: decides the input path fixes use. */
export type EditorKind = "lexical" | "draftjs" | "textarea" | "contenteditable"

export type AdapterSite = SiteId | "generic"

export interface SiteAdapter {
  site: AdapterSite
  /** Compose boxes, best selector first. */
  editors: readonly Selector[]
  /** The compose box `el` is in (el itself, or an ancestor), or null. */
  findEditor(el: Element): HTMLElement | null
  kind(editor: HTMLElement): EditorKind
  /** The control that sends the post written in `editor`, if the site has one. */
  submitFor(editor: HTMLElement): HTMLElement | null
  /** True when plain Enter (no Shift) sends this box's text (comment boxes). */
  postsOnEnter(editor: HTMLElement): boolean
  /** True when Ctrl+Enter / Cmd+Enter sends this box's text. */
  postsOnModEnter(editor: HTMLElement): boolean
  /**
   * What Enter / Ctrl+Enter was seen doing in this box when the gate let it through
   * (it emptied the box: it sent; it added a line: a newline), for adapters that
   * decide the send keys by behaviour (the generic one on the division's extra sites).
   */
  noteKey?(editor: HTMLElement, key: "enter" | "modEnter", outcome: "send" | "newline"): void
  /** Which account is posting, when the page shows it. */
  account(editor: HTMLElement): Draft["account"]
  /** Photos and videos attached to this post. */
  attachments(editor: HTMLElement): Attachment[]
  /**
   * The part of the page one post's attachments belong to (its dialog or composer
   * block), for `el` = the editor, a file input, or a drop/paste target. Files
   * picked in that scope are read and checked with the editor's text; null when
   * `el` is not in a composer that takes photos (comment boxes, the generic fallback).
   */
  attachmentScope(el: Element): Element | null
  /**
   * The container of one post's composer (a dialog, a multi-step form), when the
   * site has one: a composer whose text step is unmounted before the final step
   * (Next → settings → Post) keeps its findings while this stays on the page.
   */
  composerOf?(editor: HTMLElement): Element | null
  /** The final submit control inside a composer container whose editor has gone (a later step). */
  submitIn?(composer: Element): HTMLElement | null
  /** The panel host is inserted as the next sibling of this element (never inside the editor). */
  panelAnchor(editor: HTMLElement): Element
}
