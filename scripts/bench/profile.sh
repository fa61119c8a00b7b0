#!/usr/bin/env bash
# Profiles one release build of a synthetic project with perf (sampling the CPU clock at 999 Hz
# with call graphs) and prints the functions that take the time: by self time, then by
# inclusive time (the stages). Swift names are demangled.
#
#   scripts/bench/profile.sh [INSTITUTIONS]     default 3000; 292 is the Pengshui sample's size
#
# Needs linux-perf. Writes under .build/bench/profile-<INSTITUTIONS>-<time>/ (kept, small).
set -euo pipefail
institutions=${1:-3000}
repo=$(cd "$(dirname "$0")/../.." && pwd)
greenpub=$repo/.build/release/greenpub
work=$repo/.build/bench/profile-$institutions-$(date +%Y%m%d-%H%M%S)
mkdir -p "$work"
[ -x "$greenpub" ] || (cd "$repo" && swift build -c release --product greenpub)
"$greenpub" synth --institutions "$institutions" --from "$repo" --out "$work/project" >/dev/null
perf record -q -e cpu-clock -F 999 -g -o "$work/perf.data" -- \
  "$greenpub" build --root "$work/project" --out "$work/site" --today 2025-06-23
report() {
  perf report -i "$work/perf.data" --stdio --no-demangle -g none --percent-limit 0.7 "$@" 2>/dev/null \
    | grep -v "^#" | grep -v "^$" | swift demangle --simplified | cut -c1-200 | sed "s/ *$//"
}
echo "== self time (top functions)"
report --no-children --sort dso,symbol | head -40
echo
echo "== inclusive time (stages)"
report --children --sort symbol | grep -E 'GreenPub|greenpub|main|write|rename|link' | head -40
echo
echo "profile data: $work/perf.data"
