// The Relations page: the actor graph over a period, and a dyad's timeline.
import { api, actorCodes, el, fillForm, params, status } from "/static/common.js";
import { draw, fillGaps, timeline } from "/static/graph.js";

const $ = (id) => document.getElementById(id);
const form = $("period");

async function loadGraph(event) {
  if (event) event.preventDefault();
  const q = params(form);
  if (!form.elements.namedItem("factual").checked) q.set("factual", "false");
  history.replaceState(null, "", `/relations?${q}`);
  status($("status"), "Loading…");
  try {
    const g = await api(`/api/graph?${q}`);
    draw($("graph"), g.nodes, g.edges, (edge, line) => {
      for (const l of $("graph").querySelectorAll(".edge.selected")) l.classList.remove("selected");
      line.classList.add("selected");
      const dyad = $("dyad-form");
      dyad.elements.namedItem("a").value = edge.source;
      dyad.elements.namedItem("b").value = edge.target;
      loadDyad();
    }, profile);
    status($("status"), `${g.nodes.length} actors, ${g.edges.length} relations.`);
  } catch (err) {
    status($("status"), err.message, true);
  }
}

async function profile(node) {
  const panel = $("profile");
  const q = params(form);
  const period = new URLSearchParams();
  for (const k of ["start", "end"]) if (q.get(k)) period.set(k, q.get(k));
  try {
    const p = await api(`/api/actors/${encodeURIComponent(node.id)}?${period}`);
    const list = (items) => items.length
      ? el("ul", {}, ...items.map((x) => el("li", {}, `${x.name || x.code} (${x.code}): ${x.events} events, balance ${Number(x.balance).toFixed(2)}`)))
      : el("p", { class: "muted" }, "none");
    panel.replaceChildren(
      el("h2", {}, `${p.name} (${p.code})`),
      el("p", {}, `${p.events} events: ${p.as_actor} as actor, ${p.as_recipient} as recipient · `,
        Object.entries(p.by_type).map(([t, n]) => `${t} ${n}`).join(", "), " · ",
        el("a", { href: `/events?involving=${encodeURIComponent(p.code)}` }, "its events")),
      el("div", { class: "cols" },
        el("div", {}, el("h3", {}, "Partners"), list(p.partners)),
        el("div", {}, el("h3", {}, "Adversaries"), list(p.adversaries))),
    );
    panel.hidden = false;
  } catch (err) {
    status($("status"), err.message, true);
  }
}

async function loadDyad(event) {
  if (event) event.preventDefault();
  const dyad = params($("dyad-form"));
  const a = dyad.get("a"), b = dyad.get("b");
  if (!a || !b) return;
  const q = params(form);
  for (const k of ["start", "end"]) if (q.get(k)) dyad.set(k, q.get(k));
  dyad.delete("a"); dyad.delete("b");
  if (form.elements.namedItem("factual").checked) dyad.set("factual", "true");
  try {
    const res = await api(`/api/dyads/${encodeURIComponent(a.toUpperCase())}/${encodeURIComponent(b.toUpperCase())}?${dyad}`);
    timeline($("timeline"), fillGaps(res.series, res.period));
    $("dyad-h").textContent = `Dyad timeline: ${res.a} – ${res.b}`;
    $("dyad-events").tBodies[0].replaceChildren(...res.events.map((ev) => el("tr", {},
      el("td", {}, ev.date || ""), el("td", {}, el("strong", {}, ev.event)),
      el("td", {}, actorCodes(ev.actor).join(", ")), el("td", {}, actorCodes(ev.recipient).join(", ")),
      el("td", {}, typeof ev.evidence === "string" ? ev.evidence : ""))));
  } catch (err) {
    status($("status"), err.message, true);
  }
}

form.addEventListener("submit", loadGraph);
$("dyad-form").addEventListener("submit", loadDyad);
fillForm(form, new URLSearchParams(location.search));
loadGraph();
