// End-to-end test of the dashboard in headless Debian chromium, driven by playwright-core.
// Usage: node e2e.mjs BASE_URL TOKEN OUT_DIR   (run.sh starts the server and calls this)
import { chromium } from "playwright-core";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const [base, token, outDir] = process.argv.slice(2);
const fail = (msg) => { console.error("FAIL: " + msg); process.exit(1); };
const ok = (msg) => console.log("ok - " + msg);

// ---- store a few documents through the API ------------------------------------------------
const docs = [
  { id: "doha", date: "2021-04-02", title: "Envoy meets Taliban in Doha", publisher: "Test Wire",
    text: "US envoy Zalmay Khalilzad met Taliban leaders in Doha on Monday." },
  { id: "dushanbe", date: "2021-05-12", title: "Cavusoglu and Ghani meet",
    text: "Turkish Foreign Minister Mevlut Cavusoglu met Afghan President Ashraf Ghani in Tajikistan on Tuesday." },
  { id: "kherson", date: "2022-11-20", title: "Shelling in Kherson",
    text: "Russian forces shelled Kherson on Saturday, killing two civilians." },
  { id: "nairobi", date: "2022-02-10", title: "Kenya and Somalia",
    text: "Kenyan President Uhuru Kenyatta met Somali President Mohamed Abdullahi Farmajo in Nairobi on Tuesday." },
];
const post = (headers) => fetch(base + "/api/documents", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(docs) });
let r = await post({});
if (r.status !== 401) fail(`POST without the token gave ${r.status}, not 401`);
r = await post({ authorization: "Bearer " + token });
const report = await r.json();
if (r.status !== 200 || report.added !== docs.length) fail("POST with the token: " + JSON.stringify(report));
ok(`posted ${report.added} documents, ${report.events} events`);

// ---- drive the dashboard --------------------------------------------------------------------
const userDataDir = fs.mkdtempSync(path.join(outDir, "profile-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run"],
  viewport: { width: 1400, height: 1100 },
});
const page = context.pages()[0] || (await context.newPage());
const foreign = [], errors = [];
await context.route("**/*", (route) => {
  const u = route.request().url();
  if (u.startsWith(base) || u.startsWith("data:")) return route.continue();
  foreign.push(u);
  return route.abort();
});
page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
page.on("pageerror", (e) => errors.push(String(e)));

try {
  await page.goto(base + "/", { waitUntil: "load" });
  await page.waitForSelector("body[data-ready='1']", { timeout: 20000 });
  await page.waitForFunction(() => document.querySelectorAll("#events tbody tr").length >= 4, null, { timeout: 20000 });
  ok(`table filled: ${await page.locator("#events tbody tr").count()} rows`);
  const bars = await page.locator("#timeline rect").count();
  const nodes = await page.locator("#network g.node").count();
  const edges = await page.locator("#network line.edge").count();
  const land = await page.locator("#map path.land").count();
  const dots = await page.locator("#map circle.dot").count();
  if (bars < 3 || nodes < 4 || edges < 3 || land !== 1 || dots < 2) fail(`charts: bars ${bars}, nodes ${nodes}, edges ${edges}, land ${land}, dots ${dots}`);
  ok(`charts drawn: ${bars} bars, ${nodes} actors, ${edges} dyads, ${dots} places`);

  await page.locator("#events tbody tr", { hasText: "USAGOV" }).first().click();
  await page.waitForSelector("#article-text mark.hl-trigger", { timeout: 10000 });
  const marks = {};
  for (const role of ["source", "target", "trigger"]) marks[role] = await page.locator(`#article-text mark.hl-${role}`).first().textContent();
  if (marks.source !== "US envoy Zalmay Khalilzad" || marks.target !== "Taliban leaders" || marks.trigger !== "met") fail("highlights: " + JSON.stringify(marks));
  const articleText = await page.locator("#article-text").textContent();
  if (articleText !== docs[0].text) fail("article text: " + articleText);
  ok("article shown with source, trigger and target highlighted");

  // Filtering from the form.
  await page.fill("#filters input[name=source]", "RUS");
  await page.click("#filters button[type=submit]");
  await page.waitForFunction(() => document.querySelectorAll("#events tbody tr").length === 1, null, { timeout: 10000 });
  ok("filter source=RUS leaves one row");
  await page.click("#filters button[type=reset]");
  await page.waitForFunction(() => document.querySelectorAll("#events tbody tr").length >= 4, null, { timeout: 10000 });
  await page.locator("#events tbody tr", { hasText: "USAGOV" }).first().click();
  await page.waitForSelector("#article-text mark.hl-trigger", { timeout: 10000 });

  const shot = path.join(outDir, "dashboard.png");
  await page.screenshot({ path: shot, fullPage: true });
  const { width, height, colours, topShare } = pngStats(fs.readFileSync(shot));
  if (colours < 50 || topShare > 0.97) fail(`screenshot looks blank: ${colours} colours, top colour ${(topShare * 100).toFixed(1)}%`);
  ok(`screenshot ${shot}: ${width}x${height}, ${colours} distinct colours, top colour ${(topShare * 100).toFixed(1)}%`);
  if (foreign.length) fail("requests to other origins: " + foreign.join(", "));
  ok("no request left the server's origin");
  if (errors.length) fail("console errors: " + errors.join(" | "));
  ok("no console errors");
} finally {
  await context.close();
}
console.log("all browser checks passed");

/** Decode an 8-bit RGB/RGBA non-interlaced PNG; count distinct colours. */
function pngStats(buf) {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error("not a PNG");
  let pos = 8, width = 0, height = 0, ctype = 0, depth = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos), type = buf.toString("ascii", pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === "IHDR") { width = data.readUInt32BE(0); height = data.readUInt32BE(4); depth = data[8]; ctype = data[9]; if (data[12] !== 0) throw new Error("interlaced PNG"); }
    if (type === "IDAT") idat.push(data);
    pos += 12 + len;
  }
  if (depth !== 8 || (ctype !== 2 && ctype !== 6)) throw new Error(`unsupported PNG: depth ${depth}, colour type ${ctype}`);
  const bpp = ctype === 6 ? 4 : 3, stride = width * bpp;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const prev = Buffer.alloc(stride), cur = Buffer.alloc(stride);
  const counts = new Map();
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)], line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? cur[i - bpp] : 0, b = prev[i], c = i >= bpp ? prev[i - bpp] : 0;
      let v = line[i];
      if (f === 1) v += a; else if (f === 2) v += b; else if (f === 3) v += (a + b) >> 1;
      else if (f === 4) { const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c); v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c; }
      cur[i] = v & 255;
    }
    for (let x = 0; x < width; x++) {
      const k = (cur[x * bpp] << 16) | (cur[x * bpp + 1] << 8) | cur[x * bpp + 2];
      counts.set(k, (counts.get(k) || 0) + 1);
    }
    cur.copy(prev);
  }
  const top = Math.max(...counts.values());
  return { width, height, colours: counts.size, topShare: top / (width * height) };
}
