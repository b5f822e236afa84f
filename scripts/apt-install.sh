#!/usr/bin/env bash
# apt-install.sh PACKAGE... : installs Debian packages for the browser tests when running
# as root with apt-get; returns non-zero otherwise (the caller explains what to do).
# Another process may be using apt at the same moment: wait for its lock.
set -euo pipefail
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  exit 1
fi
install="apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $*"
if command -v flock >/dev/null 2>&1; then
  flock /tmp/apt.lock sh -c "$install" >&2
else
  sh -c "$install" >&2
fi
