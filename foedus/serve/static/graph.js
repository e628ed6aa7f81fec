// A small, deterministic force-directed layout (Fruchterman–Reingold) drawn as SVG.
const SVGNS = "http://www.w3.org/2000/svg";

export function layout(nodes, edges, width, height, iterations = 300) {
  const n = nodes.length;
  const pos = new Map();
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(n, 1) + 0.3 * (i % 3);
    pos.set(node.id, { x: width / 2 + (width / 3) * Math.cos(angle), y: height / 2 + (height / 3) * Math.sin(angle) });
  });
  const k = Math.sqrt((width * height) / Math.max(n, 1)) * 0.75;
  let temperature = width / 8;
  for (let it = 0; it < iterations; it++) {
    const disp = new Map(nodes.map((d) => [d.id, { x: 0, y: 0 }]));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = pos.get(nodes[i].id), b = pos.get(nodes[j].id);
        let dx = a.x - b.x, dy = a.y - b.y;
        const dist = Math.max(Math.hypot(dx, dy), 0.01);
        const force = (k * k) / dist;
        dx /= dist; dy /= dist;
        disp.get(nodes[i].id).x += dx * force; disp.get(nodes[i].id).y += dy * force;
        disp.get(nodes[j].id).x -= dx * force; disp.get(nodes[j].id).y -= dy * force;
      }
    }
    for (const e of edges) {
      const a = pos.get(e.source), b = pos.get(e.target);
      if (!a || !b || a === b) continue;
      let dx = a.x - b.x, dy = a.y - b.y;
      const dist = Math.max(Math.hypot(dx, dy), 0.01);
      const force = (dist * dist) / k;
      dx /= dist; dy /= dist;
      disp.get(e.source).x -= dx * force; disp.get(e.source).y -= dy * force;
      disp.get(e.target).x += dx * force; disp.get(e.target).y += dy * force;
    }
    for (const node of nodes) {
      const p = pos.get(node.id), d = disp.get(node.id);
      const len = Math.max(Math.hypot(d.x, d.y), 0.01);
      p.x += (d.x / len) * Math.min(len, temperature);
      p.y += (d.y / len) * Math.min(len, temperature);
      // a weak pull to the centre keeps separate groups of actors near the rest
      p.x += (width / 2 - p.x) * 0.03; p.y += (height / 2 - p.y) * 0.03;
    }
    temperature = Math.max(temperature * 0.98, 0.5);
  }
  return fit(pos, width, height);
}

// Stretch the layout to fill the drawing, leaving room for labels.
function fit(pos, width, height, pad = 40) {
  const xs = [...pos.values()].map((p) => p.x), ys = [...pos.values()].map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  for (const p of pos.values()) {
    p.x = x1 > x0 ? pad + ((p.x - x0) / (x1 - x0)) * (width - 2 * pad - 30) : width / 2;
    p.y = y1 > y0 ? pad + ((p.y - y0) / (y1 - y0)) * (height - 2 * pad) : height / 2;
  }
  return pos;
}

// One line per pair of actors: the directed edges A→B and B→A summed.
export function undirected(edges) {
  const pairs = new Map();
  for (const e of edges) {
    const [a, b] = [e.source, e.target].sort();
    const key = `${a}|${b}`;
    const p = pairs.get(key) || { source: a, target: b, count: 0, cooperation: 0, conflict: 0, directions: [] };
    p.count += e.count ?? e.events ?? 0;
    p.cooperation += e.cooperation ?? 0;
    p.conflict += e.conflict ?? 0;
    p.directions.push(`${e.source}→${e.target}: ${e.count ?? e.events ?? 0}`);
    pairs.set(key, p);
  }
  for (const p of pairs.values()) {
    const signed = p.cooperation + p.conflict;
    p.balance = signed ? (p.cooperation - p.conflict) / signed : 0;
  }
  return [...pairs.values()];
}

export function edgeColour(edge) {
  const b = edge.balance ?? 0;
  if (b > 0.2) return "var(--coop)";
  if (b < -0.2) return "var(--conf)";
  return "var(--neutral)";
}

export function draw(svg, nodes, directed, onEdge, onNode = () => {}) {
  const edges = undirected(directed);
  const { width, height } = svg.getBoundingClientRect();
  const pos = layout(nodes, edges, width || 800, height || 500);
  const title = svg.querySelector("title");
  svg.replaceChildren(title);
  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  for (const e of edges) {
    const a = pos.get(e.source), b = pos.get(e.target);
    if (!a || !b) continue;
    const line = document.createElementNS(SVGNS, "line");
    Object.entries({ x1: a.x, y1: a.y, x2: b.x, y2: b.y }).forEach(([k, v]) => line.setAttribute(k, v.toFixed(1)));
    line.setAttribute("class", "edge");
    line.setAttribute("stroke", edgeColour(e));
    line.setAttribute("stroke-width", (1.5 + 8 * Math.sqrt(e.count / maxCount)).toFixed(1));
    line.setAttribute("data-source", e.source);
    line.setAttribute("data-target", e.target);
    line.setAttribute("tabindex", "0");
    line.setAttribute("role", "button");
    const label = `${e.source} – ${e.target}: ${e.count} events (${e.cooperation} cooperation, ${e.conflict} conflict; ${e.directions.join(", ")})`;
    line.setAttribute("aria-label", label);
    const tip = document.createElementNS(SVGNS, "title");
    tip.textContent = label;
    line.append(tip);
    line.addEventListener("click", () => onEdge(e, line));
    line.addEventListener("keydown", (ev) => { if (ev.key === "Enter") onEdge(e, line); });
    svg.append(line);
  }
  for (const node of nodes) {
    const p = pos.get(node.id);
    const g = document.createElementNS(SVGNS, "g");
    g.setAttribute("class", "node");
    g.setAttribute("data-id", node.id);
    g.setAttribute("transform", `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`);
    const circle = document.createElementNS(SVGNS, "circle");
    circle.setAttribute("r", String(6 + Math.min(14, Math.sqrt(node.events || 1) * 2)));
    const text = document.createElementNS(SVGNS, "text");
    text.setAttribute("x", "12");
    text.setAttribute("y", "-10");
    text.textContent = node.id;
    const tip = document.createElementNS(SVGNS, "title");
    tip.textContent = `${node.name || node.id}: ${node.events ?? 0} events`;
    g.append(circle, text, tip);
    g.setAttribute("tabindex", "0");
    g.setAttribute("role", "button");
    g.setAttribute("aria-label", `${node.name || node.id}: ${node.events ?? 0} events; open its profile`);
    g.addEventListener("click", () => onNode(node));
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") onNode(node); });
    svg.append(g);
  }
}

// Months or years with no events get an empty slot, so gaps in time read as gaps.
export function fillGaps(series, period) {
  if (!series.length || !["month", "year"].includes(period)) return series;
  const byKey = new Map(series.map((s) => [String(s.period).slice(0, 10), s]));
  const first = String(series[0].period), last = String(series[series.length - 1].period);
  let [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7)) || 1];
  const out = [];
  for (let guard = 0; guard < 1200; guard++) {
    const key = period === "year" ? `${y}-01-01` : `${y}-${String(m).padStart(2, "0")}-01`;
    out.push(byKey.get(key) || { period: key, events: 0, cooperation: 0, conflict: 0 });
    if (key >= last.slice(0, 10)) break;
    if (period === "year") y += 1; else if (++m > 12) { m = 1; y += 1; }
  }
  return out;
}

// Stacked bars per period: cooperation above the axis, conflict below.
export function timeline(svg, series) {
  const title = svg.querySelector("title");
  svg.replaceChildren(title);
  const { width, height } = svg.getBoundingClientRect();
  const w = width || 800, h = height || 180, mid = h / 2, pad = 30;
  const max = Math.max(1, ...series.map((s) => Math.max(s.cooperation || 0, s.conflict || 0)));
  const step = (w - 2 * pad) / Math.max(series.length, 1);
  const axis = document.createElementNS(SVGNS, "line");
  Object.entries({ x1: pad, y1: mid, x2: w - pad, y2: mid, stroke: "#999" }).forEach(([k, v]) => axis.setAttribute(k, v));
  svg.append(axis);
  series.forEach((s, i) => {
    const bw = Math.min(Math.max(step * 0.7, 2), 48), x = pad + i * step + (step - bw) / 2;
    const bar = (value, up, colour, kind) => {
      if (!value) return;
      const r = document.createElementNS(SVGNS, "rect");
      const hgt = ((mid - 20) * value) / max;
      Object.entries({ x, y: up ? mid - hgt : mid, width: bw, height: hgt, fill: colour, class: `bar ${kind}` }).forEach(([k, v]) => r.setAttribute(k, v));
      const tip = document.createElementNS(SVGNS, "title");
      tip.textContent = `${s.period}: ${value} ${kind}`;
      r.append(tip);
      svg.append(r);
    };
    bar(s.cooperation, true, "var(--coop)", "cooperation");
    bar(s.conflict, false, "var(--conf)", "conflict");
    if (series.length <= 24 || i % Math.ceil(series.length / 24) === 0) {
      const label = document.createElementNS(SVGNS, "text");
      Object.entries({ x: x, y: h - 4, "font-size": "10" }).forEach(([k, v]) => label.setAttribute(k, v));
      label.textContent = String(s.period).slice(0, 7);
      svg.append(label);
    }
  });
}
