#!/usr/bin/env bash
# Stops the local WordPress site started by `npm start` (scripts/start.sh). Keeps its content:
# the next `npm start` continues where this one left off (`npm start -- --fresh` resets it).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
export WP_ENV_HOME=$repo/.cache/wp-env

log() { printf '[stop] %s\n' "$*" >&2; }

if [ ! -d node_modules/@wordpress/env ]; then
	log "node_modules missing: nothing was started from here"
	exit 0
fi

work_dir=$WP_ENV_HOME/$(node -e '
	const md5 = require( "./node_modules/@wordpress/env/lib/md5.js" );
	process.stdout.write( md5( require( "path" ).resolve( ".wp-env.json" ) ) );
')
pid_file=$work_dir/playground.pid

if [ ! -d "$work_dir" ]; then
	log "not running (no ${work_dir#"$repo"/})"
	exit 0
fi

# wp-env knows the runtime only after a successful start; after an interrupted one it refuses,
# so fall back to the process group it recorded in playground.pid.
node_modules/.bin/wp-env stop || log "wp-env stop failed; stopping the server process directly"

if [ -f "$pid_file" ]; then
	pid=$(cat "$pid_file")
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
		log "stopping Playground server (process group $pid)"
		kill -TERM -- "-$pid" 2>/dev/null || true
		for _ in 1 2 3 4 5; do
			kill -0 "$pid" 2>/dev/null || break
			sleep 1
		done
		kill -KILL -- "-$pid" 2>/dev/null || true
	fi
	rm -f "$pid_file"
fi

log "stopped"
