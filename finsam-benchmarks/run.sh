#!/usr/bin/env bash
# The whole performance suite in one command (see docs/performance.md):
#   1. JMH: every benchmark of finsam-benchmarks, one fork each;
#   2. cold start of ./finsam split against a trivial Java program (startup.sh);
#   3. the command line on the national example within 128 MB of heap;
#   4. finsam followup on a million participants within 256 MB of heap, and the least heap it needs (heap.sh): one
#      project's participant document, then a national follow-up of as many participants.
# Extra arguments go to JMH, e.g. a benchmark filter: finsam-benchmarks/run.sh SplitBenchmark
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
./mvnw -B -q -Pbench -DskipTests package -pl finsam-benchmarks -am
java -jar finsam-benchmarks/target/benchmarks.jar -rf json -rff finsam-benchmarks/target/jmh-result.json "$@"
echo
finsam-benchmarks/startup.sh 15
echo
if FINSAM_JAVA_OPTS="-Xmx128m" ./finsam allocate finsam-examples/documents/national-2016.json >/dev/null; then
  echo "memory: ./finsam allocate on the national example runs within -Xmx128m"
else
  echo "memory: ./finsam allocate on the national example FAILED within -Xmx128m"
  exit 1
fi
echo
finsam-benchmarks/heap.sh 1000000
echo
HEAP_DOCUMENT=national-followup finsam-benchmarks/heap.sh 1000000
