/**
 * SHA-256 (FIPS 180-4), pure and synchronous. The class list and the hashed
 * non-disclosure list are matched by hashing candidate words of every draft in
 * the background, on every keystroke's check: Web Crypto's `digest` is
 * asynchronous (one promise per candidate) and absent from Node's older CLI
 * paths, so the checker carries this small implementation. It is checked
 * against Node's `crypto` in sha256.test.ts. About 1 µs for a short name.
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
])

const W = new Int32Array(64)
const H = new Int32Array(8)

/** UTF-8 bytes of a string (surrogate pairs joined; a lone surrogate becomes U+FFFD). */
export function utf8(s: string): Uint8Array {
  const out: number[] = []
  for (const ch of s) {
    let cp = ch.codePointAt(0)!
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd
    if (cp < 0x80) out.push(cp)
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63))
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
    else
      out.push(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 63),
        0x80 | ((cp >> 6) & 63),
        0x80 | (cp & 63)
      )
  }
  return Uint8Array.from(out)
}

function block(m: Uint8Array, o: number): void {
  for (let i = 0; i < 16; i++)
    W[i] =
      (m[o + 4 * i]! << 24) |
      (m[o + 4 * i + 1]! << 16) |
      (m[o + 4 * i + 2]! << 8) |
      m[o + 4 * i + 3]!
  for (let i = 16; i < 64; i++) {
    const a = W[i - 15]!
    const b = W[i - 2]!
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3)
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10)
    W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0
  }
  let a = H[0]!
  let b = H[1]!
  let c = H[2]!
  let d = H[3]!
  let e = H[4]!
  let f = H[5]!
  let g = H[6]!
  let h = H[7]!
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i]! + W[i]!) | 0
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0
    h = g
    g = f
    f = e
    e = (d + t1) | 0
    d = c
    c = b
    b = a
    a = (t1 + t2) | 0
  }
  H[0] = (H[0]! + a) | 0
  H[1] = (H[1]! + b) | 0
  H[2] = (H[2]! + c) | 0
  H[3] = (H[3]! + d) | 0
  H[4] = (H[4]! + e) | 0
  H[5] = (H[5]! + f) | 0
  H[6] = (H[6]! + g) | 0
  H[7] = (H[7]! + h) | 0
}

/** SHA-256 of `bytes`, as 8 big-endian 32-bit words (shared buffer: copy before the next call). */
let scratch = new Uint8Array(256)
const IV = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
]

function digestWords(bytes: Uint8Array, n = bytes.length): Int32Array {
  H.set(IV)
  const total = (((n + 8) >> 6) + 1) << 6
  // One reused buffer: candidates are hashed by the hundred on every check.
  if (scratch.length < total) scratch = new Uint8Array(total)
  const m = scratch
  if (m !== bytes) m.set(bytes.subarray(0, n))
  m.fill(0, n, total)
  m[n] = 0x80
  const bits = n * 8
  m[total - 4] = (bits >>> 24) & 255
  m[total - 3] = (bits >>> 16) & 255
  m[total - 2] = (bits >>> 8) & 255
  m[total - 1] = bits & 255
  m[total - 5] = Math.floor(n / 0x20000000) & 255
  for (let o = 0; o < total; o += 64) block(m, o)
  return H
}

const hex = (w: number): string => (w >>> 0).toString(16).padStart(8, "0")

/**
 * `prefix` (bytes) + `suffix` (a string) hashed without building a new array:
 * an ASCII suffix is written straight into the scratch buffer.
 */
export function sha256HexJoin(prefix: Uint8Array, suffix: string, words = 8): string {
  let ascii = true
  for (let i = 0; i < suffix.length && ascii; i++) if (suffix.charCodeAt(i) > 0x7f) ascii = false
  if (!ascii) {
    const f = utf8(suffix)
    const b = new Uint8Array(prefix.length + f.length)
    b.set(prefix)
    b.set(f, prefix.length)
    return sha256Hex(b, words)
  }
  const n = prefix.length + suffix.length
  const total = (((n + 8) >> 6) + 1) << 6
  if (scratch.length < total) scratch = new Uint8Array(total)
  scratch.set(prefix)
  for (let i = 0; i < suffix.length; i++) scratch[prefix.length + i] = suffix.charCodeAt(i)
  return toHex(digestWords(scratch, n), words)
}

function toHex(h: Int32Array, words: number): string {
  let out = ""
  for (let i = 0; i < words; i++) out += hex(h[i]!)
  return out
}

/** Hex SHA-256 of a string's UTF-8 bytes; `words` (1–8) keeps only the first 32-bit words. */
export function sha256Hex(s: string | Uint8Array, words = 8): string {
  const h = digestWords(typeof s === "string" ? utf8(s) : s)
  let out = ""
  for (let i = 0; i < words; i++) out += hex(h[i]!)
  return out
}
