#!/usr/bin/env bash
# End-to-end test of the dashboard in real headless chromium.
#
#   DYAD_BIN=target/debug/dyad crates/dyad-server/tests/browser/run.sh
#
# Starts `dyad serve` on 127.0.0.1 (a free port) over a fresh store, posts a few documents
# through the API (checking the token), drives Debian's chromium with playwright-core (waits for
# the table, clicks an event, checks the highlighted article, checks filters), takes a
# screenshot and checks it is not blank, and fails if the page requested anything from another
# origin or logged an error.
#
# Needs (installs nothing itself):
#   apt-get install -y chromium
#   npm install --prefix crates/dyad-server/tests/browser playwright-core
# ($CHROMIUM overrides /usr/bin/chromium.) Screenshot and logs go to $OUT_DIR (default: a
# temporary folder, printed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
bin="${DYAD_BIN:-$root/target/debug/dyad}"
chromium="${CHROMIUM:-/usr/bin/chromium}"

missing=0
[ -x "$bin" ] || { echo "run.sh: no dyad binary at $bin (cargo build -p dyad-cli, or set DYAD_BIN)" >&2; missing=1; }
[ -x "$chromium" ] || { echo "run.sh: no chromium at $chromium: apt-get install -y chromium" >&2; missing=1; }
command -v node >/dev/null || { echo "run.sh: node is missing: apt-get install -y nodejs npm" >&2; missing=1; }
[ -d "$here/node_modules/playwright-core" ] || { echo "run.sh: playwright-core is missing: npm install --prefix crates/dyad-server/tests/browser playwright-core" >&2; missing=1; }
[ "$missing" = 0 ] || exit 2

out="${OUT_DIR:-$(mktemp -d /tmp/dyad-browser.XXXXXX)}"
mkdir -p "$out"
port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
token="test-token-$RANDOM$RANDOM"
base="http://127.0.0.1:$port"

"$bin" serve --db "$out/e2e.db" --addr "127.0.0.1:$port" --token "$token" >"$out/serve.log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
trap cleanup EXIT

for _ in $(seq 1 100); do
  if node -e "fetch('$base/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" 2>/dev/null; then break; fi
  kill -0 "$server" 2>/dev/null || { echo "run.sh: dyad serve exited:" >&2; cat "$out/serve.log" >&2; exit 1; }
  sleep 0.2
done

echo "dyad serve on $base (pid $server); output in $out"
node "$here/e2e.mjs" "$base" "$token" "$out"
