/**
 * A real Lexical editor (the library Facebook and Instagram use), mounted on a
 * contenteditable with the attributes those sites put on it. Lexical owns the DOM
 * inside the box: an extension that edits those nodes directly gets overwritten on
 * the next reconcile, which is exactly what the end-to-end tests must catch.
 */
import { registerPlainText } from "@lexical/plain-text"
import {
  $createParagraphNode,
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  KEY_ENTER_COMMAND,
  createEditor,
  type LexicalEditor
} from "lexical"
import React, { useEffect, useRef, useState } from "react"

import { registerComposer } from "./replica-api"

export interface LexicalHandle {
  read: () => string
  clear: () => void
}

interface Props {
  label: string
  className?: string
  placeholderClassName?: string
  /** Comment boxes post on Enter (Shift+Enter makes a new line). */
  onEnter?: (text: string) => void
  onTextChange?: (text: string) => void
  onReady?: (handle: LexicalHandle) => void
  autoFocus?: boolean
}

// Facebook renders paragraphs with atomic CSS classes; keep the look of its markup.
const THEME = { paragraph: "xdj266r x14z9mp xat24cr x1lziwak x16tdsg8" }

function readText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $getRoot().getTextContent())
}

function clearEditor(editor: LexicalEditor): void {
  editor.update(() => {
    const root = $getRoot()
    root.clear()
    root.append($createParagraphNode())
  })
}

export function LexicalTextbox(props: Props): React.JSX.Element {
  const rootRef = useRef<HTMLDivElement>(null)
  const [empty, setEmpty] = useState(true)
  const propsRef = useRef(props)
  propsRef.current = props

  useEffect(() => {
    const root = rootRef.current
    if (!root) return
    const editor = createEditor({
      namespace: props.label,
      theme: THEME,
      onError: (error) => {
        throw error
      }
    })
    editor.setRootElement(root)
    const cleanups = [
      registerPlainText(editor),
      editor.registerTextContentListener((text) => {
        setEmpty(text.length === 0)
        propsRef.current.onTextChange?.(text)
      }),
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          const onEnter = propsRef.current.onEnter
          if (!onEnter || event?.shiftKey) return false
          event?.preventDefault()
          const text = readText(editor)
          if (text.trim().length > 0) onEnter(text)
          return true
        },
        COMMAND_PRIORITY_HIGH
      ),
      registerComposer({ element: () => rootRef.current, read: () => readText(editor) })
    ]
    clearEditor(editor)
    props.onReady?.({ read: () => readText(editor), clear: () => clearEditor(editor) })
    if (props.autoFocus) editor.focus()
    return () => {
      cleanups.forEach((cleanup) => cleanup())
      editor.setRootElement(null)
    }
    // The editor is created once per mount, like the sites do.
  }, [])

  return (
    <div className="x1n2onr6" style={{ position: "relative" }}>
      <div
        ref={rootRef}
        aria-label={props.label}
        aria-placeholder={props.label}
        className={props.className}
        contentEditable
        role="textbox"
        spellCheck
        tabIndex={0}
        suppressContentEditableWarning
        style={{ userSelect: "text", whiteSpace: "pre-wrap", wordBreak: "break-word" }}
      />
      {empty ? (
        <div aria-hidden="true" className={props.placeholderClassName ?? "replica-placeholder"}>
          {props.label}
        </div>
      ) : null}
    </div>
  )
}
