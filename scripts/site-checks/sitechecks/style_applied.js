// True when the page's style sheets change how it looks: the computed styles of a few
// landmark elements with every sheet on differ from those with every sheet off.
const pick = () => [document.documentElement, document.body, document.querySelector("header"),
  document.querySelector("main"), document.querySelector("h1"), document.querySelector("a")]
  .filter(Boolean)
  .map((el) => {
    const s = getComputedStyle(el);
    return [s.fontFamily, s.fontSize, s.lineHeight, s.color, s.backgroundColor, s.marginTop,
      s.marginLeft, s.paddingLeft, s.maxWidth, s.display, s.textDecorationLine].join("|");
  }).join("||");
const sheets = Array.from(document.styleSheets);
const styled = pick();
sheets.forEach((sheet) => { sheet.disabled = true; });
const plain = pick();
sheets.forEach((sheet) => { sheet.disabled = false; });
return { sheets: sheets.length, applied: sheets.length > 0 && styled !== plain };
