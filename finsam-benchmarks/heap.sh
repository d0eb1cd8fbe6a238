#!/usr/bin/env bash
# Peak heap of `finsam followup` on a participant document of a million participants (docs/performance.md,
# "National scale"; the target: 10^6 participants within -Xmx256m).
#
#   finsam-benchmarks/heap.sh                  # 1 000 000 participants (a document of about 270 MB)
#   finsam-benchmarks/heap.sh 10000            # any number of participants
#   finsam-benchmarks/heap.sh 1000000 256      # search only the heaps given, in MB (here: only the target's)
#   HEAP_DOCUMENT=national-followup finsam-benchmarks/heap.sh   # a national follow-up of as many participants
#
# 1. Writes one project's participant document of N participants with LargeDocument, run from its source (no
#    build needed); the same document every run (HEAP_SEED=... draws another). With
#    HEAP_DOCUMENT=national-followup, a national follow-up of N participants in all instead (projects of 500
#    participants, 25 per association, in 21 counties), which `finsam followup` reads as well.
# 2. Runs FINSAM_JAVA_OPTS="-Xmx256m -Xlog:gc,gc+heap+exit:file=LOG" ./finsam followup FILE under
#    /usr/bin/time -v. The launcher passes FINSAM_JAVA_OPTS to java after its own options (C1 only, the serial
#    collector), so the heap and the log take effect. Prints, from the log's lines such as
#    `GC(3) Pause Young (Allocation Failure) 68M->12M(247M) 3.2ms`: the largest heap before a collection (the
#    peak the heap reached; the heap in use at exit if larger, or if nothing was collected) and the largest
#    after one (the live set, at most: a young collection leaves the old generation's garbage); then the
#    process's maximum resident set size, CPU (user + system) and wall time, and the size of the report.
# 3. Finds the smallest -Xmx of 32 48 64 96 128 192 256 MB (or of those given) at which the command succeeds,
#    by bisection: it assumes that what succeeds in a heap also succeeds in a larger one. Three or four runs.
#
# Exit status: 0 if the command succeeds within -Xmx256m, 1 if it does not, 2 on a usage error.
# FINSAM (default: ./finsam of this clone) is the command measured; FINSAM_JAVA_OPTS set by the caller goes
# before the script's own options; HEAP_TIMEOUT (seconds, default 600) bounds each run, and a run that takes
# longer fails; HEAP_KEEP=1 keeps the work directory (the document, logs and outputs) and says where it is.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
finsam="${FINSAM:-$root/finsam}"
if [[ "${1:-}" == -h || "${1:-}" == --help ]]; then
  sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
  exit 0
fi
participants="${1:-1000000}"
shift || true
heaps=("$@")
[[ ${#heaps[@]} -gt 0 ]] || heaps=(32 48 64 96 128 192 256)
target=256
for n in "$participants" "${heaps[@]}"; do
  if ! [[ "$n" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [PARTICIPANTS [HEAP_MB...]]   (whole numbers; got '$n')" >&2
    exit 2
  fi
done
mapfile -t heaps < <(printf '%s\n' "${heaps[@]}" | sort -n -u)

dir="$(mktemp -d "${TMPDIR:-/tmp}/finsam-heap.XXXXXX")"
if [[ "$dir" =~ [[:space:]] ]]; then # the GC log's path goes through FINSAM_JAVA_OPTS, split at spaces
  echo "heap.sh: the work directory '$dir' has a space in it; set TMPDIR to a path without one" >&2
  rm -rf "$dir"
  exit 2
fi
if [[ "${HEAP_KEEP:-}" == 1 ]]; then
  trap 'echo "work directory kept: $dir"' EXIT
else
  trap 'rm -rf "$dir"' EXIT
fi

timer=()
if [[ -x /usr/bin/time ]] && /usr/bin/time -v -o /dev/null true 2>/dev/null; then
  timer=(/usr/bin/time -v -o "$dir/time.log")
else
  echo "note: no GNU /usr/bin/time here (Debian: apt-get install time): max RSS is not measured," \
    "wall and CPU time come from bash's time"
fi
limit=()
if command -v timeout >/dev/null; then
  limit=(timeout --foreground "${HEAP_TIMEOUT:-600}") # foreground: Ctrl-C reaches java
fi

kind="${HEAP_DOCUMENT:-participants}"
if [[ "$kind" != participants && "$kind" != national-followup ]]; then
  echo "heap.sh: HEAP_DOCUMENT is participants or national-followup, not '$kind'" >&2
  exit 2
fi
doc="$dir/$kind.json"
t0=$(date +%s%N)
java "$root/finsam-benchmarks/src/main/java/se/finsam/benchmarks/LargeDocument.java" "$kind" "$participants" \
  "${HEAP_SEED:-1}" >"$doc"
t1=$(date +%s%N)
awk -v n="$participants" -v bytes="$(stat -c %s "$doc")" -v ns=$(( t1 - t0 )) \
  -v kind="$kind" 'BEGIN { printf "document: %s, %s participants, %.1f MB, written in %.1f s\n", kind, n, bytes / 1e6, ns / 1e9 }' 

"$finsam" --version >/dev/null # builds the tool if needed, outside the measurements

declare -A outcome=() # heap in MB -> "ok", or why it failed

# run MB [GC_LOG]: runs the command within -Xmx MB; sets outcome[MB]; returns 0 if it succeeded.
run() {
  local mb="$1" log="${2:-}" status=0
  local opts="${FINSAM_JAVA_OPTS:-} -Xmx${mb}m"
  [[ -z "$log" ]] || opts+=" -Xlog:gc,gc+heap+exit:file=$log"
  rm -f "$dir/time.log"
  if [[ ${#timer[@]} -gt 0 ]]; then
    FINSAM_JAVA_OPTS="$opts" "${timer[@]}" "${limit[@]}" "$finsam" followup "$doc" >"$dir/out" 2>"$dir/err" \
      || status=$?
  else
    local TIMEFORMAT='%R %U %S'
    { time FINSAM_JAVA_OPTS="$opts" "${limit[@]}" "$finsam" followup "$doc" >"$dir/out" 2>"$dir/err" \
      || status=$?; } 2>"$dir/bash-time.log"
  fi
  if [[ $status -eq 0 ]]; then
    outcome[$mb]=ok
  elif [[ $status -eq 124 && ${#limit[@]} -gt 0 ]]; then
    outcome[$mb]="timed out after ${HEAP_TIMEOUT:-600} s"
  elif grep -qi 'out of memory\|OutOfMemoryError' "$dir/err"; then
    outcome[$mb]="out of memory"
  else
    outcome[$mb]="exit $status: $(grep -m2 . "$dir/err" | tr -s ' \n' ' ' | cut -c1-240 | sed 's/ $//')"
  fi
  [[ $status -eq 0 ]]
}

# The measured run, within the target's heap.
gc="$dir/gc.log"
run "$target" "$gc" || true
echo "-Xmx${target}m: ${outcome[$target]}"
if [[ -f "$dir/time.log" ]]; then
  awk -F': ' '
    /Elapsed \(wall/ { wall = $2 }
    /User time|System time/ { cpu += $2 }
    /Maximum resident/ { rss = $2 / 1024 }
    END { printf "  wall %s, CPU %.1f s (user + system), max RSS %d MB\n", wall, cpu, rss }' "$dir/time.log"
elif [[ -f "$dir/bash-time.log" ]]; then
  awk 'END { printf "  wall %.2f s, CPU %.1f s (user + system), max RSS not measured\n", $1, $2 + $3 }' \
    "$dir/bash-time.log"
fi
echo "  report: $(stat -c %s "$dir/out") bytes"
if [[ -f "$gc" ]]; then
  awk '
    function mb(v) { # 68M, 12345K, 1G -> MB
      u = substr(v, length(v)); v = substr(v, 1, length(v) - 1)
      return u == "K" ? v / 1024 : u == "G" ? v * 1024 : v + 0
    }
    /Pause/ && match($0, /[0-9]+[KMG]->[0-9]+[KMG]\([0-9]+[KMG]\)/) {
      s = substr($0, RSTART, RLENGTH); split(s, p, /->|\(|\)/)
      n++
      if (mb(p[1]) > before) before = mb(p[1])
      if (mb(p[2]) > after) after = mb(p[2])
      if (mb(p[3]) > size) size = mb(p[3])
    }
    /total [0-9]+K, used [0-9]+K/ && match($0, /used [0-9]+K/) { atExit += substr($0, RSTART + 5, RLENGTH - 6) / 1024 }
    END {
      if (n == 0) {
        printf "  heap: no collection, so the peak is what was in use at exit: %.0f MB\n", atExit
      } else {
        printf "  heap: %d collections; peak (largest before a collection, or at exit) %.0f MB; live (largest" \
          " after a collection) %.0f MB; heap size at most %.0f MB; in use at exit %.0f MB\n", n,
          (atExit > before ? atExit : before), after, size, atExit
      }
    }' "$gc"
fi
if [[ "${outcome[$target]}" != ok ]]; then
  echo "  standard error:"
  head -5 "$dir/err" | sed 's/^/    /'
fi

# The smallest heap that suffices, by bisection over the sorted sizes.
lo=0
hi=${#heaps[@]}
while (( lo < hi )); do
  mid=$(( (lo + hi) / 2 ))
  mb=${heaps[$mid]}
  [[ -n "${outcome[$mb]:-}" ]] || run "$mb" || true
  if [[ "${outcome[$mb]}" == ok ]]; then hi=$mid; else lo=$(( mid + 1 )); fi
done
tried=""
for mb in "${heaps[@]}"; do
  [[ -z "${outcome[$mb]:-}" ]] || tried+="${tried:+; }${mb} MB ${outcome[$mb]%%:*}" # "exit 1: why" -> "exit 1"
done
if (( lo < ${#heaps[@]} )); then
  echo "smallest -Xmx of ${heaps[*]} MB that succeeds: ${heaps[$lo]} MB (${tried})"
else
  echo "smallest -Xmx of ${heaps[*]} MB that succeeds: none (${tried})"
fi

[[ "${outcome[$target]}" == ok ]]
