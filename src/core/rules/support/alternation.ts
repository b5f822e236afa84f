/**
 * One non-capturing choice of regex sources: `alt(["a", "b"])` is `(?:a|b)`. The rules build
 * their long patterns from word lists with it, so a list stays one array, one entry a line.
 */
export const alt = (parts: readonly string[]): string => `(?:${parts.join("|")})`
