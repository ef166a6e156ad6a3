// dyad dashboard: vanilla JS drawing SVG from the JSON API of the same origin. No framework, no
// external requests.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const QUAD_COLORS = ["#4c9be8", "#2f9e44", "#f08c00", "#d6336c"];
const QUAD_NAMES = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
const FILTER_KEYS = ["actor", "source", "target", "country", "root", "quad", "from", "to", "place", "q"];

const state = { cursor: null, events: [], selected: null, world: null };

// ---- helpers ---------------------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c instanceof Node ? c : String(c));
  return e;
}

function svg(tag, attrs, ...children) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

function filters() {
  const form = document.getElementById("filters");
  const p = {};
  for (const k of FILTER_KEYS) {
    const v = form.elements[k].value.trim();
    if (v) p[k] = v;
  }
  return p;
}

function interval() { return document.getElementById("filters").elements.interval.value; }

async function api(path, params) {
  const qs = new URLSearchParams(params || {}).toString();
  const r = await fetch(path + (qs ? "?" + qs : ""), { headers: { Accept: "application/json" } });
  const body = await r.json().catch(() => ({ error: r.statusText }));
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

function showError(e) {
  document.getElementById("error").textContent = e ? String(e.message || e) : "";
}

/** Goldstein -10..10 to a colour: red (conflict) through grey to green (cooperation). */
function goldsteinColor(g) {
  const r = Math.max(-1, Math.min(1, (g || 0) / 10));
  const t = Math.sign(r) * Math.sqrt(Math.abs(r)); // make mild cooperation visibly green
  const grey = [150, 150, 150], red = [214, 40, 40], green = [47, 158, 68];
  const to = t < 0 ? red : green, a = Math.abs(t);
  const c = grey.map((v, i) => Math.round(v + (to[i] - v) * a));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

function actorLabel(a) { return a ? a.code : "—"; }

// ---- timeline --------------------------------------------------------------------------------

async function drawTimeline() {
  const data = await api("/api/timeline", { ...filters(), interval: interval() });
  const root = document.getElementById("timeline");
  clear(root);
  const W = 640, H = 240, L = 36, R = 34, T = 10, B = 34;
  const periods = data.periods;
  if (!periods.length) {
    root.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "no events"));
    return;
  }
  const max = Math.max(1, ...periods.map((p) => p.count));
  const bw = (W - L - R) / periods.length;
  const y = (v) => T + (H - T - B) * (1 - v / max);
  const yg = (g) => T + (H - T - B) * (1 - (g + 10) / 20);
  root.append(svg("line", { class: "axis", x1: L, y1: H - B, x2: W - R, y2: H - B }));
  root.append(svg("line", { class: "axis", x1: L, y1: yg(0), x2: W - R, y2: yg(0), "stroke-dasharray": "3 3" }));
  root.append(svg("text", { x: L - 4, y: T + 8, "text-anchor": "end" }, max));
  root.append(svg("text", { x: L - 4, y: H - B, "text-anchor": "end" }, 0));
  root.append(svg("text", { x: W - R + 4, y: T + 8 }, "+10"));
  root.append(svg("text", { x: W - R + 4, y: yg(0) + 3 }, "0"));
  root.append(svg("text", { x: W - R + 4, y: H - B }, "−10"));
  const step = Math.max(1, Math.ceil(periods.length / 8));
  periods.forEach((p, i) => {
    let acc = 0;
    const x = L + i * bw;
    p.quad_class.forEach((n, q) => {
      if (!n) return;
      const y0 = y(acc), y1 = y(acc + n);
      acc += n;
      root.append(svg("rect", { x: x + bw * 0.1, y: y1, width: Math.max(1, bw * 0.8), height: Math.max(0.5, y0 - y1), fill: QUAD_COLORS[q] },
        svg("title", {}, `${p.period}: ${n} ${QUAD_NAMES[q]}`)));
    });
    if (i % step === 0) root.append(svg("text", { x: x + bw / 2, y: H - B + 14, "text-anchor": "middle" }, p.period));
  });
  const pts = periods.map((p, i) => (p.mean_goldstein == null ? null : [L + i * bw + bw / 2, yg(p.mean_goldstein)]));
  let d = "", pen = false;
  for (const pt of pts) {
    if (!pt) { pen = false; continue; }
    d += (pen ? "L" : "M") + pt[0].toFixed(1) + "," + pt[1].toFixed(1);
    pen = true;
  }
  if (d) root.append(svg("path", { class: "gline", d }));
  pts.forEach((pt, i) => {
    if (pt) root.append(svg("circle", { cx: pt[0], cy: pt[1], r: 2.5, fill: goldsteinColor(periods[i].mean_goldstein) },
      svg("title", {}, `${periods[i].period}: mean Goldstein ${periods[i].mean_goldstein}`)));
  });
  const legend = document.getElementById("timeline-legend");
  clear(legend);
  QUAD_NAMES.forEach((n, q) => legend.append(el("span", {}, el("i", { class: `sw-q${q + 1}` }), `${q + 1} ${n}`)));
  legend.append(el("span", {}, el("i", { class: "sw-line" }), "mean Goldstein"));
}

// ---- dyad network ----------------------------------------------------------------------------

function layout(nodes, edges, W, H) {
  // A small force layout: repulsion between all nodes, springs along edges, pull to the centre.
  const n = nodes.length;
  nodes.forEach((nd, i) => {
    const a = (2 * Math.PI * i) / n;
    nd.x = W / 2 + (W / 3) * Math.cos(a);
    nd.y = H / 2 + (H / 3) * Math.sin(a);
    nd.vx = 0; nd.vy = 0;
  });
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.6;
  for (let it = 0; it < 300; it++) {
    const temp = 1 - it / 300;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) { dx = Math.random() - 0.5; dy = Math.random() - 0.5; d2 = 0.5; }
        const f = (k * k) / d2;
        a.vx += dx * f * 0.05; a.vy += dy * f * 0.05;
        b.vx -= dx * f * 0.05; b.vy -= dy * f * 0.05;
      }
    }
    for (const e of edges) {
      const a = e.a, b = e.b;
      const dx = b.x - a.x, dy = b.y - a.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = ((d - k) / d) * 0.05;
      a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
    }
    for (const nd of nodes) {
      nd.vx += (W / 2 - nd.x) * 0.01; nd.vy += (H / 2 - nd.y) * 0.01;
      const v = Math.sqrt(nd.vx * nd.vx + nd.vy * nd.vy) || 1;
      const cap = 20 * temp + 0.5;
      if (v > cap) { nd.vx *= cap / v; nd.vy *= cap / v; }
      nd.x = Math.max(30, Math.min(W - 70, nd.x + nd.vx));
      nd.y = Math.max(20, Math.min(H - 20, nd.y + nd.vy));
      nd.vx *= 0.6; nd.vy *= 0.6;
    }
  }
}

async function drawNetwork() {
  const data = await api("/api/dyads", { ...filters(), interval: interval() });
  const root = document.getElementById("network");
  clear(root);
  const W = 640, H = 400;
  const pairs = new Map();
  for (const d of data.dyads) {
    const key = d.source + "\u0000" + d.target;
    const p = pairs.get(key) || { source: d.source, target: d.target, count: 0, sum: 0 };
    p.count += d.count; p.sum += d.mean_goldstein * d.count;
    pairs.set(key, p);
  }
  const edges = [...pairs.values()].sort((a, b) => b.count - a.count).slice(0, 80);
  if (!edges.length) {
    root.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "no dyads"));
    return;
  }
  const nodes = new Map();
  for (const e of edges) {
    for (const c of [e.source, e.target]) {
      if (!nodes.has(c)) nodes.set(c, { code: c, count: 0 });
      nodes.get(c).count += e.count;
    }
    e.a = nodes.get(e.source); e.b = nodes.get(e.target); e.mean = e.sum / e.count;
  }
  const list = [...nodes.values()];
  layout(list, edges, W, H);
  const maxc = Math.max(...edges.map((e) => e.count));
  root.append(svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 24, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto" },
    svg("path", { d: "M0,0L10,5L0,10z", fill: "#888" }))));
  for (const e of edges) {
    const w = 1 + 5 * Math.sqrt(e.count / maxc);
    root.append(svg("line", {
      class: "edge", x1: e.a.x, y1: e.a.y, x2: e.b.x, y2: e.b.y, stroke: goldsteinColor(e.mean), "stroke-width": w,
      "stroke-opacity": 0.85, "marker-end": "url(#arrow)",
      onclick: () => setFilters({ source: e.source, target: e.target }),
    }, svg("title", {}, `${e.source} → ${e.target}: ${e.count} events, mean Goldstein ${e.mean.toFixed(2)}`)));
  }
  const maxn = Math.max(...list.map((n) => n.count));
  for (const nd of list) {
    const r = 5 + 10 * Math.sqrt(nd.count / maxn);
    root.append(svg("g", { class: "node", transform: `translate(${nd.x.toFixed(1)},${nd.y.toFixed(1)})`, onclick: () => setFilters({ actor: nd.code }) },
      svg("circle", { r, fill: "#5c6b80" }, svg("title", {}, `${nd.code}: ${nd.count} events (click to filter)`)),
      svg("text", { x: r + 2, y: 3 }, nd.code)));
  }
}

// ---- map ---------------------------------------------------------------------------------

const MW = 720, MH = 360;
const project = (lon, lat) => [((lon + 180) / 360) * MW, ((90 - lat) / 180) * MH];

async function drawWorld() {
  const root = document.getElementById("map");
  clear(root);
  root.append(svg("rect", { class: "sea", x: 0, y: 0, width: MW, height: MH }));
  if (!state.world) state.world = await (await fetch("/assets/world.json")).json();
  let d = "";
  for (const f of state.world.features) {
    const g = f.geometry;
    const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    for (const poly of polys) for (const ring of poly) {
      ring.forEach(([lon, lat], i) => {
        const [x, y] = project(lon, lat);
        d += (i ? "L" : "M") + x.toFixed(1) + "," + y.toFixed(1);
      });
      d += "Z";
    }
  }
  root.append(svg("path", { class: "land", d }));
  root.append(svg("g", { id: "dots" }));
}

function drawDots() {
  const g = document.getElementById("dots");
  if (!g) return;
  clear(g);
  const byPlace = new Map();
  for (const e of state.events) {
    const p = e.place;
    if (!p || p.lat == null || p.lon == null) continue;
    const key = p.lat + "," + p.lon;
    const b = byPlace.get(key) || { p, events: [] };
    b.events.push(e);
    byPlace.set(key, b);
  }
  for (const { p, events } of byPlace.values()) {
    const [x, y] = project(p.lon, p.lat);
    const mean = events.reduce((s, e) => s + e.cameo.goldstein, 0) / events.length;
    g.append(svg("circle", {
      class: "dot", cx: x.toFixed(1), cy: y.toFixed(1), r: (2.5 + 2 * Math.sqrt(events.length)).toFixed(1), fill: goldsteinColor(mean),
      onclick: () => openEvent(events[0].global_event_id),
    }, svg("title", {}, `${p.name}${p.country ? " (" + p.country + ")" : ""}: ${events.length} event(s)`)));
  }
}

// ---- table -------------------------------------------------------------------------------

function row(e) {
  const q = e.cameo.quad_class;
  const tr = el("tr", { "data-id": e.global_event_id, onclick: () => openEvent(e.global_event_id) },
    el("td", {}, e.global_event_id),
    el("td", {}, e.date || e.doc_date || ""),
    el("td", { title: e.source ? e.source.text : "" }, el("code", {}, actorLabel(e.source))),
    el("td", { class: "q" + q, title: `QuadClass ${q}, Goldstein ${e.cameo.goldstein}` }, el("code", {}, e.cameo.code), " ", e.cameo.name),
    el("td", { title: e.target ? e.target.text : "" }, el("code", {}, actorLabel(e.target))),
    el("td", {}, e.place ? e.place.name : ""),
    el("td", {}, `${e.num_mentions}/${e.num_articles}`),
    el("td", { class: "sentence" }, e.sentence_text.length > 160 ? e.sentence_text.slice(0, 160) + "…" : e.sentence_text));
  return tr;
}

async function loadEvents(more) {
  const params = { ...filters(), limit: 100 };
  if (more && state.cursor) params.cursor = state.cursor;
  const data = await api("/api/events", params);
  const tbody = document.querySelector("#events tbody");
  if (!more) { clear(tbody); state.events = []; }
  for (const e of data.events) { tbody.append(row(e)); state.events.push(e); }
  state.cursor = data.next_cursor;
  document.getElementById("more").hidden = !data.next_cursor;
  document.getElementById("table-count").textContent = `${state.events.length} of ${data.total}`;
  drawDots();
}

// ---- article -----------------------------------------------------------------------------

/** The text as code points (spans count characters, not UTF-16 units) with marks for spans. */
function highlighted(text, spans) {
  const chars = Array.from(text);
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out = el("div", { id: "article-text" });
  let pos = 0;
  for (const s of sorted) {
    if (s.start < pos) continue; // overlapping span: keep the first
    if (s.start > pos) out.append(chars.slice(pos, s.start).join(""));
    const m = el("mark", { class: "hl-" + s.role, title: s.role + (s.code ? " " + s.code : "") }, chars.slice(s.start, s.end).join(""));
    out.append(m);
    pos = s.end;
  }
  if (pos < chars.length) out.append(chars.slice(pos).join(""));
  return out;
}

async function openEvent(id) {
  try {
    showError(null);
    document.querySelectorAll("#events tr.selected").forEach((r) => r.classList.remove("selected"));
    const tr = document.querySelector(`#events tr[data-id="${id}"]`);
    if (tr) tr.classList.add("selected");
    const detail = await api(`/api/events/${encodeURIComponent(id)}`);
    const ev = detail.event;
    const mention = detail.mentions[0];
    const docId = mention ? mention.doc_id : ev.doc_id;
    const doc = await api(`/api/documents/${encodeURIComponent(docId)}`);
    const spans = mention ? mention.evidence : detail.evidence;
    const box = document.getElementById("article");
    clear(box);
    box.append(
      el("h3", {}, doc.title || doc.id),
      el("div", { class: "meta" }, [doc.date, doc.publisher, doc.url].filter(Boolean).join(" · ") || doc.id),
      el("p", { class: "event-summary" },
        el("mark", { class: "hl-source" }, actorLabel(ev.source)), " ",
        el("mark", { class: "hl-trigger" }, `${ev.cameo.code} ${ev.cameo.name}`), " ",
        el("mark", { class: "hl-target" }, actorLabel(ev.target)),
        ` · Goldstein ${ev.cameo.goldstein} · ${ev.date || ""} · reported ${ev.num_mentions} time(s) in ${ev.num_articles} article(s)`),
      highlighted(doc.text, spans));
    if (detail.mentions.length > 1) {
      box.append(el("p", { class: "meta" }, "Also reported by: " + detail.mentions.slice(1).map((m) => m.doc_id).join(", ")));
    }
    const mark = box.querySelector("#article-text mark.hl-trigger");
    if (mark) mark.scrollIntoView({ block: "center", behavior: "instant" });
  } catch (e) {
    showError(e);
  }
}

// ---- wiring ------------------------------------------------------------------------------

function setFilters(values) {
  const form = document.getElementById("filters");
  for (const k of FILTER_KEYS) form.elements[k].value = "";
  for (const [k, v] of Object.entries(values)) form.elements[k].value = v;
  refresh();
}

async function refresh() {
  showError(null);
  const status = document.getElementById("status");
  const results = await Promise.allSettled([drawTimeline(), drawNetwork(), loadEvents(false)]);
  const failed = results.find((r) => r.status === "rejected");
  if (failed) showError(failed.reason);
  try {
    const h = await api("/api/health");
    status.textContent = `${h.documents} documents · ${h.events} events · ${h.actors} actors`;
  } catch (e) {
    status.textContent = "store unavailable";
  }
  document.body.dataset.ready = "1";
}

document.addEventListener("DOMContentLoaded", async () => {
  const form = document.getElementById("filters");
  form.addEventListener("submit", (ev) => { ev.preventDefault(); refresh(); });
  form.addEventListener("reset", () => setTimeout(refresh, 0));
  form.elements.interval.addEventListener("change", refresh);
  document.getElementById("more").addEventListener("click", () => loadEvents(true).catch(showError));
  try { await drawWorld(); } catch (e) { showError(e); }
  await refresh();
});
