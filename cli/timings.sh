#!/usr/bin/env bash
# Start-to-answer times of the command line against the Maven goal on the same input (bookinfo's
# YAML), median of N runs each (default 10), printed as the README's table, with the CPU time
# (user + sys) beside the wall time: on a machine shared with other work the wall time is mostly
# waiting. Run from the repository root after './mvnw -B -ntp package -DskipTests'. The Maven goal
# runs from a scratch local repository (hard links to ~/.m2's files, plus this build's plugin
# installed there only), so nothing is installed into ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${N:-10}"
JAR="${VSPLIT_JAR:-cli/target/vsplit-cli.jar}"
Y="$PWD/examples/bookinfo/istio"
VERSION=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
REPO="${TIMINGS_REPO:-${TMPDIR:-/tmp}/vsplit-timings-repo}"

if [ -z "${SKIP_INSTALL:-}" ]; then
  if [ ! -d "$REPO" ]; then
    mkdir -p "$REPO"
    cp -al "$HOME/.m2/repository/." "$REPO/"
    rm -rf "$REPO/dev/vsplit" # this build's artifacts are installed here, never through a hard link
  fi
  ./mvnw -B -ntp -o -q -Dmaven.repo.local="$REPO" -pl dsl,maven-plugin -am install -DskipTests \
    -Dinvoker.skip=true -Dspotless.check.skip=true -Dmaven.javadoc.skip=true >/dev/null
fi
VSPLIT_JAR="$JAR" cli/bin/vsplit analyze "$Y" >/dev/null 2>&1 || true # the launcher's first run makes its archive

# "wall cpu" in ms of one run
run_once() {
  local t
  t=$(mktemp)
  /usr/bin/time -o "$t" -f '%e %U %S' "$@" >/dev/null 2>&1 || true
  awk 'END {printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$t"
  rm -f "$t"
}
# "median wall ms (median cpu ms)" of N runs
time_of() {
  local out
  out=$(for _ in $(seq "$N"); do run_once "$@"; done)
  local wall cpu
  wall=$(cut -d' ' -f1 <<<"$out" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}')
  cpu=$(cut -d' ' -f2 <<<"$out" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}')
  echo "$wall ms ($cpu ms CPU)"
}
scratch=$(mktemp -d) # the goal runs outside any project, as on a repository of YAML only
MVN=("$PWD/mvnw" -B -ntp -o -q -f "$scratch" -Dmaven.repo.local="$REPO")
echo '<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId><artifactId>x</artifactId><version>1</version></project>' >"$scratch/pom.xml"
GOAL="dev.vsplit:vsplit-maven-plugin:$VERSION"
L=(env VSPLIT_JAR="$JAR" cli/bin/vsplit)

# PART=cli, mvn-explain or mvn-analyze measures one column alone (to run them side by side)
case "${PART:-all}" in
  cli)
    echo "explain1 $(time_of java -jar "$JAR" explain --input "$Y" 'GET /login') | $(time_of "${L[@]}" explain --input "$Y" 'GET /login')"
    echo "explain4 $(time_of java -jar "$JAR" explain --input "$Y" /login /logout /productpage /reviews/1) | $(time_of "${L[@]}" explain --input "$Y" /login /logout /productpage /reviews/1)"
    echo "analyze $(time_of java -jar "$JAR" analyze "$Y") | $(time_of "${L[@]}" analyze "$Y")"
    ;;
  mvn-explain) echo "explain1 $(time_of "${MVN[@]}" "$GOAL:explain" -Dvsplit.input="$Y" -Dvsplit.request=/login)" ;;
  mvn-analyze) echo "analyze $(time_of "${MVN[@]}" "$GOAL:analyze" -Dvsplit.input="$Y")" ;;
  *)
    echo "| on bookinfo's YAML | \`java -jar vsplit-cli.jar\` | \`cli/bin/vsplit\` (CDS archive, C1) | Maven goal |"
    echo "| --- | --- | --- | --- |"
    echo "| explain 1 request | $(time_of java -jar "$JAR" explain --input "$Y" 'GET /login') | $(time_of "${L[@]}" explain --input "$Y" 'GET /login') | $(time_of "${MVN[@]}" "$GOAL:explain" -Dvsplit.input="$Y" -Dvsplit.request=/login) |"
    echo "| explain 4 requests, one table | $(time_of java -jar "$JAR" explain --input "$Y" /login /logout /productpage /reviews/1) | $(time_of "${L[@]}" explain --input "$Y" /login /logout /productpage /reviews/1) | one run per request: 4 × the row above |"
    echo "| analyze | $(time_of java -jar "$JAR" analyze "$Y") | $(time_of "${L[@]}" analyze "$Y") | $(time_of "${MVN[@]}" "$GOAL:analyze" -Dvsplit.input="$Y") |"
    ;;
esac
rm -rf "$scratch"
