#!/usr/bin/env bash
# The floods of issue #10 against the release server on a temporary data dir (demo data):
# sign-up floods (64 clients: one client on an existing address, then every request from
# another address for another email), a login flood, 6 parallel image bombs (12,000² PNGs over
# the pixel budget, then 6,000² ones under it, which decode, and 6,000² progressive JPEGs, the
# costliest to decode, when Pillow is there), and a registration flood by one
# contributor. Prints, per flood, the answers by status, the server's peak memory (VmHWM, reset
# before each flood) and its memory after; during the big sign-up flood and the image bombs, a
# commitment page's median latency.
# Usage: [REGISTRY_BIN=path] scripts/flood.sh [SECONDS per flood, default 15].
# Needs wrk, curl, python3 and sqlite3.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/sdg-target}"
say() { printf '%s\n' "$*" >&2; }
command -v wrk >/dev/null || { say "wrk is needed (apt-get install wrk)"; exit 1; }

# REGISTRY_BIN: a release binary built already (else this checkout is built; the shared target
# directory may hold another worktree's build of the crate, hence the touch).
bin="${REGISTRY_BIN:-}"
if [ -z "$bin" ]; then
  touch src/lib.rs src/main.rs
  cargo build --release -q
  bin="$CARGO_TARGET_DIR/release/registry"
fi
lua="$PWD/scripts/flood/form.lua"

work="$(mktemp -d)"
server="" probe=""
cleanup() {
  [ -n "$probe" ] && kill "$probe" 2>/dev/null
  [ -n "$server" ] && kill "$server" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
# 127.0.0.1 is trusted as a proxy so that wrk can speak for many client addresses.
REGISTRY_TRUSTED_PROXIES=127.0.0.1 "$bin" --data-dir "$work/data" serve --demo \
  --bind "127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/healthz")" = 200 ]; do
  kill -0 "$server" 2>/dev/null || { say "the server stopped:"; cat "$work/server.log" >&2; exit 1; }
  sleep 0.5
done
password_of() { grep " $1 " "$work/server.log" | sed 's/.*password: //' | head -1; }

mb() { awk -v k="$1" '$1 == k":" {printf "%.0f MB", $2 / 1024}' "/proc/$server/status"; }
reset_peak() { echo 5 >"/proc/$server/clear_refs"; }
report() { printf '%-44s | %s | peak %s | after %s\n' "$1" "$2" "$(mb VmHWM)" "$(mb VmRSS)"; }

# A session: its cookie jar and the CSRF token of `path` (signed in first when given a password).
token_of() { curl -s -b "$1" -c "$1" "$base$2" | grep -o 'name="csrf_token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
cookie_of() { sed 's/^#HttpOnly_//' "$1" | awk 'NF == 7 && $1 !~ /^#/ {printf "%s=%s; ", $6, $7}'; }
sign_in() {
  local jar="$1" email="$2" password="$3" token
  token=$(token_of "$jar" /account/login)
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "email=$email" \
    --data-urlencode "password=$password" --data-urlencode "csrf_token=$token" "$base/account/login"
}
flood() { # name path jar mode connections body [form page, default: path]
  local token answers
  token=$(token_of "$3" "${7:-$2}")
  reset_peak
  answers=$(wrk -t2 -c"$5" -d"${seconds}s" --timeout 30s -s "$lua" "$base$2" -- \
    "$2" "$(cookie_of "$3")" "$token" "$4" "$6" | grep '^answers')
  report "$1" "${answers#answers }"
}

say "server pid $server, baseline $(mb VmRSS); ${seconds} s per flood; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-44s | %s | %s | %s\n' "flood" "answers; requests; latency" "peak memory" "memory after"

anon="$work/anon.jar"
password="long-Secret-walrus-9"
flood "sign-up, 64 clients, one address, existing email" /account/signup "$anon" fixed 64 \
  "name=Flood&email=contributor%40example.org&password=$password&password_confirm=$password"

# A commitment page's latency while a flood runs: a curl every 0.2 s from probe_start to probe_stop.
probe_start() {
  : >"$work/latency"
  ( while true; do curl -s -o /dev/null -w '%{time_total}\n' "$base/commitments/1" >>"$work/latency"; sleep 0.2; done ) &
  probe=$!
}
probe_stop() {
  kill "$probe" 2>/dev/null; wait "$probe" 2>/dev/null || true; probe=""
  sort -n "$work/latency" | awk '{a[NR] = $1} END {if (NR) printf "  /commitments/1 during that flood: median %.0f ms, p90 %.0f ms, max %.0f ms over %d requests\n", a[int((NR + 1) / 2)] * 1000, a[int(NR * 0.9) + (NR < 10)] * 1000, a[NR] * 1000, NR}'
}

# Every request from another address, for another email: every one is hashed (the worst case).
probe_start
flood "sign-up, 64 clients, every request new address+email" /account/signup "$anon" spread 64 \
  "name=Flood+{n}&email=flood{n}%40example.org&password=$password&password_confirm=$password"
probe_stop

flood "login, 64 clients, every request new address" /account/login "$anon" spread 64 \
  "email=nobody{n}%40example.org&password=wrong-Password-{n}&next="

moderator="$work/moderator.jar"
sign_in "$moderator" moderator@example.org "$(password_of moderator@example.org)"
bombs() { # name width [kind: png (default) or jpeg]
  local kind="${3:-png}" token
  python3 "scripts/flood/$kind.py" "$2" "$work/bomb.$kind"
  token=$(token_of "$moderator" /commitments/1)
  reset_peak
  probe_start
  for id in 1 2 3 4 5 6; do
    curl -s -o /dev/null -w '%{http_code}\n' -b "$moderator" -F "csrf_token=$token" \
      -F "alt_text=A black square" -F "photo=@$work/bomb.$kind;type=image/$kind" \
      "$base/commitments/$id/photos" >"$work/bomb-$id" &
  done
  wait $(jobs -p | grep -v "^$server\$" | grep -v "^$probe\$") 2>/dev/null || true
  report "$1 ($(($(stat -c %s "$work/bomb.$kind") / 1024)) KB each)" "answers $(cat "$work"/bomb-* | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}')"
  probe_stop
}
bombs "6 parallel 12,000² PNG uploads (144 MP)" 12000
bombs "6 parallel 6,000² PNG uploads (36 MP, decoded)" 6000
if python3 -c 'import PIL' 2>/dev/null; then
  bombs "6 parallel 6,000² progressive JPEG uploads (36 MP, 4:4:4)" 6000 jpeg
else
  say "  (no Pillow: the progressive JPEG uploads are skipped)"
fi

contributor="$work/contributor.jar"
sign_in "$contributor" contributor@example.org "$(password_of contributor@example.org)"
# action=register_anyway: past the question about similar commitments, as a flooder would go.
form="title=Flood+commitment+{n}&category=partnership&objective=Bring+safe+water+to+schools.&stakeholders=Pupils.&partner_name=WaterAid&partner_entity_type=ngo&implementation=Drill+wells.&sdgs=6&targets=6.1&methods=technology&start_date=2020-01-01&completion_date=2030-12-31&regions=asia-pacific&countries=KH&lead_entity=Ministry&entity_type=government&contact_name=Sokha+Chan&contact_position=Manager&contact_email=sokha%40example.org&contact_phone=%2B855+23+456+789&deliverable_title=Wells&deliverable_due_date=2027-06-30&deliverable_status=in-progress&resource_kind=financing&resource_description=Grant&resource_amount=25000&resource_currency=USD&action=register_anyway"
flood "registrations, 16 clients, one contributor" /commitments "$contributor" fixed 16 "$form" /commitments/new
stored=$(sqlite3 "$work/data/registry.db" "SELECT count(*) FROM commitments WHERE title LIKE 'Flood commitment%'")
say "  commitments stored by the registration flood: $stored"
