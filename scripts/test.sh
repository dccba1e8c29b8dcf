#!/usr/bin/env bash
# The one test command (`npm test`, also run by .ci/run): installs what is missing, runs every check and
# test suite, and exits non-zero on the first failure. Services (MariaDB, php-fpm, nginx) are started once
# for PHPUnit and e2e and always stopped again.
#
# Steps, in order:  deps contracts lint-js lint-types lint-php unit build bundles i18n phpunit e2e
#   WEBINARS_SKIP=lint,unit   skip steps: a name skips that step, a prefix before '-' skips the group
#                             (lint = lint-js, lint-types, lint-php)
#   WEBINARS_ONLY=phpunit,e2e run only these steps (same names)
#
# In a git checkout the run must not change the work tree: it fails when the deps step leaves files
# changed or untracked (a rewritten package-lock.json, say), and when the tree differs at the end from what
# it was at the start (what was already dirty may stay so; the run must not touch it). Ignored files
# (.cache, node_modules, plugin/build, ...) do not count.
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
# shellcheck source=lib/stack.sh
source "$repo/scripts/lib/stack.sh"

steps=(deps contracts lint-js lint-types lint-php unit build bundles i18n phpunit e2e)
declare -A step_cmd=(
	[deps]="bash scripts/install-deps.sh"
	[contracts]="npm run --silent contracts:check"
	[lint-js]="npm run --silent lint:js"
	[lint-types]="npm run --silent lint:types"
	[lint-php]="npm run --silent lint:php"
	[unit]="npm run --silent test:unit"
	[build]="npm run --silent build"
	[bundles]="node scripts/check-bundles.mjs"
	[i18n]="npm run --silent i18n:check"
	[phpunit]="bash scripts/test-php.sh"
	[e2e]="bash scripts/test-e2e.sh --from-zip"
)

in_list() { # name comma-list
	local name=$1 item
	IFS=',' read -ra items <<<"${2// /}"
	for item in "${items[@]}"; do
		[ -n "$item" ] || continue
		[ "$name" = "$item" ] || [ "${name%%-*}" = "$item" ] && return 0
	done
	return 1
}
for list in "${WEBINARS_SKIP:-}" "${WEBINARS_ONLY:-}"; do
	IFS=',' read -ra items <<<"${list// /}"
	for item in "${items[@]}"; do
		known=0
		for s in "${steps[@]}"; do [ "$s" = "$item" ] || [ "${s%%-*}" = "$item" ] && known=1; done
		[ "$known" = 1 ] || { echo "unknown step '$item' (steps: ${steps[*]})" >&2; exit 2; }
	done
done

# ---------------------------------------------------------------- the work tree stays as it was
in_git=0
git rev-parse --is-inside-work-tree >/dev/null 2>&1 && in_git=1

# One line per changed, deleted or untracked path (not ignored), with the hash of what is there now, so a
# file that was dirty before the run and that the run rewrites counts as changed too.
tree_state() {
	local entry hash
	[ "$in_git" = 1 ] || return 0
	git status --porcelain=v1 -z --untracked-files=all | while IFS= read -r -d '' entry; do
		case ${entry:0:1} in R | C) IFS= read -r -d '' _ ;; esac # the rename's source path follows
		hash=-
		[ -f "${entry:3}" ] && hash=$(git hash-object -- "${entry:3}")
		printf '%s %s\n' "$hash" "$entry"
	done | LC_ALL=C sort
}
tree_at_start=$(tree_state)

# Paths whose state differs from the start of the run, one per line.
tree_changes() {
	LC_ALL=C comm -3 <(printf '%s\n' "$tree_at_start") <(tree_state) |
		sed -e 's/^\t//' -e '/^$/d' | cut -d' ' -f2- | cut -c4- | LC_ALL=C sort -u
}

# tree_check WHEN: names the changed paths (with git's status now) and returns 1 when there are any.
tree_check() {
	local paths=() path
	mapfile -t paths < <(tree_changes)
	[ "${#paths[@]}" = 0 ] && return 0
	echo "the work tree changed $1:" >&2
	for path in "${paths[@]}"; do
		printf '  %s  %s\n' "$(git status --porcelain=v1 --untracked-files=all -- "$path" | cut -c1-2 | head -n1 || true)" "$path" >&2
	done
	git --no-pager diff --stat -- "${paths[@]}" >&2 2>/dev/null || true
	return 1
}

summary=()
passed=0 failed=0 skipped=0
started_stack=0
t0=$SECONDS

print_summary() {
	local line
	echo
	echo "==================== summary ===================="
	for line in "${summary[@]}"; do echo "$line"; done
	printf '  total %ss\n' "$((SECONDS - t0))"
	echo "steps: $passed passed, $failed failed, $skipped skipped"
}

finish() {
	local rc=$?
	if [ "$started_stack" = 1 ]; then
		echo
		stack_stop
	fi
	if [ "$in_git" = 1 ]; then
		if tree_check "during this run"; then
			summary+=("$(printf '  PASS  %-11s work tree as it was at the start' "tree")")
		else
			summary+=("$(printf '  FAIL  %-11s the run changed: %s' "tree" "$(tree_changes | paste -sd' ')")")
			failed=$((failed + 1))
			[ "$rc" = 0 ] && rc=1
		fi
	fi
	print_summary
	exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT TERM

banner() { if [ -t 1 ]; then printf '\n\033[1m==================== %s ====================\033[0m\n' "$*"; else printf '\n==================== %s ====================\n' "$*"; fi; }

for step in "${steps[@]}"; do
	if { [ -n "${WEBINARS_ONLY:-}" ] && ! in_list "$step" "$WEBINARS_ONLY"; } || in_list "$step" "${WEBINARS_SKIP:-}"; then
		summary+=("$(printf '  SKIP  %-11s' "$step")")
		skipped=$((skipped + 1))
		continue
	fi
	if { [ "$step" = phpunit ] || [ "$step" = e2e ]; } && [ "$started_stack" = 0 ] && stack_lock && ! stack_running; then
		banner "stack: start"
		start=$SECONDS
		if ! stack_start; then
			summary+=("$(printf '  FAIL  %-11s could not start the stack' "stack")")
			failed=$((failed + 1))
			banner "FAILED: stack start (logs in $STACK_LOGS)"
			exit 1
		fi
		started_stack=1
		summary+=("$(printf '  PASS  %-11s %4ss' "stack" "$((SECONDS - start))")")
	fi
	banner "$step: ${step_cmd[$step]}"
	start=$SECONDS
	${step_cmd[$step]}
	rc=$?
	if [ "$rc" = 0 ] && [ "$step" = deps ] && [ "$in_git" = 1 ] && ! tree_check "in the install step"; then
		echo "the install must leave a clean checkout clean: commit what it writes, or make it stop writing" >&2
		rc=1
	fi
	took=$((SECONDS - start))
	if [ "$rc" != 0 ]; then
		summary+=("$(printf '  FAIL  %-11s %4ss  (exit %s: %s)' "$step" "$took" "$rc" "${step_cmd[$step]}")")
		failed=$((failed + 1))
		banner "FAILED: $step (exit $rc) — ${step_cmd[$step]}"
		exit "$rc"
	fi
	summary+=("$(printf '  PASS  %-11s %4ss' "$step" "$took")")
	passed=$((passed + 1))
done
