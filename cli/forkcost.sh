#!/usr/bin/env bash
# What running specs in forked JVMs costs: bookinfo's generate through the command line jar, a
# build that runs the specs in its own JVM (BASE_JAR, e.g. commit 239e259, before the forks)
# against this one (JAR), N runs each (default 9), interleaved so that both see the same load.
# Prints the median wall and CPU (user + sys) seconds of each, their difference, and the load
# average before and after. Build both jars first, without installing anything:
#   git worktree add /tmp/base239 239e259
#   (cd /tmp/base239 && ./mvnw -B -ntp package -DskipTests -pl cli,examples/bookinfo -am)
#   ./mvnw -B -ntp package -DskipTests -pl cli,examples/bookinfo -am
#   BASE=/tmp/base239 cli/forkcost.sh
# BASE_JAR and BASE_CLASSES (default: under BASE), JAR and CLASSES (default: this checkout's) name
# the jars and bookinfo's compiled classes. The first run of each is not timed (it warms the
# file cache).
#
# BASE_REPO=... REPO=... also times the Maven goal: 'process-classes -Dvsplit.force=true' of
# examples/bookinfo in BASE and here, each with the local repository its plugin was installed in
# (never ~/.m2: e.g. cp -al ~/.m2/repository /tmp/m2-new && rm -rf /tmp/m2-new/dev/vsplit, then
# ./mvnw -Dmaven.repo.local=/tmp/m2-new install -pl dsl,maven-plugin -am -DskipTests), and the
# up-to-date skip in both (the same builds without force: the goal's own "skipped in ... ms").
set -euo pipefail
cd "$(dirname "$0")/.."
N="${N:-9}"
BASE="${BASE:-}"
BASE_JAR="${BASE_JAR:-$BASE/cli/target/vsplit-cli.jar}"
BASE_CLASSES="${BASE_CLASSES:-$BASE/examples/bookinfo/target/classes}"
JAR="${JAR:-$PWD/cli/target/vsplit-cli.jar}"
CLASSES="${CLASSES:-$PWD/examples/bookinfo/target/classes}"
for f in "$BASE_JAR" "$JAR"; do
  [ -f "$f" ] || { echo "no jar at $f: build it first (see the comment at the top)" >&2; exit 2; }
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# "wall cpu" in seconds of one run; a failing run stops the measurement
run_once() {
  local t="$out/time"
  /usr/bin/time -o "$t" -f '%e %U %S' "$@" >"$out/log" 2>&1 || { cat "$out/log" >&2; exit 1; }
  awk '{printf "%.2f %.2f\n", $1, $2 + $3}' "$t"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

java -jar "$BASE_JAR" generate --classpath "$BASE_CLASSES" --output-directory "$out/b/istio" >/dev/null 2>&1
java -jar "$JAR" generate --classpath "$CLASSES" --specs com.example.bookinfo.BookinfoMesh \
  --output-directory "$out/f/istio" >/dev/null 2>&1
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
: >"$out/base" && : >"$out/forked"
for _ in $(seq "$N"); do
  rm -rf "$out/b" "$out/f"
  run_once java -jar "$BASE_JAR" generate --classpath "$BASE_CLASSES" \
    --output-directory "$out/b/istio" >>"$out/base"
  run_once java -jar "$JAR" generate --classpath "$CLASSES" \
    --specs com.example.bookinfo.BookinfoMesh --output-directory "$out/f/istio" >>"$out/forked"
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
for k in base forked; do
  printf '%-7s wall %s s (runs: %s)  cpu %s s\n' "$k" "$(cut -d' ' -f1 "$out/$k" | median)" \
    "$(cut -d' ' -f1 "$out/$k" | sort -n | tr '\n' ' ' | sed 's/ $//')" "$(cut -d' ' -f2 "$out/$k" | median)"
done
paste -d' ' "$out/base" "$out/forked" | awk '{print $3 - $1, $4 - $2}' >"$out/diff"
echo "forked - base, median of the interleaved pairs: wall $(cut -d' ' -f1 "$out/diff" | median) s, cpu $(cut -d' ' -f2 "$out/diff" | median) s"

[ -n "${BASE_REPO:-}" ] && [ -n "${REPO:-}" ] || exit 0
# the Maven goal: whole builds, so the difference is the goal's
MB=("$PWD/mvnw" -B -ntp -o -Dmaven.repo.local="$BASE_REPO" -f "$BASE/examples/bookinfo/pom.xml" process-classes)
MN=("$PWD/mvnw" -B -ntp -o -Dmaven.repo.local="$REPO" -f "$PWD/examples/bookinfo/pom.xml" process-classes)
: >"$out/mbase" && : >"$out/mforked" && : >"$out/mskip" && : >"$out/mbaseskip"
"${MN[@]}" >/dev/null 2>&1 # warms up (file cache, the plugin's jars)
echo "load average before (Maven): $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$N"); do
  run_once "${MB[@]}" -Dvsplit.force=true >>"$out/mbase"
  run_once "${MN[@]}" -Dvsplit.force=true >>"$out/mforked"
  "${MN[@]}" >"$out/log" 2>&1
  sed -n 's/.*is up to date.*skipped in \([0-9]*\) ms.*/\1/p' "$out/log" >>"$out/mskip"
  "${MB[@]}" >"$out/log" 2>&1
  sed -n 's/.*is up to date.*skipped in \([0-9]*\) ms.*/\1/p' "$out/log" >>"$out/mbaseskip"
done
echo "load average after (Maven):  $(cut -d' ' -f1-3 /proc/loadavg)"
for k in mbase mforked; do
  printf '%-7s wall %s s  cpu %s s\n' "$k" "$(cut -d' ' -f1 "$out/$k" | median)" "$(cut -d' ' -f2 "$out/$k" | median)"
done
paste -d' ' "$out/mbase" "$out/mforked" | awk '{print $3 - $1, $4 - $2}' >"$out/mdiff"
echo "Maven goal, forked - base, median of the pairs: wall $(cut -d' ' -f1 "$out/mdiff" | median) s, cpu $(cut -d' ' -f2 "$out/mdiff" | median) s"
for k in mbaseskip mskip; do
  echo "$k: the up-to-date skip, the goal's own time: median $(median <"$out/$k") ms (runs: $(sort -n "$out/$k" | tr '\n' ' '))"
done
