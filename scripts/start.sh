#!/usr/bin/env bash
# Starts a local WordPress site with the Webinars plugin active and a demo webinar page:
# @wordpress/env with the Playground runtime (WebAssembly PHP + SQLite, no Docker), WordPress core
# from scripts/fetch-wordpress.sh (no wordpress.org access needed). Stop it with `npm run stop`.
#
#   npm start               start (keeps the site's content from the previous run)
#   npm start -- --fresh    start from a brand-new site (throws the previous database away)
#
# Everything lands inside the repository: .cache/wordpress (core), .cache/wp-env-core (the copy the
# site runs on, including its SQLite database) and .cache/wp-env (WP_ENV_HOME).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

port=8888
site_url="http://localhost:$port"
core_src=$repo/.cache/wordpress/core
core_copy=$repo/.cache/wp-env-core
core_stamp=$repo/.cache/wp-env-core.version
export WP_ENV_HOME=$repo/.cache/wp-env

started_at=$(date +%s)
log() { printf '[start] %s\n' "$*" >&2; }
warn() { printf '[start] WARNING: %s\n' "$*" >&2; }
die() {
	printf '[start] ERROR: %s\n' "$*" >&2
	exit 1
}
elapsed() { echo "$(($(date +%s) - started_at))s"; }

fresh=0
for arg in "$@"; do
	case $arg in
	--fresh) fresh=1 ;;
	-h | --help)
		sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
		exit 0
		;;
	*) die "unknown option: $arg (try --help)" ;;
	esac
done

# 1. JavaScript dependencies (wp-env, Playground, the build tools).
if [ ! -x node_modules/.bin/wp-env ] || [ ! -d node_modules/@wp-playground/cli ]; then
	log "node_modules missing: running npm install"
	npm install
fi

# 2. The plugin's compiled assets. Sources are still being written: a failing build is not fatal.
if [ ! -d plugin/build ]; then
	log "plugin/build missing: running npm run build"
	if ! npm run build; then
		warn "npm run build failed: the site starts anyway, without the compiled blocks/scripts."
	fi
fi

# 3. WordPress core (from Debian's archive; re-runnable, no-op when already there).
bash scripts/fetch-wordpress.sh
wp_version=$(cat "$repo/.cache/wordpress/VERSION")

# 4. Is it already running? wp-env keeps its files in $WP_ENV_HOME/<md5 of the .wp-env.json path>,
#    the same folder we seed below (wp-env prefers that "legacy" name whenever it exists).
work_dir=$WP_ENV_HOME/$(node -e '
	const md5 = require( "./node_modules/@wordpress/env/lib/md5.js" );
	process.stdout.write( md5( require( "path" ).resolve( ".wp-env.json" ) ) );
')
pid_file=$work_dir/playground.pid
if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
	if [ "$fresh" = 1 ]; then
		log "stopping the running site first (--fresh)"
		bash scripts/stop.sh
	else
		log "already running (pid $(cat "$pid_file")); use 'npm run stop' first to restart it"
		already_running=1
	fi
fi

if [ -z "${already_running:-}" ]; then
	if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
		die "port $port is already in use by another program; free it and run npm start again."
	fi

	# 5. The core folder the site runs on. Playground writes wp-config.php and the SQLite database
	#    (wp-content/database/) into it, so it is a copy, never the cached original. It is kept
	#    between runs (so the site's content survives a restart) while the WordPress version is
	#    unchanged; a new version or --fresh replaces it with a clean copy.
	if [ "$fresh" = 1 ] || [ ! -f "$core_copy/wp-includes/version.php" ] ||
		[ "$(cat "$core_stamp" 2>/dev/null)" != "$wp_version" ]; then
		log "preparing a clean copy of WordPress $wp_version in ${core_copy#"$repo"/}"
		rm -rf "$core_copy" "$core_stamp"
		cp -a "$core_src" "$core_copy.tmp"
		mv "$core_copy.tmp" "$core_copy"
		echo "$wp_version" >"$core_stamp"
	else
		log "reusing ${core_copy#"$repo"/} (WordPress $wp_version, content from the previous run kept; --fresh resets it)"
	fi

	# 6. wp-env asks wordpress.org for the latest WordPress version even when "core" is a local
	#    folder; offline it falls back to its cache file, so seed it.
	mkdir -p "$work_dir"
	node -e '
		const fs = require( "fs" );
		const [ file, version ] = process.argv.slice( 1 );
		let cache = {};
		try { cache = JSON.parse( fs.readFileSync( file, "utf8" ) ); } catch {}
		if ( ! cache.latestWordPressVersion ) {
			cache.latestWordPressVersion = version;
			fs.writeFileSync( file, JSON.stringify( cache ) );
		}
	' "$work_dir/wp-env-cache.json" "$wp_version"

	# 7. Start. wp-env spawns the Playground server detached and returns once it answers.
	log "starting WordPress $wp_version with wp-env (Playground runtime) on port $port"
	if ! node_modules/.bin/wp-env start --runtime=playground; then
		[ -f "$work_dir/playground.log" ] && tail -n 40 "$work_dir/playground.log" >&2
		die "wp-env could not start the site (log: ${work_dir#"$repo"/}/playground.log)"
	fi
fi

# 8. Wait for the demo page (the webinars-demo mu-plugin creates it on the first request).
#    ?pagename= works with any permalink setting; the page's canonical link gives its real URL.
#    The cookie skips Playground's auto-login (which answers a cookie-less request with a 302 to
#    itself), so this checks the page as an anonymous visitor sees it.
log "waiting for the demo page"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
code=
for _ in $(seq 1 90); do
	code=$(curl -sS -L -o "$tmp/demo.html" -w '%{http_code}' --max-time 20 \
		-b playground_auto_login_already_happened=1 "$site_url/?pagename=demo-webinar" 2>/dev/null || true)
	[ "$code" = 200 ] && break
	sleep 2
done
[ "$code" = 200 ] || die "the demo page did not answer HTTP 200 (last: ${code:-no answer}); see ${work_dir#"$repo"/}/playground.log"
demo_url=$(sed -n 's/.*<link rel="canonical" href="\([^"]*\)".*/\1/p' "$tmp/demo.html" | head -n 1)
demo_url=${demo_url:-$site_url/?pagename=demo-webinar}

# 9. Check that the plugin is active, as the admin (Playground logs every new browser in as admin).
plugin_state="Webinars plugin active"
curl -sS -L -c "$tmp/jar" -b "$tmp/jar" -o "$tmp/plugins.html" --max-time 30 "$site_url/wp-admin/plugins.php" 2>/dev/null || true
if ! grep -q '<tr class="active[^"]*" data-slug="webinars"' "$tmp/plugins.html" 2>/dev/null; then
	plugin_state="Webinars plugin NOT active (see wp-admin/plugins.php and wp-content/debug.log)"
	warn "$plugin_state"
fi

cat <<EOF

  Webinars dev site is ready ($(elapsed)) - WordPress $wp_version, $plugin_state.

    Site:       $site_url/
    Demo page:  $demo_url
    wp-admin:   $site_url/wp-admin/
    Login:      admin / password  (Playground logs every new browser in as admin)
    Attendee:   attendee / attendee  (to see the attendee view as an attendee: log out,
                log in as attendee at /wp-login.php, open the demo page)

    Stop it:    npm run stop
    Server log: ${work_dir#"$repo"/}/playground.log

EOF
