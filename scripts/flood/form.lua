-- wrk script of scripts/flood.sh: POSTs a urlencoded form with a session cookie and its CSRF
-- token, and counts the answers by status.
-- Arguments (after --): path, cookie header, csrf token, mode, body.
--   mode "spread": every request comes from another X-Forwarded-For address (the server must
--   trust 127.0.0.1 as a proxy); "fixed": all from one address.
--   "{n}" in the body becomes a number unique to the request.
local path, cookie, token, mode, template
local n = 0
statuses = {}

function init(args)
  path, cookie, token, mode, template = args[1], args[2], args[3], args[4], args[5]
  local seed = tonumber(tostring({}):match("0x(%x+)") or "1", 16) or 1
  math.randomseed(os.time() + seed % 1000003)
end

function request()
  n = n + 1
  local unique = string.format("%d%07d", math.random(1, 999999), n)
  local body = template:gsub("{n}", unique) .. "&csrf_token=" .. token
  local headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
  }
  if mode == "spread" then
    headers["X-Forwarded-For"] = string.format("10.%d.%d.%d",
      math.random(0, 255), math.random(0, 255), math.random(1, 254))
  end
  return wrk.format("POST", path, headers, body)
end

function response(status, headers, body)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("statuses")) do
      total[k] = (total[k] or 0) + v
    end
  end
  local parts = {}
  for k, v in pairs(total) do
    table.insert(parts, k .. "×" .. v)
  end
  table.sort(parts)
  local e = summary.errors
  io.write(string.format("answers %s; %d requests, socket errors %d, timeouts %d; p50 %.0f ms, p99 %.0f ms\n",
    table.concat(parts, " "), summary.requests, e.connect + e.read + e.write, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
