"""The Hugo reference site: the same pages as a GreenPub build, for Hugo to build.

For every HTML page GreenPub wrote, the body of its <main> (the rendered Markdown, tables and
inline SVG) becomes a Hugo content file with front matter (title, description, url), so that
Hugo writes the same number of pages at the same paths with the same bytes of content. A
minimal layout wraps it in the frame of GreenPub's own home page (head, header, navigation,
footer), and GreenPub's other files (styles, data exports, robots.txt) are Hugo's static files.
Hugo writes its own sitemap and RSS feed, as GreenPub does.

Hugo's task is therefore lighter than GreenPub's: the content is already HTML (one raw HTML
block per file, which Goldmark passes through), so Hugo neither renders Markdown nor computes
accounts or charts; it reads, templates and writes the same bytes.
"""

import html
import os
import re
import shutil

MAIN = re.compile(rb"<main\b[^>]*>(.*)</main>", re.S)
TITLE = re.compile(rb"<title>(.*?)</title>", re.S)
DESCRIPTION = re.compile(rb'<meta name="description" content="([^"]*)"')

CONFIG = """baseURL = "/"
languageCode = "zh-CN"
title = "GreenPub reference"
disableKinds = ["taxonomy", "term", "section", "404"]
rssLimit = 20
enableRobotsTXT = false
[markup.goldmark.renderer]
unsafe = true
[sitemap]
changefreq = ""
priority = -1
"""


def html_pages(site):
    """Site-relative paths of the HTML files under `site`, sorted."""
    pages = []
    for folder, _, files in os.walk(site):
        for name in files:
            if name.endswith(".html"):
                pages.append(os.path.relpath(os.path.join(folder, name), site))
    return sorted(pages)


def frame(home_html):
    """The layout: GreenPub's home page with its <main> replaced by Hugo's content."""
    text = home_html.decode("utf-8")
    start = text.index("<main")
    open_end = text.index(">", start) + 1
    end = text.index("</main>")
    before = re.sub(r"<title>.*?</title>", "<title>{{ .Title }}</title>", text[:start], flags=re.S)
    before = re.sub(r'<meta name="description" content="[^"]*"',
                    '<meta name="description" content="{{ .Description }}"', before)
    return before + text[start:open_end] + "\n{{ .Content }}\n" + text[end:]


def url_for(path):
    """Hugo's `url` for a GreenPub output path: folders for index.html, the file otherwise."""
    if path == "index.html":
        return "/"
    if path.endswith("/index.html"):
        return "/" + path[: -len("index.html")]
    return "/" + path


def yaml_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(greenpub_site, hugo_root):
    """Writes the Hugo project for `greenpub_site` into the fresh folder `hugo_root`.

    Returns (pages, content bytes): the number of content files and the bytes of <main>
    bodies they hold.
    """
    pages = html_pages(greenpub_site)
    content = os.path.join(hugo_root, "content")
    os.makedirs(content)
    os.makedirs(os.path.join(hugo_root, "layouts", "_default"))
    with open(os.path.join(greenpub_site, "index.html"), "rb") as f:
        layout = frame(f.read())
    for name in ("single.html", "list.html"):
        with open(os.path.join(hugo_root, "layouts", "_default", name), "w", encoding="utf-8") as f:
            f.write(layout)
    with open(os.path.join(hugo_root, "layouts", "index.html"), "w", encoding="utf-8") as f:
        f.write(layout)
    with open(os.path.join(hugo_root, "config.toml"), "w", encoding="utf-8") as f:
        f.write(CONFIG)
    # Every other file GreenPub writes (styles, data exports, robots.txt) is a static file for
    # Hugo, except the sitemap and the feed, which Hugo makes itself.
    for base, _, names in os.walk(greenpub_site):
        for name in names:
            path = os.path.relpath(os.path.join(base, name), greenpub_site)
            if path.endswith(".html") or path in ("sitemap.xml", "feed.xml"):
                continue
            target = os.path.join(hugo_root, "static", path)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(os.path.join(greenpub_site, path), target)

    total = 0
    for number, path in enumerate(pages, 1):
        with open(os.path.join(greenpub_site, path), "rb") as f:
            page = f.read()
        main = MAIN.search(page)
        body = main.group(1) if main else b""
        title = TITLE.search(page)
        description = DESCRIPTION.search(page)
        # Goldmark ends a raw HTML block at a blank line: without blank lines the whole body is
        # one block and passes through as written.
        lines = [line for line in body.split(b"\n") if line.strip()]
        body = b"\n".join(lines)
        total += len(body)
        front = (
            "---\n"
            f"title: {yaml_string(html.unescape(title.group(1).decode()) if title else path)}\n"
            f"description: {yaml_string(html.unescape(description.group(1).decode()) if description else '')}\n"
            f"url: {yaml_string(url_for(path))}\n"
            "---\n"
        ).encode()
        name = "_index.md" if path == "index.html" else f"p{number:06d}.md"
        with open(os.path.join(content, name), "wb") as f:
            f.write(front + b'<div class="page-body">\n' + body + b"\n</div>\n")
    return len(pages), total
