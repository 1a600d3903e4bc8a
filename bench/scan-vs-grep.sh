#!/usr/bin/env bash
# Compares `applytoken scan --format json` (JVM start included) with `grep -rlE` on one generated
# repository of 20,000 source files holding 20 legacy token-server calls. Prints files/s, MB/s,
# median wall and CPU times, the ratio scan/grep, and whether the scan found exactly the 20 calling
# files. The scan runs twice over: as plain `java -jar`, and with an AppCDS archive plus C1 only
# (-XX:SharedArchiveFile, -XX:TieredStopAtLevel=1), the archive made by one training run first.
#
# Usage: bench/scan-vs-grep.sh [RUNS]      (default 5 runs of each, after one warm-up run)
# Env:   APPLYTOKEN_JAR   jar to run (default scanner-cli/target/applytoken.jar, built if missing)
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
mb=$(echo "scale=1; $bytes / 1048576" | bc)

java -XX:ArchiveClassesAtExit="$work/applytoken.jsa" -jar "$jar" scan --format json "$repo" > /dev/null 2>&1 || true

# Prints "wall cpu" seconds of a command (cpu = user + sys), its output going to $work/out.
time_of() {
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > "$work/out" || true
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$work/time"
}

median() {
  sort -n | awk '{ values[NR] = $1 } END { print (NR % 2) ? values[(NR + 1) / 2] : (values[NR / 2] + values[NR / 2 + 1]) / 2 }'
}

plain=(java -jar "$jar" scan --format json "$repo")
cds=(java -XX:SharedArchiveFile="$work/applytoken.jsa" -XX:TieredStopAtLevel=1 -jar "$jar" scan --format json "$repo")
grep_cmd=(grep -rlE 'mqauth|/token/(apply|revoke|query)' "$repo")

for command in plain cds grep_cmd; do
  declare -n run="$command"
  "${run[@]}" > /dev/null 2>&1 || true
done

# Runs the three commands in turn, RUNS times, so that a change in machine load hits all three.
plain_times=()
cds_times=()
grep_times=()
for _ in $(seq "$runs"); do
  plain_times+=("$(time_of "${plain[@]}")")
  cp "$work/out" "$work/plain.json"
  cds_times+=("$(time_of "${cds[@]}")")
  cp "$work/out" "$work/cds.json"
  grep_times+=("$(time_of "${grep_cmd[@]}")")
done

grep_wall=$(printf '%s\n' "${grep_times[@]}" | cut -d' ' -f1 | median)
grep_cpu=$(printf '%s\n' "${grep_times[@]}" | cut -d' ' -f2 | median)

# Prints one result line for a list of "wall cpu" samples.
report() {
  local name="$1"
  shift
  local wall cpu
  wall=$(printf '%s\n' "$@" | cut -d' ' -f1 | median)
  cpu=$(printf '%s\n' "$@" | cut -d' ' -f2 | median)
  printf '%-22s median %5.2f s wall, %5.2f s cpu: %6.0f files/s, %6.1f MB/s; ratio to grep %5.2f wall, %5.2f cpu\n' \
    "$name" "$wall" "$cpu" "$(echo "$files / $wall" | bc -l)" "$(echo "$mb / $wall" | bc -l)" \
    "$(echo "$wall / $grep_wall" | bc -l)" "$(echo "$cpu / $grep_cpu" | bc -l)"
}

# Prints whether a JSON report names exactly the files that make a legacy call.
found_all() {
  local found
  found=$(python3 -c "
import json
report = json.load(open('$1'))
print('\n'.join(sorted({f['file'] for f in report['findings']})))
")
  if [[ "$found" == "$(cat "$repo.expected")" ]]; then
    echo "yes: exactly the $(wc -l < "$repo.expected") calling files"
  else
    echo "NO: $(echo "$found" | grep -c . || true) files reported, $(wc -l < "$repo.expected") expected"
  fi
}

echo "machine:       $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "repository:    $files files, $mb MB; $runs runs of each command"
report "scan" "${plain_times[@]}"
report "scan, AppCDS + C1" "${cds_times[@]}"
printf '%-22s median %5.2f s wall, %5.2f s cpu: %6.0f files/s, %6.1f MB/s\n' "grep -rlE" "$grep_wall" "$grep_cpu" \
  "$(echo "$files / $grep_wall" | bc -l)" "$(echo "$mb / $grep_wall" | bc -l)"
echo "all 20 found:  scan $(found_all "$work/plain.json"); AppCDS $(found_all "$work/cds.json")"
echo "load average:  $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows the scan more than grep)"
