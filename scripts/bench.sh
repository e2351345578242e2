#!/usr/bin/env bash
# Benchmarks of the release build: demo-data, import, export, and search latency.
# Usage: scripts/bench.sh [COUNT]   (default 20000 commitments). Figures go in BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-20000}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/sdg-target}"
cargo build --release -q
bin="$CARGO_TARGET_DIR/release/registry"
work="$(mktemp -d)"
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

start=0
begin() { start=$(date +%s.%N); }
report() { # what, how many
  local t; t=$(echo "$(date +%s.%N) - $start" | bc)
  printf '%s: %s records in %.2fs (%.0f records/s)\n' "$1" "$2" "$t" "$(echo "$2 / $t" | bc -l)"
}

begin; "$bin" demo-data --count "$count" --seed 1 >"$work/demo.jsonl"; report demo-data "$count"
begin; "$bin" --data-dir "$work/data" import "$work/demo.jsonl" 2>/dev/null; report import "$count"
begin; "$bin" --data-dir "$work/data" export --out "$work/export.jsonl" 2>/dev/null; report export "$count"
echo "database: $(du -h "$work/data/registry.db" | cut -f1)"

"$bin" --data-dir "$work/data" serve --bind 127.0.0.1:8181 2>/dev/null &
server=$!
sleep 1
latency() { # median and p95 of 200 sequential requests, after one warm-up
  local url="http://127.0.0.1:8181$1"
  curl -s -o /dev/null "$url"
  for _ in $(seq 200); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n |
    awk '{a[NR]=$1} END {printf "median %.1f ms, p95 %.1f ms\n", a[int(NR/2)]*1000, a[int(NR*0.95)]*1000}'
}
for path in "/api/v1/commitments" "/api/v1/commitments?sdg=6&sdg=13&region=africa" \
  "/api/v1/commitments?q=water" "/api/v1/commitments?q=water&region=africa&status=ongoing&sort=title" \
  "/commitments" "/commitments?q=solar&sdg=7" "/commitments/42" "/"; do
  echo "GET $path: $(latency "$path")"
done
echo "server memory (RSS): $(ps -o rss= -p "$server" | awk '{printf "%.0f MB", $1/1024}')"
