/**
 * Replica of X (served at https://x.com/home and https://mobile.x.com/compose/post):
 * - desktop: the home timeline's inline Draft.js composer (`tweetTextarea_0`,
 *   `button[data-testid="tweetButtonInline"]`), and compose / reply dialogs opened
 *   later inside `#layers` (`button[data-testid="tweetButton"]`);
 * - mobile web: the compose page with a plain React-controlled
 *   `<textarea data-testid="tweetTextarea_0">`.
 * `/explore` renders a timeline with no composer at all.
 */
import React, { useRef, useState } from "react"

import { DraftTextbox, type DraftHandle } from "../shared/DraftTextbox"
import { FilePicker, Previews, useMedia } from "../shared/media"
import { isNoComposerPage, recordPost, type OpenKind } from "../shared/replica-api"
import { mountReplica } from "../shared/mount"
import { useTextareaComposer } from "../shared/textarea-composer"

interface Tweet {
  author: string
  handle: string
  text: string
}

const TIMELINE: Tweet[] = [
  {
    author: "Riverbend School Division",
    handle: "@riverbend_sd",
    text: "Registration for next year's kindergarten opens Monday."
  },
  {
    author: "Lakeside Elementary",
    handle: "@lakeside_elem",
    text: "Thank you to everyone who came out to the book fair!"
  }
]

/** Line icons drawn inline (the replica has no fonts or images to load). */
function Icon(props: { path: string }): React.JSX.Element {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path d={props.path} fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  )
}

function Avatar(): React.JSX.Element {
  return <div className="replica-avatar" data-testid="UserAvatar-Container-ms_rivera" />
}

/** The Draft.js composer block X renders inline and inside its dialogs. */
function Composer(props: {
  placeholder: string
  buttonTestId: "tweetButtonInline" | "tweetButton"
  buttonLabel: string
  autoFocus?: boolean
  onPost: (text: string) => void
}): React.JSX.Element {
  const handle = useRef<DraftHandle | null>(null)
  const [hasText, setHasText] = useState(false)
  const media = useMedia()
  const fileInput = useRef<HTMLInputElement | null>(null)
  const canPost = hasText || media.items.length > 0
  const post = (): void => {
    const text = handle.current?.read() ?? ""
    if (!text.trim() && !media.items.length) return
    props.onPost(text)
    handle.current?.clear()
    media.clear()
  }
  return (
    <div className="replica-composer">
      <Avatar />
      <div className="replica-composer-main">
        <div className="css-175oi2r r-184en5c">
          <label className="css-175oi2r r-1wbh5a2 r-16y2uox" data-testid="tweetTextarea_0_label">
            <DraftTextbox
              placeholder={props.placeholder}
              onSubmitKey={post}
              onTextChange={(text) => setHasText(text.trim().length > 0)}
              onReady={(h) => (handle.current = h)}
              autoFocus={props.autoFocus}
            />
          </label>
        </div>
        <div data-testid="attachments">
          <Previews media={media} removeLabel="Remove media" size={100} />
        </div>
        <div className="replica-toolbar" data-testid="toolBar">
          <nav aria-label="Post options" role="navigation">
            <button
              aria-label="Add photos or video"
              role="button"
              type="button"
              className="replica-icon"
              onClick={() => fileInput.current?.click()}
            >
              <Icon path="M3 5h18v14H3zM3 16l5-5 4 4 3-3 6 6" />
            </button>
            <FilePicker media={media} inputRef={fileInput} testId="fileInput" />
          </nav>
          <button
            role="button"
            type="button"
            className="replica-post-button"
            data-testid={props.buttonTestId}
            disabled={!canPost}
            aria-disabled={!canPost}
            onClick={post}
          >
            <span>{props.buttonLabel}</span>
          </button>
        </div>
      </div>
    </div>
  )
}

function TweetArticle(props: { tweet: Tweet; onReply?: () => void }): React.JSX.Element {
  return (
    <article
      aria-labelledby=""
      role="article"
      tabIndex={0}
      data-testid="tweet"
      className="replica-tweet"
    >
      <Avatar />
      <div>
        <div data-testid="User-Name">
          <b>{props.tweet.author}</b> <span className="replica-muted">{props.tweet.handle}</span>
        </div>
        <div data-testid="tweetText" lang="en" dir="auto">
          {props.tweet.text}
        </div>
        <div role="group" aria-label="Post actions">
          <button
            aria-label="Reply"
            role="button"
            type="button"
            data-testid="reply"
            onClick={props.onReply}
          >
            <Icon path="M4 5h16v11H9l-5 4z" />
          </button>
        </div>
      </div>
    </article>
  )
}

/** X's dialogs live in `#layers`, a sibling of the app shell inside #react-root. */
function Layers(props: {
  dialog: { kind: "modal" | "reply"; replyTo: Tweet } | null
  onPost: (text: string) => void
  onClose: () => void
}): React.JSX.Element | null {
  if (!props.dialog) return null
  const reply = props.dialog.kind === "reply"
  return (
    <div className="replica-mask">
      <div
        aria-labelledby="modal-header"
        aria-modal="true"
        role="dialog"
        className="replica-dialog"
      >
        <div className="replica-dialog-top">
          <button
            aria-label="Close"
            role="button"
            type="button"
            data-testid="app-bar-close"
            onClick={props.onClose}
          >
            ✕
          </button>
          <h2 id="modal-header" className="replica-visually-hidden">
            {reply ? "Reply" : "Post"}
          </h2>
        </div>
        {reply ? <TweetArticle tweet={props.dialog.replyTo} /> : null}
        <Composer
          placeholder={reply ? "Post your reply" : "What is happening?!"}
          buttonTestId="tweetButton"
          buttonLabel={reply ? "Reply" : "Post"}
          autoFocus
          onPost={props.onPost}
        />
      </div>
    </div>
  )
}

function DesktopApp(props: { withComposers: boolean }): React.JSX.Element {
  const [timeline, setTimeline] = useState(TIMELINE)
  const [dialog, setDialog] = useState<{ kind: "modal" | "reply"; replyTo: Tweet } | null>(null)
  openers.open = (kind) => {
    if (kind === "modal" || kind === "reply") setDialog({ kind, replyTo: TIMELINE[0]! })
  }
  const publish = (text: string): void => {
    recordPost(text)
    setTimeline((tweets) => [{ author: "Ms. Rivera", handle: "@ms_rivera", text }, ...tweets])
  }
  return (
    <div className="css-175oi2r r-13awgt0 r-12vffkv">
      <div className="replica-shell">
        <header role="banner" className="replica-banner">
          <h1 role="heading">
            <a href="/home" aria-label="X">
              𝕏
            </a>
          </h1>
          <nav aria-label="Primary" role="navigation">
            <a href="/home">Home</a>
            <a href="/explore">Explore</a>
          </nav>
          {props.withComposers ? (
            <a
              href="/compose/post"
              aria-label="Post"
              role="link"
              data-testid="SideNav_NewTweet_Button"
              className="replica-post-button"
              onClick={(event) => {
                event.preventDefault()
                setDialog({ kind: "modal", replyTo: TIMELINE[0]! })
              }}
            >
              Post
            </a>
          ) : null}
        </header>
        <main role="main" className="replica-main">
          <div data-testid="primaryColumn">
            <h2 className="replica-column-title">{props.withComposers ? "Home" : "Explore"}</h2>
            {props.withComposers ? (
              <Composer
                placeholder="What is happening?!"
                buttonTestId="tweetButtonInline"
                buttonLabel="Post"
                onPost={publish}
              />
            ) : null}
            <section aria-labelledby="accessible-list-0" role="region">
              <h1 id="accessible-list-0" className="replica-visually-hidden">
                Your Home Timeline
              </h1>
              <div aria-label="Timeline: Your Home Timeline">
                {timeline.map((tweet, index) => (
                  <TweetArticle
                    key={`${tweet.handle}-${index}-${tweet.text.length}`}
                    tweet={tweet}
                    onReply={
                      props.withComposers
                        ? () => setDialog({ kind: "reply", replyTo: tweet })
                        : undefined
                    }
                  />
                ))}
              </div>
            </section>
          </div>
        </main>
      </div>
      <div id="layers">
        <Layers
          dialog={dialog}
          onPost={(text) => {
            publish(text)
            setDialog(null)
          }}
          onClose={() => setDialog(null)}
        />
      </div>
    </div>
  )
}

/** Mobile web's compose page: a plain controlled textarea, posted from React state. */
function MobileComposeApp(props: { withComposers: boolean }): React.JSX.Element {
  const { value, setValue, textareaRef, submit: post } = useTextareaComposer(recordPost)
  if (!props.withComposers) {
    return (
      <main role="main" className="replica-mobile">
        <h2 className="replica-column-title">Explore</h2>
        {TIMELINE.map((tweet) => (
          <TweetArticle key={tweet.handle} tweet={tweet} />
        ))}
      </main>
    )
  }
  return (
    <main role="main" className="replica-mobile">
      <div className="replica-mobile-bar">
        <button aria-label="Close" role="button" type="button" data-testid="app-bar-close">
          ✕
        </button>
        <button
          role="button"
          type="button"
          className="replica-post-button"
          data-testid="tweetButton"
          disabled={!value.trim()}
          aria-disabled={!value.trim()}
          onClick={post}
        >
          <span>Post</span>
        </button>
      </div>
      <div className="replica-composer">
        <Avatar />
        <div className="replica-composer-main">
          <textarea
            ref={textareaRef}
            aria-label="Post text"
            autoCapitalize="sentences"
            autoComplete="on"
            autoCorrect="on"
            dir="auto"
            placeholder="What is happening?!"
            spellCheck
            data-testid="tweetTextarea_0"
            className="replica-mobile-textarea"
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
          <div data-testid="attachments" />
        </div>
      </div>
    </main>
  )
}

const openers: { open?: (kind: OpenKind) => void } = {}
const mobile = window.location.hostname === "mobile.x.com"
const withComposers = !isNoComposerPage()
const kinds: OpenKind[] = withComposers && !mobile ? ["modal", "reply"] : []
mountReplica(
  "react-root",
  mobile ? (
    <MobileComposeApp withComposers={withComposers} />
  ) : (
    <DesktopApp withComposers={withComposers} />
  ),
  kinds,
  (kind) => openers.open?.(kind)
)
