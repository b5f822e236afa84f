/**
 * Other places Facebook staff post from, each served at its real URL:
 * - a Page's post composer (`/LakesideElementary`): Next → Post settings → Post,
 *   the text step unmounted on the settings step;
 * - Reels (`/reels/create`): a `[role=form]` that is not a dialog, Next, Next, then
 *   the description and Publish;
 * - Meta Business Suite (`business.facebook.com/latest/composer`): a full-page
 *   composer with "Save as draft" and "Publish";
 * - Stories (`/stories/create`): "Create a text story", then a full-page creator
 *   with the text box in the side panel, "Discard" and "Share to story" (disabled
 *   while the box is empty), and a live preview of the story.
 * Labels are aria-labels, as on the sites.
 */
import React, { useRef, useState } from "react"

import { LexicalTextbox, type LexicalHandle } from "../shared/LexicalTextbox"
import { recordPost } from "../shared/replica-api"

export type FacebookVariant = "home" | "page" | "reels" | "business" | "group" | "stories"

export function facebookVariant(): FacebookVariant {
  if (location.hostname === "business.facebook.com") return "business"
  if (/^\/reels\/create/.test(location.pathname)) return "reels"
  if (/^\/stories\/create/.test(location.pathname)) return "stories"
  if (/^\/LakesideElementary\/?$/.test(location.pathname)) return "page"
  if (/^\/groups\/lakeside-parents\/?$/.test(location.pathname)) return "group"
  return "home"
}

/** `?locale=fr_FR` (Facebook's own switch): the home page's create-post dialog in French. */
export function facebookFrench(): boolean {
  return new URLSearchParams(location.search).get("locale") === "fr_FR"
}

function Button(props: {
  label: string
  disabled?: boolean
  onClick: () => void
  primary?: boolean
}): React.JSX.Element {
  return (
    <div
      aria-label={props.label}
      role="button"
      tabIndex={props.disabled ? -1 : 0}
      aria-disabled={props.disabled ? true : undefined}
      className={props.primary ? "replica-primary" : "replica-icon-button"}
      onClick={() => {
        if (!props.disabled) props.onClick()
      }}
    >
      <span>{props.label}</span>
    </div>
  )
}

/** A Page's composer: the text step, then Post settings (text step unmounted), then Post. */
export function PagePostDialog(): React.JSX.Element | null {
  const handle = useRef<LexicalHandle | null>(null)
  const [open, setOpen] = useState(true)
  const [step, setStep] = useState<"text" | "settings">("text")
  const [text, setText] = useState("")
  if (!open) return <p data-replica="posted">Your post is live.</p>
  return (
    <div className="replica-backdrop">
      <div aria-labelledby="page-post-heading" role="dialog" className="replica-dialog">
        <form method="POST" onSubmit={(event) => event.preventDefault()}>
          <div className="replica-dialog-header">
            <h2 id="page-post-heading">{step === "text" ? "Create post" : "Post settings"}</h2>
          </div>
          <div className="replica-dialog-body">
            <span className="replica-author">
              <strong>Lakeside Elementary School</strong>
            </span>
            {step === "text" ? (
              <>
                <div className="replica-editor-frame">
                  <LexicalTextbox
                    label="What's on your mind?"
                    className="xzsf02u x1a2a7pz notranslate"
                    onTextChange={setText}
                    onReady={(h) => (handle.current = h)}
                    autoFocus
                  />
                </div>
                <Button
                  label="Next"
                  primary
                  disabled={!text.trim()}
                  onClick={() => setStep("settings")}
                />
              </>
            ) : (
              <>
                <label>
                  <input type="checkbox" /> Boost post
                </label>
                <Button label="Back" onClick={() => setStep("text")} />
                <Button
                  label="Post"
                  primary
                  onClick={() => {
                    recordPost(text)
                    setOpen(false)
                  }}
                />
              </>
            )}
          </div>
        </form>
      </div>
    </div>
  )
}

/** Reels: a `[role=form]` page section, Next, Next, then description + Publish. */
export function ReelsCreator(): React.JSX.Element {
  const [step, setStep] = useState(0)
  const handle = useRef<LexicalHandle | null>(null)
  const [done, setDone] = useState(false)
  if (done) return <p data-replica="posted">Your reel is being published.</p>
  return (
    <div role="form" aria-label="Create reel" className="replica-card">
      <h2>{["Upload video", "Edit reel", "Reel settings"][step]}</h2>
      <div className="replica-video">🎬 field-day.mp4</div>
      {step < 2 ? (
        <Button label="Next" primary onClick={() => setStep(step + 1)} />
      ) : (
        <>
          <div className="replica-editor-frame">
            <LexicalTextbox
              label="Describe your reel..."
              className="xzsf02u x1a2a7pz notranslate"
              onReady={(h) => (handle.current = h)}
              autoFocus
            />
          </div>
          <Button label="Back" onClick={() => setStep(1)} />
          <Button
            label="Publish"
            primary
            onClick={() => {
              recordPost(handle.current?.read() ?? "")
              setDone(true)
            }}
          />
        </>
      )}
    </div>
  )
}

/** Meta Business Suite's composer page: the whole main region is the composer. */
export function BusinessComposer(): React.JSX.Element {
  const handle = useRef<LexicalHandle | null>(null)
  const [text, setText] = useState("")
  return (
    <div role="main" className="replica-main">
      <h1>Create post</h1>
      <div className="replica-card">
        <span>
          Post to <strong>Lakeside Elementary School</strong>
        </span>
        <h3>Text</h3>
        <div className="replica-editor-frame">
          <LexicalTextbox
            label="Write your post..."
            className="xzsf02u x1a2a7pz notranslate"
            onTextChange={setText}
            onReady={(h) => (handle.current = h)}
          />
        </div>
        <Button label="Add photo" onClick={() => undefined} />
      </div>
      <div className="replica-footer">
        <Button label="Save as draft" disabled={!text.trim()} onClick={() => undefined} />
        <Button
          label="Publish"
          primary
          disabled={!text.trim()}
          onClick={() => {
            recordPost(handle.current?.read() ?? "")
            handle.current?.clear()
          }}
        />
      </div>
    </div>
  )
}

/**
 * A group's inline composer after a redesign the adapter does not know: no dialog,
 * no form, and a send control with no role and no label (only a test id). The
 * division mends it with policy `siteOverrides`.
 */
export function GroupComposer(): React.JSX.Element {
  const handle = useRef<LexicalHandle | null>(null)
  return (
    <div role="main" className="replica-main">
      <h1>Lakeside Parents</h1>
      <div data-pagelet="GroupInlineComposer" className="replica-card">
        <div className="replica-editor-frame">
          <LexicalTextbox
            label="Write something..."
            className="xzsf02u x1a2a7pz notranslate"
            onReady={(h) => (handle.current = h)}
          />
        </div>
        <div
          data-testid="group-send"
          className="replica-icon-button"
          onClick={() => {
            const text = handle.current?.read() ?? ""
            if (!text.trim()) return
            recordPost(text)
            handle.current?.clear()
          }}
        >
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path d="M3 12l18-9-6 18-3-7z" fill="currentColor" />
          </svg>
        </div>
      </div>
    </div>
  )
}

/** Stories: pick "Create a text story", type in the side panel, "Share to story". */
export function StoriesCreator(): React.JSX.Element {
  const handle = useRef<LexicalHandle | null>(null)
  const [kind, setKind] = useState<"pick" | "text">("pick")
  const [text, setText] = useState("")
  const [shared, setShared] = useState(false)
  if (shared) return <p data-replica="posted">Your story was shared.</p>
  if (kind === "pick")
    return (
      <div role="main" className="replica-main">
        <h1>Your story</h1>
        <div className="replica-card">
          <Button label="Create a photo story" onClick={() => undefined} />
          <Button label="Create a text story" primary onClick={() => setKind("text")} />
        </div>
      </div>
    )
  return (
    <div role="main" className="replica-main">
      <div role="complementary" aria-label="Your story" className="replica-card">
        <h2>Your story</h2>
        <span>
          <strong>Jordan Lee</strong>
        </span>
        <div className="replica-editor-frame">
          <LexicalTextbox
            label="Start typing"
            className="xzsf02u x1a2a7pz notranslate"
            onTextChange={setText}
            onReady={(h) => (handle.current = h)}
            autoFocus
          />
        </div>
        <div className="replica-footer">
          <Button label="Discard" onClick={() => handle.current?.clear()} />
          <Button
            label="Share to story"
            primary
            disabled={!text.trim()}
            onClick={() => {
              recordPost(handle.current?.read() ?? "")
              setShared(true)
            }}
          />
        </div>
      </div>
      <div aria-label="Preview" className="replica-card">
        <div className="replica-story-preview">{text}</div>
      </div>
    </div>
  )
}
