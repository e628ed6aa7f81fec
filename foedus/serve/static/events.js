// The Events page: a filterable table; a row opens its evidence in context and the documents reporting it.
import { api, actorCodes, el, eventRow, fillForm, modalityBadges, params, status } from "/static/common.js";

const $ = (id) => document.getElementById(id);
const form = $("filters");

async function load(event) {
  if (event) event.preventDefault();
  const q = params(form);
  if (!form.elements.namedItem("factual").checked) q.set("factual", "false");
  history.replaceState(null, "", `/events?${q}`);
  $("export-csv").href = `/api/export/csv?${q}`;
  $("export-jsonl").href = `/api/export/jsonl?${q}`;
  status($("status"), "Loading…");
  try {
    const res = await api(`/api/events?${q}&limit=500`);
    const rows = res.events.map(row);
    $("event-table").tBodies[0].replaceChildren(...(rows.length ? rows : [el("tr", {}, el("td", { colspan: "7", class: "muted" }, "no events match"))]));
    status($("status"), `${res.count} event${res.count === 1 ? "" : "s"}${res.more ? " shown; more match: narrow the filters" : ""}.`);
  } catch (err) {
    status($("status"), err.message, true);
  }
}

function row(ev) {
  const evidence = typeof ev.evidence === "string" ? ev.evidence : ((ev.evidence || [])[0] || {}).text;
  return eventRow(
    ev,
    (tr) => detail(ev.id, tr),
    el("td", { title: `${ev.n_documents ?? 1} documents, ${ev.n_sources ?? 1} sources` }, String(ev.n_documents ?? 1)),
    el("td", {}, clip(evidence, 110)),
  );
}

async function detail(id, tr) {
  for (const r of $("event-table").tBodies[0].rows) r.setAttribute("aria-selected", String(r === tr));
  const panel = $("detail");
  try {
    const res = await api(`/api/events/${encodeURIComponent(id)}`);
    const ev = res.event;
    const docs = new Map(res.documents.map((d) => [d.id, d]));
    panel.replaceChildren(
      el("h2", { id: "detail-h" }, `${ev.event}: ${actorCodes(ev.actor).join(", ")}${ev.recipient.length ? " → " + actorCodes(ev.recipient).join(", ") : ""}`),
      el("p", {}, ev.date || "no date", " · ", modalityBadges(ev), ev.mode ? ` · mode ${ev.mode}` : "", ` · confidence ${Number(ev.confidence ?? 1).toFixed(2)}`),
      el("h3", {}, "Evidence in context"),
      ...res.evidence.map((e) =>
        el("blockquote", { class: "evidence" }, e.before || "", el("mark", {}, e.text), e.after || "",
          el("footer", { class: "muted" }, "— ", docs.get(e.doc_id) ? docs.get(e.doc_id).title || e.doc_id : e.doc_id,
            e.source ? ` · says: ${e.source}` : ""))),
      el("h3", {}, `Reported by ${res.documents.length} document${res.documents.length === 1 ? "" : "s"}`),
      el("ul", { id: "documents" }, ...res.documents.map((d) =>
        el("li", {}, el("a", { href: `/?doc=${encodeURIComponent(d.id)}` }, d.title || d.id), ` · ${d.date || ""} · ${d.outlet || d.site || ""} · ${d.lang || ""}`))),
    );
  } catch (err) {
    panel.replaceChildren(el("h2", { id: "detail-h" }, "Evidence"), el("p", { class: "status error" }, err.message));
  }
}

function clip(text, n) {
  text = String(text || "");
  return text.length <= n ? text : text.slice(0, n - 1) + "…";
}

form.addEventListener("submit", load);
fillForm(form, new URLSearchParams(location.search));
load();
