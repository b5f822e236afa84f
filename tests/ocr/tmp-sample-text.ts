import { readFileSync } from "node:fs"
import { launchForOcr, openOcrClient } from "./ocr-browser"
;(async () => {
  const s = await launchForOcr()
  const c = await openOcrClient(s.context, s.extensionId)
  for (const f of process.argv.slice(2)) {
    const jpg = readFileSync(f)
    const r = await c.read(`data:image/jpeg;base64,${jpg.toString("base64")}`, undefined, "text")
    console.log(f, JSON.stringify((r.result as { text?: string }).text), r.ms)
  }
  await s.close()
})()
