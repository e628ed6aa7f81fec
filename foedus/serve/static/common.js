// Shared helpers for the workbench pages: API calls, escaping, small DOM builders.

const TOKEN_KEY = "foedus-token";

// Calls the API; a server reachable from other machines wants its token, asked for once per session.
export async function api(path, options = {}, retried = false) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const headers = { Accept: "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(options.headers || {}) };
  const res = await fetch(path, { ...options, headers });
  const body = await res.json().catch(() => null);
  if (res.status === 401 && !retried) {
    const given = window.prompt("This foedus server needs its access token:");
    if (given) {
      sessionStorage.setItem(TOKEN_KEY, given.trim());
      return api(path, options, true);
    }
  }
  if (!res.ok) {
    const msg = body && body.error ? body.error.message : `${res.status} ${res.statusText}`;
    throw new Error(msg);
  }
  return body;
}

export function esc(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) node.append(c instanceof Node ? c : document.createTextNode(String(c ?? "")));
  return node;
}

export function status(node, message, isError = false) {
  node.textContent = message;
  node.classList.toggle("error", isError);
}

export function actorCodes(refs) {
  return (refs || []).map((a) => (typeof a === "string" ? a : a.code || a.name || a.text)).filter(Boolean);
}

const CONDITIONAL = ["negated", "hypothetical", "future"];

export function isFactual(ev) {
  if (typeof ev.factual === "boolean") return ev.factual;
  return !(ev.aux || []).some((a) => CONDITIONAL.includes(a));
}

// Badges saying how the text asserts an event: as fact, or conditional/negated/future, or historical.
export function modalityBadges(ev) {
  const out = [];
  const aux = ev.aux || [];
  if (isFactual(ev)) out.push(el("span", { class: "badge fact" }, "fact"));
  for (const a of aux) {
    out.push(el("span", { class: a === "historical" ? "badge hist" : "badge cond" }, a));
  }
  return out;
}

export function params(form) {
  const q = new URLSearchParams();
  for (const [k, v] of new FormData(form).entries()) if (String(v).trim() !== "") q.set(k, String(v).trim());
  return q;
}

export function fillForm(form, query) {
  for (const [k, v] of query.entries()) {
    const input = form.elements.namedItem(k);
    if (!input) continue;
    if (input.type === "checkbox") input.checked = v === "true" || v === "on";
    else input.value = v;
  }
}

// One clickable, keyboard-operable table row for an event: the shared leading cells
// (date, type and mode, actor, recipient, modality), then the page's own cells.
export function eventRow(ev, onOpen, ...cells) {
  const tr = el(
    "tr",
    { class: `clickable${ev.factual === false ? " nonfactual" : ""}`, tabindex: "0", "data-event": ev.event, "data-id": ev.id, "aria-selected": "false" },
    el("td", {}, ev.date || ""),
    el("td", {}, el("strong", {}, ev.event), ev.mode ? ` (${ev.mode})` : ""),
    el("td", {}, actorCodes(ev.actor).join(", ")),
    el("td", {}, actorCodes(ev.recipient).join(", ")),
    el("td", {}, modalityBadges(ev)),
    ...cells,
  );
  const open = () => onOpen(tr);
  tr.addEventListener("click", open);
  tr.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(); } });
  return tr;
}
