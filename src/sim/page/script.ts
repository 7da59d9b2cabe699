/**
 * The script of the simulator's page (page.ts), as text: it reads the control plane of its own
 * origin and builds every element with `textContent`, so nothing a request carried is ever parsed
 * as markup. The journal is polled once a second with `?since=` the last sequence number seen.
 */
export const PAGE_SCRIPT = String.raw`
"use strict";
var $ = function (id) { return document.getElementById(id); };
var account = "";
var lastSeq = 0;
var entries = [];
var selected = 0;
var ROWS = 200;
var KEPT = 2000;

function el(tag, text, cls) {
  var e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}
function q(path) { return path + (path.indexOf("?") < 0 ? "?" : "&") + "account=" + encodeURIComponent(account); }
function call(method, path, body) {
  var init = { method: method, headers: {} };
  if (body !== undefined) { init.body = JSON.stringify(body); init.headers["content-type"] = "application/json"; }
  return fetch(q(path), init).then(function (r) {
    return r.json().then(function (data) {
      if (!r.ok) throw new Error(data && data.error ? data.error : "HTTP " + r.status);
      return data;
    });
  });
}
function status(text) { $("control-status").textContent = text; }
function control(method, path, body, done) {
  call(method, path, body).then(function (data) { status(method + " " + path + ": ok"); if (done) done(data); loadWorld(); loadSettings(); })
    .catch(function (e) { status(method + " " + path + ": " + e.message); });
}

function copyButton(text) {
  var b = el("button", "copy", "copy");
  b.type = "button";
  b.title = "copy " + text;
  b.addEventListener("click", function (ev) {
    ev.stopPropagation();
    var fallback = function () {
      var t = document.createElement("textarea");
      t.value = text; document.body.appendChild(t); t.select();
      try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
      t.remove(); b.textContent = "copied";
    };
    if (navigator.clipboard) navigator.clipboard.writeText(text).then(function () { b.textContent = "copied"; }, fallback);
    else fallback();
  });
  return b;
}
function idCell(id, roles) {
  var td = el("td");
  if (!id) return td;
  td.appendChild(el("code", id));
  td.appendChild(copyButton(id));
  var r = roles[id];
  if (r) { td.appendChild(document.createElement("br")); td.appendChild(el("span", r.join(", "), "role")); }
  return td;
}
function table(title, heads, rows, total) {
  var box = el("div");
  box.appendChild(el("h3", title + " (" + total + (total > rows.length ? ", " + rows.length + " shown" : "") + ")"));
  var t = el("table"); var h = el("tr");
  heads.forEach(function (x) { h.appendChild(el("th", x)); });
  var thead = el("thead"); thead.appendChild(h); t.appendChild(thead);
  var tb = el("tbody");
  rows.forEach(function (cells) {
    var tr = el("tr");
    cells.forEach(function (c) { tr.appendChild(c instanceof Node ? c : el("td", c)); });
    tb.appendChild(tr);
  });
  t.appendChild(tb); box.appendChild(t);
  return box;
}
function values(map) { return Object.keys(map || {}).sort().map(function (k) { return map[k]; }); }
function renderWorld(worlds) {
  var host = $("clouds");
  host.textContent = "";
  Object.keys(worlds).forEach(function (cloud) {
    var w = worlds[cloud];
    var roles = {};
    Object.keys(w.roles || {}).forEach(function (role) {
      var id = w.roles[role];
      (roles[id] = roles[id] || []).push(role);
    });
    var sec = el("section", null, "cloud");
    sec.dataset.cloud = cloud;
    sec.appendChild(el("h3", cloud + " — region " + w.region + ", zones " + w.zones.main + " / " + w.zones.other));
    var ins = values(w.instances);
    sec.appendChild(table("instances", ["id", "type", "zone", "state", "primary ENI"], ins.slice(0, ROWS).map(function (i) {
      return [idCell(i.id, roles), i.type, i.zone, i.state + (i.busy ? " (busy)" : ""), idCell(i.primaryEniId, roles)];
    }), ins.length));
    var enis = values(w.enis);
    sec.appendChild(table("ENIs and attachments", ["id", "primary", "zone", "attached to", "device", "status"], enis.slice(0, ROWS).map(function (e) {
      var a = e.attachment;
      return [idCell(e.id, roles), e.primary ? "yes" : "", e.zone, a ? idCell(a.instanceId, roles) : "", a ? a.deviceIndex : "", a ? a.status + (a.taskId ? " (task " + a.taskId + ")" : "") : "available"];
    }), enis.length));
    var tasks = values(w.tasks);
    sec.appendChild(table("tasks", ["id", "kind", "ENI", "instance", "status"], tasks.slice(-ROWS).map(function (t) {
      return [idCell(t.id, roles), t.kind, idCell(t.eniId, roles), idCell(t.instanceId, roles), t.status];
    }), tasks.length));
    host.appendChild(sec);
  });
}
function loadWorld() {
  return call("GET", "/_sim/state").then(function (s) { renderWorld(s.worlds); }).catch(function (e) { status("state: " + e.message); });
}
function loadSettings() {
  call("GET", "/_sim/faults").then(function (f) { $("faults").value = JSON.stringify(f); }).catch(function () {});
  call("GET", "/_sim/progress").then(function (p) {
    $("progress").value = p.kind === "immediate" ? '"immediate"' : JSON.stringify(p.kind === "polls" ? { polls: p.polls } : { ms: p.ms });
  }).catch(function () {});
  call("GET", "/_sim/deviations").then(function (d) {
    $("deviations").value = d.enabled.join(", ");
    var list = $("deviation-ids"); list.textContent = "";
    d.catalogue.forEach(function (c) { var o = el("option"); o.value = c.id; o.textContent = c.description; list.appendChild(o); });
  }).catch(function () {});
}

function text(e) { return [e.surface, e.operation || "", e.code || "", e.status, e.account || e.key || ""].join(" ").toLowerCase(); }
function renderRequests() {
  var f = $("filter").value.trim().toLowerCase();
  var tb = $("requests");
  tb.textContent = "";
  entries.filter(function (e) { return f === "" || text(e).indexOf(f) >= 0; }).slice(-ROWS).reverse().forEach(function (e) {
    var tr = el("tr", null, e.verdict.signature === "refused" ? "refused" : "");
    tr.dataset.seq = e.seq;
    if (e.seq === selected) tr.classList.add("selected");
    [e.seq, e.time.slice(11, 23), e.surface, e.operation || "-", e.account || e.key || "-", e.status, e.code || "", e.latencyMs, e.verdict.stage]
      .forEach(function (c) { tr.appendChild(el("td", c)); });
    tr.addEventListener("click", function () { selected = e.seq; renderDetail(e); renderRequests(); });
    tb.appendChild(tr);
  });
}
function pairs(dl, list) {
  list.forEach(function (p) {
    if (p[1] === undefined || p[1] === null || p[1] === "") return;
    dl.appendChild(el("dt", p[0])); dl.appendChild(el("dd", Array.isArray(p[1]) ? p[1].join(", ") : p[1]));
  });
}
function renderDetail(e) {
  var d = $("detail");
  d.hidden = false; d.textContent = "";
  d.appendChild(el("h2", "Request #" + e.seq + " — " + e.surface + " " + (e.operation || "")));
  var dl = el("dl");
  var v = e.verdict;
  pairs(dl, [["time", e.time], ["key", e.account || (e.key ? e.key + " (not authenticated)" : "")], ["scheme", e.scheme],
    ["signature", v.signature], ["answered by", v.stage], ["rule", v.rule], ["error row", v.row], ["fault", v.fault],
    ["deviations", v.deviations], ["state change", v.change], ["status", e.status], ["code", e.code], ["latency (ms)", e.latencyMs]]);
  d.appendChild(dl);
  var g = e.diagnosis;
  if (!g) return;
  var box = el("section"); box.id = "diagnosis";
  box.appendChild(el("h3", "Signature diagnosis"));
  var cause = el("p", g.cause, "cause"); cause.id = "diagnosis-cause"; box.appendChild(cause);
  var sum = el("p", g.summary); sum.id = "diagnosis-summary"; box.appendChild(sum);
  box.appendChild(el("p", "The simulator's refusal: " + g.refusal));
  var c = g.computed;
  if (c) {
    var cl = el("dl");
    pairs(cl, [["signed headers", c.signedHeaders], ["hashed payload", c.hashedPayload], ["credential scope", c.credentialScope]]);
    box.appendChild(cl);
    if (c.canonicalRequest !== undefined) { box.appendChild(el("h3", "Canonical request (as the simulator computed it)")); box.appendChild(el("pre", c.canonicalRequest)); }
    box.appendChild(el("h3", "String to sign")); box.appendChild(el("pre", c.stringToSign));
  }
  var r = g.request;
  box.appendChild(el("h3", "The request received (redacted)"));
  box.appendChild(el("pre", r.method + " " + r.url + "\n" + Object.keys(r.headers).map(function (k) { return k + ": " + r.headers[k]; }).join("\n") + "\n\n" + r.body));
  d.appendChild(box);
}
function poll() {
  call("GET", "/_sim/requests?since=" + lastSeq + "&limit=500").then(function (data) {
    if (data.requests.length > 0) {
      entries = entries.concat(data.requests).slice(-KEPT);
      lastSeq = entries[entries.length - 1].seq;
      renderRequests();
      // The world is read again only when a request changed it (a large world is a large read).
      if (data.requests.some(function (e) { return e.verdict.change; })) loadWorld();
    }
    $("clock").textContent = "";
  }).catch(function (e) { $("clock").textContent = "journal: " + e.message; })
    .then(function () { setTimeout(poll, 1000); });
}
function switchAccount(id) {
  account = id; entries = []; lastSeq = 0; selected = 0;
  $("detail").hidden = true; renderRequests(); loadWorld(); loadSettings();
}

$("filter").addEventListener("input", renderRequests);
$("world-refresh").addEventListener("click", loadWorld);
$("account").addEventListener("change", function () { switchAccount($("account").value); });
$("reset").addEventListener("click", function () { control("POST", "/_sim/reset"); });
$("clock-set").addEventListener("click", function () { control("PUT", "/_sim/clock", { now: $("clock-at").value.trim() }); });
$("clock-real").addEventListener("click", function () { control("PUT", "/_sim/clock", { real: true }); });
function jsonOf(id) { try { return JSON.parse($(id).value); } catch (e) { status(id + ": not valid JSON"); return undefined; } }
$("progress-set").addEventListener("click", function () { var p = jsonOf("progress"); if (p !== undefined) control("PUT", "/_sim/progress", p); });
$("faults-set").addEventListener("click", function () { var f = jsonOf("faults"); if (f !== undefined) control("PUT", "/_sim/faults", f); });
$("deviations-set").addEventListener("click", function () {
  var ids = $("deviations").value.split(",").map(function (s) { return s.trim(); }).filter(Boolean);
  control("PUT", "/_sim/deviations", { enable: ids });
});
fetch("/_sim/accounts").then(function (r) { return r.json(); }).then(function (data) {
  var sel = $("account");
  data.accounts.forEach(function (a) {
    var o = el("option", a.accessKeyId + (a.owner ? " (a key of " + a.owner + ")" : "") + (a.allow === "all" ? "" : " [" + a.allow + "]"));
    o.value = a.accessKeyId; sel.appendChild(o);
  });
  switchAccount(data.accounts[0].accessKeyId);
  poll();
});
`;
