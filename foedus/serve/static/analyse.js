// The Analyse page: analyse pasted text / a URL, or open a stored document, and show every layer.
import { api, el, eventRow, status } from "/static/common.js";
import { renderAnnotated, spansOf } from "/static/annotate.js";

const $ = (id) => document.getElementById(id);
let current = null;

function render(analysis) {
  current = analysis;
  const doc = analysis.doc;
  $("result").hidden = false;
  $("doc-meta").textContent = [doc.title, doc.date && `published ${doc.date}`, doc.lang && `language ${doc.lang}`, doc.outlet || doc.site || doc.url]
    .filter(Boolean).join(" · ");
  renderAnnotated($("doc-text"), doc.text, spansOf(analysis, null));
  renderEvents(analysis.events || []);
  renderQuotes(analysis);
  const repairs = analysis.repairs || [];
  $("repairs").replaceChildren(
    ...(repairs.length ? repairs.map((r) => el("li", {}, el("strong", {}, r.kind), ": ", el("code", {}, clip(r.removed, 140)), ` — ${r.reason}`))
      : [el("li", { class: "muted" }, "none")]),
  );
}

function renderEvents(events) {
  const rows = events
    .slice()
    .sort((a, b) => Number(b.factual !== false) - Number(a.factual !== false))
    .map((ev) => eventRow(ev, (row) => select(ev, row), el("td", {}, ev.trigger ? ev.trigger.text : "")));
  $("event-table").tBodies[0].replaceChildren(...(rows.length ? rows : [el("tr", {}, el("td", { colspan: "6", class: "muted" }, "no events found"))]));
}

function select(ev, row) {
  for (const r of $("event-table").tBodies[0].rows) r.setAttribute("aria-selected", String(r === row));
  renderAnnotated($("doc-text"), current.doc.text, spansOf(current, ev));
  const first = $("doc-text").querySelector("mark.evidence");
  if (first) first.scrollIntoView({ block: "center", behavior: "instant" });
  status($("status"), `${ev.event}: ${(ev.evidence || []).length} evidence span(s) highlighted`);
}

function renderQuotes(analysis) {
  const items = (analysis.quotes || []).map((q) =>
    el("li", {}, el("strong", {}, q.speaker ? q.speaker.name || q.speaker.text : "unknown"), q.cue ? ` (${q.cue.text})` : "", ": ", el("q", {}, clip(q.message.text, 160))),
  );
  for (const a of analysis.attributions || []) {
    if (a.kind === "outlet" && !(analysis.quotes || []).length) items.push(el("li", { class: "muted" }, `outlet: ${a.source.name || a.source.text}`));
  }
  $("quotes").replaceChildren(...(items.length ? items : [el("li", { class: "muted" }, "no quotes or cited sources found")]));
}

function clip(text, n) {
  text = String(text || "");
  return text.length <= n ? text : text.slice(0, n - 1) + "…";
}

async function analyse(event) {
  event.preventDefault();
  const text = $("text").value.trim();
  const url = $("url").value.trim();
  if (!text && !url) return status($("status"), "Paste a text or give a URL first.", true);
  const body = { date: $("date").value || null, lang: $("lang").value.trim() || null, store: $("store").checked };
  if (url && !text) body.url = url;
  else if (/^\s*<(!doctype|html|body|article|div|p)[\s>]/i.test(text)) body.html = text;
  else body.text = text;
  const headers = { "Content-Type": "application/json" };
  const token = $("token").value.trim();
  if (token) sessionStorage.setItem("foedus-token", token);
  status($("status"), "Analysing…");
  try {
    const res = await api("/api/analyse", { method: "POST", headers, body: JSON.stringify(body) });
    render(res.analysis);
    const n = res.analysis.events.length;
    status($("status"), `${n} event${n === 1 ? "" : "s"} found${res.stored ? "; stored in the corpus" : ""}.`);
  } catch (err) {
    status($("status"), err.message, true);
  }
}

async function openStored(id) {
  status($("status"), "Loading…");
  try {
    const res = await api(`/api/documents/${encodeURIComponent(id)}`);
    render(res.analysis);
    history.replaceState(null, "", `/?doc=${encodeURIComponent(id)}`);
    $("stored").value = id;
    status($("status"), `Stored document ${id}: ${res.analysis.events.length} events.`);
  } catch (err) {
    status($("status"), err.message, true);
  }
}

async function listStored() {
  try {
    const res = await api("/api/documents?limit=500");
    const select = $("stored");
    for (const d of res.documents) select.append(el("option", { value: d.id }, `${d.date || "????-??-??"} · ${d.title || d.id}`));
    $("stored-wrap").hidden = res.documents.length === 0;
    const wanted = new URLSearchParams(location.search).get("doc");
    if (wanted) select.value = wanted;
  } catch {
    // no store behind this server: the page still analyses pasted text
  }
}

$("analyse-form").addEventListener("submit", analyse);
$("stored").addEventListener("change", (e) => e.target.value && openStored(e.target.value));
$("token").value = sessionStorage.getItem("foedus-token") || "";
listStored();
const wanted = new URLSearchParams(location.search).get("doc");
if (wanted) openStored(wanted);
