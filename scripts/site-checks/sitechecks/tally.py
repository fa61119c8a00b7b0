"""The record of every check: each named check passes, fails (with its problems) or is
skipped (with the reason, printed loudly). The last line printed is the summary."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field


@dataclass
class CheckResult:
    """One named check and what it found."""

    name: str
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skipped_reason: str | None = None

    @property
    def passed(self) -> bool:
        return self.skipped_reason is None and not self.problems


class Tally:
    """Collects check results in the order they ran and prints each as it is recorded."""

    def __init__(self, out=None) -> None:
        self.results: list[CheckResult] = []
        self.out = out or sys.stdout

    def record(self, result: CheckResult) -> CheckResult:
        self.results.append(result)
        if result.skipped_reason is not None:
            self._print(f"SKIPPED {result.name}")
            for line in result.skipped_reason.splitlines():
                self._print(f"  !!! {line}")
        elif result.problems:
            self._print(f"FAIL    {result.name}")
            for problem in result.problems:
                for index, line in enumerate(problem.splitlines()):
                    self._print(("  - " if index == 0 else "    ") + line)
        else:
            self._print(f"ok      {result.name}")
        for note in result.notes:
            for index, line in enumerate(note.splitlines()):
                self._print(("  note: " if index == 0 else "        ") + line)
        return result

    def section(self, title: str) -> None:
        self._print("")
        self._print(f"== {title}")

    @property
    def passed(self) -> int:
        return sum(1 for r in self.results if r.passed)

    @property
    def failed(self) -> int:
        return sum(1 for r in self.results if r.problems)

    @property
    def skipped(self) -> int:
        return sum(1 for r in self.results if r.skipped_reason is not None and not r.problems)

    def summary_line(self) -> str:
        line = f"site-checks: {self.passed} passed, {self.failed} failed"
        if self.skipped:
            line += f", {self.skipped} skipped"
        return line

    def _print(self, text: str) -> None:
        print(text, file=self.out, flush=True)
