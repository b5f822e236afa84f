#!/usr/bin/env bash
# Makes sure Debian's Firefox ESR is at /usr/bin/firefox-esr for the Firefox test
# (puppeteer-core drives it over WebDriver BiDi; nothing downloads a browser here).
# Installs it with apt when missing and running as root; otherwise explains what to do.
set -euo pipefail

FIREFOX="${BYP_FIREFOX:-/usr/bin/firefox-esr}"
if [ -x "$FIREFOX" ]; then
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Firefox ESR (apt-get install firefox-esr) for the Firefox test..." >&2
  bash "$(dirname "$0")/apt-install.sh" firefox-esr || true
fi
if [ -x "$FIREFOX" ]; then
  exit 0
fi

cat >&2 <<MSG
Firefox was not found at $FIREFOX.
The Firefox test drives Debian's Firefox ESR (headless, no display needed; 138 or newer,
for WebDriver BiDi's webExtension.install). Install it as root:
  sudo apt-get install -y firefox-esr
or point BYP_FIREFOX at another Firefox binary.
MSG
exit 1
