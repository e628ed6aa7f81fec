// The Alliances page: commitments by state, and "who is bound to help X on date D" with chain and evidence.
import { api, el, params, status } from "/static/common.js";

const $ = (id) => document.getElementById(id);

async function answer(event) {
  if (event) event.preventDefault();
  const q = params($("bound-form"));
  q.set("attacked", (q.get("attacked") || "").toUpperCase());
  status($("status"), "Looking up commitments…");
  try {
    const res = await api(`/api/obligations?${q}`);
    const items = res.bound.map((b) =>
      el("li", { "data-state": b.state },
        el("span", { class: "chain" }, `${b.state}${b.name ? " (" + b.name + ")" : ""}`),
        b.chain.length > 2 ? ` — through ${b.chain.slice(1, -1).join(" → ")}` : " — directly",
        el("ul", {}, ...b.links.map((l) => el("li", {},
          `${l.from} → ${l.to}: `, el("strong", {}, l.treaty), ` (${l.obligation}${l.since ? ", since " + l.since : ""})`,
          l.evidence ? el("blockquote", {}, l.evidence) : "",
          l.source ? el("div", { class: "muted" }, `source: ${l.source}`) : "")))));
    $("answer").replaceChildren(
      el("p", {}, `If ${res.attacked} is attacked${res.on ? " on " + res.on : ""}, `,
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
    $("commitments").tBodies[0].replaceChildren(...res.commitments.map((c) => el("tr", {},
      el("td", {}, el("strong", {}, c.name || c.treaty), c.source ? el("div", { class: "muted" }, c.source) : ""),
      el("td", {}, (c.members || []).join(", ")),
      el("td", {}, c.obligation || ""),
      el("td", {}, `${c.in_force || c.signed || "?"}${c.ended ? " – " + c.ended : ""}`),
      el("td", {}, c.status || (c.ended ? "ended" : "in force")))));
  } catch (err) {
    status($("status"), err.message, true);
  }
}

$("bound-form").addEventListener("submit", answer);
$("commit-form").addEventListener("submit", commitments);
$("bound-form").elements.namedItem("on").value = new Date().toISOString().slice(0, 10);
commitments();
