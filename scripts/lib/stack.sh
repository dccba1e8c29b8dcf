#!/usr/bin/env bash
# Local service stack for tests and development: MariaDB + php-fpm + nginx serving a WordPress site,
# all with private config/data/logs under .cache/stack, listening on 127.0.0.1 only, run as root.
#
#   bash scripts/lib/stack.sh start|stop|restart|status|logs|env
#   source scripts/lib/stack.sh; stack_start; ...; stack_stop
#
# Environment (all optional):
#   WEBINARS_E2E_PORT   nginx port of the site            (default 8889)
#   WEBINARS_DB_PORT    MariaDB TCP port on 127.0.0.1     (default 3399)
#   WEBINARS_STACK_DIR  where everything lives            (default <repo>/.cache/stack)
#   WEBINARS_WP_CRON    1 = let WP-Cron run on page loads (default 0: DISABLE_WP_CRON)
#
# Layout of $WEBINARS_STACK_DIR:
#   conf/    generated my.cnf, php-fpm.conf, nginx.conf, wp-site.php (constants of the site)
#   db/      MariaDB datadir            run/  sockets + pid files           tmp/ nginx temp dirs
#   site/    a real copy of .cache/wordpress/core (+ wp-config.php, plugins/webinars -> <repo>/plugin,
#            mu-plugins/* -> <repo>/dev/mu-plugins/*)
#   logs/    (logs.previous/ = those of the run before) mariadb.log php-fpm.log php-error.log nginx-error.log nginx-access.log wp-debug.log mail.log
#   bin/     sendmail stand-in (mails from php-fpm are appended to logs/mail.log)

# shellcheck disable=SC2034  # variables are used by the scripts that source this file
STACK_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STACK_DIR=${WEBINARS_STACK_DIR:-$STACK_REPO/.cache/stack}
STACK_WP_CORE=${WEBINARS_WP_CORE:-$STACK_REPO/.cache/wordpress/core}
STACK_HTTP_PORT=${WEBINARS_E2E_PORT:-8889}
STACK_DB_PORT=${WEBINARS_DB_PORT:-3399}
STACK_URL="http://127.0.0.1:$STACK_HTTP_PORT"
STACK_DB_USER=webinars
STACK_DB_PASSWORD=webinars
STACK_DB_NAME=webinars
STACK_DB_HOST="127.0.0.1:$STACK_DB_PORT"
STACK_SITE=$STACK_DIR/site
STACK_LOGS=$STACK_DIR/logs
STACK_RUN=$STACK_DIR/run
STACK_CONF=$STACK_DIR/conf
STACK_DB_SOCKET=$STACK_RUN/mysqld.sock
STACK_FPM_SOCKET=$STACK_RUN/php-fpm.sock
STACK_SITE_CONSTANTS=$STACK_CONF/wp-site.php
export WEBINARS_E2E_PORT=$STACK_HTTP_PORT WEBINARS_DB_PORT=$STACK_DB_PORT WEBINARS_STACK_DIR=$STACK_DIR
# scripts/wp-install.php installs the site of THIS stack (another WEBINARS_STACK_DIR never touches the default one).
export WEBINARS_WP_CONFIG=$STACK_SITE_CONSTANTS
export WP_BASE_URL=$STACK_URL

stack_log() { printf '[stack] %s\n' "$*" >&2; }

_stack_find() { # first existing command among the arguments
	local c
	for c in "$@"; do
		if command -v "$c" >/dev/null 2>&1; then command -v "$c"; return 0; fi
		if [ -x "$c" ]; then echo "$c"; return 0; fi
	done
	return 1
}

_stack_pid_alive() { # pidfile
	local pid
	[ -s "$1" ] || return 1
	pid=$(cat "$1" 2>/dev/null) || return 1
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

_stack_wait() { # seconds description command...
	local deadline=$((SECONDS + $1)) what=$2
	shift 2
	until "$@" >/dev/null 2>&1; do
		if [ "$SECONDS" -ge "$deadline" ]; then
			stack_log "timed out waiting for $what"
			return 1
		fi
		sleep 0.2
	done
}

_stack_stop_pidfile() { # name pidfile [signal]
	local name=$1 pidfile=$2 sig=${3:-TERM} pid i
	if ! _stack_pid_alive "$pidfile"; then
		rm -f "$pidfile"
		return 0
	fi
	pid=$(cat "$pidfile")
	kill -"$sig" "$pid" 2>/dev/null || true
	for i in $(seq 1 100); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	if kill -0 "$pid" 2>/dev/null; then
		stack_log "$name (pid $pid) did not stop in 10s: killing it"
		kill -KILL "$pid" 2>/dev/null || true
		sleep 0.2
	fi
	rm -f "$pidfile"
	stack_log "$name stopped"
}

_stack_dirs() {
	mkdir -p "$STACK_LOGS" "$STACK_RUN" "$STACK_CONF" "$STACK_DIR/tmp" "$STACK_DIR/bin"
	# unix socket paths are limited to 107 bytes
	if [ "${#STACK_DB_SOCKET}" -gt 100 ]; then
		stack_log "path too long for unix sockets: $STACK_RUN (set WEBINARS_STACK_DIR to a shorter path)"
		return 1
	fi
}

# Serialises test runs that share this stack (several people in one work tree): held until the calling
# shell exits; a no-op in children of a holder (WEBINARS_STACK_LOCKED is exported). Daemons are started
# with fd 9 closed so they do not keep the lock.
stack_lock() {
	[ -n "${WEBINARS_STACK_LOCKED:-}" ] && return 0
	command -v flock >/dev/null 2>&1 || return 0
	mkdir -p "$STACK_DIR"
	exec 9>>"$STACK_DIR/.lock"
	if ! flock -n 9; then
		stack_log "another test run is using $STACK_DIR: waiting for it (at most ${WEBINARS_LOCK_TIMEOUT:-1200}s)"
		flock -w "${WEBINARS_LOCK_TIMEOUT:-1200}" 9 || { stack_log "gave up waiting for $STACK_DIR/.lock"; return 1; }
	fi
	export WEBINARS_STACK_LOCKED=$$
}

# ---------------------------------------------------------------- MariaDB
_stack_mysql_bin() { _stack_find mariadb mysql; }

stack_db_cli() { # run the mariadb client as root over the private socket: stack_db_cli -e 'SQL'
	"$(_stack_mysql_bin)" --no-defaults --protocol=socket --socket="$STACK_DB_SOCKET" -uroot "$@"
}

stack_db_running() {
	_stack_pid_alive "$STACK_RUN/mariadb.pid" && [ -S "$STACK_DB_SOCKET" ]
}

stack_db_start() {
	_stack_dirs || return 1
	if stack_db_running; then
		stack_log "MariaDB already running on $STACK_DB_HOST"
		return 0
	fi
	local mariadbd install_db
	mariadbd=$(_stack_find mariadbd mysqld /usr/sbin/mariadbd /usr/sbin/mysqld) || {
		stack_log "mariadbd not found (apt-get install mariadb-server; or run scripts/install-deps.sh)"
		return 1
	}
	install_db=$(_stack_find mariadb-install-db mysql_install_db) || {
		stack_log "mariadb-install-db not found"
		return 1
	}
	rm -f "$STACK_DB_SOCKET" "$STACK_RUN/mariadb.pid"
	cat >"$STACK_CONF/my.cnf" <<CNF
[mysqld]
user = root
datadir = $STACK_DIR/db
socket = $STACK_DB_SOCKET
pid-file = $STACK_RUN/mariadb.pid
log-error = $STACK_LOGS/mariadb.log
bind-address = 127.0.0.1
port = $STACK_DB_PORT
tmpdir = $STACK_DIR/tmp
skip-name-resolve
skip-log-bin
default-storage-engine = InnoDB
character-set-server = utf8mb4
collation-server = utf8mb4_unicode_ci
performance_schema = OFF
max_connections = 100
innodb_buffer_pool_size = 128M
innodb_log_file_size = 48M
innodb_flush_log_at_trx_commit = 2
innodb_doublewrite = 0
innodb_use_native_aio = 0
sync_binlog = 0
CNF
	if [ ! -d "$STACK_DIR/db/mysql" ]; then
		stack_log "initialising MariaDB datadir $STACK_DIR/db"
		rm -rf "$STACK_DIR/db"
		if ! "$install_db" --defaults-file="$STACK_CONF/my.cnf" --auth-root-authentication-method=socket \
			--skip-test-db >"$STACK_LOGS/mariadb-install.log" 2>&1; then
			stack_log "mariadb-install-db failed:"
			tail -n 30 "$STACK_LOGS/mariadb-install.log" >&2
			rm -rf "$STACK_DIR/db"
			return 1
		fi
	fi
	# setsid: own session, so the server survives the shell that started it and no Ctrl-C reaches it
	setsid "$mariadbd" --defaults-file="$STACK_CONF/my.cnf" </dev/null 9>&- >>"$STACK_LOGS/mariadb.log" 2>&1 &
	if ! _stack_wait 60 "MariaDB" stack_db_cli -e 'SELECT 1'; then
		tail -n 30 "$STACK_LOGS/mariadb.log" >&2
		return 1
	fi
	# a password user for WordPress, reachable over TCP (127.0.0.1) and the socket (localhost);
	# global privileges so the test bootstrap can drop/create its own databases.
	stack_db_cli <<SQL || { stack_log "could not create the WordPress database user"; return 1; }
CREATE USER IF NOT EXISTS '$STACK_DB_USER'@'127.0.0.1' IDENTIFIED BY '$STACK_DB_PASSWORD';
CREATE USER IF NOT EXISTS '$STACK_DB_USER'@'localhost' IDENTIFIED BY '$STACK_DB_PASSWORD';
GRANT ALL PRIVILEGES ON *.* TO '$STACK_DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON *.* TO '$STACK_DB_USER'@'localhost';
CREATE DATABASE IF NOT EXISTS \`$STACK_DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
SQL
	stack_log "MariaDB up on $STACK_DB_HOST (socket $STACK_DB_SOCKET), user $STACK_DB_USER/$STACK_DB_PASSWORD"
}

stack_db_stop() { _stack_stop_pidfile MariaDB "$STACK_RUN/mariadb.pid"; }

# ---------------------------------------------------------------- WordPress site files
_stack_salts() {
	php -r 'foreach (["AUTH_KEY","SECURE_AUTH_KEY","LOGGED_IN_KEY","NONCE_KEY","AUTH_SALT","SECURE_AUTH_SALT","LOGGED_IN_SALT","NONCE_SALT"] as $k) { printf("define( %s, %s );\n", var_export($k, true), var_export(bin2hex(random_bytes(32)), true)); }'
}

stack_site_prepare() {
	_stack_dirs || return 1
	if [ ! -f "$STACK_WP_CORE/wp-includes/version.php" ]; then
		stack_log "WordPress core missing in $STACK_WP_CORE: running scripts/fetch-wordpress.sh"
		bash "$STACK_REPO/scripts/fetch-wordpress.sh" || return 1
	fi
	local want have=""
	want=$(cat "$STACK_WP_CORE/../VERSION" 2>/dev/null || md5sum "$STACK_WP_CORE/wp-includes/version.php" | cut -c1-32)
	[ -f "$STACK_SITE/.core-version" ] && have=$(cat "$STACK_SITE/.core-version")
	if [ "$want" != "$have" ] || [ ! -f "$STACK_SITE/wp-settings.php" ]; then
		stack_log "copying WordPress $want into $STACK_SITE"
		rm -rf "$STACK_SITE.new"
		cp -a "$STACK_WP_CORE" "$STACK_SITE.new"
		if [ -d "$STACK_SITE/wp-content/uploads" ]; then
			mv "$STACK_SITE/wp-content/uploads" "$STACK_SITE.new/wp-content/uploads"
		fi
		rm -rf "$STACK_SITE" && mv "$STACK_SITE.new" "$STACK_SITE"
		echo "$want" >"$STACK_SITE/.core-version"
	fi
	mkdir -p "$STACK_SITE/wp-content/uploads" "$STACK_SITE/wp-content/mu-plugins"
	local plugin_dir=$STACK_SITE/wp-content/plugins/webinars
	if [ -n "${WEBINARS_PLUGIN_ZIP:-}" ]; then
		# Run the shipped artifact (npm run plugin-zip), not the source tree: proves the zip works
		# with no build step, and makes the plugin folder a real one that wp-admin may delete.
		[ -L "$plugin_dir" ] && rm -f "$plugin_dir"
		rm -rf "$plugin_dir"
		python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' \
			"$WEBINARS_PLUGIN_ZIP" "$STACK_SITE/wp-content/plugins"
		stack_log "plugin installed from $WEBINARS_PLUGIN_ZIP"
	else
		[ -d "$plugin_dir" ] && [ ! -L "$plugin_dir" ] && rm -rf "$plugin_dir"
		ln -sfn "$STACK_REPO/plugin" "$plugin_dir"
	fi
	# mu-plugins: one symlink per file of dev/mu-plugins; drop links whose target is gone
	local f
	for f in "$STACK_SITE/wp-content/mu-plugins"/*; do
		[ -L "$f" ] && [ ! -e "$f" ] && rm -f "$f"
	done
	if [ -d "$STACK_REPO/dev/mu-plugins" ]; then
		for f in "$STACK_REPO/dev/mu-plugins"/*; do
			[ -e "$f" ] || continue
			ln -sfn "$f" "$STACK_SITE/wp-content/mu-plugins/$(basename "$f")"
		done
	fi
	[ -f "$STACK_CONF/salts.php" ] || { echo '<?php'; _stack_salts; } >"$STACK_CONF/salts.php"
	local cron=true
	[ "${WEBINARS_WP_CRON:-0}" = 1 ] && cron=false
	# Constants only (used by scripts/wp-install.php --config=...); wp-config.php adds wp-settings.php.
	cat >"$STACK_SITE_CONSTANTS" <<PHP
<?php
// Generated by scripts/lib/stack.sh: do not edit (rewritten on every stack start).
define( 'DB_NAME', '$STACK_DB_NAME' );
define( 'DB_USER', '$STACK_DB_USER' );
define( 'DB_PASSWORD', '$STACK_DB_PASSWORD' );
define( 'DB_HOST', '$STACK_DB_HOST' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
\$table_prefix = 'wp_';
require __DIR__ . '/salts.php';
define( 'WP_HOME', '$STACK_URL' );
define( 'WP_SITEURL', '$STACK_URL' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$STACK_LOGS/wp-debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'SCRIPT_DEBUG', false );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'DISABLE_WP_CRON', $cron );
define( 'WP_HTTP_BLOCK_EXTERNAL', true ); // no internet here: fail fast instead of waiting on api.wordpress.org
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', '$STACK_SITE/' );
}
PHP
	cat >"$STACK_SITE/wp-config.php" <<PHP
<?php
// Generated by scripts/lib/stack.sh.
require '$STACK_SITE_CONSTANTS';
require_once ABSPATH . 'wp-settings.php';
PHP
	# No internet here: keep WordPress from trying (and logging warnings about) update checks.
	cat >"$STACK_SITE/wp-content/mu-plugins/00-webinars-stack.php" <<'PHP'
<?php
/**
 * Generated by scripts/lib/stack.sh (test/dev stack only): no update checks against wordpress.org.
 *
 * @package Webinars
 */

$webinars_stack_no_updates = static function () {
	return (object) array(
		'last_checked'    => time(),
		'version_checked' => $GLOBALS['wp_version'],
		'updates'         => array(),
		'translations'    => array(),
		'response'        => array(),
		'no_update'       => array(),
		'checked'         => array(),
	);
};
add_filter( 'pre_site_transient_update_core', $webinars_stack_no_updates );
add_filter(
	'pre_site_transient_update_plugins',
	static function () use ( $webinars_stack_no_updates ) {
		if ( ! function_exists( 'get_plugins' ) ) {
			require_once ABSPATH . 'wp-admin/includes/plugin.php';
		}
		$state = $webinars_stack_no_updates();
		foreach ( get_plugins() as $file => $data ) {
			$state->checked[ $file ] = $data['Version'];
		}
		return $state;
	}
);
add_filter(
	'pre_site_transient_update_themes',
	static function () use ( $webinars_stack_no_updates ) {
		$state = $webinars_stack_no_updates();
		foreach ( wp_get_themes() as $slug => $theme ) {
			$state->checked[ $slug ] = $theme->get( 'Version' );
		}
		return $state;
	}
);
add_filter( 'automatic_updater_disabled', '__return_true' );
PHP
	cat >"$STACK_DIR/bin/sendmail" <<SH
#!/bin/sh
# stand-in for sendmail: appends each message to the stack's mail log
{ echo "=== \$(date '+%Y-%m-%d %H:%M:%S') sendmail \$*"; cat; echo; } >>"$STACK_LOGS/mail.log"
SH
	chmod +x "$STACK_DIR/bin/sendmail"
}

# ---------------------------------------------------------------- php-fpm
stack_fpm_running() { _stack_pid_alive "$STACK_RUN/php-fpm.pid" && [ -S "$STACK_FPM_SOCKET" ]; }

stack_fpm_start() {
	_stack_dirs || return 1
	if stack_fpm_running; then
		stack_log "php-fpm already running"
		return 0
	fi
	local fpm
	fpm=$(_stack_find php-fpm8.2 php-fpm /usr/sbin/php-fpm8.2) || {
		stack_log "php-fpm not found (apt-get install php8.2-fpm)"
		return 1
	}
	rm -f "$STACK_FPM_SOCKET" "$STACK_RUN/php-fpm.pid"
	cat >"$STACK_CONF/php-fpm.conf" <<CONF
[global]
pid = $STACK_RUN/php-fpm.pid
error_log = $STACK_LOGS/php-fpm.log
daemonize = yes

[webinars]
user = root
group = root
listen = $STACK_FPM_SOCKET
listen.mode = 0660
pm = dynamic
pm.max_children = 6
pm.start_servers = 2
pm.min_spare_servers = 1
pm.max_spare_servers = 3
pm.max_requests = 500
request_terminate_timeout = 120s
catch_workers_output = yes
decorate_workers_output = no
clear_env = no
php_admin_value[error_log] = $STACK_LOGS/php-error.log
php_admin_flag[log_errors] = on
php_admin_flag[display_errors] = off
php_admin_value[error_reporting] = E_ALL
php_admin_value[memory_limit] = 512M
php_admin_value[upload_max_filesize] = 64M
php_admin_value[post_max_size] = 64M
php_admin_value[max_execution_time] = 120
php_admin_value[sendmail_path] = $STACK_DIR/bin/sendmail -t -i
CONF
	if ! "$fpm" -R -y "$STACK_CONF/php-fpm.conf" -t >"$STACK_LOGS/php-fpm-test.log" 2>&1; then
		stack_log "php-fpm config test failed:" && cat "$STACK_LOGS/php-fpm-test.log" >&2
		return 1
	fi
	# opcache is a startup setting (a pool cannot switch it on); timestamps are checked on every request
	# so code edits show up at once.
	setsid "$fpm" -R -y "$STACK_CONF/php-fpm.conf" -d opcache.enable=1 -d opcache.memory_consumption=128 \
		-d opcache.max_accelerated_files=20000 -d opcache.validate_timestamps=1 -d opcache.revalidate_freq=0 </dev/null 9>&- >>"$STACK_LOGS/php-fpm.log" 2>&1
	_stack_wait 20 "php-fpm" test -S "$STACK_FPM_SOCKET" || { tail -n 30 "$STACK_LOGS/php-fpm.log" >&2; return 1; }
	stack_log "php-fpm up ($STACK_FPM_SOCKET)"
}

stack_fpm_stop() { _stack_stop_pidfile php-fpm "$STACK_RUN/php-fpm.pid" QUIT; rm -f "$STACK_FPM_SOCKET"; }

# ---------------------------------------------------------------- nginx
stack_nginx_running() { _stack_pid_alive "$STACK_RUN/nginx.pid"; }

stack_nginx_start() {
	_stack_dirs || return 1
	if stack_nginx_running; then
		stack_log "nginx already running on $STACK_URL"
		return 0
	fi
	local nginx mime=/etc/nginx/mime.types
	nginx=$(_stack_find nginx /usr/sbin/nginx) || { stack_log "nginx not found (apt-get install nginx)"; return 1; }
	mkdir -p "$STACK_DIR"/tmp/nginx/{body,proxy,fastcgi,uwsgi,scgi}
	cat >"$STACK_CONF/nginx.conf" <<CONF
user root;
worker_processes 2;
pid $STACK_RUN/nginx.pid;
error_log $STACK_LOGS/nginx-error.log warn;
daemon on;
events { worker_connections 512; }
http {
	include $mime;
	default_type application/octet-stream;
	access_log $STACK_LOGS/nginx-access.log;
	client_body_temp_path $STACK_DIR/tmp/nginx/body;
	proxy_temp_path $STACK_DIR/tmp/nginx/proxy;
	fastcgi_temp_path $STACK_DIR/tmp/nginx/fastcgi;
	uwsgi_temp_path $STACK_DIR/tmp/nginx/uwsgi;
	scgi_temp_path $STACK_DIR/tmp/nginx/scgi;
	sendfile on;
	keepalive_timeout 65;
	client_max_body_size 64m;
	server_tokens off;
	server {
		listen 127.0.0.1:$STACK_HTTP_PORT;
		server_name 127.0.0.1 localhost;
		root $STACK_SITE;
		index index.php index.html;
		location / {
			try_files \$uri \$uri/ /index.php?\$args;
		}
		location ~ /\.(?!well-known) { deny all; }
		location ~ \.php\$ {
			try_files \$fastcgi_script_name =404;
			fastcgi_split_path_info ^(.+\.php)(/.*)\$;
			include /etc/nginx/fastcgi_params;
			fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;
			fastcgi_param PATH_INFO \$fastcgi_path_info;
			fastcgi_param HTTP_HOST \$host:\$server_port;
			fastcgi_pass unix:$STACK_FPM_SOCKET;
			fastcgi_read_timeout 120s;
			fastcgi_buffers 16 16k;
			fastcgi_buffer_size 32k;
		}
	}
}
CONF
	if ! "$nginx" -p "$STACK_DIR" -e "$STACK_LOGS/nginx-error.log" -c "$STACK_CONF/nginx.conf" -t \
		>"$STACK_LOGS/nginx-test.log" 2>&1; then
		stack_log "nginx config test failed:" && cat "$STACK_LOGS/nginx-test.log" >&2
		return 1
	fi
	setsid "$nginx" -p "$STACK_DIR" -e "$STACK_LOGS/nginx-error.log" -c "$STACK_CONF/nginx.conf" </dev/null 9>&- \
		|| { tail -n 30 "$STACK_LOGS/nginx-error.log" >&2; return 1; }
	_stack_wait 10 "nginx" _stack_pid_alive "$STACK_RUN/nginx.pid" || return 1
	stack_log "nginx up on $STACK_URL"
}

stack_nginx_stop() { _stack_stop_pidfile nginx "$STACK_RUN/nginx.pid" QUIT; }

# ---------------------------------------------------------------- all
stack_running() { stack_db_running && stack_fpm_running && stack_nginx_running; }

stack_start() {
	# fresh logs for a fresh start (the previous run's are kept in logs.previous/)
	if ! stack_db_running && ! stack_fpm_running && ! stack_nginx_running && [ -d "$STACK_LOGS" ]; then
		rm -rf "$STACK_DIR/logs.previous" && mv "$STACK_LOGS" "$STACK_DIR/logs.previous"
	fi
	stack_db_start && stack_site_prepare && stack_fpm_start && stack_nginx_start || {
		stack_log "stack failed to start"
		stack_print_logs
		return 1
	}
}

stack_stop() {
	stack_nginx_stop
	stack_fpm_stop
	stack_db_stop
}

stack_status() {
	local rc=0
	if stack_db_running; then echo "mariadb  running  $STACK_DB_HOST pid $(cat "$STACK_RUN/mariadb.pid")"; else echo "mariadb  stopped"; rc=1; fi
	if stack_fpm_running; then echo "php-fpm  running  pid $(cat "$STACK_RUN/php-fpm.pid")"; else echo "php-fpm  stopped"; rc=1; fi
	if stack_nginx_running; then echo "nginx    running  $STACK_URL pid $(cat "$STACK_RUN/nginx.pid")"; else echo "nginx    stopped"; rc=1; fi
	return $rc
}

stack_print_logs() { # [lines]: tails of the logs that tell why something failed (noise filtered out)
	local n=${1:-40} f filter shown=0
	for f in php-error.log wp-debug.log nginx-error.log php-fpm.log mariadb.log; do
		[ -s "$STACK_LOGS/$f" ] || continue
		case $f in
		php-fpm.log) filter='NOTICE: (fpm is running|ready to handle|systemd monitor|configuration file|Finishing|exiting)|^$' ;;
		mariadb.log) filter='\[Note\]|proxies_priv|max_open_files|^Version:' ;;
		*) filter='^$' ;;
		esac
		if [ -n "$(grep -Ev "$filter" "$STACK_LOGS/$f" | head -c1)" ]; then
			printf '\n----- %s (last %s lines) -----\n' "$STACK_LOGS/$f" "$n" >&2
			grep -Ev "$filter" "$STACK_LOGS/$f" | tail -n "$n" >&2
			shown=1
		fi
	done
	[ "$shown" = 1 ] || stack_log "no errors in the server logs ($STACK_LOGS)"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	set -uo pipefail
	case "${1:-}" in
	start) stack_start ;;
	stop) stack_stop ;;
	restart) stack_stop && stack_start ;;
	status) stack_status ;;
	logs) stack_print_logs "${2:-40}" ;;
	db-start) stack_db_start ;;
	db) shift; stack_db_cli "$@" ;;
	env)
		echo "WP_BASE_URL=$STACK_URL"
		echo "WEBINARS_DB_HOST=$STACK_DB_HOST WEBINARS_DB_USER=$STACK_DB_USER WEBINARS_DB_PASSWORD=$STACK_DB_PASSWORD"
		echo "WEBINARS_SITE=$STACK_SITE WEBINARS_LOGS=$STACK_LOGS"
		;;
	*)
		echo "usage: $0 start|stop|restart|status|logs [N]|db-start|db [mariadb args]|env" >&2
		exit 2
		;;
	esac
fi
