// Copies the OCR engine's files into each built extension (build/*/ocr/), after
// `plasmo build`. They are loaded only by the extension's own pages (offscreen
// document on Chrome/Edge, background page on Firefox), so they are NOT declared
// web-accessible: sites cannot fetch or fingerprint them. Nothing is downloaded
// at run time; tesseract's CDN defaults are overridden in src/ocr/engine.ts.
//
// Usage: node scripts/copy-ocr-assets.mjs [build dir …]   (default: every build/* with a manifest)
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const require = createRequire(import.meta.url)
const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const pkgDir = (name, from = root) =>
  dirname(require.resolve(`${name}/package.json`, { paths: [from] }))

const tesseract = pkgDir("tesseract.js")
const core = pkgDir("tesseract.js-core", tesseract)
const eng = pkgDir("@tesseract.js-data/eng")
// @vladmandic/human's exports map hides package.json and dist/: take the folder itself.
const human = join(root, "node_modules", "@vladmandic", "human")
const tfwasm = pkgDir("@tensorflow/tfjs-backend-wasm")

/** [source, destination inside ocr/] */
const FILES = [
  [join(tesseract, "dist/worker.min.js"), "worker.min.js"],
  [join(tesseract, "dist/worker.min.js.LICENSE.txt"), "worker.min.js.LICENSE.txt"],
  [join(tesseract, "LICENSE.md"), "LICENSE-tesseract.js.md"],
  // LSTM-only cores: the engine runs with OEM.LSTM_ONLY, which never loads the legacy ones.
  ...["", "-simd", "-relaxedsimd"].map((v) => [
    join(core, `tesseract-core${v}-lstm.wasm.js`),
    `core/tesseract-core${v}-lstm.wasm.js`
  ]),
  [join(core, "LICENSE"), "core/LICENSE"],
  // 4.0.0_best_int: the integer "best" model, what tesseract.js uses by default for LSTM.
  [join(eng, "4.0.0_best_int/eng.traineddata.gz"), "lang/eng.traineddata.gz"]
]

const targets = process.argv.slice(2)
const dirs = targets.length
  ? targets
  : readdirSync(join(root, "build"), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(root, "build", d.name, "manifest.json")))
      .map((d) => join(root, "build", d.name))
if (!dirs.length) throw new Error("copy-ocr-assets: no built extension under build/")

/**
 * Face detection (src/faces/detector.ts), into faces/: human.js (its IIFE build,
 * tfjs included) loaded by a <script> tag in the OCR host only; BlazeFace's
 * json + bin under their own names (the json names the bin by relative path);
 * the single-threaded wasm backends only (the threaded one needs blob: workers
 * the CSP refuses).
 */
const FACE_FILES = [
  [join(human, "dist/human.js"), "human.js"],
  [join(human, "LICENSE"), "LICENSE-human.txt"],
  [join(human, "models/blazeface.json"), "models/blazeface.json"],
  [join(human, "models/blazeface.bin"), "models/blazeface.bin"],
  [join(tfwasm, "dist/tfjs-backend-wasm.wasm"), "wasm/tfjs-backend-wasm.wasm"],
  [join(tfwasm, "dist/tfjs-backend-wasm-simd.wasm"), "wasm/tfjs-backend-wasm-simd.wasm"]
]

for (const [src] of [...FILES, ...FACE_FILES])
  if (!existsSync(src)) throw new Error(`copy-ocr-assets: missing ${src}`)
const gz = readFileSync(FILES.at(-1)[0])
if (gz[0] !== 0x1f || gz[1] !== 0x8b) throw new Error("copy-ocr-assets: traineddata is not gzip")

for (const dir of dirs) {
  for (const [src, dest] of FILES) {
    const out = join(dir, "ocr", dest)
    mkdirSync(dirname(out), { recursive: true })
    copyFileSync(src, out)
  }
  for (const [src, dest] of FACE_FILES) {
    const out = join(dir, "faces", dest)
    mkdirSync(dirname(out), { recursive: true })
    copyFileSync(src, out)
  }
  console.log(`copy-ocr-assets: ${FILES.length} files → ${join(dir, "ocr")}`)
  console.log(`copy-ocr-assets: ${FACE_FILES.length} files → ${join(dir, "faces")}`)
}
