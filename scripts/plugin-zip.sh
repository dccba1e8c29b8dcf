#!/usr/bin/env bash
# Builds webinars.zip: the plugin folder with compiled JS, installable through wp-admin →
# Plugins → Add New → Upload Plugin with no build step. The zip's root folder is `webinars/`.
#   bash scripts/plugin-zip.sh [output.zip]   (default: dist/webinars.zip)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$repo/dist/webinars.zip}
cd "$repo"

[ -d node_modules ] || npm install --no-audit --no-fund
npm run --silent build >/dev/null

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/webinars"
# Only what runs in WordPress: PHP, compiled assets, translations, readme.
cp -R plugin/webinars.php plugin/uninstall.php plugin/readme.txt plugin/src plugin/build "$stage/webinars/"
[ -d plugin/languages ] && cp -R plugin/languages "$stage/webinars/"
find "$stage" -name '.DS_Store' -delete

mkdir -p "$(dirname "$out")"
rm -f "$out"
python3 - "$stage" "$out" <<'PY'
import os, sys, zipfile
stage, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
    for folder, dirs, files in os.walk(stage):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            archive.write(path, os.path.relpath(path, stage))
PY
echo "plugin-zip: $(python3 -c 'import sys,zipfile; print(len(zipfile.ZipFile(sys.argv[1]).namelist()))' "$out") files, $(du -h "$out" | cut -f1) -> ${out#"$repo"/}"
