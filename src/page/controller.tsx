import type { BoxStatus, CheckReply, PagePolicy } from "../messaging/protocol"
import type { Draft, Finding, Fix, SiteId } from "../core/types"
import { t } from "../i18n"
import type { SiteAdapter } from "../sites/types"
import { createShadowMount, type ShadowMount } from "../ui/panel/mount"
import { Panel, type BlurAction, type BlurPreview, type PanelState } from "../ui/panel/Panel"
import { siteTheme } from "../ui/panel/theme"
import type { AttachmentList } from "./attachments"
import { readingStatusText } from "./attachments"
import { blurredCopy, downloadCopy, previewOf, replaceAttachment } from "./blur-photo"
import { applyPlan, rangeFor, readModel, readText } from "./editor-io"
import { planFix } from "./fix-plan"
import { clearHighlights, setHighlights } from "./highlight"
import { addToAllowList, count, requestCheck, warmUp } from "../messaging/client"
import type { PhotoTracker } from "./photos"
import { safe } from "./safe"
import { queryAll } from "../sites/dom"
import { debounce, Sequence, withTimeout } from "./scheduler"

/** Pause in typing before a check: short enough for findings ≤ 300 ms after the pause. */
export const CHECK_DEBOUNCE_MS = 150

/**
 * One compose box: checks its text (in the background, debounced), shows the
 * panel next to it, marks found ranges, applies fixes. Owns no page state beyond
 * its own panel host.
 */
export class EditorController {
  findings: Finding[] = []
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
  }

  check(): Promise<Finding[] | null> {
    // The text step was unmounted (a later step of its composer): keep what was found.
    if (!this.editor.isConnected) return Promise.resolve(this.findings)
    const ticket = this.seq.next()
    const text = safe(() => readText(this.editor), "")
    const attachmentKey = this.attachmentKey()
    const list = this.attachmentList
    const attachments = list
      ? list.toDraft(this.previews)
      : safe(() => this.adapter.attachments(this.editor), [])
    if (!text.trim() && !attachments.length) {
      this.inFlight = null
      this.apply(text, { findings: [], problems: [] }, attachmentKey)
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
        this.apply(text, result, attachmentKey)
        return this.findings
      },
      () => {
        if (this.disposed) return null
        if (!this.seq.isCurrent(ticket)) return this.inFlight ?? this.findings
        this.inFlight = null
        this.state = this.findings.length ? "findings" : "clean"
        this.render()
        return null
      }
    )
    this.inFlight = p
    return p
  }

  private apply(text: string, result: CheckReply, attachmentKey: string) {
    this.checkedText = text
    this.checkedAttachments = attachmentKey
    if (result.policy) this.policy = result.policy
    // Checking switched off for this site: no panel, no marks, no gate.
    this.mount.host.style.display = this.policy?.enabled === false ? "none" : "block"
    this.findings = result.findings
    // A division rule skipped as too slow: say so, or the teacher trusts a check that did not run.
    this.checkProblems = result.problems.filter((p) => p.duringCheck).map((p) => p.message)
    this.state = result.findings.length ? "findings" : "clean"
    const fresh = result.findings.filter((f) => !this.seen.has(key(f)))
    fresh.forEach((f) => this.seen.add(key(f)))
    if (fresh.length) count("shown", fresh.length)
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
      const marks = this.findings
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
    let replaced = false
    if (scope && list)
      replaced = await replaceAttachment(scope, b.photo, copy, {
        beforeRemove: () => list.dropForReplacement(b.photo),
        beforeChange: () => this.photos?.markBlurred(copy)
      }).catch(() => false)
    if (!replaced) downloadCopy(copy)
    this.notice = replaced ? t("blurReplaced", b.label) : t("blurDownloaded", b.label, name)
    this.blur = undefined
    if (replaced) count("fixed")
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
    this.state = this.findings.length ? "findings" : "clean"
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
        findings={this.findings}
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
