import { MIN_FACE_SCORE } from "./boxes"

/**
 * `@vladmandic/human` settings for face boxes only (BlazeFace). Everything else
 * the library can do (mesh, iris, age/gender/emotion, face descriptors used for
 * recognition, body, hands) stays off: the extension counts faces and blurs
 * them, it never tries to tell who anyone is. Plain data, so tests and the bench
 * use exactly what the extension uses.
 */
export function humanConfig(paths: { modelBasePath: string; wasmPath: string }) {
  return {
    backend: "wasm",
    // Both inside the extension (chrome.runtime.getURL): the defaults are a CDN.
    modelBasePath: paths.modelBasePath,
    wasmPath: paths.wasmPath,
    wasmPlatformFetch: false,
    // Nothing stored: no IndexedDB model cache.
    cacheModels: false,
    // Each photo is judged on its own: no reuse of the previous "frame".
    cacheSensitivity: 0,
    warmup: "none",
    debug: false,
    async: true,
    filter: { enabled: false },
    face: {
      enabled: true,
      detector: {
        enabled: true,
        modelPath: "blazeface.json",
        rotation: false,
        maxDetected: 100,
        minConfidence: MIN_FACE_SCORE,
        iouThreshold: 0.2,
        skipFrames: 0,
        skipTime: 0,
        return: false
      },
      mesh: { enabled: false },
      attention: { enabled: false },
      iris: { enabled: false },
      emotion: { enabled: false },
      description: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      gear: { enabled: false },
      ssrnet: { enabled: false },
      mobilefacenet: { enabled: false },
      insightface: { enabled: false }
    },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false }
  }
}

/**
 * Photos are scaled so their longer side is at most this before detection:
 * BlazeFace looks at a 256×256 input anyway, so more pixels only cost time.
 */
export const DETECT_MAX_SIDE = 1024

export const FACE_TIMEOUTS = {
  /** Script, wasm and model: 0.2–0.4 s measured; a blocked wasm never settles. */
  loadMs: 20_000,
  /** One photo: 120–200 ms warm. */
  detectMs: 10_000
}
