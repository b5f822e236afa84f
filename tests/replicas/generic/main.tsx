/**
 * Generic-adapter replicas (issue 15 part 2). One bundle; the address picks the page:
 *
 *   https://schoolblog.example.org/wp-admin/post-new.php   TipTap (ProseMirror) + "Post"
 *   https://classroom.example.edu/c/7b/stream              Quill + "Publish"
 *   https://classroom.example.edu/c/7b/carousel            three Quill captions in a
 *                                                          carousel + one "Publish"
 *   https://classroom.example.edu/c/7b/comments            class comments, chat-like: a one-row
 *                                                          textarea (enterkeyhint="send"), Enter
 *                                                          sends, Shift+Enter is a new line
 *   https://forum.example.net/t/field-trip/12/reply        form › textarea + "Reply"; Ctrl/Cmd+Enter
 *                                                          sends (as on Discourse)
 *
 * Drafts are read from each library's own state (TipTap's document, Quill's
 * contents, the textarea's value): what the site would send.
 */
import { Editor } from "@tiptap/core"
import StarterKit from "@tiptap/starter-kit"
import Quill from "quill"
import quillCss from "quill/dist/quill.snow.css"

import { installReplicaApi, recordPost, registerComposer } from "../shared/replica-api"

const app = document.getElementById("app")!
const api = installReplicaApi([], () => undefined)

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text = ""
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v)
  if (text) e.textContent = text
  return e
}

function button(label: string, onClick: () => void, cls = "btn"): HTMLButtonElement {
  const b = el("button", { type: "button", class: cls }, label)
  b.addEventListener("click", onClick)
  return b
}

/** Quill ends its text with one "\n" of its own. */
const quillText = (q: Quill) => q.getText().replace(/\n$/, "")

function blog() {
  document.title = "Add New Post ‹ Room 12 News — WordPress"
  document.getElementById("site-name")!.textContent = "Room 12 News"
  app.append(el("h1", {}, "Add New Post"))
  const holder = el("div", { class: "editor-holder" })
  app.append(holder)
  const editor = new Editor({
    element: holder,
    extensions: [StarterKit],
    content: "",
    editorProps: { attributes: { "aria-label": "Post content", role: "textbox" } }
  })
  const dom = () => holder.querySelector<HTMLElement>(".ProseMirror")
  const read = () => editor.getText({ blockSeparator: "\n" })
  registerComposer({ element: dom, read })
  const row = el("div", { class: "toolbar-row" })
  row.append(
    button("Save draft", () => undefined, "btn secondary"),
    button("Post", () => {
      recordPost(read())
      editor.commands.clearContent(true)
    })
  )
  app.append(row)
}

function quillBox(parent: HTMLElement, placeholder: string): Quill {
  const toolbar = el("div")
  const formats = el("span", { class: "ql-formats" })
  formats.append(el("button", { class: "ql-bold" }), el("button", { class: "ql-italic" }))
  toolbar.append(formats)
  const box = el("div")
  parent.append(toolbar, box)
  const q = new Quill(box, { theme: "snow", placeholder, modules: { toolbar } })
  registerComposer({ element: () => q.root, read: () => quillText(q) })
  return q
}

function stream() {
  document.title = "Grade 7B · Stream — Classroom"
  document.getElementById("site-name")!.textContent = "Classroom · Grade 7B"
  app.append(el("h2", {}, "Announce something to your class"))
  const q = quillBox(app, "Announce something to your class")
  const row = el("div", { class: "toolbar-row" })
  const publish = button("Publish", () => {
    recordPost(quillText(q))
    q.setText("")
  })
  row.append(
    button("Cancel", () => q.setText(""), "btn secondary"),
    publish
  )
  app.append(row)
}

function comments() {
  document.title = "Grade 7B · Class comments — Classroom"
  document.getElementById("site-name")!.textContent = "Classroom · Grade 7B"
  app.append(el("h2", {}, "Class comments"))
  const box = el("div", { class: "toolbar-row" })
  const ta = el("textarea", {
    rows: "1",
    enterkeyhint: "send",
    "aria-label": "Add class comment",
    placeholder: "Add class comment…"
  })
  registerComposer({ element: () => ta, read: () => ta.value })
  const send = () => {
    if (!ta.value.trim()) return
    recordPost(ta.value)
    ta.value = ""
  }
  // Like a chat box: Enter sends, Shift+Enter makes a new line.
  ta.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey) {
      e.preventDefault()
      send()
    }
  })
  box.append(ta, button("Send", send))
  app.append(box)
}

function carousel() {
  document.title = "Grade 7B · Photo post — Classroom"
  document.getElementById("site-name")!.textContent = "Classroom · Grade 7B"
  app.append(el("h2", {}, "Share photos with families"))
  const frame = el("div", { class: "carousel", "aria-roledescription": "carousel" })
  const track = el("div", { class: "track" })
  frame.append(track)
  const editors: Quill[] = []
  for (let i = 0; i < 3; i++) {
    const slide = el("div", {
      class: "slide",
      role: "group",
      "aria-roledescription": "slide",
      "aria-label": `${i + 1} of 3`
    })
    slide.append(el("div", { class: "photo" }))
    editors.push(quillBox(slide, `Caption for photo ${i + 1}`))
    track.append(slide)
  }
  let at = 0
  const go = (i: number) => {
    at = (i + 3) % 3
    track.style.transform = `translateX(-${at * 100}%)`
    editors[at]!.focus()
  }
  const nav = el("div", { class: "toolbar-row" })
  nav.append(
    button("Previous photo", () => go(at - 1), "btn secondary"),
    button("Next photo", () => go(at + 1), "btn secondary"),
    button("Publish", () => {
      recordPost(editors.map(quillText).join("\n---\n"))
      editors.forEach((q) => q.setText(""))
    })
  )
  app.append(frame, nav)
  ;(window as { __carousel?: (i: number) => void }).__carousel = go
}

function forum() {
  document.title = "Reply to: Field trip photos — Parent forum"
  document.getElementById("site-name")!.textContent = "Park West parent forum"
  const form = el("form", { action: "/t/field-trip/12/reply", method: "post" })
  const ta = el("textarea", { name: "body", "aria-label": "Your reply" })
  registerComposer({ element: () => ta, read: () => ta.value })
  form.append(el("label", {}, "Your reply"), ta)
  const row = el("div", { class: "toolbar-row" })
  row.append(el("button", { type: "submit", class: "btn" }, "Reply"))
  form.append(row)
  // Like Discourse: Ctrl/Cmd+Enter sends the reply; Enter is a new line.
  ta.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault()
      form.requestSubmit()
    }
  })
  form.addEventListener("submit", (e) => {
    e.preventDefault()
    recordPost(ta.value)
    ta.value = ""
  })
  app.append(form)
}

document.getElementById("quill-css")!.textContent = quillCss
const path = location.pathname
if (location.hostname === "schoolblog.example.org") blog()
else if (location.hostname === "forum.example.net") forum()
else if (path.endsWith("/carousel")) carousel()
else if (path.endsWith("/comments")) comments()
else stream()
api.ready = true
