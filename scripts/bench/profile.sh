#!/usr/bin/env bash
# Where a GreenPub build spends its time, on a synthetic project of INSTITUTIONS institutions:
#  1. perf (CPU clock at 999 Hz, call graphs) over one release build: the functions by self
#     time, then by inclusive time (the stages and page builders); Swift names demangled;
#  2. the wall time of `greenpub check` (every stage but writing) against `greenpub build`;
#  3. the wall time of a build with fsync(2) made a no-op (an LD_PRELOAD shim, built with cc),
#     which shows what flushing each written file to disk costs.
#
#   scripts/bench/profile.sh [INSTITUTIONS]     default 3000; 292 is the Pengshui sample's size
#
# Needs linux-perf and a C compiler. Writes under .build/bench/profile-<INSTITUTIONS>-<time>/.
set -euo pipefail
institutions=${1:-3000}
repo=$(cd "$(dirname "$0")/../.." && pwd)
greenpub=$repo/.build/release/greenpub
today=2025-06-23
work=$repo/.build/bench/profile-$institutions-$(date +%Y%m%d-%H%M%S)
mkdir -p "$work"
[ -x "$greenpub" ] || make -C "$repo" --no-print-directory release
"$greenpub" synth --institutions "$institutions" --from "$repo" --out "$work/project" >/dev/null
perf record -q -e cpu-clock -F 999 -g -o "$work/perf.data" -- \
  "$greenpub" build --root "$work/project" --out "$work/site-perf" --today $today >/dev/null 2>&1
report() {
  perf report -i "$work/perf.data" --stdio --no-demangle -g none "$@" 2>/dev/null \
    | grep -v "^#" | grep -v "^$" | swift demangle --simplified | cut -c1-200 | sed "s/ *$//"
}
echo "== self time (top functions, % of CPU samples)"
report --percent-limit 0.7 --no-children --sort dso,symbol | head -40
echo
echo "== inclusive time (% of CPU samples; a function on several threads' stacks is listed once per frame kind)"
report --percent-limit 1.5 --children --sort symbol | grep -v "\[k\]" | head -70
echo
echo "== wall time: check (no writing) against build, then build with fsync disabled"
printf 'int fsync(int fd){(void)fd;return 0;}\nint fdatasync(int fd){(void)fd;return 0;}\n' > "$work/nofsync.c"
cc -shared -fPIC -O2 -o "$work/nofsync.so" "$work/nofsync.c"
for i in 1 2 3; do
  /usr/bin/time -f "check            %e s wall, %U s user, %S s sys, %M KiB peak" \
    "$greenpub" check --root "$work/project" --today $today >/dev/null 2>"$work/check.err" || true
  tail -1 "$work/check.err"
  /usr/bin/time -f "build            %e s wall, %U s user, %S s sys, %M KiB peak" \
    "$greenpub" build --root "$work/project" --out "$work/site-$i" --today $today >/dev/null 2>"$work/build.err"
  tail -1 "$work/build.err"
  LD_PRELOAD=$work/nofsync.so /usr/bin/time -f "build, no fsync  %e s wall, %U s user, %S s sys, %M KiB peak" \
    "$greenpub" build --root "$work/project" --out "$work/site-nofsync-$i" --today $today >/dev/null 2>"$work/build.err"
  tail -1 "$work/build.err"
done
echo
echo "profile data: $work/perf.data"
