-- Shared by the benchmark's wrk scripts: files, counters of good and failed answers, and the JSON result.
-- Each wrk thread has its own Lua state; setup() numbers the threads so generated keys never collide.
local common = {}

local threads = {}
local next_id = 0

function common.read_lines(path)
  local lines = {}
  for line in io.lines(path) do
    if line ~= "" then lines[#lines + 1] = line end
  end
  assert(#lines > 0, "no lines in " .. path)
  return lines
end

function common.read_file(path)
  local f = assert(io.open(path, "r"))
  local text = f:read("*a")
  f:close()
  return (text:gsub("%s+$", ""))
end

function common.env(name)
  return assert(os.getenv(name), "set " .. name)
end

-- setup(): runs in the main state once per thread.
function common.setup(thread)
  next_id = next_id + 1
  thread:set("thread_id", next_id)
  thread:set("ok", 0)
  thread:set("failed", 0)
  thread:set("failure", "")
  threads[#threads + 1] = thread
end

-- A good answer: 2xx and, for GraphQL, no "errors" member.
function common.judge(status, headers, body)
  if status >= 200 and status < 300 and not string.find(body, '"errors"', 1, true) then
    ok = ok + 1
  else
    failed = failed + 1
    if failure == "" then failure = tostring(status) .. " " .. string.sub(body, 1, 600) end
  end
end

function common.done(summary, latency)
  local good, bad, failure = 0, 0, ""
  for _, t in ipairs(threads) do
    good = good + t:get("ok")
    bad = bad + t:get("failed")
    if failure == "" then failure = t:get("failure") end
  end
  local e = summary.errors
  local path = common.env("BENCH_RESULT")
  local f = assert(io.open(path, "w"))
  f:write(string.format(
    '{"requests":%d,"duration_us":%d,"ok":%d,"failed":%d,"socket_errors":%d,"timeouts":%d,' ..
    '"mean_us":%.1f,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d}\n',
    summary.requests, summary.duration, good, bad, e.connect + e.read + e.write, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
  f:close()
  if failure ~= "" then
    local s = assert(io.open(path .. ".failure.txt", "w"))
    s:write(failure, "\n")
    s:close()
  end
  io.write(string.format("ok %d, failed %d, %.1f ok/s, p99 %.1f ms\n",
    good, bad, good / (summary.duration / 1e6), latency:percentile(99) / 1000))
end

return common
