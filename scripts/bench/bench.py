#!/usr/bin/env python3
"""`make bench`: GreenPub at county, city and province scale, against Hugo and two floors.

For each scale (292, 3,000 and 30,000 institutions, six years each) the driver synthesizes a
complete project with `greenpub synth --from <repo>`, then builds it N times, each GreenPub
build followed by a Hugo build of the same pages, cmark-gfm over the same Markdown and a plain
`cp -r` of GreenPub's output. Every run writes into a fresh folder. By default the sites are
written to a tmpfs (/dev/shm), so that the times are the programs' and not the disk's: each
run's sites are deleted there once measured (deleting on a tmpfs costs the next run nothing).
With --on-disk they go to the work folder instead and nothing is deleted while measurements are
being taken (on this machine's disk the file system creates files several times slower for
some minutes after many files were deleted). Then rounds of builds for the growth target, each
a 30,000 build between two 3,000 builds. The rebuild measurements, which make GreenPub replace a
site in place (and so delete the old folder's entries), come last, each paired with a full
build.

Wall time is the median of the runs (measure.c, compiled on the first run: the monotonic clock
from just before a program's fork to its reaping; wait4(2) gives its peak resident set size and
CPU times). Every target that is a ratio of two times (against Hugo, the growth, the rebuild) is
the median of ratios taken pair by pair (or round by round), the runs of a pair one right after
the other, so that both meet the same load of the shared machine. Results go to stdout and to
<work>/results.json and <work>/results.md.
"""

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hugo_site  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GREENPUB = os.path.join(REPO, ".build", "release", "greenpub")
EDIT_MARKER = "（基准测试：单文件改动标记 GPBENCH-EDIT）"
MIB = 1024 * 1024
# Every build is made as of the same day, so that the campaign banner does not depend on the
# day the bench runs (the week of 2025: the banner shows).
TODAY = "2025-06-23"


class Measure:
    """One timed command: wall seconds, peak RSS (KiB), user and system CPU seconds."""

    def __init__(self, wall, peak_kib, user, system):
        self.wall, self.peak_kib, self.user, self.system = wall, peak_kib, user, system

    def as_dict(self):
        return {"wall": round(self.wall, 4), "peak_mib": round(self.peak_kib / 1024, 1),
                "user": self.user, "sys": self.system}


def compile_measure(work):
    """Compiles measure.c (beside this script) into the work folder, once per change of the
    source; the timings go through it (see timed). Any C compiler does: the Swift toolchain
    brings clang."""
    source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "measure.c")
    binary = os.path.abspath(os.path.join(work, "measure"))
    if os.path.exists(binary) and os.path.getmtime(binary) >= os.path.getmtime(source):
        return binary
    compiler = shutil.which("cc") or shutil.which("clang")
    if not compiler:
        sys.exit("bench: no C compiler (cc or clang) to build scripts/bench/measure.c")
    os.makedirs(work, exist_ok=True)
    run([compiler, "-O2", "-o", binary, source])
    return binary


MEASURE = None  # the compiled measure.c; main sets it


def timed(command, time_file, cwd=None, stdout=subprocess.DEVNULL):
    """Runs `command` under measure.c, which forks it and measures it as /usr/bin/time would:
    wall time from just before the fork to the reaping, peak resident set size and CPU times
    from wait4(2). (A command started straight from this driver would report the driver's own
    resident set size as its peak whenever that is larger; under /usr/bin/time, its own start
    added a few milliseconds to the wall time, a third of a no-op rebuild.) The figures go to
    `time_file` as "wall peak-KiB user sys"; fails loudly when the command fails."""
    with open(time_file + ".stderr", "w+b") as stderr:
        result = subprocess.run([MEASURE, time_file] + command, cwd=cwd, stdout=stdout, stderr=stderr)
        if result.returncode != 0:
            stderr.seek(0)
            sys.exit(f"bench: {' '.join(command[:3])} ... failed ({result.returncode}):\n"
                     + stderr.read().decode(errors="replace")[-3000:])
    os.remove(time_file + ".stderr")
    with open(time_file) as f:
        wall, peak_kib, user, system = f.read().split()
    return Measure(float(wall), int(peak_kib), float(user), float(system))


def run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        sys.exit(f"bench: {' '.join(command)} failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return result.stdout


def tree_files(folder):
    """Every regular file under `folder`: relative path -> os.stat_result."""
    files = {}
    for base, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(base, name)
            files[os.path.relpath(path, folder)] = os.stat(path)
    return files


def files_with_new_mtime(before, after):
    """The paths of two `tree_files` listings that appeared, disappeared or got a new mtime."""
    return sorted(p for p in set(before) | set(after)
                  if p not in before or p not in after or before[p].st_mtime_ns != after[p].st_mtime_ns)


def tree_digest(folder):
    digest = hashlib.sha256()
    for path in sorted(tree_files(folder)):
        digest.update(path.encode() + b"\0")
        with open(os.path.join(folder, path), "rb") as f:
            digest.update(hashlib.sha256(f.read()).digest())
    return digest.hexdigest()


def tree_size(folder):
    return sum(s.st_size for s in tree_files(folder).values())


def html_count(folder):
    return sum(1 for p in tree_files(folder) if p.endswith(".html"))


def machine():
    model = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kib = int(f.readline().split()[1])
    return {
        "cpu": model, "nproc": os.cpu_count(), "memory_gib": round(mem_kib / 1024 / 1024, 1),
        "kernel": platform.release(),
        "hugo": run(["hugo", "version"]).strip(),
        "cmark_gfm": run(["cmark-gfm", "--version"]).splitlines()[0],
        "swift": run(["swift", "--version"]).splitlines()[0] if shutil.which("swift") else "?",
        "commit": run(["git", "-C", REPO, "describe", "--always", "--dirty"]).strip(),
    }


def cpu_times():
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + fields[4]
    return sum(fields), idle


def busy_fraction(seconds=1.0):
    """The share of the machine's CPU time other processes used over `seconds`."""
    total0, idle0 = cpu_times()
    time.sleep(seconds)
    total1, idle1 = cpu_times()
    return 1 - (idle1 - idle0) / max(1, total1 - total0)


def growth_ratios(growth):
    """Each growth round's ratio: the large build's wall time over the mean of the two small
    builds' around it."""
    return [large.wall / ((before.wall + after.wall) / 2)
            for (before, after), large in zip(growth["small"], growth["large"])]


def median(values):
    return statistics.median(values) if values else float("nan")


class Bench:
    def __init__(self, args):
        self.args = args
        self.work = os.path.abspath(args.work)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        self.run_dir = os.path.join(self.work, "run-" + stamp)
        self.results = {"machine": machine(), "scales": [], "started": stamp}
        self.waited = 0
        # Where the sites go: a tmpfs folder of this run, or the run folder itself (--on-disk).
        self.sites_dir = self.run_dir if args.on_disk else os.path.join(args.tmpfs, "greenpub-bench-" + stamp)
        self.results["sites_on"] = "disk (ext4, fresh folders)" if args.on_disk else f"tmpfs ({args.tmpfs})"

    def folder(self, *parts):
        path = os.path.join(self.run_dir, *parts)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        return path

    def site_folder(self, *parts):
        path = os.path.join(self.sites_dir, *parts)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        return path

    def discard_run(self, *folders):
        """On a tmpfs, a measured run's sites are deleted at once (memory, not disk)."""
        if not self.args.on_disk:
            for folder in folders:
                shutil.rmtree(folder, ignore_errors=True)

    def log(self, message):
        print(message, flush=True)

    def wait_for_quiet(self):
        """The machine is shared: before a measurement, waits (up to --max-wait seconds in
        all) until other processes use less than --quiet of its CPU. Returns the busy share
        seen last, which the results record."""
        busy = busy_fraction()
        waited = 0
        while busy > self.args.quiet and self.waited + waited < self.args.max_wait:
            if waited == 0:
                self.log(f"  (machine {busy:.0%} busy with other work; waiting)")
            busy = busy_fraction(5)
            waited += 5
        self.waited += waited
        return busy

    # Preparation -----------------------------------------------------------------------------

    def settle(self):
        """After many files were deleted this machine's file system creates files several
        times slower for some minutes (measured: cp -r of 3,000 files 2.9 s a minute or two after
        deleting some 300,000 files, 0.2 s eight minutes after). Waits until --settle seconds have
        passed since the last run deleted its sites."""
        marker = os.path.join(self.work, "last-deletion")
        if not self.args.on_disk or not os.path.exists(marker):
            return
        left = self.args.settle - (time.time() - os.path.getmtime(marker))
        if left > 0:
            self.log(f"bench: the last run deleted its sites {self.args.settle - left:.0f} s ago; "
                     f"waiting {left:.0f} s for the file system to settle (--settle 0 to skip)")
            time.sleep(left)

    def retire_previous_runs(self):
        """Moves earlier runs aside (a rename, nothing deleted); `finish` deletes them."""
        os.makedirs(self.work, exist_ok=True)
        self.trash = os.path.join(self.work, "trash-" + self.results["started"])
        old = [n for n in os.listdir(self.work) if n.startswith(("run-", "trash-"))]
        if old:
            os.makedirs(self.trash)
            for name in old:
                os.rename(os.path.join(self.work, name), os.path.join(self.trash, name))
        os.makedirs(self.run_dir)

    def synthesize(self, institutions):
        project = self.folder("projects", str(institutions))
        started = time.perf_counter()
        run([GREENPUB, "synth", "--institutions", str(institutions), "--from", REPO, "--out", project])
        self.log(f"  synthesized {institutions} institutions in {time.perf_counter() - started:.1f} s -> {project}")
        return project

    # Full builds -----------------------------------------------------------------------------

    def measure_scale(self, institutions, runs):
        self.log(f"\n== {institutions} institutions, {runs} runs")
        project = self.synthesize(institutions)
        out = lambda name: self.site_folder("out", str(institutions), name)  # noqa: E731
        times = lambda name: self.folder("time", f"{institutions}-{name}.txt")  # noqa: E731
        scale = {"institutions": institutions, "project": project, "greenpub": [], "hugo": [], "cmark": [], "cp": [],
                 "busy": []}
        hugo_root = None
        digests = set()
        for i in range(1, runs + 1):
            site = out(f"greenpub-{i}")
            scale["busy"].append(self.wait_for_quiet())
            m = timed([GREENPUB, "build", "--root", project, "--out", site, "--today", TODAY], times(f"greenpub-{i}"))
            scale["greenpub"].append(m)
            if i == 1:
                scale["site"] = site
                scale["pages"] = html_count(site)
                scale["output_bytes"] = tree_size(site)
                hugo_root = self.folder("hugo-src", str(institutions))
                pages, content = hugo_site.generate(site, hugo_root)
                scale["hugo_content_bytes"] = content
                self.log(f"  GreenPub: {scale['pages']} pages, {scale['output_bytes'] / MIB:.1f} MiB; "
                         f"Hugo project: {pages} content files, {content / MIB:.1f} MiB of <main> bodies")
            hugo_out = out(f"hugo-{i}")
            scale["busy"].append(self.wait_for_quiet())
            h = timed(["hugo", "--source", hugo_root, "--destination", hugo_out, "--quiet", "--noBuildLock",
                       "--cacheDir", self.folder("hugo-cache")], times(f"hugo-{i}"))
            scale["hugo"].append(h)
            if i == 1:
                scale["hugo_pages"] = html_count(hugo_out)
                scale["hugo_output_bytes"] = tree_size(hugo_out)
            content = os.path.join(hugo_root, "content")
            markdown = sorted(os.listdir(content))
            c = timed(["cmark-gfm", "--unsafe", "-e", "table", "-e", "strikethrough", "-e", "autolink"] + markdown,
                      times(f"cmark-{i}"), cwd=content, stdout=subprocess.DEVNULL)
            scale["cmark"].append(c)
            p = timed(["cp", "-r", site, out(f"cp-{i}")], times(f"cp-{i}"))
            scale["cp"].append(p)
            digests.add(tree_digest(site))
            if i > 1:
                self.discard_run(site, hugo_out, out(f"cp-{i}"))
            else:
                self.discard_run(hugo_out, out(f"cp-{i}"))
            self.log(f"  run {i} (machine busy before: {scale['busy'][-2]:.0%}, {scale['busy'][-1]:.0%}): GreenPub {m.wall:.3f} s ({m.peak_kib / 1024:.0f} MiB, cpu {m.user + m.system:.2f} s)"
                     f" | Hugo {h.wall:.3f} s ({h.peak_kib / 1024:.0f} MiB) | cmark {c.wall:.3f} s | cp {p.wall:.3f} s")
        # `greenpub check` runs every stage but writing: the difference to a build is the writing.
        checks = []
        for i in range(1, min(runs, 3) + 1):
            self.wait_for_quiet()
            checks.append(timed([GREENPUB, "check", "--root", project, "--today", TODAY], times(f"check-{i}")))
        scale["check"] = checks
        self.log(f"  greenpub check (no writing): {median([c.wall for c in checks]):.3f} s")
        scale["identical_runs"] = len(digests) == 1
        self.log(f"  the {runs} GreenPub outputs are {'byte-identical' if scale['identical_runs'] else 'DIFFERENT'}")
        if institutions == 292:
            sample = out("pengshui-sample")
            run([GREENPUB, "build", "--root", REPO, "--out", sample, "--today", TODAY])
            scale["equals_sample"] = tree_digest(sample) == next(iter(digests))
            self.discard_run(sample)
            self.log(f"  synthesized 292 == the committed Pengshui sample's site: {scale['equals_sample']}")
        return scale

    # Growth ----------------------------------------------------------------------------------

    def measure_growth(self, small, large, rounds):
        """Rounds of three builds into fresh folders, one right after the other: the small scale,
        the large one, the small one again, all three deleted after the round. A round's ratio is
        the large build's time over the mean of the two small builds around it, and the growth
        target is the median of the rounds' ratios. Bracketing the large build this way gives
        both scales the same load of the shared machine and the same position (the large build
        is never first or last), and the small scale, whose 0.4 s runs vary most, is measured
        twice per round. (Before 5bbb555: eleven pairs, which build came first alternating.)"""
        self.log(f"\n== growth: {rounds} rounds of builds at {small['institutions']:,}, "
                 f"{large['institutions']:,} and {small['institutions']:,} institutions")
        growth = {"small": [], "large": []}
        for i in range(rounds):
            self.wait_for_quiet()
            folders = []
            before = after = None
            for step, scale in enumerate((small, large, small)):
                n = scale["institutions"]
                site = self.site_folder("out", "growth", f"{i}-{step}-{n}")
                folders.append(site)
                m = timed([GREENPUB, "build", "--root", scale["project"], "--out", site, "--today", TODAY],
                          self.folder("time", f"growth-{i}-{step}-{n}.txt"))
                if step == 0:
                    before = m
                elif step == 1:
                    growth["large"].append(m)
                else:
                    after = m
            growth["small"].append([before, after])
            self.discard_run(*folders)
            ratio = growth_ratios(growth)[-1]
            self.log(f"  round {i + 1}: {before.wall:.3f} s, {growth['large'][-1].wall:.3f} s, "
                     f"{after.wall:.3f} s: x{ratio:.2f}")
        self.results["growth"] = growth

    # Rebuilds --------------------------------------------------------------------------------

    def pick_edit(self, project):
        """The Markdown file the one-file edit changes: a briefing if there is one."""
        candidates = []
        for folder in ("content/briefings", "content/reports", "content"):
            base = os.path.join(project, folder)
            for root, _, names in os.walk(base):
                for name in sorted(names):
                    if name.endswith(".md") and name.upper() != "README.MD" and name != "index.md":
                        candidates.append(os.path.relpath(os.path.join(root, name), project))
            if candidates:
                return sorted(candidates)[0]
        return "content/index.md"

    def measure_rebuilds(self, scale, repeats):
        """Rebuilds with nothing changed, each paired with a full build of the same project into a
        fresh folder made just before or after it (the order alternates): the target is the median
        of the pairs' ratios, so that both halves of a ratio meet the same load of the shared
        machine. Then the one-file edit."""
        institutions, project, site = scale["institutions"], scale["project"], scale["site"]
        self.log(f"\n== rebuilds at {institutions} institutions (into {site}), each paired with a full build")
        times = lambda name: self.folder("time", f"{institutions}-{name}.txt")  # noqa: E731
        build = [GREENPUB, "build", "--root", project, "--out", site, "--today", TODAY]
        rebuild = {"unchanged": [], "unchanged_changed_files": [], "paired_full": []}
        for r in range(repeats):
            self.wait_for_quiet()
            fresh = self.site_folder("out", str(institutions), f"paired-full-{r}")
            full_build = [GREENPUB, "build", "--root", project, "--out", fresh, "--today", TODAY]
            if r % 2 == 0:
                full = timed(full_build, times(f"paired-full-{r}"))
            before = tree_files(site)
            m = timed(build, times(f"rebuild-{r}"))
            after = tree_files(site)
            if r % 2 == 1:
                full = timed(full_build, times(f"paired-full-{r}"))
            self.discard_run(fresh)
            changed = files_with_new_mtime(before, after)
            rebuild["unchanged"].append(m)
            rebuild["unchanged_changed_files"].append(len(changed))
            rebuild["paired_full"].append(full)
            self.log(f"  nothing changed, rebuild {r + 1}: {m.wall:.3f} s, {len(changed)} of {len(after)} files with a new mtime;"
                     f" full build beside it {full.wall:.3f} s (ratio {m.wall / full.wall:.2f})")

        edited = self.pick_edit(project)
        path = os.path.join(project, edited)
        with open(path, "rb") as f:
            original = f.read()
        with open(path, "wb") as f:
            f.write(original.rstrip(b"\n") + b"\n\n" + EDIT_MARKER.encode() + b"\n")
        self.wait_for_quiet()
        before = tree_files(site)
        m = timed(build, times("rebuild-edit"))
        after = tree_files(site)
        changed = files_with_new_mtime(before, after)
        pages = [p for p in changed if self.contains(site, p, EDIT_MARKER)]
        names = {os.path.basename(p) for p in pages}
        unexplained = [p for p in changed if p not in pages
                       and not any(self.contains(site, p, n) for n in names)]
        rebuild.update(edited=edited, edit=m, edit_changed=changed, edit_pages=pages, edit_unexplained=unexplained)
        self.log(f"  edited {edited}: rebuild {m.wall:.3f} s, {len(changed)} files with a new mtime: "
                 + ", ".join(changed[:12]) + (" ..." if len(changed) > 12 else ""))
        if unexplained:
            self.log(f"  changed without naming the edited page: {', '.join(unexplained[:12])}")
        with open(path, "wb") as f:
            f.write(original)
        run(build)
        scale["rebuild"] = rebuild

    @staticmethod
    def contains(site, path, text):
        try:
            with open(os.path.join(site, path), "rb") as f:
                return text.encode() in f.read()
        except OSError:
            return False

    # Report ----------------------------------------------------------------------------------

    def summarize(self, scale):
        gp = median([m.wall for m in scale["greenpub"]])
        hugo = median([m.wall for m in scale["hugo"]])
        s = {
            "institutions": scale["institutions"], "pages": scale["pages"], "greenpub_s": gp,
            "greenpub_pps": scale["pages"] / gp, "peak_mib": max(m.peak_kib for m in scale["greenpub"]) / 1024,
            "cpu_per_wall": median([(m.user + m.system) / m.wall for m in scale["greenpub"]]),
            "output_mib": scale["output_bytes"] / MIB, "hugo_s": hugo, "hugo_pages": scale["hugo_pages"],
            "hugo_pps": scale["hugo_pages"] / hugo, "hugo_peak_mib": max(m.peak_kib for m in scale["hugo"]) / 1024,
            "hugo_output_mib": scale["hugo_output_bytes"] / MIB,
            "cmark_s": median([m.wall for m in scale["cmark"]]), "cp_s": median([m.wall for m in scale["cp"]]),
            "runs": len(scale["greenpub"]), "identical_runs": scale["identical_runs"],
            "busy_max": max(scale["busy"]),
            "check_s": median([m.wall for m in scale["check"]]),
            "check_peak_mib": max(m.peak_kib for m in scale["check"]) / 1024,
        }
        # Each GreenPub run and the Hugo run right after it make a pair; the ratio is the pairs' median.
        s["ratio_hugo_pps"] = median([(scale["pages"] / g.wall) / (scale["hugo_pages"] / h.wall)
                                      for g, h in zip(scale["greenpub"], scale["hugo"])])
        s["ratio_cmark"] = gp / s["cmark_s"]
        s["ratio_cp"] = gp / s["cp_s"]
        if "rebuild" in scale:
            r = scale["rebuild"]
            s["rebuild_s"] = median([m.wall for m in r["unchanged"]])
            s["paired_full_s"] = median([m.wall for m in r["paired_full"]])
            ratios = [m.wall / f.wall for m, f in zip(r["unchanged"], r["paired_full"])]
            s["rebuild_ratio"], s["rebuild_ratio_range"] = median(ratios), (min(ratios), max(ratios))
            s["runs_rebuild"] = len(ratios)
            s["rebuild_changed"] = max(r["unchanged_changed_files"])
            s["edit_s"] = r["edit"].wall
            s["edit_changed"] = len(r["edit_changed"])
            s["edit_pages"] = len(r["edit_pages"])
            s["edit_unexplained"] = len(r["edit_unexplained"])
            s["edited"] = r["edited"]
        return s

    def report(self):
        rows = [self.summarize(s) for s in self.results["scales"]]
        lines = []
        m = self.results["machine"]
        lines.append(f"Machine: {m['cpu']}, {m['nproc']} cores, {m['memory_gib']} GiB, Linux {m['kernel']}; "
                     f"{m['hugo']}; {m['cmark_gfm']}; {m['swift']}; GreenPub {m['commit']}")
        lines.append(f"Sites written to: {self.results['sites_on']}.")
        lines.append("")
        lines.append("| institutions | pages | GreenPub s | pages/s | peak MiB | CPU/wall | output MiB "
                     "| Hugo s | Hugo pages/s | Hugo peak MiB | GreenPub ÷ Hugo pages/s (median of the pairs) | cmark-gfm s | GreenPub ÷ cmark "
                     "| cp -r s | GreenPub ÷ cp |")
        lines.append("|---:" * 15 + "|")
        for r in rows:
            lines.append(
                f"| {r['institutions']:,} | {r['pages']:,} | {r['greenpub_s']:.3f} | {r['greenpub_pps']:,.0f} "
                f"| {r['peak_mib']:,.0f} | {r['cpu_per_wall']:.2f} | {r['output_mib']:,.1f} | {r['hugo_s']:.3f} "
                f"| {r['hugo_pps']:,.0f} | {r['hugo_peak_mib']:,.0f} | {r['ratio_hugo_pps']:.2f}x | {r['cmark_s']:.3f} "
                f"| {r['ratio_cmark']:.1f}x | {r['cp_s']:.3f} | {r['ratio_cp']:.1f}x |")
        lines.append("")
        lines.append("| institutions | build s | check s (load, compute, render; no writing) | writing s (the difference) "
                     "| writing share | check peak MiB |")
        lines.append("|---:" * 6 + "|")
        for r in rows:
            writing = r["greenpub_s"] - r["check_s"]
            lines.append(f"| {r['institutions']:,} | {r['greenpub_s']:.3f} | {r['check_s']:.3f} | {writing:.3f} "
                         f"| {writing / r['greenpub_s']:.0%} | {r['check_peak_mib']:,.0f} |")
        if any("rebuild_s" in r for r in rows):
            lines.append("")
            lines.append("| institutions | full build s (the scale's runs) | rebuild, nothing changed s | full build beside it s "
                         "| ÷ full (median of the pairs) | range of the pairs | files with a new mtime "
                         "| one-file edit s | files with a new mtime | edited file |")
            lines.append("|---:" * 9 + "|---|")
            for r in rows:
                if "rebuild_s" not in r:
                    continue
                low, high = r["rebuild_ratio_range"]
                lines.append(
                    f"| {r['institutions']:,} | {r['greenpub_s']:.3f} | {r['rebuild_s']:.3f} | {r['paired_full_s']:.3f} "
                    f"| {r['rebuild_ratio']:.2f} | {low:.2f}-{high:.2f} | {r['rebuild_changed']} | {r['edit_s']:.3f} "
                    f"| {r['edit_changed']} | {r['edited']} |")
        lines.append("")
        lines.append("Other processes' share of the CPU just before the measurements (the machine is shared): "
                     + ", ".join(f"{r['institutions']:,}: at most {r['busy_max']:.0%}" for r in rows)
                     + f"; waited {self.waited} s for quiet.")
        lines.append("")
        lines.append("Targets:")
        by = {r["institutions"]: r for r in rows}

        def target(ok, text):
            lines.append(f"- {'PASS' if ok else 'FAIL'}  {text}")

        for r in rows:
            target(r["ratio_hugo_pps"] >= 3,
                   f"{r['institutions']:,}: at least 3x Hugo's pages per second "
                   f"({r['ratio_hugo_pps']:.2f}x, the median of {r['runs']} pairs of runs; medians "
                   f"{r['greenpub_pps']:,.0f} and {r['hugo_pps']:,.0f} pages/s)")
        if 292 in by:
            target(by[292]["greenpub_s"] < 0.2,
                   f"Pengshui sample under 0.2 s wall: {by[292]['greenpub_s']:.3f} s"
                   + ("" if self.sample_equal() else " (WARNING: the synthesized 292 site differs from the sample's)"))
        if 30000 in by:
            target(by[30000]["peak_mib"] < 1024, f"30,000 institutions under 1 GiB peak: {by[30000]['peak_mib']:,.0f} MiB")
        if 3000 in by and 30000 in by:
            a, b = by[3000], by[30000]
            pages = b["pages"] / a["pages"]
            of_medians = b["greenpub_s"] / a["greenpub_s"]
            rounds = self.results.get("growth")
            if rounds:
                ratios = growth_ratios(rounds)
                growth = median(ratios)
                target(growth <= pages, f"time grows no faster than linearly from 3,000 to 30,000: x{growth:.2f} "
                                        f"for x{pages:.2f} pages (median of {len(ratios)} rounds, each a 30,000 build "
                                        f"over the mean of the 3,000 builds before and after it; x{min(ratios):.2f} "
                                        f"to x{max(ratios):.2f})")
                # The same rounds scored against one neighbour only: a 3,000 build right after a
                # 30,000 one tends to be faster (it meets the memory the large build freed).
                before = median([large.wall / pair[0].wall for pair, large in zip(rounds["small"], rounds["large"])])
                after = median([large.wall / pair[1].wall for pair, large in zip(rounds["small"], rounds["large"])])
                lines.append(f"  (the same rounds against the 3,000 build before the 30,000 one only: x{before:.2f}; "
                             f"after it only: x{after:.2f})")
                lines.append(f"  (the ratio of the scales' medians above, minutes apart: x{of_medians:.2f})")
            else:
                target(of_medians <= pages, f"time grows no faster than linearly from 3,000 to 30,000: "
                                            f"x{of_medians:.2f} for x{pages:.2f} pages (the scales' medians)")
            # Not a target: how the other programs of the same run grew, for the machine's share.
            lines.append(f"  (the same run, 3,000 to 30,000: GreenPub's check, which writes nothing, "
                         f"x{b['check_s'] / a['check_s']:.2f}; cp -r of the output x{b['cp_s'] / a['cp_s']:.2f}; "
                         f"Hugo x{b['hugo_s'] / a['hugo_s']:.2f}; cmark-gfm x{b['cmark_s'] / a['cmark_s']:.2f})")
        for r in rows:
            target(r["identical_runs"], f"{r['institutions']:,}: the {r['runs']} builds are byte-identical")
        for r in rows:
            if "rebuild_s" not in r:
                continue
            target(r["rebuild_changed"] == 0,
                   f"{r['institutions']:,}: a rebuild with nothing changed keeps every file's mtime "
                   f"({r['rebuild_changed']} changed)")
            target(r["rebuild_ratio"] < 0.2,
                   f"{r['institutions']:,}: a rebuild with nothing changed takes under a fifth of a full build "
                   f"({r['rebuild_ratio']:.2f}, the median of {r['runs_rebuild']} pairs; medians "
                   f"{r['rebuild_s']:.3f} s and {r['paired_full_s']:.3f} s)")
            target(r["edit_pages"] >= 1 and r["edit_unexplained"] == 0,
                   f"{r['institutions']:,}: after editing {r['edited']}, only pages that show or link it are "
                   f"rewritten ({r['edit_changed']} files: {r['edit_pages']} showing the edit, "
                   f"{r['edit_changed'] - r['edit_pages'] - r['edit_unexplained']} linking it, "
                   f"{r['edit_unexplained']} neither)")
        text = "\n".join(lines)
        print("\n" + text)
        with open(os.path.join(self.run_dir, "results.md"), "w") as f:
            f.write(text + "\n")
        serializable = json.loads(json.dumps(self.results, default=lambda o: o.as_dict() if isinstance(o, Measure) else str(o)))
        serializable["summary"] = rows
        with open(os.path.join(self.run_dir, "results.json"), "w") as f:
            json.dump(serializable, f, indent=1, ensure_ascii=False)
        print(f"\nresults: {self.run_dir}/results.md and results.json")

    def sample_equal(self):
        return all(s.get("equals_sample", True) for s in self.results["scales"])

    def finish(self):
        """Deletes earlier runs, and this run's sites unless --keep: after every measurement."""
        if os.path.isdir(self.trash):
            shutil.rmtree(self.trash)
        if not self.args.keep:
            for name in ("out", "hugo-src", "projects"):
                shutil.rmtree(os.path.join(self.run_dir, name), ignore_errors=True)
            if not self.args.on_disk:
                shutil.rmtree(self.sites_dir, ignore_errors=True)
        if not self.args.keep or os.path.isdir(self.trash):
            with open(os.path.join(self.work, "last-deletion"), "w") as f:
                f.write(time.strftime("%Y-%m-%d %H:%M:%S\n"))
            print("bench: sites deleted after measuring; the file system is slow to create files for about ten minutes")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="292,3000,30000", help="institution counts, comma-separated")
    parser.add_argument("--runs", type=int, default=9, help="runs per scale below 30,000 (default 9)")
    parser.add_argument("--large-runs", type=int, default=7, help="runs at 30,000 and above (default 7)")
    parser.add_argument("--rebuild-repeats", type=int, default=11,
                        help="rebuilds with nothing changed per scale, each paired with a full build (default 11)")
    parser.add_argument("--growth-rounds", type=int, default=21,
                        help="rounds of builds at 3,000, 30,000 and 3,000 for the growth target (default 21)")
    parser.add_argument("--work", default=os.path.join(REPO, ".build", "bench"), help="work folder")
    parser.add_argument("--quiet", type=float, default=0.15,
                        help="before each measurement wait until other processes use less than this share of the CPU")
    parser.add_argument("--max-wait", type=float, default=900, help="give up waiting for a quiet machine after this many seconds in all")
    parser.add_argument("--settle", type=float, default=600,
                        help="seconds to leave between the last run's deletions and the first measurement")
    parser.add_argument("--keep", action="store_true", help="keep this run's projects and sites")
    parser.add_argument("--tmpfs", default="/dev/shm", help="tmpfs folder the sites are written to (default /dev/shm)")
    parser.add_argument("--on-disk", action="store_true",
                        help="write the sites into the work folder on disk instead of the tmpfs")
    parser.add_argument("--no-compile", action="store_true", help="use the existing release binary")
    args = parser.parse_args()

    for tool in ("hugo", "cmark-gfm"):
        if not shutil.which(tool):
            sys.exit(f"bench: {tool} is missing (make bench installs it)")
    if not args.no_compile:
        print("bench: make release, the release build of `make site` (not timed)", flush=True)
        subprocess.run(["make", "--no-print-directory", "release"], cwd=REPO, check=True)
    if not args.on_disk and not os.path.isdir(args.tmpfs):
        sys.exit(f"bench: {args.tmpfs} is not a folder; give --tmpfs DIR or --on-disk")
    global MEASURE
    MEASURE = compile_measure(args.work)
    bench = Bench(args)
    bench.settle()
    bench.retire_previous_runs()
    scales = [int(s) for s in args.scales.split(",")]
    for institutions in scales:
        runs = args.large_runs if institutions >= 30000 else args.runs
        bench.results["scales"].append(bench.measure_scale(institutions, runs))
    by_size = {s["institutions"]: s for s in bench.results["scales"]}
    if 3000 in by_size and 30000 in by_size and args.growth_rounds > 0:
        bench.measure_growth(by_size[3000], by_size[30000], args.growth_rounds)
    for scale in bench.results["scales"]:
        bench.measure_rebuilds(scale, args.rebuild_repeats)
    bench.report()
    bench.finish()


if __name__ == "__main__":
    main()
