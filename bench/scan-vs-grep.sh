#!/usr/bin/env bash
# Compares `applytoken scan --format json` (JVM start included) with `grep -rlE` on one generated
# repository of 20,000 source files holding 20 legacy token-server calls. Prints files/s, MB/s,
# median wall and CPU times, the ratio scan/grep, and whether the scan found exactly the 20 calling files.
#
# Usage: bench/scan-vs-grep.sh [RUNS]      (default 5 runs of each, after one warm-up run)
# Env:   APPLYTOKEN_JAR   jar to run (default scanner-cli/target/applytoken.jar, built if missing)
#        JAVA_OPTS        extra JVM options for the scan, e.g. "-XX:TieredStopAtLevel=1"
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-5}"
jar="${APPLYTOKEN_JAR:-scanner-cli/target/applytoken.jar}"
if [[ ! -f "$jar" ]]; then
  echo "building $jar" >&2
  mvn -B -q -pl scanner-cli -am -DskipTests package
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
repo="$work/repo"
python3 bench/generate_repo.py "$repo" 20000 20
files=$(find "$repo" -type f | wc -l)
bytes=$(du -sb "$repo" | cut -f1)

# Prints "wall cpu" seconds of a command (cpu = user + sys), its output going to $work/out.
time_of() {
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > "$work/out" || true
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$work/time"
}

median() {
  sort -n | awk '{ values[NR] = $1 } END { print (NR % 2) ? values[(NR + 1) / 2] : (values[NR / 2] + values[NR / 2 + 1]) / 2 }'
}

# shellcheck disable=SC2086
scan_cmd=(java ${JAVA_OPTS:-} -jar "$jar" scan --format json "$repo")
grep_cmd=(grep -rlE 'mqauth|/token/(apply|revoke|query)' "$repo")

"${scan_cmd[@]}" > /dev/null || true
"${grep_cmd[@]}" > /dev/null || true
scan_times=()
grep_times=()
for _ in $(seq "$runs"); do
  scan_times+=("$(time_of "${scan_cmd[@]}")")
  cp "$work/out" "$work/scan.json"
  grep_times+=("$(time_of "${grep_cmd[@]}")")
done
scan_median=$(printf '%s\n' "${scan_times[@]}" | cut -d' ' -f1 | median)
grep_median=$(printf '%s\n' "${grep_times[@]}" | cut -d' ' -f1 | median)
scan_cpu=$(printf '%s\n' "${scan_times[@]}" | cut -d' ' -f2 | median)
grep_cpu=$(printf '%s\n' "${grep_times[@]}" | cut -d' ' -f2 | median)

found=$(python3 -c "
import json, sys
report = json.load(open('$work/scan.json'))
print('\n'.join(sorted({f['file'] for f in report['findings']})))
")
expected=$(cat "$repo.expected")
if [[ "$found" == "$expected" ]]; then
  verdict="yes: exactly the $(echo "$expected" | wc -l) calling files"
else
  verdict="NO: found $(echo "$found" | grep -c . || true) files, expected $(echo "$expected" | wc -l)"
fi

mb=$(echo "scale=1; $bytes / 1048576" | bc)
echo "machine:        $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "repository:     $files files, $mb MB"
echo "scan (json):    median $scan_median s over $runs runs: $(echo "scale=0; $files / $scan_median" | bc) files/s, $(echo "scale=1; $mb / $scan_median" | bc) MB/s"
echo "grep -rlE:      median $grep_median s over $runs runs: $(echo "scale=0; $files / $grep_median" | bc) files/s, $(echo "scale=1; $mb / $grep_median" | bc) MB/s"
echo "ratio scan/grep: $(echo "scale=2; $scan_median / $grep_median" | bc) (wall), $(echo "scale=2; $scan_cpu / $grep_cpu" | bc) (cpu: $scan_cpu s / $grep_cpu s)"
echo "load average:   $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows the scan more than grep)"
echo "all 20 found:   $verdict"
