#!/usr/bin/env bash
# render-png.sh: renders an HTML report of finsam (--format html) to a PNG with headless Chromium.
#
#   scripts/render-png.sh REPORT.html [OUT.png] [WIDTHxHEIGHT]
#
# OUT.png defaults to REPORT.png beside the report; the window defaults to 1024x1600 pixels. Needs
# Chromium (chromium, chromium-browser, google-chrome or google-chrome-stable on the PATH); without it the
# script says so and exits 1. The page fetches nothing, so nothing but the file is read.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 3 ]; then
  echo "Usage: scripts/render-png.sh REPORT.html [OUT.png] [WIDTHxHEIGHT]" >&2
  exit 2
fi
html="$1"
out="${2:-${html%.html}.png}"
size="${3:-1024x1600}"
if [ ! -f "$html" ]; then
  echo "render-png: no such file: $html" >&2
  exit 2
fi
if ! [[ "$size" =~ ^[0-9]+x[0-9]+$ ]]; then
  echo "render-png: the size is WIDTHxHEIGHT in pixels, e.g. 1024x1600, not '$size'" >&2
  exit 2
fi

browser=""
for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$candidate" >/dev/null 2>&1; then
    browser="$candidate"
    break
  fi
done
if [ -z "$browser" ]; then
  echo "render-png: Chromium is not installed (looked for chromium, chromium-browser, google-chrome," \
    "google-chrome-stable); install it to render $html to PNG" >&2
  exit 1
fi

flags=(--headless --disable-gpu --hide-scrollbars --window-size="${size/x/,}" --screenshot="$(realpath -m "$out")")
# Chromium refuses to run as root inside its sandbox.
if [ "$(id -u)" -eq 0 ]; then
  flags+=(--no-sandbox)
fi
"$browser" "${flags[@]}" "file://$(realpath "$html")"
echo "render-png: wrote $out"
