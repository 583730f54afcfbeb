#!/usr/bin/env bash
# Start-to-answer times of the command line against the Maven goal on the same input (bookinfo's
# YAML), median of N runs each (default 10), printed as the README's table. Run from the repository
# root after './mvnw -B -ntp package -DskipTests'. The Maven goal runs from a scratch local
# repository (hard links to ~/.m2's files plus this build's plugin, installed there only), so
# nothing is installed into ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${N:-10}"
JAR=cli/target/vsplit-cli.jar
YAML=examples/bookinfo/istio
VERSION=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
REPO="${TMPDIR:-/tmp}/vsplit-timings-repo"
JSA="${TMPDIR:-/tmp}/vsplit-cli.jsa"

if [ ! -d "$REPO" ]; then
  mkdir -p "$REPO"
  cp -al "$HOME/.m2/repository/." "$REPO/"
  rm -rf "$REPO/dev/vsplit"   # this build's artifacts are installed here, never through a hard link
fi
./mvnw -B -ntp -o -q -Dmaven.repo.local="$REPO" -pl dsl,maven-plugin -am install -DskipTests -Dinvoker.skip=true -Dspotless.check.skip=true -Dmaven.javadoc.skip=true >/dev/null

# Class-data sharing archive of the CLI's classes, made once by a training run (JDK 13+).
rm -f "$JSA"
java -XX:ArchiveClassesAtExit="$JSA" -jar "$JAR" explain --input "$YAML" /login >/dev/null 2>&1

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_of() {
  for _ in $(seq "$N"); do
    local s e
    s=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    e=$(date +%s%N)
    echo $(((e - s) / 1000000))
  done | median
}
scratch=$(mktemp -d)   # the goal runs outside any project, as on a YAML-only repository
MVN=("$PWD/mvnw" -B -ntp -o -q -f "$scratch" -Dmaven.repo.local="$REPO")
echo '<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId><artifactId>x</artifactId><version>1</version></project>' >"$scratch/pom.xml"
Y="$PWD/$YAML"

echo "| command (bookinfo YAML) | CLI | CLI with CDS archive | Maven goal |"
echo "| --- | --- | --- | --- |"
echo "| explain one request | $(time_of java -jar "$JAR" explain --input "$Y" 'GET /login') ms | $(time_of java -XX:SharedArchiveFile="$JSA" -jar "$JAR" explain --input "$Y" 'GET /login') ms | $(time_of "${MVN[@]}" "dev.vsplit:vsplit-maven-plugin:$VERSION:explain" -Dvsplit.input="$Y" -Dvsplit.request=/login) ms |"
echo "| explain 4 requests (one run; Maven: 4 runs) | $(time_of java -jar "$JAR" explain --input "$Y" /login /logout /productpage /reviews/1) ms | $(time_of java -XX:SharedArchiveFile="$JSA" -jar "$JAR" explain --input "$Y" /login /logout /productpage /reviews/1) ms | $(time_of bash -c "for r in /login /logout /productpage /reviews/1; do ${MVN[*]} dev.vsplit:vsplit-maven-plugin:$VERSION:explain -Dvsplit.input=$Y -Dvsplit.request=\$r; done") ms |"
echo "| analyze | $(time_of java -jar "$JAR" analyze "$Y") ms | $(time_of java -XX:SharedArchiveFile="$JSA" -jar "$JAR" analyze "$Y") ms | $(time_of "${MVN[@]}" "dev.vsplit:vsplit-maven-plugin:$VERSION:analyze" -Dvsplit.input="$Y") ms |"
rm -rf "$scratch"
