-- Reads applications' status by id, ids drawn from those the harness submitted. For the platform it POSTs the
-- application-status.graphql query with a staff token; for the reference it GETs /applications/{id}.
-- Environment: BENCH_LUA_DIR, BENCH_IDS, BENCH_TARGET (platform|reference), BENCH_TEMPLATE (platform),
-- BENCH_TOKEN (platform), BENCH_RESULT.
local common = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

setup = common.setup

local ids, target, template, token
local counter = 0

function init(args)
  ids = common.read_lines(common.env("BENCH_IDS"))
  target = common.env("BENCH_TARGET")
  if target == "platform" then
    template = common.read_file(common.env("BENCH_TEMPLATE"))
    token = common.env("BENCH_TOKEN")
  end
end

function request()
  counter = counter + 1
  local id = ids[((thread_id * 104729) + counter) % #ids + 1]
  if target == "platform" then
    return wrk.format("POST", "/graphql", {
      ["Content-Type"] = "application/json",
      ["Accept"] = "application/json",
      ["Authorization"] = "Bearer " .. token,
    }, (template:gsub("__ID__", id)))
  end
  return wrk.format("GET", "/applications/" .. id, { ["Accept"] = "application/json" })
end

response = common.judge

function done(summary, latency, requests)
  common.done(summary, latency)
end
