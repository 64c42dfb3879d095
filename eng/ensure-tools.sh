#!/usr/bin/env bash
# Installs what the tests and the local run need on a fresh machine: the node packages from
# the committed lock file and, on Debian/Ubuntu as root, iproute2 (for the private network
# namespace) and Chromium (browser tests). Each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v dotnet >/dev/null || { echo "ensure-tools: the .NET 10 SDK is required (https://dot.net)" >&2; exit 1; }
command -v node >/dev/null && command -v npm >/dev/null || { echo "ensure-tools: Node.js 20+ with npm is required" >&2; exit 1; }

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "ensure-tools: npm ci (Azurite, Agents Playground, Adaptive Cards, manifest schemas, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

apt_install() {
  [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null || return 0
  if [ ! -f /tmp/.someteams-apt-updated ]; then apt-get update -qq && touch /tmp/.someteams-apt-updated; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
command -v ip >/dev/null || apt_install iproute2 || echo "ensure-tools: iproute2 missing; tests will run without a private network namespace" >&2
if [ "${SOMETEAMS_NEEDS_BROWSER:-1}" = "1" ] && ! command -v chromium >/dev/null; then
  echo "ensure-tools: installing Debian's Chromium for the browser tests"
  apt_install chromium || echo "ensure-tools: Chromium not installed; browser tests will say so" >&2
fi
