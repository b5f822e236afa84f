import { requestPhotoParts, warmImageReader } from "../ocr/client"
import { ocrFailure, type OcrResult } from "../ocr/errors"
import type { SiteAdapter } from "../sites/types"
import { AttachmentList, type TrackedAttachment } from "./attachments"
import { safe } from "./safe"

/**
 * Catches what the teacher attaches to a post — a file input's change, a drop, a
 * paste — and has each photo's text read by the extension (src/ocr/client.ts:
 * the background reads it on this machine; nothing goes to a server). Files are
 * kept per composer scope (the adapter's `attachmentScope`: the create-post
 * dialog, X's composer column) in memory only, because on Instagram the photo
 * is chosen before the caption box exists. The site's own handling of the file
 * is never touched: the listeners only look.
 */
/**
 * A photo's work: `text` answers with its text (and its faces, when `faces` is
 * not asked apart); `faces`, when present, answers with its faces alone, sooner.
 */
export interface PhotoParts {
  faces?: Promise<OcrResult>
  text: Promise<OcrResult>
}

export interface PhotoReaderDeps {
  /** One answer with text and faces together (tests). */
  read?: (file: Blob) => Promise<OcrResult>
  /** Faces and text asked for apart (the default: the face finding does not wait for OCR). */
  readParts?: (file: Blob) => PhotoParts
  warm?: () => Promise<OcrResult | undefined>
}

export class PhotoTracker {
  private readonly lists = new Map<Element, AttachmentList>()
  private readonly warmed = new WeakSet<Element>()
  /** Blurred copies this extension attached itself (their faces are not reported again). */
  private readonly blurred = new WeakSet<Blob>()
  /** Learned from the background's answers: reading is switched off in settings or policy. */
  private off = false
  private readonly readParts: (file: Blob) => PhotoParts
  private readonly warmUp: () => Promise<OcrResult | undefined>

  constructor(
    private readonly adapter: SiteAdapter,
    /** Something changed for this scope's attachments (added, read, removed). */
    private readonly onChange: (scope: Element) => void,
    deps: PhotoReaderDeps = {}
  ) {
    const read = deps.read
    this.readParts =
      deps.readParts ??
      (read ? (file) => ({ text: read(file) }) : (file) => requestPhotoParts(file))
    this.warmUp = deps.warm ?? (() => warmImageReader())
  }

  install(): () => void {
    const onChange = (e: Event) => {
      const input = e.composedPath()[0]
      if (input instanceof HTMLInputElement && input.type === "file" && input.files?.length)
        this.addFiles(input, [...input.files])
    }
    // Files of a drop or paste exist only during the event: copy them now.
    const onDrop = (e: DragEvent) => {
      const files = e.dataTransfer?.files
      const t = e.composedPath()[0]
      if (files?.length && t instanceof Element) this.addFiles(t, [...files])
    }
    const onPaste = (e: ClipboardEvent) => {
      const files = e.clipboardData?.files
      const t = e.composedPath()[0]
      if (files?.length && t instanceof Element) this.addFiles(t, [...files])
    }
    document.addEventListener("change", onChange, true)
    window.addEventListener("drop", onDrop, true)
    window.addEventListener("paste", onPaste, true)
    return () => {
      document.removeEventListener("change", onChange, true)
      window.removeEventListener("drop", onDrop, true)
      window.removeEventListener("paste", onPaste, true)
    }
  }

  scopeOf(el: Element): Element | null {
    return safe(() => this.adapter.attachmentScope(el), null)
  }

  listFor(scope: Element | null): AttachmentList | undefined {
    return scope ? this.lists.get(scope) : undefined
  }

  /**
   * A composer that can take photos got focus: start the reader so the first
   * photo is read sooner, and learn whether reading is switched off.
   */
  warm(scope: Element | null): void {
    if (!scope || this.warmed.has(scope) || !scope.querySelector('input[type="file"]')) return
    this.warmed.add(scope)
    this.askIfOff()
  }

  /** The background's answer to a warm-up says whether reading is switched off. */
  private askIfOff(): void {
    void this.warmUp().then(
      (r) => {
        if (r) this.off = "code" in r && r.code === "disabled"
      },
      () => undefined
    )
  }

  /** Counts the site's previews for this scope; returns true when photos were removed. */
  syncPreviews(scope: Element, previews: number): boolean {
    const list = this.lists.get(scope)
    if (!list) return false
    return list.syncPreviews(
      previews,
      safe(() => shownMedia(scope), 0)
    )
  }

  /** Forgets composers that left the page (post sent, dialog closed). */
  prune(): void {
    for (const scope of [...this.lists.keys()]) if (!scope.isConnected) this.lists.delete(scope)
  }

  /** The next change event brings this blurred copy (see page/blur-photo.ts). */
  markBlurred(file: Blob): void {
    this.blurred.add(file)
  }

  /** Files attached at `target` (an input, a drop or paste target): kept, and photos read. */
  addFiles(target: Element, files: (Blob & { name?: string })[]): void {
    const scope = this.scopeOf(target)
    if (!scope) return
    let list = this.lists.get(scope)
    if (!list) this.lists.set(scope, (list = new AttachmentList()))
    const added = list.add(files, !this.off)
    for (const item of added) if (item.file && this.blurred.has(item.file)) item.blurred = true
    this.onChange(scope)
    // Reading may have been switched back on since: ask again for the next photo.
    if (this.off) this.askIfOff()
    for (const item of added)
      if (item.state === "reading" && item.file) this.readOne(scope, list, item)
  }

  private readOne(scope: Element, owner: AttachmentList, item: TrackedAttachment): void {
    const parts = this.readParts(item.file!)
    const answer = (p: Promise<OcrResult>) => p.catch(() => ocrFailure("unavailable"))
    const changed = (settled: boolean) => {
      if (settled && this.lists.get(scope) === owner) this.onChange(scope)
    }
    const disabled = (r: OcrResult) => "code" in r && r.code === "disabled" && !r.faces
    if (parts.faces) item.facesPending = true
    const faces = parts.faces && answer(parts.faces)
    void faces?.then((r) => changed(owner.settleFaces(item.id, r)))
    void answer(parts.text).then(async (result) => {
      // Off only when nothing was done with the photo (faces may be on while reading is off).
      if (disabled(result) && (!faces || disabled(await faces))) this.off = true
      changed(owner.settle(item.id, result))
    })
  }
}

/**
 * Photos and videos a composer still shows, whatever the site's preview selectors
 * say: previews of picked files are `blob:` URLs (as `<img>`, `<video>` or a
 * background image). Keeps photos already read when a selector stops matching.
 */
export function shownMedia(scope: Element): number {
  return scope.querySelectorAll('img[src^="blob:"], video, [style*="blob:"]').length
}
