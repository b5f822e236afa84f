/**
 * Replica of Facebook's home feed (served at https://www.facebook.com/ in tests):
 * a "What's on your mind?" trigger that opens the Create post dialog (Lexical editor,
 * `div[role="button"][aria-label="Post"]`), and Lexical comment boxes that post on
 * Enter. `/settings/` renders the same chrome with no composer at all.
 */
import React, { useRef, useState } from "react"

import { LexicalTextbox, type LexicalHandle } from "../shared/LexicalTextbox"
import { FilePicker, Previews, useMedia } from "../shared/media"
import { isNoComposerPage, recordPost } from "../shared/replica-api"
import { mountReplica } from "../shared/mount"
import {
  BusinessComposer,
  GroupComposer,
  facebookFrench,
  facebookVariant,
  PagePostDialog,
  ReelsCreator,
  StoriesCreator
} from "./variants"

const USER = "Jordan"

/** The create-post dialog's words; `?locale=fr_FR` gives the French UI. */
const WORDS = facebookFrench()
  ? {
      heading: "Créer une publication",
      close: "Fermer",
      placeholder: `Que voulez-vous dire, ${USER} ?`,
      add: "Ajouter à votre publication",
      photo: "Photo/vidéo",
      remove: "Supprimer la photo",
      post: "Publier"
    }
  : {
      heading: "Create post",
      close: "Close",
      placeholder: `What's on your mind, ${USER}?`,
      add: "Add to your post",
      photo: "Photo/video",
      remove: "Remove photo",
      post: "Post"
    }

interface FeedPost {
  author: string
  text: string
  comments: string[]
}

const INITIAL_FEED: FeedPost[] = [
  {
    author: "Lakeside Elementary School",
    text: "Our Grade 5 class visited the science centre today. Thanks to all the volunteers!",
    comments: ["What a great trip!"]
  },
  {
    author: "Riverbend School Division",
    text: "Reminder: report cards go home next Thursday.",
    comments: []
  }
]

function CommentComposer(props: { onPost: (text: string) => void }): React.JSX.Element {
  const handle = useRef<LexicalHandle | null>(null)
  const [hasText, setHasText] = useState(false)
  const submit = (text: string): void => {
    props.onPost(text)
    handle.current?.clear()
  }
  return (
    <form className="x1ed109x x1n2onr6" method="POST" onSubmit={(event) => event.preventDefault()}>
      <div className="xh8yej3 x1iyjqo2" style={{ display: "flex", alignItems: "center" }}>
        <div className="replica-comment-box" style={{ flex: 1 }}>
          <LexicalTextbox
            label="Write a comment…"
            className="xzsf02u x1a2a7pz x1n2onr6 x14wi4xw notranslate"
            onEnter={submit}
            onTextChange={(text) => setHasText(text.trim().length > 0)}
            onReady={(h) => (handle.current = h)}
          />
        </div>
        <div
          aria-label="Comment"
          role="button"
          tabIndex={hasText ? 0 : -1}
          aria-disabled={!hasText}
          className="replica-icon-button"
          onClick={() => {
            const text = handle.current?.read() ?? ""
            if (text.trim()) submit(text)
          }}
        >
          ➤
        </div>
      </div>
    </form>
  )
}

function Post(props: {
  post: FeedPost
  index: number
  showComposer: boolean
  onOpenComposer: () => void
  onComment: (text: string) => void
}): React.JSX.Element {
  const headingId = `post-${props.index}-author`
  return (
    <div
      aria-posinset={props.index + 1}
      aria-labelledby={headingId}
      role="article"
      className="replica-card"
    >
      <h4 id={headingId}>{props.post.author}</h4>
      <div data-ad-rendering-role="story_message" dir="auto">
        {props.post.text}
      </div>
      <div className="replica-actions">
        <div role="button" tabIndex={0}>
          Like
        </div>
        <div role="button" tabIndex={0} aria-label="Leave a comment" onClick={props.onOpenComposer}>
          Comment
        </div>
      </div>
      <ul aria-label="Comments">
        {props.post.comments.map((comment, i) => (
          <li key={i} role="article" aria-label={`Comment by ${USER}`} dir="auto">
            {comment}
          </li>
        ))}
      </ul>
      {props.showComposer ? <CommentComposer onPost={props.onComment} /> : null}
    </div>
  )
}

function CreatePostDialog(props: {
  onPost: (text: string) => void
  onClose: () => void
}): React.JSX.Element {
  const handle = useRef<LexicalHandle | null>(null)
  const [hasText, setHasText] = useState(false)
  const media = useMedia()
  const fileInput = useRef<HTMLInputElement | null>(null)
  const canPost = hasText || media.items.length > 0
  const post = (): void => {
    const text = handle.current?.read() ?? ""
    if (!text.trim() && !media.items.length) return
    props.onPost(text)
  }
  return (
    <div className="replica-backdrop">
      <div aria-labelledby="create-post-heading" role="dialog" className="replica-dialog">
        <form method="POST" onSubmit={(event) => event.preventDefault()}>
          <div className="replica-dialog-header">
            <h2 id="create-post-heading" dir="auto">
              {WORDS.heading}
            </h2>
            <div aria-label={WORDS.close} role="button" tabIndex={0} onClick={props.onClose}>
              ✕
            </div>
          </div>
          <div className="replica-dialog-body">
            <span className="replica-author">{USER} Lee</span>
            <div className="replica-editor-frame">
              <LexicalTextbox
                label={WORDS.placeholder}
                className="xzsf02u x1a2a7pz x1n2onr6 x14wi4xw x9f619 x1lliihq x5yr21d xh8yej3 notranslate"
                onTextChange={(text) => setHasText(text.trim().length > 0)}
                onReady={(h) => (handle.current = h)}
                autoFocus
              />
            </div>
            {media.items.length > 0 ? (
              <div className="replica-attachments">
                <Previews media={media} removeLabel={WORDS.remove} />
              </div>
            ) : null}
            <div className="replica-add-to-post">
              <span>{WORDS.add}</span>
              <div
                aria-label={WORDS.photo}
                role="button"
                tabIndex={0}
                className="replica-icon-button"
                onClick={() => fileInput.current?.click()}
              >
                🖼
              </div>
              <FilePicker media={media} inputRef={fileInput} />
            </div>
            <div
              aria-label={WORDS.post}
              role="button"
              tabIndex={0}
              aria-disabled={!canPost}
              className="replica-primary"
              onClick={post}
              onKeyDown={(event) => {
                if (event.key === "Enter" || event.key === " ") post()
              }}
            >
              <span>{WORDS.post}</span>
            </div>
          </div>
        </form>
      </div>
    </div>
  )
}

function App(props: { withComposers: boolean }): React.JSX.Element {
  const [feed, setFeed] = useState(INITIAL_FEED)
  // The first post shows its comment box from the start; others open one on "Comment".
  const [openComments, setOpenComments] = useState<boolean[]>([true, false])
  const [dialogOpen, setDialogOpen] = useState(false)
  openers.modal = () => setDialogOpen(true)
  openers.comment = () => setOpenComments((open) => open.map(() => true))

  const addComment = (index: number, text: string): void => {
    recordPost(text)
    setFeed((posts) =>
      posts.map((post, i) => (i === index ? { ...post, comments: [...post.comments, text] } : post))
    )
  }
  const addPost = (text: string): void => {
    recordPost(text)
    setDialogOpen(false)
    setFeed((posts) => [{ author: `${USER} Lee`, text, comments: [] }, ...posts])
    setOpenComments((open) => [false, ...open])
  }

  return (
    <>
      <div role="banner" className="replica-banner">
        <a href="/" aria-label="Facebook">
          facebook
        </a>
      </div>
      <div role="main" className="replica-main">
        {props.withComposers ? (
          <div aria-label="Create a post" role="region" className="replica-card">
            <div
              role="button"
              tabIndex={0}
              className="replica-trigger"
              onClick={() => setDialogOpen(true)}
            >
              <span>What&apos;s on your mind, {USER}?</span>
            </div>
          </div>
        ) : (
          <h1>Settings &amp; privacy</h1>
        )}
        <div role="feed">
          {feed.map((post, index) => (
            <Post
              key={`${post.author}-${index}-${post.text.length}`}
              post={post}
              index={index}
              showComposer={props.withComposers && (openComments[index] ?? false)}
              onOpenComposer={() =>
                setOpenComments((open) => open.map((value, i) => (i === index ? true : value)))
              }
              onComment={(text) => addComment(index, text)}
            />
          ))}
        </div>
      </div>
      {dialogOpen ? (
        <CreatePostDialog onPost={addPost} onClose={() => setDialogOpen(false)} />
      ) : null}
    </>
  )
}

const openers: { modal?: () => void; comment?: () => void } = {}
const variant = facebookVariant()
const withComposers = !isNoComposerPage()
if (variant === "home") {
  mountReplica(
    "mount",
    <App withComposers={withComposers} />,
    withComposers ? ["modal", "comment"] : [],
    (kind) => (kind === "modal" ? openers.modal : openers.comment)?.()
  )
} else {
  const page =
    variant === "page" ? (
      <div role="main" className="replica-main">
        <h1>Lakeside Elementary School</h1>
        <PagePostDialog />
      </div>
    ) : variant === "reels" ? (
      <div className="replica-main">
        <ReelsCreator />
      </div>
    ) : variant === "group" ? (
      <GroupComposer />
    ) : variant === "stories" ? (
      <StoriesCreator />
    ) : (
      <BusinessComposer />
    )
  mountReplica("mount", page, [], () => undefined)
}
