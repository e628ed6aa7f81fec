// Render a clean text with its annotation layers as nested, non-overlapping segments.

// Each span: {start, end, cls, title}. Order of nesting, outermost first.
const ORDER = ["evidence", "quote", "actor", "quantity", "date", "trigger"];

export function spansOf(analysis, selectedEvent) {
  const spans = [];
  for (const m of analysis.mentions || []) {
    const a = m.actor || {};
    spans.push({ start: m.start, end: m.end, cls: "actor", title: `${a.name || m.text} (${a.code || a.id || "?"})` });
  }
  for (const q of analysis.quotes || []) {
    const who = q.speaker ? q.speaker.name || q.speaker.text : "unknown speaker";
    if (q.message) spans.push({ start: q.message.start, end: q.message.end, cls: "quote", title: `quote: ${who}` });
  }
  for (const n of analysis.quantities || []) {
    spans.push({ start: n.start, end: n.end, cls: "quantity", title: `${n.bound} ${n.value} ${n.unit || ""} ${n.counted || ""}`.trim() });
  }
  for (const t of analysis.times || []) {
    spans.push({ start: t.start, end: t.end, cls: "date", title: `${t.relation} ${t.value || "?"} (${t.precision})` });
  }
  for (const ev of analysis.events || []) {
    if (!ev.trigger) continue;
    const cond = ev.factual === false;
    spans.push({ start: ev.trigger.start, end: ev.trigger.end, cls: cond ? "trigger cond" : "trigger", title: `${ev.event}${cond ? " (" + ev.aux.join(", ") + ")" : ""}` });
  }
  if (selectedEvent) {
    for (const e of selectedEvent.evidence || []) spans.push({ start: e.start, end: e.end, cls: "evidence", title: "evidence" });
  }
  return spans.filter((s) => Number.isInteger(s.start) && s.start >= 0 && s.end > s.start);
}

export function renderAnnotated(container, text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.min(s.start, text.length)); cuts.add(Math.min(s.end, text.length)); }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    covering.sort((x, y) => ORDER.indexOf(x.cls.split(" ")[0]) - ORDER.indexOf(y.cls.split(" ")[0]));
    let node = document.createTextNode(text.slice(a, b));
    for (const s of covering.reverse()) {
      const wrap = document.createElement(s.cls === "evidence" ? "mark" : "span");
      wrap.className = s.cls;
      wrap.title = s.title;
      wrap.append(node);
      node = wrap;
    }
    frag.append(node);
  }
  container.replaceChildren(frag);
}
