#!/usr/bin/env bash
# Benchmark of issue #9's shapes on COUNT generated commitments (release build, wrk, loopback):
# import time, database size, time to the first search, req/s of each shape as a share of
# /healthz in the same run, p50/p99, errors, server peak memory, and the CSV of everything.
# Usage: scripts/bench.sh [COUNT]   (default 100000). Prints a table for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100000}"
threads=2 connections=32 duration=10s
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/sdg-target}"

say() { printf '%s\n' "$*" >&2; }
seconds_since() { echo "$(date +%s.%N) $1" | awk '{printf "%.2f", $1 - $2}'; }

if ! command -v wrk >/dev/null; then
  say "installing wrk"
  sudo_if_needed=""
  [ "$(id -u)" -eq 0 ] || sudo_if_needed=sudo
  $sudo_if_needed apt-get install -y wrk >&2
fi

# The shared target directory may hold another worktree's build of the crate.
touch src/lib.rs src/main.rs
cargo build --release -q
bin="$CARGO_TARGET_DIR/release/registry"
lua="$PWD/scripts/bench/rotate.lua"

cache=/var/tmp/bench
mkdir -p "$cache"
demo="$cache/demo-$count.jsonl"
if [ ! -s "$demo" ]; then
  say "generating $count demo commitments into $demo"
  "$bin" demo-data --count "$count" --seed 1 >"$demo.tmp" && mv "$demo.tmp" "$demo"
fi

work="$(mktemp -d)"
data="$work/data"
server="" writer=""
cleanup() {
  [ -n "$writer" ] && kill "$writer" 2>/dev/null
  [ -n "$server" ] && kill "$server" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

say "importing $count commitments"
start=$(date +%s.%N)
"$bin" --data-dir "$data" import "$demo" --publish >/dev/null 2>"$work/import.log"
import_seconds=$(seconds_since "$start")
db_bytes=$(cat "$data"/registry.db* | wc -c)
jsonl_bytes=$(wc -c <"$demo")

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
start=$(date +%s.%N)
# wrk sends thousands of API requests a second from one address: no per-address API limit here.
REGISTRY_API_REQUESTS_PER_MINUTE=0 "$bin" --data-dir "$data" serve --bind "127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/commitments?q=water")" = 200 ]; do
  kill -0 "$server" 2>/dev/null || { say "the server stopped:"; cat "$work/server.log" >&2; exit 1; }
  sleep 0.05
done
first_search_seconds=$(seconds_since "$start")
browse_bytes=$(curl -s -o /dev/null -w '%{size_download}' "$base/commitments")

# URL lists, one path a line; every shape but /healthz rotates over at least 1,000 of them.
echo /healthz >"$work/healthz"
for sort in newest oldest title start; do
  for page in $(seq 250); do echo "/commitments?sort=$sort&page=$page"; done
done >"$work/browse"
regions="africa asia-pacific europe latin-america-caribbean north-america west-asia global"
types="government local-government un-entity intergovernmental-organization ngo civil-society
  private-sector academic scientific-community philanthropic partnership other"
for sdg in $(seq 17); do
  for region in $regions; do
    for type in $types; do echo "/commitments?sdg=$sdg&region=$region&entity_type=$type"; done
  done
done >"$work/combos"
# Words each found in 7 % to 67 % of the demo commitments (src/demo/ writes them).
words="water solar health school climate energy farmers women teachers households community
  local partners national private public workers youth children rural digital access clean
  finance financing education emissions coastal clinics girls training development investment
  monitoring learning refugees indigenous smallholder cooperatives policy project progress
  support trained sector review annual baseline platform evaluation technical government
  business revenue protect systems indicators million young committee stations informal"
for word in $words; do
  for sdg in $(seq 17); do echo "/commitments?q=$word&sdg=$sdg"; done
done >"$work/words"
for page in $(seq 20); do
  curl -s "$base/api/v1/commitments?sort=oldest&per_page=100&page=$page" |
    python3 -c 'import json, sys; [print("/commitments/%d" % c["id"]) for c in json.load(sys.stdin)["items"]]'
done >"$work/details"

run_shape() { # name, url file → the BENCH line of rotate.lua
  BENCH_URLS="$1" wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$lua" "$base" |
    grep '^BENCH ' | sed 's/^BENCH //'
}
field() { # key, BENCH line
  tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p"
}

# One commitment written per second by another process, each import its own committed
# transaction, while shape (b) runs.
writer_loop() {
  "$bin" demo-data --count 60 --seed 2 >"$work/writes.jsonl"
  local n=0
  while :; do
    n=$((n % 60 + 1))
    sed -n "${n}p" "$work/writes.jsonl" >"$work/write.jsonl"
    if "$bin" --data-dir "$data" import "$work/write.jsonl" --publish >/dev/null 2>>"$work/writer.log"; then
      echo ok >>"$work/writes.done"
    else
      echo failed >>"$work/writes.done"
    fi
    sleep 1
  done
}

declare -A result
shapes="healthz browse combos words details"
for shape in $shapes; do
  say "wrk: $shape ($(wc -l <"$work/$shape") URLs)"
  result[$shape]=$(run_shape "$work/$shape")
done
say "wrk: combos while one commitment is written per second"
: >"$work/writes.done"
writer_loop &
writer=$!
sleep 1
result[writing]=$(run_shape "$work/combos")
kill "$writer" 2>/dev/null; wait "$writer" 2>/dev/null || true
writer=""
writes_ok=$(grep -c ok "$work/writes.done" || true)
writes_failed=$(grep -c failed "$work/writes.done" || true)

status_kb() { awk -v k="$1:" '$1 == k {print $2}' "/proc/$server/status"; }
peak_before_csv_kb=$(status_kb VmHWM)
say "CSV of everything"
rss_before_kb=$(status_kb VmRSS)
curl -s -o /dev/null -w '%{time_starttransfer} %{time_total} %{size_download} %{http_code}\n' \
  "$base/commitments.csv" >"$work/csv" &
csv=$!
rss_max_kb=$rss_before_kb
while kill -0 "$csv" 2>/dev/null; do
  rss=$(status_kb VmRSS)
  [ "$rss" -gt "$rss_max_kb" ] && rss_max_kb=$rss
  sleep 0.05
done
wait "$csv"
read -r csv_first csv_total csv_bytes csv_status <"$work/csv"
peak_kb=$(status_kb VmHWM)

healthz_rps=$(field rps "${result[healthz]}")
row() { # label, result
  local line="$2"
  awk -v label="$1" -v rps="$(field rps "$line")" -v base="$healthz_rps" \
    -v p50="$(field p50_ms "$line")" -v p99="$(field p99_ms "$line")" \
    -v bad="$(field non2xx "$line")" -v failed="$(field failed "$line")" \
    -v urls="$(field urls "$line")" \
    'BEGIN {printf "| %s | %s | %.0f | %.1f %% | %.1f ms | %.1f ms | %d | %d |\n",
      label, urls, rps, 100 * rps / base, p50, p99, bad, failed}'
}
mb() { awk -v b="$1" 'BEGIN {printf "%.0f MB", b / 1048576}'; }

cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
echo
echo "## $(date -u +%Y-%m-%d), $(nproc) cores ($cpu), $count demo commitments (seed 1)"
echo
echo "wrk -t$threads -c$connections -d$duration, each shape rotating over its URLs; ratios to /healthz of this run."
echo
echo "| shape | URLs | req/s | of /healthz | p50 | p99 | non-2xx | failed |"
echo "|---|---|---|---|---|---|---|---|"
row "/healthz" "${result[healthz]}"
row "(a) browse, sort × page 1–250" "${result[browse]}"
row "(b) sdg & region & entity_type" "${result[combos]}"
row "(c) one common word + sdg" "${result[words]}"
row "(d) detail page" "${result[details]}"
row "(f) (b) while one commitment is written per second ($writes_ok written, $writes_failed failed)" "${result[writing]}"
echo
echo "| what | figure |"
echo "|---|---|"
echo "| import of $count (\`import --publish\`) | $import_seconds s |"
awk -v d="$db_bytes" -v j="$jsonl_bytes" \
  'BEGIN {printf "| database / JSON Lines | %.0f MB / %.0f MB (%.2f ×) |\n", d / 1048576, j / 1048576, d / j}'
echo "| process start to first answered search | $first_search_seconds s |"
echo "| browse page \`/commitments\`, HTML | $browse_bytes bytes |"
echo "| server peak memory (VmHWM), before the CSV | $(mb $((peak_before_csv_kb * 1024))) |"
awk -v f="$csv_first" -v t="$csv_total" -v s="$csv_status" -v b="$csv_bytes" \
  'BEGIN {printf "| `/commitments.csv` of everything (HTTP %s, %.0f MB) | first byte %.2f s, end %.2f s |\n",
    s, b / 1048576, f, t}'
echo "| memory added while sending the CSV (VmRSS peak − before) | $(mb $(((rss_max_kb - rss_before_kb) * 1024))) |"
echo "| server peak memory (VmHWM), through all of it | $(mb $((peak_kb * 1024))) |"
