#!/usr/bin/env bash
# Installs what the tests need and is missing; quick (a few checks) when everything is there.
#   1. Debian packages (php-fpm + extensions, nginx, MariaDB, Chromium, ...) via apt-get
#   2. Composer packages when vendor/ is missing or composer.json changed since the last install
#   3. npm packages when node_modules/ is missing or package.json / package-lock.json changed
#   4. WordPress core into .cache/wordpress/core (scripts/fetch-wordpress.sh)
# Environment: WEBINARS_SKIP_APT=1 skips step 1.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

log() { printf '[install-deps] %s\n' "$*" >&2; }

# ---------------------------------------------------------------- 1. Debian packages
apt_packages=(
	php8.2-cli php8.2-fpm php8.2-mysql php8.2-sqlite3 php8.2-xml php8.2-mbstring php8.2-curl php8.2-intl
	nginx mariadb-server mariadb-client chromium fonts-liberation unzip wrk python3
)
if [ "${WEBINARS_SKIP_APT:-0}" != 1 ]; then
	missing=()
	for pkg in "${apt_packages[@]}"; do
		status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
		[ "$status" = "install ok installed" ] || missing+=("$pkg")
	done
	if [ "${#missing[@]}" -gt 0 ]; then
		sudo=()
		[ "$(id -u)" -eq 0 ] || sudo=(sudo)
		log "apt-get install ${missing[*]}"
		export DEBIAN_FRONTEND=noninteractive
		# Keep the packages' own services (nginx on :80, MariaDB on :3306, php-fpm) from starting:
		# the stack runs private instances. policy-rc.d exit 101 = "action forbidden".
		policy=/usr/sbin/policy-rc.d
		own_policy=0
		if [ ! -e "$policy" ]; then
			printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
			"${sudo[@]}" chmod +x "$policy"
			own_policy=1
		fi
		rc=0
		"${sudo[@]}" apt-get update -qq || rc=$?
		if [ "$rc" = 0 ]; then
			"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
				-o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}" || rc=$?
		fi
		[ "$own_policy" = 1 ] && "${sudo[@]}" rm -f "$policy"
		if [ "$rc" != 0 ]; then
			log "apt-get failed (exit $rc)"
			exit "$rc"
		fi
		# Without systemd the packages may still have spawned their services; the stack needs none of them.
		for svc in nginx mariadb php8.2-fpm; do
			if command -v service >/dev/null 2>&1 && service "$svc" status >/dev/null 2>&1; then
				log "stopping the system's $svc service (the stack runs its own)"
				"${sudo[@]}" service "$svc" stop >/dev/null 2>&1 || true
			fi
		done
	fi
fi

# ---------------------------------------------------------------- 2. Composer
# up_to_date DIR MARKER HASH REFERENCE_FILE INPUTS...: the marker holds HASH; without a marker (installed by
# hand), DIR counts as up to date when none of the inputs is newer than npm's/composer's own record of it.
up_to_date() {
	local dir=$1 marker=$2 want=$3 record=$4 f
	shift 4
	[ -d "$dir" ] || return 1
	if [ -f "$marker" ]; then
		[ "$(cat "$marker")" = "$want" ]
		return
	fi
	[ -f "$record" ] || return 1
	for f in "$@"; do
		[ -f "$f" ] && [ "$f" -nt "$record" ] && return 1
	done
	echo "$want" >"$marker"
}

# Only the fields that change what gets installed count (editing "scripts" does not trigger a reinstall).
composer_hash=$( {
	php -r '$j = json_decode(file_get_contents("composer.json"), true); foreach (["require", "require-dev", "autoload", "autoload-dev", "repositories", "config", "minimum-stability"] as $k) { echo json_encode($j[$k] ?? null), "\n"; }'
	cat composer.lock 2>/dev/null || true
} | sha256sum | cut -c1-64)
if ! [ -f vendor/autoload.php ] ||
	! up_to_date vendor vendor/.webinars-deps "$composer_hash" vendor/composer/installed.json composer.json composer.lock; then
	log "composer install"
	composer install --no-interaction --no-progress --prefer-dist
	echo "$composer_hash" >vendor/.webinars-deps
fi

# ---------------------------------------------------------------- 3. npm
npm_deps_hash() {
	{
		node -e 'const j = require("./package.json"); for (const k of ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies", "overrides", "workspaces"]) console.log(JSON.stringify(j[k] ?? null));'
		cat package-lock.json 2>/dev/null || true
	} | sha256sum | cut -c1-64
}
npm_hash=$(npm_deps_hash)
if ! up_to_date node_modules node_modules/.webinars-deps "$npm_hash" node_modules/.package-lock.json \
	package.json package-lock.json; then
	export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 # Debian's chromium is used (playwright.config.ts)
	# `npm install` honours package-lock.json. Not `npm ci`: npm 11 rejects this lock file for the
	# optional per-platform packages it leaves out (@unrs/resolver-binding-*), a known npm bug.
	log "npm install"
	npm install --no-audit --no-fund --loglevel=error
	# package-lock.json may have been written by npm install: hash what is there now
	npm_deps_hash >node_modules/.webinars-deps
fi

# ---------------------------------------------------------------- 4. WordPress core
bash scripts/fetch-wordpress.sh
