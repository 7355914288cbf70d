-- POSTs submissions with unique idempotency keys and certificate numbers, learners drawn from a pool of valid
-- IINs (with, for the platform, each learner's own token). The body comes from a template the harness made
-- from benchmarks/payloads (submit-input.json, and submit-application.graphql for the platform).
-- Environment: BENCH_LUA_DIR, BENCH_TEMPLATE, BENCH_LEARNERS (lines "iin<TAB>token"), BENCH_KEY_PREFIX,
-- BENCH_PATH (/graphql or /submit), BENCH_RESULT.
local common = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

setup = common.setup

local template, learners, prefix, path
local counter = 0

function init(args)
  template = common.read_file(common.env("BENCH_TEMPLATE"))
  learners = {}
  for _, line in ipairs(common.read_lines(common.env("BENCH_LEARNERS"))) do
    local iin, token = string.match(line, "^(%d+)\t(%S+)$")
    learners[#learners + 1] = { iin = iin, token = token }
  end
  prefix = common.env("BENCH_KEY_PREFIX") .. "-" .. thread_id
  path = common.env("BENCH_PATH")
end

function request()
  counter = counter + 1
  local learner = learners[((thread_id * 7919) + counter) % #learners + 1]
  local key = prefix .. "-" .. counter
  local body = template:gsub("__IIN__", learner.iin):gsub("__KEY__", key):gsub("__CERTIFICATE__", "BENCH-" .. key)
  local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
  if learner.token ~= "-" then headers["Authorization"] = "Bearer " .. learner.token end
  return wrk.format("POST", path, headers, body)
end

response = common.judge

function done(summary, latency, requests)
  common.done(summary, latency)
end
