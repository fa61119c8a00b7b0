// Measures the loaded page for the browser checks; run by selenium, returns plain JSON.
// arguments[0]: true when the page came from file:// (response statuses are not known there).
const fromDisk = arguments[0];
const root = document.documentElement;
const viewportWidth = root.clientWidth;
const describe = (el) => {
  let text = el.tagName.toLowerCase();
  if (el.id) text += "#" + el.id;
  const cls = (el.getAttribute("class") || "").trim().split(/\s+/).filter(Boolean);
  if (cls.length) text += "." + cls.join(".");
  return text;
};
const result = {
  url: location.href,
  title: document.title,
  viewportWidth,
  innerWidth: window.innerWidth,
  scrollWidth: root.scrollWidth,
  bodyScrollWidth: document.body ? document.body.scrollWidth : 0,
  declaresIcon: document.querySelector('link[rel~="icon" i]') !== null,
  navigationStatus: null,
  resources: [],
  images: [],
  stylesheets: [],
  charts: [],
  overflowing: [],
};
const nav = performance.getEntriesByType("navigation")[0];
if (nav && !fromDisk) result.navigationStatus = nav.responseStatus;
for (const entry of performance.getEntriesByType("resource")) {
  result.resources.push({ name: entry.name, status: entry.responseStatus, initiator: entry.initiatorType });
}
for (const img of document.images) {
  result.images.push({ src: img.currentSrc || img.getAttribute("src") || "", complete: img.complete, naturalWidth: img.naturalWidth });
}
for (const link of document.querySelectorAll('link[rel~="stylesheet" i]')) {
  let rules = -1;
  try { rules = link.sheet ? link.sheet.cssRules.length : -1; } catch (e) { rules = -2; }
  result.stylesheets.push({ href: link.getAttribute("href"), loaded: link.sheet !== null, rules });
}
const charts = document.querySelectorAll('main svg[role="img"]');
charts.forEach((svg, index) => {
  const box = svg.getBoundingClientRect();
  const parent = svg.parentElement;
  const parentBox = parent.getBoundingClientRect();
  const parentStyle = getComputedStyle(parent);
  const innerLeft = parentBox.left + parseFloat(parentStyle.borderLeftWidth);
  const innerRight = innerLeft + parent.clientWidth;
  const titleElement = svg.querySelector("title");
  const label = svg.getAttribute("aria-label") || (titleElement ? titleElement.textContent : "") || "";
  result.charts.push({
    index,
    label: label.trim().slice(0, 80),
    id: svg.id || "",
    parent: describe(parent),
    visible: typeof svg.checkVisibility === "function"
      ? svg.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
      : getComputedStyle(svg).visibility !== "hidden",
    left: box.left, right: box.right, width: box.width, height: box.height,
    parentLeft: innerLeft, parentRight: innerRight, parentWidth: parent.clientWidth,
  });
});
if (root.scrollWidth > viewportWidth) {
  // The outermost elements that reach past the right edge: what makes the page scroll sideways.
  const wide = [];
  for (const el of document.body.querySelectorAll("*")) {
    const box = el.getBoundingClientRect();
    if (box.right > viewportWidth + 1 || box.left < -1) {
      let ancestorListed = false;
      for (const other of wide) if (other.contains(el)) { ancestorListed = true; break; }
      if (!ancestorListed) wide.push(el);
    }
    if (wide.length >= 8) break;
  }
  result.overflowing = wide.map((el) => {
    const box = el.getBoundingClientRect();
    return describe(el) + " (left " + Math.round(box.left) + ", right " + Math.round(box.right) + ")";
  });
}
return result;
