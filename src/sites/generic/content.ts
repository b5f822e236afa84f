// The generic content script for the division's extra sites (`extraSites`).
// Not a Plasmo entry: Plasmo gives a content script with no `matches` the pattern
// <all_urls>, and these sites are known only at run time. scripts/build-generic.mjs
// bundles this file into each build as `generic-content.js`; the background
// registers it with `scripting.registerContentScripts` for the listed patterns the
// teacher granted (src/background/extra-sites.ts).
import { startPage } from "../../page/runtime"
import { extraSiteAdapter } from "."

startPage(extraSiteAdapter, undefined)
