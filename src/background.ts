// Background service worker (Chrome/Edge) / background script (Firefox).
// The checker and settings wiring arrive with the composer and settings issues;
// at this stage the worker only proves the build loads.
export {}
