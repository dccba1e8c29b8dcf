#!/usr/bin/env bash
# Fetches WordPress core by package name from Debian's archive (no wordpress.org access here) and
# lays it out as a plain, self-contained core folder: .cache/wordpress/core (symlinks resolved).
# Re-runnable: does nothing when the wanted version is already there.
#
#   WP_DEB_SUITE   Debian suite to take the package from (default: trixie-security, which carries 6.8)
#   WP_CACHE_DIR   where to put it (default: <repo>/.cache/wordpress)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cache=${WP_CACHE_DIR:-$repo/.cache/wordpress}
suite=${WP_DEB_SUITE:-trixie-security}
core=$cache/core

log() { printf '[wordpress] %s\n' "$*" >&2; }

if [ -f "$core/wp-includes/version.php" ] && [ -f "$cache/VERSION" ] && [ "${1:-}" != "--force" ]; then
	log "WordPress $(cat "$cache/VERSION") already in $core"
	exit 0
fi

apt_dir=$cache/apt
mkdir -p "$apt_dir"/{lists/partial,archives/partial,etc} "$cache/debs"
base_suite=${suite%-security}
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
cat >"$apt_dir/etc/sources.list" <<SRC
deb [signed-by=$keyring] http://deb.debian.org/debian-security $base_suite-security main
deb [signed-by=$keyring] http://deb.debian.org/debian $base_suite main
SRC
cat >"$apt_dir/etc/apt.conf" <<CONF
Dir::Etc::SourceList "$apt_dir/etc/sources.list";
Dir::Etc::SourceParts "/nonexistent";
Dir::State::Lists "$apt_dir/lists";
Dir::Cache "$apt_dir";
Dir::Cache::archives "$apt_dir/archives";
Dir::State::status "/dev/null";
APT::Sandbox::User "root";
Acquire::Languages "none";
CONF
export APT_CONFIG=$apt_dir/etc/apt.conf

log "reading the $suite package lists"
apt-get -qq update

# The core package symlinks a few bundled libraries to their own Debian packages; fetch those too
# so the symlinks can be resolved into real files.
pkgs=(wordpress wordpress-theme-twentytwentyfive libjs-cropper libjs-lodash libjs-underscore php-getid3)
( cd "$cache/debs" && rm -f ./*.deb && apt-get -qq download "${pkgs[@]}" )

stage=$cache/stage
rm -rf "$stage" && mkdir -p "$stage"
for deb in "$cache/debs"/*.deb; do dpkg-deb -x "$deb" "$stage"; done

# Absolute symlinks point at the host's /etc; replace them before dereferencing the rest.
src=$stage/usr/share/wordpress
rm -f "$src/.htaccess" "$src/wp-config.php"
if [ -L "$src/wp-includes/certificates/ca-bundle.crt" ]; then
	rm -f "$src/wp-includes/certificates/ca-bundle.crt"
	cp /etc/ssl/certs/ca-certificates.crt "$src/wp-includes/certificates/ca-bundle.crt" 2>/dev/null ||
		: >"$src/wp-includes/certificates/ca-bundle.crt"
fi
# Debian ships bundled themes and plugins under /usr/share/wordpress/wp-content as well.
tmp=$cache/core.new
rm -rf "$tmp"
cp -rL "$src" "$tmp"
if [ -n "$(find "$tmp" -type l -print -quit)" ]; then
	log "unresolved symlinks left:" && find "$tmp" -type l >&2
	exit 1
fi
rm -rf "$core" && mv "$tmp" "$core" && rm -rf "$stage"

version=$(php -r 'include $argv[1]; echo $wp_version;' "$core/wp-includes/version.php")
echo "$version" >"$cache/VERSION"
log "WordPress $version from Debian $suite ($(cd "$cache/debs" && ls wordpress_*.deb)) -> $core"
