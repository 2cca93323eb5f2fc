#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3, the newest release that runs on Node 20) into a cache
# folder outside the repo, offline except for the npm registry. code-server's own postinstall cannot run
# here (it downloads ripgrep from GitHub and needs unsafe-perm as root), so this script does its steps by
# hand. A finished install is marked with a stamp file and reused; a half-finished one is rebuilt.
# Prints the path of the code-server entry script on its last line of stdout.
# Needs Debian packages: libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev ripgrep (see ci-stage.sh).
set -euo pipefail

VERSION=4.100.3
CACHE="${BULLETPROOF_E2E_CACHE:-${HOME:-/root}/.cache/bulletproof-e2e}"
DEST="$CACHE/code-server-$VERSION"
STAMP="$DEST/.installed"
BIN="$DEST/node_modules/code-server/out/node/entry.js"

fail() { echo "install-code-server: FAILED: $*" >&2; exit 1; }
step() { echo "install-code-server [+${SECONDS}s]: $*" >&2; }

if [[ -f "$STAMP" && -f "$BIN" ]]; then
  step "reusing $DEST"
  echo "$BIN"
  exit 0
fi

command -v rg >/dev/null || fail "ripgrep (rg) is not installed; apt-get install ripgrep"
RG="$(command -v rg)"

# Build in a scratch folder and move it into place only when every step passed, so an interrupted run
# never leaves something that looks installed.
mkdir -p "$CACHE"
WORK="$CACHE/.partial-$VERSION-$$"
rm -rf "$WORK"
mkdir -p "$WORK"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
echo '{"name":"bulletproof-e2e-code-server","private":true}' > package.json

# npm's own logs go to stderr so the last stdout line stays the path.
export npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
# node-gyp compiles with one job unless told otherwise; the native builds are most of the time here
export JOBS=max

step "npm install code-server@$VERSION (scripts off)"
npm install --ignore-scripts --no-save "code-server@$VERSION" >&2 || fail "npm install code-server@$VERSION (is the npm registry reachable?)"

CS="$WORK/node_modules/code-server"
VS="$CS/lib/vscode"
[[ -d "$VS" ]] || fail "$VS missing after install"

step "lib/vscode dependencies"
(cd "$VS" && npm install --omit=dev --ignore-scripts >&2) || fail "npm install in lib/vscode"

# Native modules VS Code's server loads; rebuilt one at a time so a failure names the culprit.
for mod in @parcel/watcher @vscode/spdlog kerberos native-watchdog node-pty @vscode/deviceid; do
  step "rebuild $mod"
  (cd "$VS" && npm rebuild "$mod" >&2) || fail "npm rebuild $mod in lib/vscode (native build deps missing? apt-get install libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev g++ make python3)"
done

step "ripgrep from $RG"
mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
cp "$RG" "$VS/node_modules/@vscode/ripgrep/bin/rg"

step "links postinstall.sh would make"
ln -sfn node_modules "$VS/node_modules.asar"
(cd "$VS/bin/remote-cli" && ln -sfn code-linux.sh code-server)
(cd "$VS/bin/helpers" && ln -sfn browser-linux.sh browser.sh)

step "built-in extensions' dependencies"
(cd "$VS/extensions" && npm install --omit=dev --ignore-scripts >&2) || fail "npm install in lib/vscode/extensions"

step "rebuild argon2"
(cd "$WORK" && npm rebuild argon2 >&2) || fail "npm rebuild argon2"

# --config keeps code-server from writing a default config into the home folder.
node "$CS/out/node/entry.js" --config "$WORK/.probe-config.yaml" --version >&2 || fail "code-server does not start (--version)"
rm -f "$WORK/.probe-config.yaml"

date -u +%FT%TZ > "$WORK/.installed"
rm -rf "$DEST"
mv "$WORK" "$DEST"
trap - EXIT
step "installed into $DEST"
echo "$BIN"
