#!/usr/bin/env bash
# Benchmark of the room-state polling route (issue "Live room", item 6): `npm run bench:room`.
# Not a test: it measures, prints a table and records the figures in BENCHMARKS.md.
#
# On the local stack (scripts/lib/stack.sh: nginx + php-fpm + MariaDB on 127.0.0.1; by default an instance of
# its own, see below; started here and stopped again at the end, whatever happens), with a bench mu-plugin (scripts/bench/webinars-bench.php, loaded
# only for the duration of the run) that adds the minimal route GET /wp-json/bench/v1/ping and an
# X-Bench-Queries header:
#   1. pollers  N simulated attendees (node, scripts/bench/poll.mjs) polling every 2 s ± 20 % with If-None-Match,
#               for the room route and the minimal route: req/s, p50/p95, share of 304, errors/429
#   2. wrk      saturation (wrk, same concurrency): ping, room without and with If-None-Match
#   3. queries  SQL queries of a warm poll (200, 304) and of the minimal route
#   4. prop     CTA propagation: N pollers running, the CTA toggled over REST; time until the last poller
#               (and the median one) sees the new version
#   5. mc       again behind the nginx microcache of docs/nginx-microcache.conf (own nginx on another port
#               in front of the same php-fpm): req/s seen by the clients vs. by php-fpm
#
# Usage: bash scripts/bench-room.sh [options]
#   --quick            short runs (10 s scenarios, N = 50,200, one wrk round): a smoke test of the tooling
#   --ns=50,200,1000   numbers of pollers          --duration=25   seconds per poller scenario
#   --prop-ns=100      pollers during the CTA propagation runs at the origin (below its capacity here)
#   --mc-prop-ns=100,1000   the same behind the microcache      --toggles=4 (every 6 s)
#   --wrk-c=12         wrk connections             --wrk-d=15      seconds per wrk run   --wrk-rounds=2
#   --only=pollers,wrk,prop,mc   run only these parts (queries are always read)
#   --idle-wait=180    before each measurement, wait at most this long for other work on the machine to calm
#                      down (CPUs ≤ 15 % busy); the CPU share other work took during each one is reported
#   --stub             measure the bench stub of the room route (bench/v1/stub-rooms) instead of the real one;
#                      used automatically, with a warning, while the real route does not exist
#   --shared-stack     use the stack of the tests (.cache/stack, :8889) instead of the bench's own instance
#   --fresh            re-install the site (always done on the bench's own stack; on the shared one only
#                      when this script started it)
#   --no-write         print the table only, leave BENCHMARKS.md alone (implied for stub runs, and for --quick
#                      and --only runs unless --write is given)
# By default the bench runs its own instance of the stack (scripts/lib/stack.sh with WEBINARS_STACK_DIR=
# .cache/bench/stack, nginx on :8891, MariaDB on :3401): same code and configuration as the tests' stack, but
# people running tests or `npm start` meanwhile neither wipe its database nor see its load on their site.
# Environment: BENCH_PORT (8891), BENCH_DB_PORT (3401), BENCH_MC_PORT (8892; 8890 with --shared-stack).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
ns=50,200,1000 duration=25 ramp=3 prop_ns=100 mc_prop_ns=100,1000 toggles=4 toggle_gap=6 wrk_c=12 wrk_d=15 wrk_rounds=2
only=pollers,wrk,prop,mc stub=0 fresh=0 write=1 idle_wait=180 shared=0 partial=0
for arg in "$@"; do
	case $arg in
	--quick) ns=50,200 duration=10 prop_ns=100 mc_prop_ns=200 toggles=3 wrk_d=8 wrk_rounds=1 partial=1 ;;
	--ns=*) ns=${arg#*=} ;;
	--duration=*) duration=${arg#*=} ;;
	--prop-ns=*) prop_ns=${arg#*=} ;;
	--mc-prop-ns=*) mc_prop_ns=${arg#*=} ;;
	--toggles=*) toggles=${arg#*=} ;;
	--wrk-c=*) wrk_c=${arg#*=} ;;
	--wrk-d=*) wrk_d=${arg#*=} ;;
	--wrk-rounds=*) wrk_rounds=${arg#*=} ;;
	--only=*) only=${arg#*=} partial=1 ;;
	--idle-wait=*) idle_wait=${arg#*=} ;;
	--stub) stub=1 ;;
	--fresh) fresh=1 ;;
	--shared-stack) shared=1 ;;
	--no-write) write=0 ;;
	--write) write=2 ;;
	-h | --help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
	*) echo "unknown option $arg (--help)" >&2; exit 2 ;;
	esac
done
want() { [[ ",$only," == *",$1,"* ]]; }

log() { printf '[bench] %s\n' "$*" >&2; }

if [ "$shared" = 0 ]; then
	export WEBINARS_STACK_DIR=$repo/.cache/bench/stack WEBINARS_E2E_PORT=${BENCH_PORT:-8891} WEBINARS_DB_PORT=${BENCH_DB_PORT:-3401}
	fresh=1
fi
# shellcheck source=lib/stack.sh
source "$repo/scripts/lib/stack.sh"

for tool in node wrk nginx php; do
	command -v "$tool" >/dev/null 2>&1 || { log "$tool missing: running scripts/install-deps.sh"; bash scripts/install-deps.sh; break; }
done

BENCH_DIR=$repo/.cache/bench
run_id=$(date -u +%Y%m%dT%H%M%SZ)
RUN_DIR=$BENCH_DIR/runs/$run_id
mkdir -p "$RUN_DIR"
MC_PORT=${BENCH_MC_PORT:-$([ "$shared" = 1 ] && echo 8890 || echo 8892)}
MC_DIR=$BENCH_DIR/nginx-microcache
LOADER=$STACK_SITE/wp-content/mu-plugins/zz-webinars-bench-loader.php

stack_lock
started=0 mc_started=0
cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	rm -f "$LOADER"
	if [ "$mc_started" = 1 ] && [ -s "$MC_DIR/nginx.pid" ]; then
		kill -QUIT "$(cat "$MC_DIR/nginx.pid")" 2>/dev/null || true
		log "microcache nginx stopped"
	fi
	if [ "$rc" != 0 ]; then
		log "failed (exit $rc); files of this run: $RUN_DIR"
		stack_print_logs 30
	fi
	[ "$started" = 1 ] && stack_stop
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! stack_running; then
	started=1 fresh=1
	stack_start
else
	stack_site_prepare
	[ "$shared" = 0 ] && started=1 # the bench's own instance, left over from an interrupted run: ours to stop
fi

# The bench mu-plugin: a loader in the stack site only (removed on exit), never in plugin/.
write_loader() { # [hitlog file]
	{
		echo '<?php'
		echo '// Written by scripts/bench-room.sh for the duration of a bench run; removed when it ends.'
		echo "define( 'WEBINARS_BENCH', true );"
		[ "$stub" = 1 ] && echo "define( 'WEBINARS_BENCH_STUB', true );"
		[ -n "${1:-}" ] && echo "define( 'WEBINARS_BENCH_HITLOG', '$1' );"
		echo "require '$repo/scripts/bench/webinars-bench.php';"
	} >"$LOADER.tmp"
	mv "$LOADER.tmp" "$LOADER"
}
write_loader
if [ "$fresh" = 1 ]; then
	php scripts/wp-install.php --fresh --quiet --config="$STACK_SITE_CONSTANTS"
else
	php scripts/wp-install.php --quiet --config="$STACK_SITE_CONSTANTS"
fi
# First request builds the rewrite rules (and runs the one-time setups of the mu-plugins).
node -e 'fetch(process.argv[1]).then(r => process.exit(r.status < 500 ? 0 : 1), () => process.exit(1))' "$STACK_URL/" \
	|| { log "the site does not answer at $STACK_URL"; exit 1; }

php scripts/bench/setup.php "$STACK_SITE" >"$RUN_DIR/setup.json"
has_room=$(node -e 'const s = require(process.argv[1]); process.stdout.write(s.room_route && s.cta_route && s.status_route && s.webinars[0].room_key ? "1" : "0")' "$RUN_DIR/setup.json")
if [ "$stub" = 0 ] && [ "$has_room" = 0 ]; then
	log "WARNING: the webinars/v1 room/action routes (or the room key) do not exist yet: measuring the bench STUB instead"
	stub=1
fi
[ "$stub" = 1 ] && write=0
[ "$partial" = 1 ] && [ "$write" = 1 ] && write=0
write_loader
mode=real
[ "$stub" = 1 ] && mode=stub
node scripts/bench/probe.mjs "$STACK_URL" "$RUN_DIR/setup.json" "$mode" >"$RUN_DIR/probe.json"
json() { node -e 'const o = require(process.argv[1]); const v = process.argv[2].split(".").reduce((a, k) => a?.[k], o); process.stdout.write(String(v ?? ""))' "$@"; }
room_path=$(json "$RUN_DIR/probe.json" room_path)
ping_path=$(json "$RUN_DIR/probe.json" ping_path)
cta_path=$(json "$RUN_DIR/probe.json" cta_path)
etag=$(json "$RUN_DIR/probe.json" etag)
webinar_id=$(json "$RUN_DIR/probe.json" webinar_id)
app_user=$(json "$RUN_DIR/setup.json" user)
app_pass=$(json "$RUN_DIR/setup.json" app_password)
log "mode $mode, webinar $webinar_id, room ${room_path%%\?*}, ETag $etag, queries: room 200=$(json "$RUN_DIR/probe.json" queries.room_200) 304=$(json "$RUN_DIR/probe.json" queries.room_304) ping=$(json "$RUN_DIR/probe.json" queries.ping)"

# Facts about the machine and the stack, for the report.
{
	echo "{"
	echo "\"run_id\": \"$run_id\", \"mode\": \"$mode\", \"date\": \"$(date -u +%Y-%m-%d)\","
	echo "\"cpu\": $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' | node -e 'process.stdout.write(JSON.stringify(require("fs").readFileSync(0, "utf8").trim()))'),"
	echo "\"cores\": $(nproc), \"mem_gib\": $(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo),"
	echo "\"nginx\": \"$(nginx -v 2>&1 | sed 's/.*nginx\///')\", \"node\": \"$(node --version)\","
	echo "\"mariadb\": \"$(json "$RUN_DIR/setup.json" db_version)\", \"php\": \"$(json "$RUN_DIR/setup.json" php_version)\", \"wordpress\": \"$(json "$RUN_DIR/setup.json" wp_version)\","
	echo "\"fpm_children\": $(awk -F= '/pm.max_children/ {gsub(/ /, "", $2); print $2}' "$STACK_CONF/php-fpm.conf"),"
	echo "\"duration\": $duration, \"ramp\": $ramp, \"wrk_c\": $wrk_c, \"wrk_d\": $wrk_d, \"wrk_rounds\": $wrk_rounds, \"mc_port\": $MC_PORT"
	echo "}"
} >"$RUN_DIR/meta.json"

IFS=, read -r -a n_list <<<"$ns"

# Other work on the machine (other people's tests, builds) skews the figures. Before each measurement wait (at
# most --idle-wait s) until the CPUs are mostly idle; during it, count the CPU time used by processes that are
# not part of the measurement (all CPU time minus that of the stack's mariadbd, php-fpm and nginx, of the
# microcache nginx, and of this script's children: the pollers and wrk). cpu-busy.log: "label before% other%".
cpu_total() { # busy and total jiffies of all CPUs
	awk '/^cpu / { t = 0; for (i = 2; i <= 9; i++) t += $i; print t - $5 - $6, t; exit }' /proc/stat
}
own_jiffies() { # CPU time (user+system, own + reaped children) of the processes that take part
	local f p
	{
		for f in "$STACK_RUN/php-fpm.pid" "$STACK_RUN/nginx.pid" "$STACK_RUN/mariadb.pid" "$MC_DIR/nginx.pid"; do
			[ -s "$f" ] || continue
			p=$(cat "$f")
			echo "$p"
			pgrep -P "$p" || true
		done
		echo $$
	} | while read -r p; do sed 's/.*) //' "/proc/$p/stat" 2>/dev/null || true; done |
		awk '{ s += $12 + $13 + $14 + $15 } END { print s + 0 }'
}
other_cpu() { # percent of the CPUs used by other work over 2 s
	local b0 t0 o0 b1 t1 o1 p
	read -r b0 t0 < <(cpu_total)
	o0=$(own_jiffies)
	sleep 2
	read -r b1 t1 < <(cpu_total)
	o1=$(own_jiffies)
	p=$((t1 > t0 ? 100 * ((b1 - b0) - (o1 - o0)) / (t1 - t0) : 0))
	echo $((p < 0 ? 0 : p))
}
last_other=0
measure() { # label command...: runs the command as one measurement
	local label=$1 busy deadline=$((SECONDS + idle_wait)) b0 t0 o0 b1 t1 o1
	shift
	busy=$(other_cpu)
	while [ "$busy" -gt 15 ] && [ "$SECONDS" -lt "$deadline" ]; do
		log "other work uses ${busy}% of the CPUs: waiting before $label"
		busy=$(other_cpu)
	done
	read -r b0 t0 < <(cpu_total)
	o0=$(own_jiffies)
	"$@"
	read -r b1 t1 < <(cpu_total)
	o1=$(own_jiffies)
	last_other=$((t1 > t0 ? 100 * ((b1 - b0) - (o1 - o0)) / (t1 - t0) : 0))
	[ "$last_other" -lt 0 ] && last_other=0
	echo "$label $busy $last_other" >>"$RUN_DIR/cpu-busy.log"
	if [ "$last_other" -gt 15 ]; then log "  (other work used ${last_other}% of the CPUs during $label)"; fi
}

poll() { # out-file url args...
	local out=$1 url=$2
	shift 2
	node scripts/bench/poll.mjs --url="$url" --duration="$duration" --ramp="$ramp" "$@" >"$out"
	node -e 'const r = require(process.argv[1]); console.error(`[bench]   ${r.label}: n=${r.n} ${r.rps} req/s p50 ${r.p50_ms} ms p95 ${r.p95_ms} ms 304 ${Math.round(r.share_304 * 100)}% errors ${r.errors} 429 ${r.n_429}` + (r.propagation ? ` | CTA last ${r.propagation.mean_last_ms} ms (max ${r.propagation.max_last_ms}) p50 ${r.propagation.mean_p50_ms} ms` : ""))' "$out"
}

toggle_args=("--toggle-body={\"webinar_id\":$webinar_id}" "--toggle-auth=$app_user:$app_pass" "--toggles=$toggles" "--toggle-gap=$toggle_gap")

# ---- 1. pollers at the origin
if want pollers; then
	for n in "${n_list[@]}"; do
		log "pollers: $n on the room route ($duration s)"
		measure "poll-room-$n" poll "$RUN_DIR/poll-room-$n.json" "$STACK_URL$room_path" --n="$n" --label="room N=$n"
		sleep 2
		log "pollers: $n on the minimal route ($duration s)"
		measure "poll-ping-$n" poll "$RUN_DIR/poll-ping-$n.json" "$STACK_URL$ping_path" --n="$n" --label="ping N=$n"
		sleep 2
	done
fi

# ---- 2. saturation with wrk (same concurrency for every route)
run_wrk() { # out-file etag url
	# 3 s unmeasured first, so that php-fpm's dynamic pool has grown to its full size for the measured run
	BENCH_ETAG=$2 wrk -t2 -c"$wrk_c" -d3s -s scripts/bench/if-none-match.lua "$3" >/dev/null 2>&1 || true
	BENCH_ETAG=$2 wrk -t2 -c"$wrk_c" -d"${wrk_d}s" --latency --timeout 10s -s scripts/bench/if-none-match.lua "$3" >"$1" 2>&1
}
if want wrk; then
	for round in $(seq 1 "$wrk_rounds"); do
		order="ping room room-inm"
		[ $((round % 2)) = 0 ] && order="room-inm room ping" # alternate the order: no route always runs first
		for what in $order; do
			case $what in
			ping) url=$STACK_URL$ping_path e= ;;
			room) url=$STACK_URL$room_path e= ;;
			room-inm) url=$STACK_URL$room_path e=$etag ;;
			esac
			for attempt in 1 2 3; do # a run disturbed by other work is done again (at most twice)
				log "wrk: $what, round $round (-t2 -c$wrk_c -d${wrk_d}s)"
				measure "wrk-$what-$round" run_wrk "$RUN_DIR/wrk-$what-$round.txt" "$e" "$url"
				if [ "$last_other" -le 15 ]; then break; fi
				if [ "$attempt" -lt 3 ]; then sed -i '$d' "$RUN_DIR/cpu-busy.log"; fi
			done
			grep -E 'Requests/sec|codes:' "$RUN_DIR/wrk-$what-$round.txt" | tr '\n' ' ' | sed 's/^/[bench]   /' >&2
			echo >&2
			sleep 2
		done
	done
fi

# ---- 4. CTA propagation at the origin
if want prop; then
	IFS=, read -r -a list <<<"$prop_ns"
	for n in "${list[@]}"; do
		log "CTA propagation: $n pollers, $toggles toggles every $toggle_gap s"
		measure "prop-origin-$n" poll "$RUN_DIR/prop-origin-$n.json" "$STACK_URL$room_path" --n="$n" --label="CTA propagation N=$n" \
			--toggle-url="$STACK_URL$cta_path" "${toggle_args[@]}"
		sleep 2
	done
fi

# ---- 5. behind the nginx microcache
if want mc; then
	mkdir -p "$MC_DIR"/{cache,tmp/body,tmp/proxy,tmp/fastcgi,tmp/uwsgi,tmp/scgi}
	rm -rf "$MC_DIR/cache"/*
	snippet() { # http|server: the part of docs/nginx-microcache.conf between its markers, with local paths
		sed -n "/^# ---- $1 {} ----/,/^# ---- end $1 ----/p" docs/nginx-microcache.conf |
			sed -e "s#/var/cache/nginx/webinars-room#$MC_DIR/cache#" \
				-e "s#unix:/run/php/php8.2-fpm.sock#unix:$STACK_FPM_SOCKET#" \
				-e "s#include fastcgi_params;#include /etc/nginx/fastcgi_params; fastcgi_param HTTP_HOST \$host:\$server_port;#" |
			if [ "$stub" = 1 ]; then sed 's#\^/wp-json/webinars/v1/rooms/#^/wp-json/bench/v1/stub-rooms/#'; else cat; fi
	}
	cat >"$MC_DIR/nginx.conf" <<CONF
# Generated by scripts/bench-room.sh: the stack's site behind the microcache of docs/nginx-microcache.conf.
user root;
worker_processes 2;
pid $MC_DIR/nginx.pid;
error_log $MC_DIR/error.log warn;
daemon on;
events { worker_connections 4096; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	log_format bench '\$msec \$status \$upstream_cache_status "\$upstream_addr" \$request_time "\$request_method \$uri"';
	access_log $MC_DIR/access.log bench;
	client_body_temp_path $MC_DIR/tmp/body;
	proxy_temp_path $MC_DIR/tmp/proxy;
	fastcgi_temp_path $MC_DIR/tmp/fastcgi;
	uwsgi_temp_path $MC_DIR/tmp/uwsgi;
	scgi_temp_path $MC_DIR/tmp/scgi;
	keepalive_timeout 65;
	keepalive_requests 100000;
	server_tokens off;
$(snippet http)
	server {
		listen 127.0.0.1:$MC_PORT;
		server_name 127.0.0.1 localhost;
		root $STACK_SITE;
		index index.php;
$(snippet server)
		location / {
			try_files \$uri \$uri/ /index.php?\$args;
		}
		location ~ /\.(?!well-known) { deny all; }
		location ~ \.php\$ {
			try_files \$fastcgi_script_name =404;
			include /etc/nginx/fastcgi_params;
			fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;
			fastcgi_param HTTP_HOST \$host:\$server_port;
			fastcgi_pass unix:$STACK_FPM_SOCKET;
		}
	}
}
CONF
	nginx -p "$MC_DIR" -e "$MC_DIR/error.log" -c "$MC_DIR/nginx.conf" -t >"$RUN_DIR/mc-nginx-test.log" 2>&1 \
		|| { cat "$RUN_DIR/mc-nginx-test.log" >&2; exit 1; }
	cp "$MC_DIR/nginx.conf" "$RUN_DIR/mc-nginx.conf"
	: >"$MC_DIR/access.log"
	mc_started=1
	setsid nginx -p "$MC_DIR" -e "$MC_DIR/error.log" -c "$MC_DIR/nginx.conf" </dev/null 9>&-
	for _ in $(seq 1 50); do [ -s "$MC_DIR/nginx.pid" ] && break; sleep 0.1; done
	mc_url=http://127.0.0.1:$MC_PORT
	log "microcache nginx up on $mc_url"
	hitlog=$RUN_DIR/origin-hits.log
	: >"$hitlog"
	write_loader "$hitlog"
	for n in "${n_list[@]}"; do
		log "microcache: $n pollers on the room route ($duration s)"
		measure "mc-room-$n" poll "$RUN_DIR/mc-room-$n.json" "$mc_url$room_path" --n="$n" --label="microcache room N=$n"
		sleep 3
	done
	if want prop; then
		IFS=, read -r -a list <<<"$mc_prop_ns"
		for n in "${list[@]}"; do
			log "microcache: CTA propagation, $n pollers"
			measure "mc-prop-$n" poll "$RUN_DIR/mc-prop-$n.json" "$mc_url$room_path" --n="$n" --label="microcache CTA propagation N=$n" \
				--toggle-url="$mc_url$cta_path" "${toggle_args[@]}"
			sleep 2
		done
	fi
	write_loader
	cp "$MC_DIR/access.log" "$RUN_DIR/mc-access.log"
fi

report_args=("$RUN_DIR")
[ "$write" != 0 ] && report_args+=(--write="$repo/BENCHMARKS.md")
node scripts/bench/report.mjs "${report_args[@]}"
log "raw figures: $RUN_DIR"
