-- wrk script: each request takes the next path of the file named by $BENCH_URLS (one path a
-- line), so that a shape is measured over many distinct URLs, not one cached answer.
-- At the end it prints one line, "BENCH key=value ...", that scripts/bench.sh reads.

local paths = {}
for line in io.lines(os.getenv("BENCH_URLS")) do
  if line ~= "" then paths[#paths + 1] = line end
end
local next_index = 0

function setup(thread)
  -- Threads start at different places in the list.
  thread:set("start", math.random(#paths))
end

function init(args)
  next_index = (start or 0) % #paths
end

function request()
  next_index = next_index % #paths + 1
  return wrk.format("GET", paths[next_index])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH urls=%d requests=%d seconds=%.3f rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d failed=%d\n",
    #paths, summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, e.status,
    e.connect + e.read + e.write + e.timeout))
end
