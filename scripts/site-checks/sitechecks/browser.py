"""The real-browser checks: headless Chromium from Debian, driven by selenium, opens one page of
every kind from the sub-folder server at a phone and a desktop width, measures it, saves a
screenshot and runs axe-core on it; and opens pages straight from disk."""

from __future__ import annotations

import base64
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .server import Request, SiteServer
from .tally import CheckResult

_HERE = Path(__file__).parent
_PROBE = (_HERE / "probe.js").read_text(encoding="utf-8")
_SETTLE = (_HERE / "settle.js").read_text(encoding="utf-8")
_STYLE_APPLIED = (_HERE / "style_applied.js").read_text(encoding="utf-8")

PHONE_WIDTH = 390
DESKTOP_WIDTH = 1280
WIDTHS = (PHONE_WIDTH, DESKTOP_WIDTH)
_HEIGHTS = {PHONE_WIDTH: 844, DESKTOP_WIDTH: 900}
_SCREENSHOT_MAX_HEIGHT = 16000
_TOLERANCE = 1.0  # CSS pixels: sub-pixel rounding is not overflow
_BLOCKING_IMPACTS = ("critical", "serious")


def _find(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """One headless Chromium session for all checks of a run."""

    def __init__(self) -> None:
        os.environ.setdefault("SE_OFFLINE", "true")  # selenium must never try to download a driver
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        chromium = _find("chromium", "chromium-browser")
        driver = _find("chromedriver")
        if chromium is None or driver is None:
            raise RuntimeError("chromium and chromedriver must be installed (Debian: chromium chromium-driver)")
        options = webdriver.ChromeOptions()
        options.binary_location = chromium
        for argument in (
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--lang=zh-CN", "--window-size=1280,900", "--force-device-scale-factor=1",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-domain-reliability", "--no-pings",
            "--disable-client-side-phishing-detection", "--metrics-recording-only",
            "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
        ):
            options.add_argument(argument)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        self.driver = webdriver.Chrome(service=Service(executable_path=driver), options=options)
        self.driver.set_page_load_timeout(60)
        self.driver.set_script_timeout(120)
        self.driver.execute_cdp_cmd("Network.enable", {})
        self.driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
        self.version = self.driver.capabilities.get("browserVersion", "?")

    def close(self) -> None:
        self.driver.quit()

    def set_width(self, width: int, height: int | None = None) -> None:
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width,
            "height": height or _HEIGHTS.get(width, 900),
            "deviceScaleFactor": 1,
            "mobile": width < 600,
        })

    def open(self, url: str) -> tuple[dict, list[dict]]:
        """Loads `url`, waits for it to settle, and returns (probe, browser log since before)."""
        self.driver.get_log("browser")  # forget what earlier pages logged
        self.driver.get(url)
        self.driver.execute_async_script(_SETTLE)
        probe = self.driver.execute_script(_PROBE, url.startswith("file:"))
        return probe, self.driver.get_log("browser")

    def style_applied(self) -> dict:
        return self.driver.execute_script(_STYLE_APPLIED)

    def screenshot(self, width: int, file: Path) -> None:
        """The whole page at `width`, as a PNG (tall pages cut at 16000 px)."""
        metrics = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
        size = metrics.get("cssContentSize") or metrics.get("contentSize")
        height = max(1, min(int(size["height"] + 0.5), _SCREENSHOT_MAX_HEIGHT))
        self.set_width(width, height)
        try:
            shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
        finally:
            self.set_width(width)
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(base64.b64decode(shot["data"]))

    def axe(self) -> dict:
        from axe_selenium_python import Axe

        axe = Axe(self.driver)
        axe.inject()
        return axe.run(options='{"resultTypes": ["violations"]}')


@dataclass(frozen=True)
class PageVisit:
    """What to open: the page kind, its site-relative path."""

    kind: str
    path: str


def _without_favicon_probe(log: list[dict], requests: list[Request], probe: dict, origin: str,
                           notes: list[str]) -> tuple[list[dict], list[Request], dict]:
    """A page that declares no icon makes the browser ask for /favicon.ico at the server's
    root, outside the site's folder: not a request of the site, so it is left out (and noted)."""
    favicon = origin + "favicon.ico"
    kept_log = [e for e in log if favicon not in str(e.get("message", ""))]
    kept_requests = [r for r in requests if r.path != "/favicon.ico"]
    resources = [r for r in probe["resources"] if r["name"] != favicon]
    if len(kept_log) != len(log) or len(kept_requests) != len(requests) or len(resources) != len(probe["resources"]):
        notes.append("the page declares no icon (<link rel=\"icon\">): the browser asked /favicon.ico at the "
                     "server root, outside the site's folder, and got 404 (not counted)")
    return kept_log, kept_requests, dict(probe, resources=resources)


def _console_problems(log: list[dict], notes: list[str]) -> list[str]:
    problems = []
    for entry in log:
        level = entry.get("level", "")
        message = " ".join(str(entry.get("message", "")).split())
        if level == "SEVERE":
            problems.append(f"console error: {message}")
        elif level == "WARNING":
            notes.append(f"console warning: {message}")
    return problems


def _load_problems(probe: dict, requests: list[Request] | None, origin: str | None) -> list[str]:
    problems = []
    if requests is not None:
        for request in requests:
            if request.status >= 400 or request.status == 0:
                problems.append(f"server answered {request.status} to {request.method} {request.path}")
    if probe.get("navigationStatus") not in (None, 200):
        problems.append(f"the page itself answered {probe['navigationStatus']}")
    for resource in probe["resources"]:
        name = resource["name"]
        scheme = urlsplit(name).scheme
        if origin is not None and scheme in ("http", "https"):
            if not name.startswith(origin):
                problems.append(f"requested from outside the site: {name}")
            elif (resource.get("status") or 0) == 0 or resource["status"] >= 400:
                problems.append(f"request failed ({resource.get('status')}): {name}")
        elif scheme not in ("file", "data", "blob", "about") and origin is None:
            problems.append(f"page opened from disk requested {name}")
    for image in probe["images"]:
        if not image["complete"] or image["naturalWidth"] == 0:
            problems.append(f"image did not load: {image['src']}")
    for sheet in probe["stylesheets"]:
        # A sheet that failed to load has no CSSStyleSheet or an empty one (-2: not readable).
        if not sheet["loaded"] or sheet["rules"] == 0:
            problems.append(f"style sheet did not load (or has no rules): {sheet['href']}")
    return problems


def _layout_problems(probe: dict, width: int) -> list[str]:
    problems = []
    viewport = probe["viewportWidth"]
    if width == PHONE_WIDTH and viewport != width:
        problems.append(f"on a {width} px phone the page lays out {viewport} px wide "
                        "(missing <meta name=viewport content=\"width=device-width\">?)")
    if probe["scrollWidth"] > viewport:
        culprits = "; ".join(probe["overflowing"]) or "no single element found"
        problems.append(f"scrolls sideways at {width} px: content is {probe['scrollWidth']} px wide "
                        f"in a {viewport} px viewport; reaching past the edge: {culprits}")
    for chart in probe["charts"]:
        name = f"chart {chart['index'] + 1}" + (f" '{chart['label']}'" if chart["label"] else "") + \
            (f" #{chart['id']}" if chart["id"] else "")
        if not chart["visible"] or chart["width"] <= 0 or chart["height"] <= 0:
            problems.append(f"{name} is not visible (box {chart['width']:.0f} x {chart['height']:.0f} px)")
            continue
        if chart["width"] > chart["parentWidth"] + _TOLERANCE or \
                chart["left"] < chart["parentLeft"] - _TOLERANCE or \
                chart["right"] > chart["parentRight"] + _TOLERANCE:
            problems.append(f"{name} ({chart['width']:.0f} px wide, {chart['left']:.0f}..{chart['right']:.0f}) "
                            f"does not fit its container {chart['parent']} "
                            f"({chart['parentWidth']} px, {chart['parentLeft']:.0f}..{chart['parentRight']:.0f})")
        if chart["right"] > viewport + _TOLERANCE or chart["left"] < -_TOLERANCE:
            problems.append(f"{name} reaches outside the {viewport} px viewport "
                            f"({chart['left']:.0f}..{chart['right']:.0f})")
    return problems


def format_violation(violation: dict) -> str:
    """One axe violation, readable: rule, impact, what it means, where, and how to fix it."""
    lines = [f"axe {violation['impact']}: {violation['id']}: {violation['help']}",
             f"  {violation.get('helpUrl', '')}"]
    for node in violation.get("nodes", [])[:10]:
        target = " ".join(str(t) for t in node.get("target", []))
        lines.append(f"  at {target}: {' '.join(str(node.get('html', '')).split())[:200]}")
        summary = " ".join(str(node.get("failureSummary", "")).split())
        if summary:
            lines.append(f"    {summary[:400]}")
    more = len(violation.get("nodes", [])) - 10
    if more > 0:
        lines.append(f"  ... and {more} more elements")
    return "\n".join(lines)


def check_served_pages(browser: Browser, server: SiteServer, visits: list[PageVisit],
                       screenshots: Path, run_axe: bool = True) -> list[CheckResult]:
    """Opens each page kind at each width from the sub-folder server; one browser result and
    one axe result per (kind, width)."""
    results: list[CheckResult] = []
    origin = server.base_url.split("/greenpub/")[0] + "/"
    for width in WIDTHS:
        browser.set_width(width)
        for visit in visits:
            label = f"kind {visit.kind} ({visit.path}) at {width} px"
            result = CheckResult(f"browser: {label}")
            server.log.take()
            try:
                probe, log = browser.open(server.url(visit.path))
            except Exception as error:  # a page that hangs or crashes the tab is a failure
                result.problems.append(f"could not load {server.url(visit.path)}: {error}")
                results.append(result)
                continue
            requests = server.log.take()
            if not probe["declaresIcon"]:
                log, requests, probe = _without_favicon_probe(log, requests, probe, origin, result.notes)
            result.problems += _console_problems(log, result.notes)
            result.problems += _load_problems(probe, requests, origin)
            result.problems += _layout_problems(probe, width)
            shot = screenshots / f"{visit.kind}-{width}.png"
            try:
                browser.screenshot(width, shot)
                result.notes.append(f"screenshot {shot}")
            except Exception as error:
                result.problems.append(f"screenshot failed: {error}")
            if probe["charts"]:
                result.notes.append(f"{len(probe['charts'])} chart(s) checked")
            results.append(result)
            if run_axe:
                results.append(_axe_result(browser, f"axe: {label}"))
            server.log.take()
    return results


def _axe_result(browser: Browser, name: str) -> CheckResult:
    result = CheckResult(name)
    try:
        outcome = browser.axe()
    except Exception as error:
        result.problems.append(f"axe-core did not run: {error}")
        return result
    violations = sorted(outcome.get("violations", []), key=lambda v: (v.get("impact") or "", v["id"]))
    for violation in violations:
        if violation.get("impact") in _BLOCKING_IMPACTS:
            result.problems.append(format_violation(violation))
        else:
            result.notes.append(f"axe {violation.get('impact')}: {violation['id']}: {violation['help']} "
                                f"({len(violation.get('nodes', []))} element(s))")
    return result


def check_pages_from_disk(browser: Browser, site: Path, paths: list[str], screenshots: Path) -> list[CheckResult]:
    """Opens each page straight from disk (file://) and checks that its style sheets loaded
    and changed how the page looks, that its images loaded and nothing logged an error."""
    results = []
    browser.set_width(DESKTOP_WIDTH)
    for path in paths:
        result = CheckResult(f"file://: {path}")
        url = (site / path).resolve().as_uri()
        try:
            probe, log = browser.open(url)
            applied = browser.style_applied()
        except Exception as error:
            result.problems.append(f"could not open {url}: {error}")
            results.append(result)
            continue
        result.problems += _console_problems(log, result.notes)
        result.problems += _load_problems(probe, None, None)
        if not probe["stylesheets"]:
            result.problems.append("the page links no style sheet")
        if not applied["applied"]:
            result.problems.append(f"its style sheets did not apply from disk ({applied['sheets']} loaded)")
        shot = screenshots / ("file-" + path.replace("/", "_").removesuffix(".html") + f"-{DESKTOP_WIDTH}.png")
        try:
            browser.screenshot(DESKTOP_WIDTH, shot)
            result.notes.append(f"screenshot {shot}")
        except Exception as error:
            result.problems.append(f"screenshot failed: {error}")
        results.append(result)
    return results
