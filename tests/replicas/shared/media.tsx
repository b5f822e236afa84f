/**
 * Attached photos and videos as the sites keep them: the picked `File`s, each
 * previewed through a `blob:` URL (`<img>` / `<video>`), removable one by one.
 * Nothing is uploaded (the replicas make no requests).
 */
import React, { useEffect, useRef, useState } from "react"

export interface Media {
  url: string
  type: string
}

export interface MediaState {
  items: Media[]
  add(files: FileList | null): void
  remove(index: number): void
  clear(): void
}

export function useMedia(): MediaState {
  const [items, setItems] = useState<Media[]>([])
  const live = useRef(items)
  live.current = items
  // Previews die with the composer, as on the sites.
  useEffect(() => () => live.current.forEach((m) => URL.revokeObjectURL(m.url)), [])
  return {
    items,
    add(files) {
      const picked = [...(files ?? [])].map((f) => ({ url: URL.createObjectURL(f), type: f.type }))
      if (picked.length) setItems((current) => [...current, ...picked])
    },
    clear() {
      live.current.forEach((m) => URL.revokeObjectURL(m.url))
      setItems([])
    },
    remove(index) {
      setItems((current) => {
        const gone = current[index]
        if (gone) URL.revokeObjectURL(gone.url)
        return current.filter((_, i) => i !== index)
      })
    }
  }
}

/**
 * `?picker=person`: the site takes only files the person picked themselves (a
 * trusted `change`) and ignores files set by a script, as some sites' upload
 * widgets do. The extension's "Blur faces" must then fall back to a download.
 */
const PERSON_PICKS_ONLY = new URLSearchParams(location.search).get("picker") === "person"

/** The hidden file input behind a site's "Photo/video" button. */
export function FilePicker(props: {
  media: MediaState
  testId?: string
  inputRef: React.MutableRefObject<HTMLInputElement | null>
}): React.JSX.Element {
  return (
    <input
      ref={props.inputRef}
      type="file"
      accept="image/*,video/*"
      multiple
      data-testid={props.testId}
      style={{ display: "none" }}
      onChange={(event) => {
        if (PERSON_PICKS_ONLY && !event.nativeEvent.isTrusted) return
        props.media.add(event.currentTarget.files)
        // The sites clear the input so the same file can be picked again.
        event.currentTarget.value = ""
      }}
    />
  )
}

/** Previews with a remove button each, like the sites' attachment strips. */
export function Previews(props: {
  media: MediaState
  removeLabel: string
  size?: number
}): React.JSX.Element | null {
  const size = props.size ?? 120
  return (
    <>
      {props.media.items.map((m, i) => (
        <div
          key={m.url}
          className="replica-preview"
          style={{ position: "relative", display: "inline-block", margin: 4 }}
        >
          {m.type.startsWith("video/") ? (
            <video src={m.url} width={size} height={size} muted />
          ) : (
            <img
              src={m.url}
              alt=""
              width={size}
              height={size}
              style={{ objectFit: "cover", display: "block" }}
            />
          )}
          <button
            type="button"
            aria-label={props.removeLabel}
            style={{ position: "absolute", top: 4, right: 4 }}
            onClick={() => props.media.remove(i)}
          >
            ✕
          </button>
        </div>
      ))}
    </>
  )
}
