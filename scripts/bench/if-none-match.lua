-- wrk script for `npm run bench:room` (scripts/bench-room.sh): every request carries
-- If-None-Match with the ETag in $BENCH_ETAG (the room's current one, so the route answers 304),
-- like a poller that already has the current state; with $BENCH_ETAG empty or unset, no conditional header.
-- Prints the status codes seen at the end (wrk itself only counts "Non-2xx or 3xx responses").
local etag = os.getenv("BENCH_ETAG") or ""
if etag ~= "" then
	wrk.headers["If-None-Match"] = etag
end
wrk.headers["Accept"] = "application/json"

local counts = {}
local threads = {}

function setup(thread)
	table.insert(threads, thread)
end

function init(args)
	codes = {}
end

function response(status, headers, body)
	codes[status] = (codes[status] or 0) + 1
end

function done(summary, latency, requests)
	for _, t in ipairs(threads) do
		local c = t:get("codes")
		if c then
			for k, v in pairs(c) do counts[k] = (counts[k] or 0) + v end
		end
	end
	local parts = {}
	for k, v in pairs(counts) do table.insert(parts, k .. "=" .. v) end
	table.sort(parts)
	io.write("codes: " .. table.concat(parts, " ") .. "\n")
end
