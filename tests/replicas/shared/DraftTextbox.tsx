/**
 * A real Draft.js editor, as X's web composer uses, with the attributes X renders
 * (`data-testid="tweetTextarea_0"` comes from Draft's own `webDriverTestID` prop).
 * The draft lives in React state (EditorState): what is posted is read from there.
 */
import {
  CompositeDecorator,
  type ContentBlock,
  Editor,
  EditorState,
  getDefaultKeyBinding,
  type DraftEditorCommand,
  type DraftHandleValue
} from "draft-js"
import React, { useEffect, useRef, useState } from "react"

import { registerComposer } from "./replica-api"

export interface DraftHandle {
  read: () => string
  clear: () => void
}

interface Props {
  placeholder: string
  /** Ctrl/Cmd+Enter posts, as on x.com. */
  onSubmitKey?: () => void
  onTextChange?: (text: string) => void
  onReady?: (handle: DraftHandle) => void
  autoFocus?: boolean
}

type Command = DraftEditorCommand | "replica-submit"

/**
 * X styles mentions, hashtags and links while you type: Draft.js decorators wrap
 * each in its own span (the text stays in the EditorState unchanged), so a fix
 * lands among several leaf spans and paragraphs, as on x.com.
 */
function byPattern(pattern: RegExp) {
  return (block: ContentBlock, callback: (start: number, end: number) => void): void => {
    const text = block.getText()
    for (const m of text.matchAll(pattern)) callback(m.index, m.index + m[0].length)
  }
}

function Styled(props: { children?: React.ReactNode; kind: string }): React.JSX.Element {
  return (
    <span className="r-styled" data-replica={props.kind} style={{ color: "rgb(29, 155, 240)" }}>
      {props.children}
    </span>
  )
}

const DECORATOR = new CompositeDecorator([
  {
    strategy: byPattern(/@[A-Za-z0-9_]{1,15}/g),
    component: (p: { children?: React.ReactNode }) => <Styled kind="mention">{p.children}</Styled>
  },
  {
    strategy: byPattern(/#[\p{L}\p{N}_]+/gu),
    component: (p: { children?: React.ReactNode }) => <Styled kind="hashtag">{p.children}</Styled>
  },
  {
    strategy: byPattern(/https?:\/\/[^\s]+/g),
    component: (p: { children?: React.ReactNode }) => <Styled kind="link">{p.children}</Styled>
  }
])

export function DraftTextbox(props: Props): React.JSX.Element {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty(DECORATOR))
  const stateRef = useRef(editorState)
  const editorRef = useRef<Editor>(null)
  const containerRef = useRef<HTMLDivElement>(null)
  const propsRef = useRef(props)
  propsRef.current = props

  const update = (next: EditorState): void => {
    stateRef.current = next
    setEditorState(next)
    propsRef.current.onTextChange?.(next.getCurrentContent().getPlainText())
  }

  useEffect(() => {
    const read = (): string => stateRef.current.getCurrentContent().getPlainText()
    const unregister = registerComposer({
      element: () => containerRef.current?.querySelector<HTMLElement>("[contenteditable]") ?? null,
      read
    })
    props.onReady?.({ read, clear: () => update(EditorState.createEmpty(DECORATOR)) })
    if (props.autoFocus) editorRef.current?.focus()
    return unregister
    // Registered once per mount.
  }, [])

  const keyBinding = (event: React.KeyboardEvent): Command | null => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) return "replica-submit"
    return getDefaultKeyBinding(event)
  }
  const handleKeyCommand = (command: Command): DraftHandleValue => {
    if (command !== "replica-submit") return "not-handled"
    propsRef.current.onSubmitKey?.()
    return "handled"
  }

  const empty = !editorState.getCurrentContent().hasText()
  return (
    <div
      ref={containerRef}
      className="css-175oi2r r-1wbh5a2"
      data-testid="tweetTextarea_0RichTextInputContainer"
    >
      <Editor
        ref={editorRef}
        editorState={editorState}
        onChange={update}
        placeholder={empty ? props.placeholder : undefined}
        ariaLabel="Post text"
        ariaMultiline
        ariaAutoComplete="list"
        ariaControls="typeaheadDropdown-1"
        spellCheck
        tabIndex={0}
        webDriverTestID="tweetTextarea_0"
        keyBindingFn={keyBinding}
        handleKeyCommand={handleKeyCommand}
      />
    </div>
  )
}
