import { useEffect, useRef, useState } from "react"

import { registerComposer } from "./replica-api"

/**
 * A controlled textarea as the sites build them (Instagram comments, mobile X):
 * what is posted is the React state, which is also what `__replica.text()` reads.
 * `submit` posts a non-blank value and clears the box.
 */
export function useTextareaComposer(onPost: (text: string) => void) {
  const [value, setValue] = useState("")
  const valueRef = useRef(value)
  valueRef.current = value
  const textareaRef = useRef<HTMLTextAreaElement>(null)
  useEffect(
    () => registerComposer({ element: () => textareaRef.current, read: () => valueRef.current }),
    []
  )
  const submit = (): void => {
    if (!valueRef.current.trim()) return
    onPost(valueRef.current)
    setValue("")
  }
  return { value, setValue, textareaRef, submit }
}
