#!/usr/bin/env bash
# The mistake audit end to end (issue 6): cx audit over about 1 M generated interactions and their
# case events, from JSON Lines files to the printed summary, in a JVM capped at -Xmx512m.
#
#   benchmarks/audit-end-to-end.sh            # 415 days of the generator = 1 002 581 interactions
#   DAYS=42 RUNS=1 WARM=0 benchmarks/audit-end-to-end.sh
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java benchmarks/audit-end-to-end.sh   # another JDK
#   JAVA=…/jdk-25/bin/java AOT=1 benchmarks/audit-end-to-end.sh   # JDK 25+: with an AOT cache (JEP 483/515)
#
# The data is generated once into benchmarks/target/audit-<days>d (about 570 MB for 415 days) and
# reused. Each run is a fresh JVM (start-up, rule compilation, parsing and auditing all counted).
# Peak heap is read from the run's GC log: the most the heap held just before a collection (G1 lets
# it grow towards the cap before collecting), and the most that was left after one (an upper bound
# of live data: young collections leave old garbage in place). Prints one line per run and the
# median. For the live data itself, run once with HEAP=128m: the full collections it forces show it.
# Then WARM rounds (default 4) of the same audit in one JVM (AuditRounds.java): the first pays for
# JIT compilation like a fresh process, the later ones show a warm, long-running JVM.
set -euo pipefail
cd "$(dirname "$0")/.."

days=${DAYS:-415}
runs=${RUNS:-3}
warm=${WARM:-4}
heap=${HEAP:-512m}
java=${JAVA:-java}
aot=${AOT:-0}
jar=cx-cli/target/cx.jar
data=benchmarks/target/audit-${days}d

if [ ! -f "$jar" ]; then
    mvn -B -q -pl examples -am package -DskipTests
fi
if [ ! -f "$data/as-of.txt" ]; then
    mkdir -p "$data"
    "$java" -jar "$jar" generate --days "$days" --out "$data" | tee "$data/generate.txt"
    grep -o -- '--as-of [^ ]*' "$data/generate.txt" | cut -d' ' -f2 > "$data/as-of.txt"
fi
as_of=$(cat "$data/as-of.txt")

aot_flags=()
if [ "$aot" = 1 ]; then
    # A training run on 42 days (about 100 k interactions) writes the cache of loaded and linked
    # classes and method profiles; the timed runs then start from it. Not counted in their time.
    train=benchmarks/target/audit-42d
    if [ ! -f "$train/as-of.txt" ]; then
        DAYS=42 RUNS=0 WARM=0 JAVA="$java" "$0"
    fi
    "$java" "-Xmx$heap" -XX:AOTCacheOutput=benchmarks/target/cx.aot -jar "$jar" audit --input "$train/interactions.jsonl" \
        --cases "$train/cases.jsonl" --as-of "$(cat "$train/as-of.txt")" > /dev/null 2>&1
    aot_flags=(-XX:AOTCache=benchmarks/target/cx.aot)
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); java $("$java" -version 2>&1 | sed -n 1p) ${aot_flags[*]}"
echo "cx audit --input $data/interactions.jsonl --cases $data/cases.jsonl --as-of $as_of, -Xmx$heap"
results=$(mktemp)
for run in $(seq 1 "$runs"); do
    gc_log="$data/gc-$run.log"
    start=$(date +%s%N)
    "$java" "-Xmx$heap" "${aot_flags[@]}" "-Xlog:gc:file=$gc_log" -jar "$jar" audit \
        --input "$data/interactions.jsonl" --cases "$data/cases.jsonl" --as-of "$as_of" > "$data/audit-$run.txt"
    end=$(date +%s%N)
    contacts=$(sed -n 's/^Audited \([0-9,]*\) interactions.*/\1/p' "$data/audit-$run.txt" | tr -d ,)
    # "Pause Young (Normal) (G1 Evacuation Pause) 157M->42M(221M) 22.854ms": before->after(committed).
    read -r before after < <(grep -o '[0-9]*M->[0-9]*M' "$gc_log" | tr -d M | awk -F'->' \
        '{ if ($1 > b) b = $1; if ($2 > a) a = $2 } END { print b + 0, a + 0 }')
    awk -v ns=$((end - start)) -v n="$contacts" -v b="$before" -v a="$after" -v r="$run" 'BEGIN {
        s = ns / 1e9
        printf "run %d: %d interactions in %.2f s = %.0f interactions/s; peak heap %d MB in use before a GC, at most %d MB left after one\n", r, n, s, n / s, b, a
    }' | tee -a "$results"
done
sort -t' ' -k6 -n "$results" | awk -v runs="$runs" 'NR == int((runs + 1) / 2) { sub(/^run [0-9]+: /, ""); print "median: " $0 }'
rm -f "$results"

if [ "$warm" -gt 0 ]; then
    "$java" "-Xmx$heap" -cp "$jar" benchmarks/AuditRounds.java "$warm" audit \
        --input "$data/interactions.jsonl" --cases "$data/cases.jsonl" --as-of "$as_of"
fi
