#!/usr/bin/env bash
# Time and memory of the command line on large documents near the default limits (docs/performance.md,
# "Large documents"). Generates the documents with LargeDocument (it needs the JDK only and runs from its
# source, with no build), runs each command under /usr/bin/time -v and prints one line per run: wall time,
# CPU time (user + system), maximum resident set size and the size of the output.
#   finsam-benchmarks/large.sh                 # every case
#   finsam-benchmarks/large.sh plan-days       # the cases whose document name contains plan-days
# FINSAM (default: ./finsam of this clone) is the command measured; FINSAM_JAVA_OPTS passes on to it.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
finsam="${FINSAM:-$root/finsam}"
filter="${1:-}"
dir="$(mktemp -d "${TMPDIR:-/tmp}/finsam-large.XXXXXX")"
trap 'rm -rf "$dir"' EXIT

generate() { java "$root/finsam-benchmarks/src/main/java/se/finsam/benchmarks/LargeDocument.java" "$@"; }
generate plan-days 10000 >"$dir/plan-days.json"      # 10 000 projects, 1900-2200 by days
generate plan-50 10000 >"$dir/plan-50.json"          # 10 000 projects of 50 years, 1900-2200 in all
generate plan-members 5000 >"$dir/plan-members.json" # 5 000 projects naming 400 members each
generate followup 40000 24000 >"$dir/followup-24000-targets.json"
generate followup 65000 100 >"$dir/followup.json"    # the most participants within 16 MiB, 100 targets
generate indicators 400 10 160 >"$dir/indicators.json"
generate indicators 400 400 150 >"$dir/indicators-400-areas.json"
generate national 1000 >"$dir/national.json"

"$finsam" --version >/dev/null # builds the tool if needed, outside the measurements

run() {
  local document="$1"; shift
  [[ -z "$filter" || "$document" == *"$filter"* ]] || return 0
  local log="$dir/time.log"
  local status=0
  rm -f "$dir/out.xlsx"
  /usr/bin/time -v "$finsam" "$@" "$dir/$document.json" >"$dir/out" 2>"$log" || status=$?
  [[ -f "$dir/out.xlsx" ]] && mv "$dir/out.xlsx" "$dir/out" # a workbook goes to --output
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall/ {print $2}' "$log")
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$log")
  rss=$(awk -F': ' '/Maximum resident/ {printf "%d", $2 / 1024}' "$log")
  printf '%-46s exit %d  wall %8s  cpu %6ss  max RSS %5s MB  output %10s bytes\n' \
    "$* $document" "$status" "$wall" "$cpu" "$rss" "$(stat -c %s "$dir/out")"
}

for document in plan-days plan-50; do
  run "$document" split
  run "$document" budget
  run "$document" budget --format json
  run "$document" budget --format csv
  run "$document" schedule
  run "$document" schedule --format json
  run "$document" schedule --format csv
  run "$document" schedule --explain
  run "$document" budget --format html
  run "$document" budget --format xlsx --output "$dir/out.xlsx"
  run "$document" schedule --format html
  run "$document" schedule --format xlsx --output "$dir/out.xlsx"
done
run plan-members budget
run followup-24000-targets followup
run followup followup
run followup followup --format json
run indicators indicators
run indicators indicators --format json
run indicators indicators --format csv
run indicators indicators --format html
run indicators indicators --format xlsx --output "$dir/out.xlsx"
run followup followup --format html
run indicators-400-areas indicators
run national allocate
run national allocate --format html
run national allocate --format xlsx --output "$dir/out.xlsx"
