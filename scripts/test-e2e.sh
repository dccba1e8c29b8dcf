#!/usr/bin/env bash
# Playwright end-to-end tests against the nginx/php-fpm/MariaDB site (scripts/lib/stack.sh):
# starts the stack if it is not running (and stops it again afterwards), re-installs the site from scratch
# (scripts/wp-install.php --fresh), then runs `npx playwright test` with any arguments given:
#   bash scripts/test-e2e.sh tests/e2e/admin-and-demo.spec.ts --headed
#   bash scripts/test-e2e.sh --from-zip    (what npm test runs: the plugin installed from its zip)
# WEBINARS_E2E_KEEP_SITE=1 keeps the current site's database instead of re-installing it.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
# shellcheck source=lib/stack.sh
source "$repo/scripts/lib/stack.sh"

# --from-zip: run the site on the shipped artifact (npm run plugin-zip) instead of a symlink to plugin/.
if [ "${1:-}" = --from-zip ]; then
	shift
	bash scripts/plugin-zip.sh "$repo/.cache/stack/webinars.zip"
	export WEBINARS_PLUGIN_ZIP=$repo/.cache/stack/webinars.zip
fi

stack_lock
started=0
cleanup() {
	local rc=$?
	if [ "$rc" != 0 ]; then
		echo "e2e failed (exit $rc); server logs ($STACK_LOGS):" >&2
		stack_print_logs 40
		echo "Playwright traces/screenshots: $repo/artifacts/test-results (npx playwright show-trace <trace.zip>)" >&2
	fi
	[ "$started" = 1 ] && stack_stop
	return 0
}
trap cleanup EXIT

if ! stack_running; then
	started=1
	stack_start
else
	stack_site_prepare # refresh wp-config and the plugin / mu-plugin links
fi

if [ "${WEBINARS_E2E_KEEP_SITE:-0}" = 1 ]; then
	php scripts/wp-install.php
else
	php scripts/wp-install.php --fresh
fi
# First request builds the rewrite rules (and lets mu-plugins set up demo content) before the browser comes.
php -r '$c = stream_context_create(["http" => ["timeout" => 60]]); exit(false === @file_get_contents($argv[1], false, $c) ? 1 : 0);' "$STACK_URL/" || { echo "the site does not answer at $STACK_URL" >&2; exit 1; }

npx playwright test "$@"
