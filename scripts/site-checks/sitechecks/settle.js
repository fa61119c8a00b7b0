// Waits until the page is loaded, its fonts are ready, every image has loaded or failed
// (lazy images are switched to eager so that they are checked too), and two frames are drawn.
const done = arguments[arguments.length - 1];
const loaded = document.readyState === "complete"
  ? Promise.resolve()
  : new Promise((resolve) => window.addEventListener("load", resolve, { once: true }));
const limit = (promise, ms) => Promise.race([promise, new Promise((r) => setTimeout(r, ms))]);
loaded
  .then(() => limit(document.fonts ? document.fonts.ready : Promise.resolve(), 10000))
  .then(() => {
    const pending = [];
    for (const img of document.images) {
      if (img.loading === "lazy") img.loading = "eager";
      if (!img.complete) {
        pending.push(new Promise((resolve) => {
          img.addEventListener("load", resolve, { once: true });
          img.addEventListener("error", resolve, { once: true });
        }));
      }
    }
    return limit(Promise.all(pending), 10000);
  })
  .then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));
