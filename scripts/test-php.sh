#!/usr/bin/env bash
# PHPUnit integration tests against real WordPress + MariaDB (phpunit.xml.dist, tests/phpunit).
# Starts the stack's MariaDB if it is not running (and stops it again afterwards); arguments go to phpunit:
#   bash scripts/test-php.sh --filter IsolationTest
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
# shellcheck source=lib/stack.sh
source "$repo/scripts/lib/stack.sh"

[ -x vendor/bin/phpunit ] || { echo "vendor/bin/phpunit missing: run bash scripts/install-deps.sh" >&2; exit 1; }
[ -f .cache/wordpress/core/wp-settings.php ] || bash scripts/fetch-wordpress.sh

stack_lock
started_db=0
if ! stack_db_running; then
	stack_db_start
	started_db=1
fi
cleanup() { [ "$started_db" = 1 ] && stack_db_stop; return 0; }
trap cleanup EXIT

vendor/bin/phpunit "$@"
