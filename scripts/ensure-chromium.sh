#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the real-browser tests and
# the demo (playwright-core drives it; Playwright never downloads a browser here).
# Installs it with apt when missing and running as root; otherwise explains what to do.
set -euo pipefail

CHROMIUM="${BYP_CHROMIUM:-/usr/bin/chromium}"
# The French-UI tests need Chromium's French locale (package chromium-l10n).
FRENCH_PAK=/usr/lib/chromium/locales/fr.pak
if [ -x "$CHROMIUM" ] && { [ -n "${BYP_CHROMIUM:-}" ] || [ -f "$FRENCH_PAK" ]; }; then
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium (apt-get install chromium chromium-l10n) for the browser tests and demo..." >&2
  bash "$(dirname "$0")/apt-install.sh" chromium chromium-l10n || true
fi

if [ -x "$CHROMIUM" ] && [ -f "$FRENCH_PAK" ]; then
  exit 0
fi
if [ -x "$CHROMIUM" ]; then
  echo "Note: $FRENCH_PAK is missing (apt-get install chromium-l10n); the French-UI browser tests will be skipped." >&2
  exit 0
fi

cat >&2 <<MSG
Chromium was not found at $CHROMIUM.
The browser tests and the demo drive Debian's Chromium (headless, no display needed).
Install it as root:   sudo apt-get install -y chromium
or point BYP_CHROMIUM at another Chromium binary (branded Google Chrome 137+ ignores
--load-extension, so it cannot load the unpacked build).
MSG
exit 1
