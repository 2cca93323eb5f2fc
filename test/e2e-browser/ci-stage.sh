#!/usr/bin/env bash
# CI stage for the real-editor end-to-end test (issue 7). Called from .ci/run after the unit and LSP
# tests, with node_modules already installed by `npm ci`.
#  1. Debian packages: chromium (the browser), the headers code-server's native modules build against,
#     ripgrep (stands in for the binary @vscode/ripgrep would download from GitHub).
#  2. code-server 4.100.3 into ${BULLETPROOF_E2E_CACHE:-$HOME/.cache/bulletproof-e2e}, reused when there.
#  3. npm run test:e2e (packages the .vsix, drives code-server in headless Chromium).
# Any failed install stops the stage with the reason and a failing summary line: it never reports a
# pass for a test it did not run.
set -uo pipefail
cd "$(dirname "$0")/../.."

STAGE_START=$SECONDS
STAGE_START_MS=$(date +%s%3N)
fail() {
  echo "e2e stage: FAILED: $*" >&2
  echo "e2e: 0 passed, 1 failed"
  exit 1
}

PACKAGES=(chromium ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev python3 make g++ pkg-config)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "e2e stage: apt-get install ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || fail "not root and no sudo: cannot apt-get install ${missing[*]}"
    SUDO="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq || fail "apt-get update failed (are Debian's package mirrors reachable?)"
  $SUDO apt-get install -y -qq "${missing[@]}" >/tmp/bulletproof-e2e-apt.log 2>&1 \
    || { tail -20 /tmp/bulletproof-e2e-apt.log >&2; fail "apt-get install ${missing[*]} failed"; }
else
  echo "e2e stage: Debian packages already installed (${PACKAGES[*]})"
fi
[[ -x /usr/bin/chromium ]] || fail "/usr/bin/chromium missing after apt-get install chromium"
echo "e2e stage: packages ready after $((SECONDS - STAGE_START))s"

[[ -d node_modules/playwright-core ]] || fail "node_modules/playwright-core missing: run npm ci first"

bash test/e2e-browser/install-code-server.sh >/dev/null || fail "code-server 4.100.3 could not be installed (see the lines above)"
echo "e2e stage: code-server ready after $((SECONDS - STAGE_START))s"

# run.mjs prints the whole stage's time before its closing `e2e: N passed, M failed` line
BULLETPROOF_E2E_STAGE_START=$STAGE_START_MS npm run --silent test:e2e
