// Browser test of corelab's HTML report: opens reports in the system's
// headless Chromium (/usr/bin/chromium) through playwright-core and checks
// that lanes and spans are drawn (canvas pixels and the page's counters),
// that hovering a span shows its tooltip, that wheel zoom and drag pan
// move the view, and how long a big report takes to open.
//
// Usage: node report.test.js --report SMALL.html [--big BIG.html] --out DIR
//        [--runs N] [--budget MS]
// Prints one line per check and "N passed, N failed"; exits 1 on failure.
// The big report's open time is printed (median of --runs openings); it
// is checked against --budget only when one is given: timings belong to
// the benchmark (scripts/bench-report), not to `cargo test`, which runs on
// shared, noisy machines.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];
const RUNNING_RGB = [0x2f, 0x9e, 0x55];

function args() {
  const a = process.argv.slice(2), o = {};
  for (let i = 0; i < a.length; i += 2) o[a[i].replace(/^--/, "")] = a[i + 1];
  return o;
}

let passed = 0, failed = 0;
function check(name, ok, detail) {
  if (ok) passed++; else failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ": " + detail : ""}`);
}

async function open(context, file) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const t0 = Date.now();
  await page.goto("file://" + path.resolve(file));
  await page.waitForFunction(() => window.corelabReport && window.corelabReport.ready, null, { timeout: 30000 });
  return { page, ms: Date.now() - t0 };
}

async function pixel(page, x, y) {
  return page.evaluate(([x, y]) => {
    const c = document.getElementById("tl-canvas");
    const dpr = c.width / c.clientWidth;
    return Array.from(c.getContext("2d").getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data);
  }, [x, y]);
}

async function small(context, file, out) {
  const { page } = await open(context, file);
  const api = await page.evaluate(() => ({ ...window.corelabReport }));
  check("lanes are laid out", api.lanes >= 4, `${api.lanes} lanes`);
  check("spans are drawn", api.rects > 0 && api.spans > 0, `${api.rects} rectangles for ${api.spans} spans`);

  const run = await page.evaluate(() => window.corelabReport.find("running"));
  check("a running span exists", run !== null, run && `${run.label}, ${run.duration} ns`);
  if (run) {
    const px = await pixel(page, run.canvasX, run.canvasY);
    const same = px.slice(0, 3).every((v, i) => Math.abs(v - RUNNING_RGB[i]) <= 2);
    check("its pixel has the running colour", same, `rgba(${px.join(",")})`);
    await page.mouse.move(run.x, run.y);
    const tip = await page.evaluate(() => {
      const t = document.getElementById("tooltip");
      return t.hidden ? "" : t.textContent;
    });
    check("hover shows the tooltip", tip.includes(run.label) && tip.includes("running") && tip.includes("duration"), JSON.stringify(tip));
    check("the tooltip names the source line", run.line === 0 || /\.py:\d+/.test(tip), JSON.stringify(tip));
  }
  const wait = await page.evaluate(() => window.corelabReport.find("waiting for the GIL"));
  if (wait) {
    await page.mouse.move(wait.x, wait.y);
    const tip = await page.evaluate(() => document.getElementById("tooltip").textContent);
    check("hover on a GIL wait", tip.includes("waiting for the GIL"), JSON.stringify(tip));
    check("its tooltip names the source line", wait.line === 0 || (tip.includes(".py:" + wait.line) && tip.includes(wait.text)), JSON.stringify(tip));
  }
  const core = await page.evaluate(() => window.corelabReport.find(null, "core"));
  if (core) {
    await page.mouse.move(core.x, core.y);
    const tip = await page.evaluate(() => document.getElementById("tooltip").textContent);
    check("hover on a core shows its thread", tip.includes("runs "), JSON.stringify(tip));
  }
  await page.screenshot({ path: path.join(out, "report.png"), fullPage: true });

  const before = await page.evaluate(() => window.corelabReport.view());
  const box = await page.locator("#tl-canvas").boundingBox();
  await page.mouse.move(box.x + box.width * 0.6, box.y + 60);
  await page.mouse.wheel(0, -600);
  await page.waitForTimeout(100);
  const zoomed = await page.evaluate(() => window.corelabReport.view());
  check("wheel zooms in", zoomed[1] - zoomed[0] < (before[1] - before[0]) * 0.7, `${before} -> ${zoomed}`);
  await page.mouse.move(box.x + box.width * 0.5, box.y + 60);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + 60, { steps: 5 });
  await page.mouse.up();
  await page.waitForTimeout(100);
  const panned = await page.evaluate(() => window.corelabReport.view());
  check("drag pans", panned[0] > zoomed[0], `${zoomed} -> ${panned}`);
  await page.screenshot({ path: path.join(out, "report-zoomed.png") });
  await page.close();
}

function median(xs) {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)];
}

async function big(context, file, out, runs, budget) {
  const bytes = fs.statSync(file).size;
  const opens = [], navs = [];
  let api = null;
  for (let i = 0; i < runs; i++) {
    const { page, ms } = await open(context, file);
    api = await page.evaluate(() => ({ ...window.corelabReport }));
    opens.push(api.openMs);
    navs.push(ms);
    if (i === 0) {
      await page.screenshot({ path: path.join(out, "big.png") });
      check("big report draws", api.rects > 0, `${api.rects} rectangles`);
    }
    await page.close();
  }
  const open_ms = Math.round(median(opens));
  console.log(`big report: ${api.spans} spans, ${(bytes / 1e6).toFixed(1)} MB; open ${Math.round(median(navs))} ms (navigation to first draw), page's own ${open_ms} ms (median of ${runs}: ${opens.map(Math.round).join(", ")}), one redraw ${Math.round(api.drawMs)} ms`);
  if (budget !== undefined) {
    check(`big report opens in under ${budget} ms (median)`, open_ms < budget, `${open_ms} ms`);
  }
}

async function main() {
  const a = args();
  const out = a.out || fs.mkdtempSync(path.join(os.tmpdir(), "corelab-browser-"));
  fs.mkdirSync(out, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "corelab-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ARGS,
  });
  try {
    if (a.report) await small(context, a.report, out);
    const runs = a.runs ? parseInt(a.runs, 10) : 1;
    const budget = a.budget ? parseInt(a.budget, 10) : undefined;
    if (a.big) await big(context, a.big, out, runs, budget);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(`screenshots in ${out}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
