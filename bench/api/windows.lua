-- wrk script: each request asks for a random window of the 30 years (1996-2025) of generated data.
--   ENDPOINT=events     /api/events?from=YYYY-MM&to=YYYY-MM&limit=50   (a one-month window)
--   ENDPOINT=histogram  /api/histogram?from=YYYY&to=YYYY&buckets=52    (a one-year window)
--   ENDPOINT=search     /api/events?q=WORD&limit=50                     (all 30 years; WORD from the env)
local endpoint = os.getenv("ENDPOINT") or "events"
local word = os.getenv("WORD") or "opened"
local seeded = false

request = function()
  if not seeded then
    math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 1000)
    seeded = true
  end
  local year = math.random(1996, 2025)
  local path
  if endpoint == "search" then
    return wrk.format("GET", "/api/events?q=" .. word .. "&limit=50")
  end
  if endpoint == "histogram" then
    path = string.format("/api/histogram?from=%d&to=%d&buckets=52", year, year)
  else
    local month = math.random(1, 12)
    path = string.format("/api/events?from=%d-%02d&to=%d-%02d&limit=50", year, month, year, month)
  end
  return wrk.format("GET", path)
end
