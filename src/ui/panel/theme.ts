/**
 * Follows the site's theme: light or dark from the page's actual background
 * colour (X "Dim"/"Lights out", Facebook and Instagram dark mode all paint the
 * body), falling back to the OS preference.
 */
export function siteTheme(near?: Element): "light" | "dark" {
  const candidates: (Element | null | undefined)[] = [near, document.body, document.documentElement]
  for (const el of candidates) {
    for (let n: Element | null | undefined = el; n; n = n.parentElement) {
      const rgb = parseRgb(getComputedStyle(n).backgroundColor)
      if (rgb && rgb[3] > 0.5) return luminance(rgb) < 0.2 ? "dark" : "light"
    }
  }
  return matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light"
}

function parseRgb(s: string): [number, number, number, number] | null {
  const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(s)
  if (!m) return null
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])]
}

function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!)
}
