#!/usr/bin/env bash
# Cold start of the command line against a trivial Java program, measured the same way: wall time of
# each run, median of N runs (default 15), after one run of each to build and warm the disk cache.
# Usage: finsam-benchmarks/startup.sh [N]
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
n="${1:-15}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/Hello.java"
javac -d "$work" "$work/Hello.java"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
time_ms() { # prints the wall time of one run of "$@" in milliseconds
  local t0 t1
  t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}

doc="$root/finsam-examples/documents/rar-sormland-2007.json"
"$root/finsam" split "$doc" >/dev/null           # builds on first use, records the class data archive
java -cp "$work" Hello >/dev/null

trivial=$(for i in $(seq "$n"); do time_ms java -cp "$work" Hello; done | median)
finsam=$(for i in $(seq "$n"); do time_ms "$root/finsam" split "$doc"; done | median)
echo "trivial Java program: median ${trivial} ms of $n runs"
echo "./finsam split (RAR 2007): median ${finsam} ms of $n runs"
awk -v a="$finsam" -v b="$trivial" 'BEGIN { printf "ratio: %.1f (target: at most 3)\n", a / b }'
