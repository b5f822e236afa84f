import type { BoxStatus, CheckReply, PagePolicy } from "../messaging/protocol"
import type { Draft, Finding, Fix, SiteId } from "../core/types"
import { t } from "../i18n"
import type { SiteAdapter } from "../sites/types"
import { createShadowMount, type ShadowMount } from "../ui/panel/mount"
import { Panel, type BlurAction, type BlurPreview, type PanelState } from "../ui/panel/Panel"
import { siteTheme } from "../ui/panel/theme"
import type { AttachmentList } from "./attachments"
import { readingStatusText } from "./attachments"
import {
  blurredCopy,
  downloadCopy,
  previewOf,
  replaceAttachment,
  type ReplaceOutcome
} from "./blur-photo"
import { applyPlan, rangeFor, readModel, readText } from "./editor-io"
import { planFix } from "./fix-plan"
import { clearHighlights, setHighlights } from "./highlight"
import { addToAllowList, count, requestCheck, warmUp } from "../messaging/client"
import type { PhotoTracker } from "./photos"
import { safe } from "./safe"
import { queryAll } from "../sites/dom"
import { debounce, Sequence, withTimeout } from "./scheduler"
import { HOLD_RELEASE_MS, splitAtCaret, type CaretSplit } from "./caret-hold"
import { offsetOf, type TextModel } from "./text-model"

/** Pause in typing before a check: short enough for findings ≤ 300 ms after the pause. */
export const CHECK_DEBOUNCE_MS = 150

/**
 * One compose box: checks its text (in the background, debounced), shows the
 * panel next to it, marks found ranges, applies fixes. Owns no page state beyond
 * its own panel host.
 */
export class EditorController {
  /** Every finding for the checked text: what the Post gate decides on. */
  findings: Finding[] = []
  /** What the panel and the marks show: all but a word still being typed (caret-hold.ts). */
  private shown: Finding[] = []
  private held: Finding[] = []
  private holdTimer: ReturnType<typeof setTimeout> | undefined
  /** The division's switches from the last answer (site on/off, post-anyway per rule). */
  policy: PagePolicy | undefined
  private checkedText: string | null = null
  /** The attachments (and their read state) the findings belong to. */
  private checkedAttachments = ""
  private previews = 0
  private photoWaiters: (() => void)[] = []
  private state: PanelState = "clean"
  private collapsed = false
  private notice: string | undefined
  private checkProblems: string[] = []
  private readonly seq = new Sequence()
  private readonly mount: ShadowMount
  private readonly schedule = debounce(() => void this.check(), CHECK_DEBOUNCE_MS)
  private inFlight: Promise<Finding[] | null> | null = null
  private seen = new Set<string>()
  private theme: "light" | "dark" = "light"
  private themeAt = 0
  private disposed = false
  /**
   * Editors change their text without an `input` event too: Lexical (Facebook,
   * Instagram) handles paste, multi-line insertion and undo itself and cancels the
   * browser's input. Any change to the box's DOM restarts the debounce; the
   * highlights use the CSS Highlight API, so our own marks never trigger it.
   */
  private readonly edits = new MutationObserver(() => this.schedule())
  /** Leaving the box finishes the word at the caret. */
  private readonly onFocusOut = () => this.release()

  constructor(
    readonly editor: HTMLElement,
    readonly adapter: SiteAdapter,
    private readonly site: SiteId | undefined,
    private readonly photos?: PhotoTracker
  ) {
    this.mount = createShadowMount("panel")
    this.theme = safe(() => siteTheme(editor), "light")
    this.previews = this.countPreviews()
    // Photos picked before this box existed (Instagram): their previews are the baseline.
    const scope = this.scope
    if (scope) photos?.syncPreviews(scope, this.previews)
    this.place()
    this.render()
    warmUp()
    photos?.warm(scope)
    this.edits.observe(editor, { childList: true, characterData: true, subtree: true })
    editor.addEventListener("focusout", this.onFocusOut)
    this.schedule()
  }

  /** Where this post's attachments are kept (its dialog / composer block), if it takes any. */
  get scope(): Element | null {
    return this.photos?.scopeOf(this.editor) ?? null
  }

  private get attachmentList(): AttachmentList | undefined {
    return this.photos?.listFor(this.scope)
  }

  private countPreviews(): number {
    return safe(() => this.adapter.attachments(this.editor).length, 0)
  }

  /** Photos attached, read or removed: show progress now, check again after the debounce. */
  onAttachments(): void {
    if (this.disposed) return
    if (this.photosReading() === 0) this.photoWaiters.splice(0).forEach((w) => w())
    this.render()
    this.schedule()
  }

  /** After DOM changes: the site's previews appeared or went away (photo removed, post sent). */
  syncPreviews(): void {
    const now = this.countPreviews()
    if (now === this.previews) return
    this.previews = now
    const scope = this.scope
    if (scope && this.photos?.syncPreviews(scope, now)) this.onAttachments()
    else this.schedule()
  }

  /** Photos of this post whose text is still being read. */
  photosReading(): number {
    return this.attachmentList?.reading() ?? 0
  }

  /** Resolves when every photo has been read, or after `ms` (Post does not wait longer). */
  whenPhotosRead(ms: number): Promise<void> {
    if (this.photosReading() === 0) return Promise.resolve()
    return new Promise((resolve) => {
      this.photoWaiters.push(resolve)
      setTimeout(resolve, ms)
    })
  }

  private attachmentKey(): string {
    return `${this.attachmentList?.signature() ?? ""}|${this.previews}`
  }

  get connected(): boolean {
    return this.editor.isConnected
  }

  /** The composer container the editor was last seen in (dialog, Reels form). */
  private home: Element | null = null

  /**
   * The editor left but its composer stayed: a multi-step composer (a Page post's
   * Next → settings → Post) unmounts the text step. The post still goes out on
   * the final step, so the controller keeps its findings and the gate holds there.
   * Ends when the composer goes away or shows an editor again (Back).
   */
  get parked(): boolean {
    if (this.editor.isConnected || this.disposed) return false
    const home = this.home
    if (!home?.isConnected || !this.checkedText?.trim()) return false
    return !safe(() => queryAll(home, this.adapter.editors).length > 0, true)
  }

  /** Connected, or parked on a later step of its composer: the gate still counts it. */
  get live(): boolean {
    return this.connected || this.parked
  }

  /** Keep the host next to the editor when the site re-renders around it. */
  place(): void {
    if (this.editor.isConnected)
      this.home = safe(() => this.adapter.composerOf?.(this.editor) ?? null, this.home)
    const anchor = safe(() => this.adapter.panelAnchor(this.editor), this.editor)
    // Never inside the editor: that would corrupt the text the site posts.
    let target = this.editor.contains(anchor) && anchor !== this.editor ? this.editor : anchor
    if (this.mount.host.previousElementSibling === this.placedAfter && this.mount.host.isConnected)
      return
    const before = this.editor.getBoundingClientRect().width
    target.after(this.mount.host)
    // In a flex row (comment forms) a sibling squeezes the box: move out, up to 3 levels.
    for (
      let i = 0;
      i < 3 && before > 0 && target.parentElement && target.parentElement !== document.body;
      i++
    ) {
      if (this.editor.getBoundingClientRect().width >= Math.min(before, 120)) break
      target = target.parentElement
      target.after(this.mount.host)
    }
    this.placedAfter = target
  }

  private placedAfter: Element | null = null

  onInput(): void {
    this.notice = undefined
    this.schedule()
  }

  submit(): HTMLElement | null {
    if (this.editor.isConnected) {
      this.home = safe(() => this.adapter.composerOf?.(this.editor) ?? null, this.home)
      return safe(() => this.adapter.submitFor(this.editor), null)
    }
    const home = this.home
    return home && this.parked ? safe(() => this.adapter.submitIn?.(home) ?? null, null) : null
  }

  postsOnEnter(): boolean {
    return safe(() => this.adapter.postsOnEnter(this.editor), false)
  }

  postsOnModEnter(): boolean {
    return safe(() => this.adapter.postsOnModEnter(this.editor), false)
  }

  /** The box's text now (as the checker reads it). */
  text(): string {
    return safe(() => readText(this.editor), "")
  }

  /** What Enter / Ctrl+Enter was seen doing here: adapters that decide keys by behaviour learn it. */
  noteKey(key: "enter" | "modEnter", outcome: "send" | "newline"): void {
    safe(() => this.adapter.noteKey?.(this.editor, key, outcome), undefined)
  }

  /** True when the findings belong to the text now in the editor. */
  isFresh(): boolean {
    // Parked on a later step: its text can no longer change; the findings stand.
    if (this.parked) return true
    return (
      !this.schedule.pending() &&
      !this.inFlight &&
      this.checkedText === readText(this.editor) &&
      this.checkedAttachments === this.attachmentKey()
    )
  }

  /** Findings for the current text, checking now if needed; null = no answer (fail open). */
  async ensureFresh(timeoutMs: number): Promise<Finding[] | null> {
    if (this.isFresh()) return this.findings
    this.schedule.cancel()
    return withTimeout(this.check(), timeoutMs, null)
  }

  /** Run pending checks now (the teacher is reaching for Post). */
  flush(): void {
    this.schedule.flush()
    this.release()
  }

  check(): Promise<Finding[] | null> {
    // The text step was unmounted (a later step of its composer): keep what was found.
    if (!this.editor.isConnected) return Promise.resolve(this.findings)
    const ticket = this.seq.next()
    const model = safe(() => readModel(this.editor), null)
    const text = model?.text ?? ""
    const caret = model ? safe(() => this.caret(model), null) : null
    const attachmentKey = this.attachmentKey()
    const list = this.attachmentList
    const attachments = list
      ? list.toDraft(this.previews)
      : safe(() => this.adapter.attachments(this.editor), [])
    if (!text.trim() && !attachments.length) {
      this.inFlight = null
      this.apply(text, { findings: [], problems: [] }, attachmentKey, null)
      return Promise.resolve([])
    }
    this.state = "checking"
    this.render()
    const draft: Draft = {
      text,
      site: this.site,
      account: safe(() => this.adapter.account(this.editor), undefined),
      attachments
    }
    const p = requestCheck(draft).then(
      (result) => {
        if (this.disposed) return null
        // A newer check started meanwhile (more typing, a change to the box): its answer
        // is the one that counts, also for a Post waiting on this one (not "no answer").
        if (!this.seq.isCurrent(ticket)) return this.inFlight ?? this.findings
        this.inFlight = null
        this.apply(text, result, attachmentKey, caret)
        return this.findings
      },
      () => {
        if (this.disposed) return null
        if (!this.seq.isCurrent(ticket)) return this.inFlight ?? this.findings
        this.inFlight = null
        this.state = this.settledState()
        this.render()
        return null
      }
    )
    this.inFlight = p
    return p
  }

  private apply(text: string, result: CheckReply, attachmentKey: string, caret: number | null) {
    this.checkedText = text
    this.checkedAttachments = attachmentKey
    if (result.policy) this.policy = result.policy
    // Checking switched off for this site: no panel, no marks, no gate.
    this.mount.host.style.display = this.policy?.enabled === false ? "none" : "block"
    this.findings = result.findings
    // A division rule skipped as too slow: say so, or the teacher trusts a check that did not run.
    this.checkProblems = result.problems.filter((p) => p.duringCheck).map((p) => p.message)
    this.show(splitAtCaret(text, caret, result.findings))
    // Reading computed styles forces a style pass: at most every few seconds.
    if (Date.now() - this.themeAt > 5000) {
      this.theme = safe(() => siteTheme(this.editor), this.theme)
      this.themeAt = Date.now()
    }
    // Looked for on every check, the first one on the still-empty box: the finder
    // learns which control's disabled state follows the editor's emptiness.
    const submit = this.submit()
    // A known composer whose submit control is not found: say so in the panel.
    this.unguarded =
      this.adapter.site !== "generic" && !!text.trim() && !this.postsOnEnter() && !submit
    this.highlight()
    this.render()
  }

  /** Where the caret is in the box's text; null when there is no caret inside it. */
  private caret(model: TextModel): number | null {
    const editor = this.editor
    if (editor instanceof HTMLTextAreaElement) {
      const focused = document.activeElement === editor
      return focused && editor.selectionStart === editor.selectionEnd ? editor.selectionStart : null
    }
    const sel = window.getSelection()
    if (!sel?.isCollapsed || !sel.anchorNode || !editor.contains(sel.anchorNode)) return null
    return offsetOf(model, { node: sel.anchorNode, offset: sel.anchorOffset })
  }

  private show(split: CaretSplit): void {
    this.shown = split.shown
    this.held = split.held
    this.state = this.settledState()
    const fresh = split.shown.filter((f) => !this.seen.has(key(f)))
    fresh.forEach((f) => this.seen.add(key(f)))
    if (fresh.length) count("shown", fresh.length)
    clearTimeout(this.holdTimer)
    if (split.held.length) this.holdTimer = setTimeout(() => this.release(), HOLD_RELEASE_MS)
  }

  /** A held finding's word is finished (typing paused, focus left, Post): show it. */
  private release(): void {
    if (this.disposed || !this.held.length) return
    this.show({ shown: this.findings, held: [] })
    this.highlight()
    this.render()
  }

  /** A held word is not judged yet: "checking" rather than a "clean" it may not be. */
  private settledState(): PanelState {
    if (this.shown.length) return "findings"
    return this.held.length ? "checking" : "clean"
  }

  /** What the popup's "This page" shows for this box: no text, no names. */
  status(): BoxStatus {
    const account = safe(() => this.adapter.account(this.editor), undefined)
    const keys: BoxStatus["keys"] = []
    if (this.postsOnEnter()) keys.push("Enter")
    if (this.postsOnModEnter()) keys.push("Ctrl+Enter")
    return {
      adapter: this.adapter.site === "generic" ? "generic" : "site",
      submitFound: !!this.submit(),
      keys,
      ...(account?.handle || account?.profile
        ? { account: account.handle ? `@${account.handle}` : account.profile }
        : {}),
      attachments: this.attachmentList?.size ?? this.countPreviews()
    }
  }

  /** No submit control found for this (site-adapter) box: posting is not gated here. */
  unguarded = false

  private highlight() {
    safe(() => {
      const model = readModel(this.editor)
      const marks = this.shown
        .filter((f) => f.source?.kind !== "image" && f.end > f.start)
        .map((f) => ({ range: rangeFor(this.editor, f.start, f.end, model), severity: f.severity }))
        .filter((m): m is { range: Range; severity: Finding["severity"] } => !!m.range)
      setHighlights(this, marks)
    }, undefined)
  }

  /** "Blur faces" preview in progress (memory only; gone with the panel). */
  private blur?: BlurPreview & { file: Blob; copy?: Blob; label: string }

  private async startBlur(index: number, label: string): Promise<void> {
    const item = this.attachmentList?.photoWithFaces(index)
    if (!item?.file || !item.faces) return
    try {
      const { width, height, boxes } = item.faces
      const keep = boxes.map(() => false)
      const [before, copy] = await Promise.all([
        previewOf(item.file),
        blurredCopy(item.file, boxes)
      ])
      this.blur = {
        photo: index,
        before,
        after: copy.preview,
        width,
        height,
        boxes,
        keep,
        file: item.file,
        copy: copy.blob,
        label
      }
    } catch {
      this.notice = t("blurFailed", label)
    }
    this.render()
  }

  private async onBlur(action: BlurAction): Promise<void> {
    const b = this.blur
    if (!b) return
    if (action.kind === "cancel") {
      this.blur = undefined
      return this.render()
    }
    if (action.kind === "toggle" || action.kind === "all") {
      const keep = b.keep.map((k, i) =>
        action.kind === "all" ? false : i === action.face ? !k : k
      )
      const copy = await blurredCopy(
        b.file,
        b.boxes.filter((_, i) => !keep[i])
      )
      this.blur = { ...b, keep, after: copy.preview, copy: copy.blob }
      return this.render()
    }
    // apply
    const name = `${b.label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-blurred.jpg`
    const copy = new File([b.copy ?? b.file], name, { type: "image/jpeg" })
    const scope = this.scope
    const list = this.attachmentList
    let outcome: ReplaceOutcome = "untouched"
    if (scope && list)
      outcome = await replaceAttachment(scope, b.photo, copy, {
        beforeRemove: () => list.dropForReplacement(b.photo),
        beforeChange: () => this.photos?.markBlurred(copy)
      }).catch((): ReplaceOutcome => "untouched")
    if (outcome !== "replaced") downloadCopy(copy)
    this.notice =
      outcome === "replaced"
        ? t("blurReplaced", b.label)
        : outcome === "removed"
          ? t("blurDownloadedRemoved", b.label, name)
          : t("blurDownloaded", b.label, name)
    this.blur = undefined
    if (outcome === "replaced") count("fixed")
    this.onAttachments()
    this.render()
  }

  async applyFix(finding: Finding, fix: Fix): Promise<void> {
    if (fix.blurFaces) {
      const label = (finding.source?.kind === "image" && finding.source.name) || t("panelThePhoto")
      return this.startBlur(fix.blurFaces.photo, label)
    }
    const text = readText(this.editor)
    if (text !== this.checkedText) {
      await this.check()
      return
    }
    const plan = planFix(text, finding, fix)
    if (!plan) return
    const outcome = await applyPlan(
      this.editor,
      safe(() => this.adapter.kind(this.editor), "contenteditable"),
      plan
    )
    if (outcome === "applied") count("fixed")
    else this.notice = outcome === "clipboard" ? t("noticeClipboard") : t("noticeEditByHand")
    await this.check()
    this.render()
  }

  async ignore(finding: Finding): Promise<void> {
    // Hide it at once; the background's allow-list makes the next check agree.
    const same = (f: Finding) =>
      f.rule === finding.rule && f.match.toLowerCase() === finding.match.toLowerCase()
    this.findings = this.findings.filter((f) => !same(f))
    this.shown = this.shown.filter((f) => !same(f))
    this.held = this.held.filter((f) => !same(f))
    this.state = this.settledState()
    this.highlight()
    this.render()
    try {
      await addToAllowList(finding.match)
    } catch {
      return
    }
    await this.check()
  }

  /** "Review" in the confirm dialog: open the panel and move focus to it. */
  reveal(): void {
    this.release()
    this.collapsed = false
    this.render()
    requestAnimationFrame(() => {
      // The first fix button when there is one: "Review" means "show me what to change".
      const first =
        this.mount.shadow.querySelector<HTMLElement>('[data-byp="fix"]') ??
        this.mount.shadow.querySelector<HTMLElement>('[data-byp="panel"]')
      first?.focus()
      this.mount.host.scrollIntoView({ block: "nearest" })
    })
  }

  render(): void {
    if (this.disposed) return
    const list = this.attachmentList
    this.mount.root.render(
      <Panel
        state={this.state}
        findings={this.shown}
        photos={
          list?.size
            ? {
                status: readingStatusText(list.progress()),
                progress: list.progress(),
                notes: list.notes()
              }
            : undefined
        }
        theme={this.theme}
        collapsed={this.collapsed}
        notice={this.notice}
        problems={this.checkProblems}
        siteExtras={this.adapter.site !== "generic"}
        unguarded={this.unguarded}
        onToggle={() => {
          this.collapsed = !this.collapsed
          this.render()
        }}
        onFix={(f, fix) => void this.applyFix(f, fix)}
        blur={this.blur}
        onBlur={(a) => void this.onBlur(a)}
        onIgnore={(f) => void this.ignore(f)}
      />
    )
  }

  dispose(): void {
    this.disposed = true
    this.edits.disconnect()
    this.editor.removeEventListener("focusout", this.onFocusOut)
    clearTimeout(this.holdTimer)
    this.schedule.cancel()
    this.photoWaiters.splice(0).forEach((w) => w())
    clearHighlights(this)
    safe(() => this.mount.unmount(), undefined)
  }

  get themeName(): "light" | "dark" {
    return this.theme
  }
}

function key(f: Finding): string {
  return `${f.rule}\u0000${f.match}`
}
