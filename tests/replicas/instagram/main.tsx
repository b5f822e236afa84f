/**
 * Replica of Instagram's home feed (served at https://www.instagram.com/ in tests):
 * feed posts with an "Add a comment…" textarea (React-controlled, posts on Enter or
 * the "Post" button), and the "Create new post" dialog whose caption is a Lexical
 * editor ("Write a caption...") shared with a "Share" div[role=button].
 * `/explore/` renders posts with no composer at all.
 */
import React, { useRef, useState } from "react"

import { LexicalTextbox, type LexicalHandle } from "../shared/LexicalTextbox"
import { FilePicker, Previews, useMedia } from "../shared/media"
import { isNoComposerPage, recordPost } from "../shared/replica-api"
import { mountReplica } from "../shared/mount"
import { useTextareaComposer } from "../shared/textarea-composer"

interface FeedPost {
  author: string
  caption: string
  tint: string
  comments: string[]
}

const INITIAL_FEED: FeedPost[] = [
  {
    author: "lakeside_school",
    caption: "Spring concert rehearsals are under way!",
    tint: "#f9c74f",
    comments: []
  }
]
const LATER_POST: FeedPost = {
  author: "riverbend_sd",
  caption: "Snow day tomorrow: all schools closed.",
  tint: "#90e0ef",
  comments: []
}

/** Instagram's comment box: a controlled textarea; what is posted is the React state. */
function CommentForm(props: { onPost: (text: string) => void }): React.JSX.Element {
  const { value, setValue, textareaRef, submit } = useTextareaComposer(props.onPost)
  return (
    <section className="replica-comment-section">
      <div>
        <form
          className="x78zum5 xdt5ytf x1iyjqo2"
          method="POST"
          onSubmit={(event) => event.preventDefault()}
        >
          <textarea
            ref={textareaRef}
            aria-label="Add a comment…"
            placeholder="Add a comment…"
            autoComplete="off"
            autoCorrect="off"
            className="x1i0vuye xvbhtw8 x1ejq31n x18oe1m7 x1sy0etr xstzfhl x5n08af x78zum5"
            dir=""
            value={value}
            onChange={(event) => setValue(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter" && !event.shiftKey) {
                event.preventDefault()
                submit()
              }
            }}
          />
          {value.trim() ? (
            <div role="button" tabIndex={0} className="replica-link-button" onClick={submit}>
              Post
            </div>
          ) : null}
        </form>
      </div>
    </section>
  )
}

function Article(props: {
  post: FeedPost
  withComposer: boolean
  onComment: (text: string) => void
}): React.JSX.Element {
  return (
    <article className="replica-article">
      <header className="replica-article-header">
        <a href={`/${props.post.author}/`} role="link">
          {props.post.author}
        </a>
      </header>
      <div
        className="replica-photo"
        role="img"
        aria-label={`Photo by ${props.post.author}`}
        style={{ background: props.post.tint }}
      />
      <section className="replica-caption">
        <b>{props.post.author}</b> <span dir="auto">{props.post.caption}</span>
      </section>
      <ul className="replica-comments">
        {props.post.comments.map((comment, i) => (
          <li key={i}>
            <b>ms.rivera</b> <span dir="auto">{comment}</span>
          </li>
        ))}
      </ul>
      {props.withComposer ? <CommentForm onPost={props.onComment} /> : null}
    </article>
  )
}

/** Some builds (served here under /create/…) end the flow with "Post" instead of "Share". */
const FINAL_BUTTON = /^\/create\//.test(location.pathname) ? "Post" : "Share"

function CreatePostDialog(props: {
  onShare: (text: string) => void
  onClose: () => void
}): React.JSX.Element {
  const handle = useRef<LexicalHandle | null>(null)
  const [length, setLength] = useState(0)
  const media = useMedia()
  const fileInput = useRef<HTMLInputElement | null>(null)
  const share = (): void => props.onShare(handle.current?.read() ?? "")
  return (
    <div className="replica-backdrop">
      <div
        aria-label="Close"
        role="button"
        tabIndex={0}
        className="replica-close"
        onClick={props.onClose}
      >
        ✕
      </div>
      <div aria-label="Create new post" role="dialog" className="replica-dialog">
        <div className="replica-dialog-header">
          <div role="button" tabIndex={0} aria-label="Back">
            ←
          </div>
          <h1 dir="auto">Create new post</h1>
          <div role="button" tabIndex={0} className="replica-link-button" onClick={share}>
            {FINAL_BUTTON}
          </div>
        </div>
        <div className="replica-dialog-body">
          {/* The create flow starts from choosing a file; the picked photo is shown here. */}
          <div className="replica-photo replica-photo-large">
            {media.items.length ? (
              <Previews media={media} removeLabel="Delete" size={260} />
            ) : (
              <div className="replica-drop-hint">
                <p>Drag photos and videos here</p>
                <button type="button" onClick={() => fileInput.current?.click()}>
                  Select from computer
                </button>
              </div>
            )}
            <FilePicker media={media} inputRef={fileInput} />
          </div>
          <div className="replica-caption-pane">
            <div className="replica-author">ms.rivera</div>
            <div className="replica-caption-editor">
              <LexicalTextbox
                label="Write a caption..."
                className="xw2csxc x1odjw0f x1n2onr6 x1hnll1o xpqswwc xl565be x5dp1im xdj266r notranslate"
                onTextChange={(text) => setLength(text.length)}
                onReady={(h) => (handle.current = h)}
                autoFocus
              />
            </div>
            <div className="replica-counter">{length.toLocaleString("en-US")}/2,200</div>
          </div>
        </div>
      </div>
    </div>
  )
}

function App(props: { withComposers: boolean }): React.JSX.Element {
  const [feed, setFeed] = useState(INITIAL_FEED)
  const [dialogOpen, setDialogOpen] = useState(false)
  openers.modal = () => setDialogOpen(true)
  // More posts load as the feed scrolls; each brings its own comment box.
  openers.comment = () => setFeed((posts) => [...posts, LATER_POST])

  const addComment = (index: number, text: string): void => {
    recordPost(text)
    setFeed((posts) =>
      posts.map((post, i) => (i === index ? { ...post, comments: [...post.comments, text] } : post))
    )
  }
  const share = (text: string): void => {
    recordPost(text)
    setDialogOpen(false)
    setFeed((posts) => [
      { author: "ms.rivera", caption: text, tint: "#caffbf", comments: [] },
      ...posts
    ])
  }

  return (
    <>
      <div className="replica-layout">
        <nav className="replica-nav" aria-label="Primary">
          <div className="replica-logo">Instagram</div>
          <a href="/" role="link">
            Home
          </a>
          <a href="/explore/" role="link">
            Explore
          </a>
          {props.withComposers ? (
            <a
              href="#"
              role="link"
              onClick={(event) => {
                event.preventDefault()
                setDialogOpen(true)
              }}
            >
              <svg aria-label="New post" role="img" width="20" height="20" viewBox="0 0 24 24">
                <title>New post</title>
                <path d="M12 5v14M5 12h14" stroke="currentColor" strokeWidth="2" />
              </svg>
              <span>Create</span>
            </a>
          ) : null}
        </nav>
        <main role="main" className="replica-main">
          {props.withComposers ? null : <h1>Explore</h1>}
          {feed.map((post, index) => (
            <Article
              key={`${post.author}-${index}-${post.caption.length}`}
              post={post}
              withComposer={props.withComposers}
              onComment={(text) => addComment(index, text)}
            />
          ))}
        </main>
      </div>
      {dialogOpen ? (
        <CreatePostDialog onShare={share} onClose={() => setDialogOpen(false)} />
      ) : null}
    </>
  )
}

const openers: { modal?: () => void; comment?: () => void } = {}
const withComposers = !isNoComposerPage()
mountReplica(
  "mount",
  <App withComposers={withComposers} />,
  withComposers ? ["modal", "comment"] : [],
  (kind) => (kind === "modal" ? openers.modal : openers.comment)?.()
)
