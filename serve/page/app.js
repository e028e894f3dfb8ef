// newswire's page: sends the pasted article to POST /v1/extract and shows
// the record: the text with every entity mention highlighted by type (from
// the record's spans, Unicode code point offsets into its text), the events
// as cards, and a table of the entities. Plain JavaScript, no network
// beyond this server.
"use strict";

const LABELS = { PERSON: "PER", TITLE: "TITLE", ORGANIZATION: "ORG", LOCATION: "LOC", DATE: "DATE", ACRONYM: "ACR" };
// when two mentions cover the same text, the first type here is drawn
const PRIORITY = ["PERSON", "ORGANIZATION", "LOCATION", "TITLE", "DATE", "ACRONYM"];
const TYPE_NAMES = { PERSON: "People", TITLE: "Titles", ORGANIZATION: "Organizations", LOCATION: "Places", DATE: "Dates", ACRONYM: "Acronyms" };

const $ = (sel) => document.querySelector(sel);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("data-")) e.setAttribute(k, v);
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function contentType(text) {
  const chosen = $("#form-select").value;
  if (chosen !== "auto") return chosen;
  const t = text.trimStart();
  if (t.startsWith("{")) return "application/json";
  if (t.startsWith("<")) return "text/html";
  return "text/plain";
}

function setStatus(msg, isError) {
  const s = $("#status");
  s.textContent = msg;
  s.classList.toggle("error", !!isError);
}

async function extract(text) {
  const button = $("#extract-button");
  button.disabled = true;
  document.body.dataset.state = "busy";
  setStatus("Extracting…");
  try {
    const resp = await fetch("/v1/extract?id=pasted", {
      method: "POST",
      headers: { "Content-Type": contentType(text) + "; charset=utf-8" },
      body: text,
    });
    const body = await resp.json();
    if (!resp.ok) {
      setStatus(`Not extracted (${resp.status}) — ${body.class}: ${body.reason}`, true);
      document.body.dataset.state = "error";
      return;
    }
    render(body);
    const n = body.entities.length, m = body.events.length;
    setStatus(`${n} entit${n === 1 ? "y" : "ies"}, ${m} event${m === 1 ? "" : "s"}, ${body.words} words.`);
    document.body.dataset.state = "done";
  } catch (err) {
    setStatus("Request failed: " + err, true);
    document.body.dataset.state = "error";
  } finally {
    button.disabled = false;
  }
}

function entityTitle(e, sameSpan) {
  let t;
  switch (e.type) {
    case "PERSON":
      t = e.text + (e.title ? " — " + e.title : "") + (e.organization ? ", " + e.organization : "");
      break;
    case "TITLE":
      t = e.text + " — held by " + e.holder;
      break;
    case "DATE":
      t = e.text + " = " + e.value;
      break;
    case "ACRONYM":
      t = e.text + (e.expansion ? " = " + e.expansion : " (no expansion given)");
      break;
    default:
      t = e.text + (e.kind ? " (" + e.kind + ")" : "");
  }
  t = e.type + ": " + t;
  for (const o of sameSpan) {
    if (o !== e && o.type === "ACRONYM" && o.expansion) t += "\n" + o.text + " = " + o.expansion;
  }
  return t;
}

// render draws the record.
function render(rec) {
  const chars = Array.from(rec.text || "");
  const slice = (s, e) => chars.slice(s, e).join("");
  const ents = rec.entities || [];
  const events = rec.events || [];

  // every mention, then the ones drawn: no overlaps; longest first at a
  // place, by type priority on a tie
  const all = [];
  ents.forEach((e) => (e.spans || []).forEach(([s, t]) => all.push({ s, t, e })));
  const bySpan = new Map();
  for (const m of all) {
    const k = m.s + ":" + m.t;
    if (!bySpan.has(k)) bySpan.set(k, []);
    bySpan.get(k).push(m.e);
  }
  all.sort((a, b) => a.s - b.s || (b.t - b.s) - (a.t - a.s) || PRIORITY.indexOf(a.e.type) - PRIORITY.indexOf(b.e.type));
  const drawn = [];
  let end = 0;
  for (const m of all) {
    if (m.s >= end && m.t > m.s && m.t <= chars.length) {
      drawn.push(m);
      end = m.t;
    }
  }
  // sentence edges split the plain text, so a sentence can be lit
  const cuts = new Set();
  events.forEach((ev) => ev.sentence_span && ev.sentence_span.forEach((x) => cuts.add(x)));

  const out = $("#article-text");
  out.replaceChildren();
  const plain = (s, t) => {
    const edges = [s, ...[...cuts].filter((x) => x > s && x < t).sort((a, b) => a - b), t];
    for (let i = 0; i + 1 < edges.length; i++) {
      out.append(el("span", { class: "piece", "data-start": edges[i], "data-end": edges[i + 1] }, slice(edges[i], edges[i + 1])));
    }
  };
  let at = 0;
  for (const m of drawn) {
    if (m.s > at) plain(at, m.s);
    const same = bySpan.get(m.s + ":" + m.t) || [];
    out.append(el("span", {
      class: "ent", "data-type": m.e.type, "data-label": LABELS[m.e.type] || m.e.type,
      "data-start": m.s, "data-end": m.t, "data-entity": m.e.text, title: entityTitle(m.e, same),
    }, slice(m.s, m.t)));
    if (m.e.type === "DATE" && m.e.value) out.append(el("span", { class: "norm", "data-value": m.e.value }, "[" + m.e.value + "]"));
    at = m.t;
  }
  if (at < chars.length) plain(at, chars.length);

  const meta = [rec.id, rec.form, rec.published, rec.source].filter(Boolean).join(" · ");
  $("#meta").textContent = meta;
  const h = $("#headline");
  h.hidden = !rec.headline || (rec.text || "").trimStart().startsWith(rec.headline);
  h.textContent = rec.headline || "";

  renderEvents(events, ents);
  renderMap(events);
  renderEntities(ents);
  $("#result").hidden = false;
}

const SVG_NS = "http://www.w3.org/2000/svg";

function svgEl(tag, attrs, ...children) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

// renderMap puts a marker on the world map for each event whose place has
// coordinates (x = lon + 180, y = 90 - lat in the map's 360 x 180 box);
// a marker selects its event's card, by click or keyboard.
function renderMap(events) {
  const g = $("#markers");
  g.replaceChildren();
  let placed = 0;
  events.forEach((ev, i) => {
    if (typeof ev.lat !== "number" || typeof ev.lon !== "number") return;
    placed++;
    const label = `${ev.type} in ${ev.location}${ev.date ? ", " + ev.date : ""}`;
    const m = svgEl("circle", {
      class: "marker", cx: (ev.lon + 180).toFixed(2), cy: (90 - ev.lat).toFixed(2), r: "3",
      tabindex: "0", role: "button", "aria-label": label, "data-event": String(i),
      "data-lat": String(ev.lat), "data-lon": String(ev.lon),
    }, svgEl("title", {}, label));
    const select = () => {
      const card = document.querySelector(`.card[data-event="${i}"]`);
      if (card) {
        selectEvent(card, ev);
        card.scrollIntoView({ block: "nearest" });
      }
    };
    m.addEventListener("click", select);
    m.addEventListener("keydown", (k) => {
      if (k.key === "Enter" || k.key === " ") {
        k.preventDefault();
        select();
      }
    });
    g.append(m);
  });
  const unplaced = events.length - placed;
  $("#map-note").textContent = events.length === 0 ? "No events to place." :
    `${placed} of ${events.length} events placed` + (unplaced ? " (the others name no place, or one the gazetteer cannot locate for sure)." : ".");
}

function titled(p) {
  return p.name + (p.title ? " (" + p.title + (p.organization ? ", " + p.organization : "") + ")" : p.organization ? " (" + p.organization + ")" : "");
}

function renderEvents(events) {
  const list = $("#events");
  list.replaceChildren();
  if (events.length === 0) {
    list.append(el("li", { class: "empty" }, "No meetings, visits or agreements found."));
    return;
  }
  events.forEach((ev, i) => {
    const dl = el("dl", {},
      el("dt", {}, "who"), el("dd", { class: "participants" }, ev.participants.map(titled).join("; ")),
      el("dt", {}, "when"), el("dd", { class: "date", "data-value": ev.date || "" }, ev.date || "—"),
      el("dt", {}, "where"), el("dd", { class: "place" }, ev.location || "—"),
      el("dt", {}, "confidence"), el("dd", { class: "confidence" }, (ev.confidence ?? 0).toFixed(2)),
      el("dt", {}, "trigger"), el("dd", { class: "trigger" }, ev.trigger));
    const card = el("article", {
      class: "card", tabindex: "0", role: "button", "aria-pressed": "false",
      "data-event": String(i), "data-type": ev.type,
      "aria-label": `${ev.type}: ${ev.participants.map((p) => p.name).join(", ")}${ev.date ? ", " + ev.date : ""}${ev.location ? ", in " + ev.location : ""}`,
    },
      el("h3", {}, ev.type, ev.planned ? el("span", { class: "planned" }, "planned") : null),
      dl,
      el("p", { class: "sentence" }, ev.sentence));
    const select = () => selectEvent(card, ev);
    card.addEventListener("click", select);
    card.addEventListener("keydown", (k) => {
      if (k.key === "Enter" || k.key === " ") {
        k.preventDefault();
        select();
      }
    });
    list.append(el("li", {}, card));
  });
}

// selectEvent lights the event's sentence in the text (or unlights it).
function selectEvent(card, ev) {
  const on = card.getAttribute("aria-pressed") !== "true";
  document.querySelectorAll(".card[aria-pressed='true']").forEach((c) => c.setAttribute("aria-pressed", "false"));
  document.querySelectorAll("#article-text .hl").forEach((x) => x.classList.remove("hl"));
  document.querySelectorAll("#markers .marker.on").forEach((x) => x.classList.remove("on"));
  if (!on || !ev.sentence_span) return;
  card.setAttribute("aria-pressed", "true");
  document.querySelectorAll(`#markers .marker[data-event="${card.dataset.event}"]`).forEach((x) => x.classList.add("on"));
  const [s, t] = ev.sentence_span;
  let first = null;
  document.querySelectorAll("#article-text [data-start]").forEach((x) => {
    const a = +x.dataset.start, b = +x.dataset.end;
    if (a >= s && b <= t) {
      x.classList.add("hl");
      first = first || x;
    }
  });
  if (first) first.scrollIntoView({ block: "nearest", behavior: "smooth" });
}

function renderEntities(ents) {
  const box = $("#entities");
  box.replaceChildren();
  if (ents.length === 0) {
    box.append(el("p", { class: "empty" }, "No entities found."));
    return;
  }
  for (const type of PRIORITY) {
    const of = ents.filter((e) => e.type === type);
    if (of.length === 0) continue;
    const rows = of.map((e) => {
      const details = [];
      if (e.aliases && e.aliases.length) details.push("also " + e.aliases.join(", "));
      if (e.title) details.push(e.title);
      if (e.organization) details.push(e.organization);
      if (e.holder) details.push("held by " + e.holder);
      if (e.value) details.push("= " + e.value);
      if (type === "ACRONYM") details.push(e.expansion ? "= " + e.expansion : "no expansion given");
      if (e.kind) details.push(e.kind);
      return el("tr", { "data-type": type }, el("td", {}, el("span", { class: "ent", "data-type": type }, e.text)),
        el("td", {}, details.join("; ")), el("td", {}, String(e.mentions)));
    });
    box.append(el("table", {},
      el("caption", {}, `${TYPE_NAMES[type]} (${of.length})`),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "name"), el("th", { scope: "col" }, "details"), el("th", { scope: "col" }, "mentions"))),
      el("tbody", {}, ...rows)));
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const input = $("#article-input");
  $("#input").addEventListener("submit", (ev) => {
    ev.preventDefault();
    if (input.value.trim() === "") {
      setStatus("Paste an article first.", true);
      return;
    }
    extract(input.value);
  });
  document.body.dataset.state = "idle";
  if (new URLSearchParams(location.search).get("sample") === "1") {
    fetch("/sample")
      .then((r) => r.text())
      .then((t) => {
        input.value = t;
        extract(t);
      })
      .catch((err) => setStatus("Could not load the sample: " + err, true));
  }
});
