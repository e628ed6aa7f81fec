// The Alliances page: commitments by state, and "who is bound to help X on date D" with chain and evidence.
import { api, el, params, status } from "/static/common.js";

const $ = (id) => document.getElementById(id);

function link(l) {
  const corpus = (l.evidence && l.evidence.corpus) || [];
  const sources = (l.evidence && l.evidence.sources) || l.sources || [];
  return el("li", { class: "link" },
    `${l.owed_to ? "owed to " + l.owed_to + " by " : ""}`, el("strong", {}, l.name || l.id),
    l.article ? ` (${l.article})` : "", `: ${l.obligation || (l.obligations || []).join(", ")}`,
    l.in_force ? `, in force since ${l.in_force}` : l.since ? `, since ${l.since}` : "",
    l.conditions ? el("div", { class: "muted" }, l.conditions) : "",
    ...corpus.map((c) => el("div", { class: "corpus-evidence" },
      `Corpus: ${c.date || ""}, reported by ${c.n_documents} document${c.n_documents === 1 ? "" : "s"}`,
      ...(c.evidence || []).map((e) => el("blockquote", {}, e.text, el("footer", { class: "muted" }, `— ${e.outlet || e.doc_id}`))))),
    sources.length ? el("div", { class: "muted" }, "Sources: ", ...sources.map((s, i) => [i ? ", " : "", s])) : "");
}

async function answer(event) {
  if (event) event.preventDefault();
  const q = params($("bound-form"));
  q.set("attacked", (q.get("attacked") || "").toUpperCase());
  status($("status"), "Looking up commitments…");
  try {
    const res = await api(`/api/obligations?${q}`);
    const items = res.bound.map((b) =>
      el("li", { "data-state": b.code },
        el("span", { class: "chain" }, b.name && b.name !== b.code ? `${b.name} (${b.code})` : b.code),
        b.depth > 1 ? ` — through ${b.via.slice(1, -1).join(" → ")} (chain ${b.via.join(" ← ")})` : " — directly",
        el("ul", {}, ...b.links.map(link))));
    $("answer").replaceChildren(
      el("p", { id: "answer-summary" }, `If ${res.name || res.attacked} is attacked on ${res.on}, `,
        res.bound.length ? `${res.bound.length} state${res.bound.length === 1 ? " is" : "s are"} bound to respond:` : "no state is bound to respond."),
      el("ol", { id: "bound-list" }, ...items),
    );
    status($("status"), "");
  } catch (err) {
    status($("status"), err.message, true);
  }
}

async function commitments(event) {
  if (event) event.preventDefault();
  const q = params($("commit-form"));
  if (q.get("state")) q.set("state", q.get("state").toUpperCase());
  try {
    const res = await api(`/api/commitments?${q}`);
    const rows = res.commitments.map((c) => el("tr", { "data-kind": c.kind },
      el("td", {}, el("strong", {}, c.name || c.id), c.article ? ` (${c.article})` : ""),
      el("td", {}, (c.members || []).join(", ")),
      el("td", {}, (c.obligations || [c.obligation]).filter(Boolean).join(", ")),
      el("td", {}, `${c.in_force || c.signed || c.since || "?"}${c.ended ? " – " + c.ended : ""}`),
      el("td", {}, c.status || "")));
    for (const p of res.proposed) {
      rows.push(el("tr", { "data-kind": "proposed", class: "nonfactual" },
        el("td", {}, "proposed from the corpus: ", el("q", {}, (p.evidence[0] || {}).text || p.id)),
        el("td", {}, (p.members || []).join(", ")), el("td", {}, "defence?"), el("td", {}, p.date || ""),
        el("td", {}, `to confirm (${p.n_documents} documents)`)));
    }
    $("commitments").tBodies[0].replaceChildren(...rows);
  } catch (err) {
    status($("status"), err.message, true);
  }
}

$("bound-form").addEventListener("submit", answer);
$("commit-form").addEventListener("submit", commitments);
const query = new URLSearchParams(location.search);
const form = $("bound-form");
form.elements.namedItem("on").value = query.get("on") || new Date().toISOString().slice(0, 10);
if (query.get("attacked")) form.elements.namedItem("attacked").value = query.get("attacked");
if (query.get("state")) $("commit-form").elements.namedItem("state").value = query.get("state");
commitments();
if (query.get("attacked")) answer();
