// corelab HTML report: draws the timeline embedded by html.rs on a canvas.
// Data: #corelab-data (JSON) with lanes and column-wise spans (base64
// little-endian typed arrays: start f64 ns, value u32, line u32). A span
// lasts until the next span of its lane. Zoomed out, each pixel of a lane
// shows its dominant value (the one covering most of that pixel's time).
// window.corelabReport exposes counters and helpers for the browser test.
(function () {
  "use strict";
  var STATE_COLORS = ["#2f9e55", "#1fb5a8", "#f0c330", "#e0533d", "#8d5bd1", "#5b8fd6", "#a3abb5", "#eef0f3"];
  var THREAD_COLORS = ["#4e79a7", "#f28e2b", "#76b7b2", "#b07aa1", "#9c755f", "#ff9da7", "#59a14f", "#bab0ac"];
  var IDLE_COLOR = "#f3f4f6";
  var NONE_STATE = 7;
  var SLOTS = 9; // 8 colours + idle/none
  var LABEL_W = 190, ROW_H = 18, ROW_GAP = 3, HEAD_H = 20, AXIS_H = 24;

  var D = JSON.parse(document.getElementById("corelab-data").textContent);
  function decode(s) {
    var bin = atob(s), n = bin.length, u = new Uint8Array(n);
    for (var i = 0; i < n; i++) u[i] = bin.charCodeAt(i);
    return u.buffer;
  }
  var start = new Float64Array(decode(D.start));
  var value = new Uint32Array(decode(D.value));
  var line = new Uint32Array(decode(D.line));
  var lanes = D.lanes;
  var END = Math.max(D.end, 1);

  var canvas = document.getElementById("tl-canvas");
  var box = document.getElementById("timeline");
  var tip = document.getElementById("tooltip");
  var ctx = canvas.getContext("2d");
  var api = { ready: false, lanes: lanes.length, spans: D.spans, draws: 0, rects: 0, openMs: 0, drawMs: 0 };
  window.corelabReport = api;

  // Rows: group headings and lanes, top to bottom.
  var rows = [], y = AXIS_H;
  function heading(text) { rows.push({ head: text, y: y }); y += HEAD_H; }
  var lastGroup = null;
  lanes.forEach(function (l, i) {
    var group = l.kind === "core" ? "Cores" : "Process " + D.processes[l.process].pid + " (" + D.processes[l.process].name + ")";
    if (group !== lastGroup) { heading(group); lastGroup = group; }
    rows.push({ lane: i, y: y });
    y += ROW_H + ROW_GAP;
  });
  var HEIGHT = y + 6;

  var v0 = 0, v1 = END, width = 0, plotW = 1, acc = new Float64Array(0);

  function fmt(ns) {
    if (ns === 0) return "0";
    var a = Math.abs(ns);
    if (a < 1e3) return Math.round(ns) + " ns";
    if (a < 1e6) return (ns / 1e3).toFixed(1) + " µs";
    if (a < 1e9) return (ns / 1e6).toFixed(2) + " ms";
    return (ns / 1e9).toFixed(3) + " s";
  }
  function threadName(tid) { var t = D.threads[tid]; return t ? t.name : "thread " + tid; }
  // Colour slot of a span: states for thread lanes, threads for the others.
  function slot(kind, v) {
    if (kind === "thread") return v === NONE_STATE ? 8 : v;
    return v === 0 ? 8 : (v - 1) % 8;
  }
  function color(kind, s) {
    if (s === 8) return null;
    return kind === "thread" ? STATE_COLORS[s] : THREAD_COLORS[s];
  }
  // Index of the last span of lane l starting at or before t (or l.first).
  function spanAt(l, t) {
    var lo = l.first, hi = l.first + l.count - 1;
    if (t < start[lo]) return lo;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (start[mid] <= t) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  function spanEnd(l, i) { return i + 1 < l.first + l.count ? start[i + 1] : END; }

  function resize() {
    var dpr = window.devicePixelRatio || 1;
    width = Math.max(box.clientWidth, 300);
    plotW = Math.max(width - LABEL_W - 10, 10);
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(HEIGHT * dpr);
    canvas.style.height = HEIGHT + "px";
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    acc = new Float64Array(Math.ceil(plotW) * SLOTS);
    draw();
  }

  function drawLane(li, top) {
    var l = lanes[li], W = Math.ceil(plotW), k = plotW / (v1 - v0);
    acc.fill(0);
    var last = l.first + l.count;
    for (var i = spanAt(l, v0); i < last; i++) {
      var s = start[i];
      if (s >= v1) break;
      var e = i + 1 < last ? start[i + 1] : END;
      if (e <= v0) continue;
      var sl = slot(l.kind, value[i]);
      var x0 = (Math.max(s, v0) - v0) * k, x1 = (Math.min(e, v1) - v0) * k;
      var p0 = Math.floor(x0), p1 = Math.min(Math.floor(x1), W - 1);
      if (p0 >= p1) { acc[p0 * SLOTS + sl] += x1 - x0; continue; }
      acc[p0 * SLOTS + sl] += p0 + 1 - x0;
      for (var p = p0 + 1; p < p1; p++) acc[p * SLOTS + sl] += 1;
      acc[p1 * SLOTS + sl] += x1 - p1;
    }
    ctx.fillStyle = IDLE_COLOR;
    ctx.fillRect(LABEL_W, top, plotW, ROW_H);
    // Thread lanes: the dominant state. Core and GIL lanes: the dominant
    // thread, at an opacity that shows how busy the pixel's time was (so
    // short bursts stay visible when zoomed out).
    var busyShade = l.kind !== "thread";
    var runKey = -1, runX = 0;
    for (var px = 0; px <= W; px++) {
      var key = -1;
      if (px < W) {
        var best = -1, bv = 0, busy = 0, last8 = busyShade ? 8 : SLOTS;
        for (var q = 0; q < last8; q++) {
          var c = acc[px * SLOTS + q];
          busy += c;
          if (c > bv) { bv = c; best = q; }
        }
        if (!busyShade && best === 8) best = -1;
        if (best >= 0) {
          var total = busy + (busyShade ? acc[px * SLOTS + 8] : 0);
          var level = busyShade ? Math.max(3, Math.min(10, Math.ceil(10 * busy / Math.max(total, 1e-9)))) : 10;
          key = best * 16 + level;
        }
      }
      if (key !== runKey) {
        if (runKey >= 0) {
          ctx.globalAlpha = (runKey % 16) / 10;
          ctx.fillStyle = color(l.kind, runKey >> 4);
          ctx.fillRect(LABEL_W + runX, top, px - runX, ROW_H);
          ctx.globalAlpha = 1;
          api.rects++;
        }
        runKey = key; runX = px;
      }
    }
  }

  function niceStep(span) {
    var raw = span / 8, p = Math.pow(10, Math.floor(Math.log10(raw)));
    var m = raw / p;
    return p * (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10);
  }

  function drawAxis() {
    var k = plotW / (v1 - v0), step = niceStep(v1 - v0);
    ctx.fillStyle = "#5d6875";
    ctx.font = "11px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    ctx.strokeStyle = "#e6e9ed";
    ctx.lineWidth = 1;
    for (var t = Math.ceil(v0 / step) * step; t <= v1; t += step) {
      var x = LABEL_W + (t - v0) * k;
      ctx.beginPath(); ctx.moveTo(x + 0.5, AXIS_H - 6); ctx.lineTo(x + 0.5, HEIGHT); ctx.stroke();
      ctx.fillText(fmt(t), x + 3, AXIS_H / 2);
    }
  }

  function draw() {
    var t0 = performance.now();
    api.rects = 0;
    ctx.clearRect(0, 0, width, HEIGHT);
    ctx.font = "12px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    rows.forEach(function (r) {
      if (r.head !== undefined) {
        ctx.fillStyle = "#1d232b";
        ctx.font = "600 12px system-ui, sans-serif";
        ctx.fillText(r.head, 6, r.y + HEAD_H / 2 + 1);
        ctx.font = "12px system-ui, sans-serif";
        return;
      }
      var l = lanes[r.lane];
      ctx.fillStyle = "#3a4450";
      var label = l.kind === "gil" ? "GIL holder" : l.label;
      ctx.fillText(label.length > 26 ? label.slice(0, 25) + "…" : label, 14, r.y + ROW_H / 2);
      drawLane(r.lane, r.y);
    });
    drawAxis();
    api.draws++;
    api.drawMs = performance.now() - t0;
  }

  function rowAt(py) {
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      if (r.lane !== undefined && py >= r.y && py < r.y + ROW_H) return r;
    }
    return null;
  }

  function describe(li, i) {
    var l = lanes[li], s = start[i], e = spanEnd(l, i), v = value[i];
    var head, extra = "";
    if (l.kind === "thread") {
      head = "<b>" + esc(l.label) + "</b>: " + esc(D.states[v]);
      var ln = line[i];
      if (ln > 0) {
        extra = "<div>began at " + esc(D.file) + ":" + ln + "</div><div class=\"src\">" + esc((D.source[ln - 1] || "").trim()) + "</div>";
      }
    } else if (l.kind === "core") {
      head = "<b>" + esc(l.label) + "</b>: " + (v ? "runs " + esc(threadName(v - 1)) : "idle");
    } else {
      var p = D.processes[l.process];
      head = "<b>GIL of process " + p.pid + "</b>: " + (v ? "held by " + esc(threadName(v - 1)) : "free");
    }
    return head + "<div>start " + fmt(s) + ", duration " + fmt(e - s) + "</div>" + extra;
  }
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }

  function hover(ev) {
    var rect = canvas.getBoundingClientRect();
    var px = ev.clientX - rect.left, py = ev.clientY - rect.top;
    var r = rowAt(py);
    if (!r || px < LABEL_W || px > LABEL_W + plotW) { tip.hidden = true; return null; }
    var t = v0 + (px - LABEL_W) * (v1 - v0) / plotW;
    var l = lanes[r.lane], i = spanAt(l, t);
    tip.innerHTML = describe(r.lane, i);
    tip.hidden = false;
    var tx = Math.min(px + 14, width - tip.offsetWidth - 4);
    tip.style.left = Math.max(tx, 0) + "px";
    tip.style.top = (py + 16) + "px";
    return { lane: r.lane, span: i };
  }

  var drag = null, pending = false;
  function redraw() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; draw(); });
  }
  function clampView() {
    var w = Math.max(v1 - v0, Math.min(20, END));
    if (w > END) w = END;
    if (v0 < 0) v0 = 0;
    if (v0 + w > END) v0 = END - w;
    v1 = v0 + w;
  }
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var rect = canvas.getBoundingClientRect();
    var px = Math.min(Math.max(ev.clientX - rect.left - LABEL_W, 0), plotW);
    var t = v0 + px * (v1 - v0) / plotW;
    var f = Math.exp(ev.deltaY * 0.0015);
    v0 = t - (t - v0) * f; v1 = t + (v1 - t) * f;
    clampView(); redraw(); hover(ev);
  }, { passive: false });
  canvas.addEventListener("mousedown", function (ev) {
    drag = { x: ev.clientX, v0: v0, v1: v1, moved: false };
    canvas.classList.add("dragging");
  });
  window.addEventListener("mouseup", function (ev) {
    if (drag && !drag.moved) click(ev);
    drag = null;
    canvas.classList.remove("dragging");
  });
  window.addEventListener("mousemove", function (ev) {
    if (drag) {
      var dx = ev.clientX - drag.x;
      if (Math.abs(dx) > 2) drag.moved = true;
      var dt = dx * (drag.v1 - drag.v0) / plotW;
      v0 = drag.v0 - dt; v1 = drag.v1 - dt;
      clampView(); redraw();
    }
  });
  canvas.addEventListener("mousemove", hover);
  canvas.addEventListener("mouseleave", function () { tip.hidden = true; });
  canvas.addEventListener("dblclick", function () { v0 = 0; v1 = END; redraw(); });
  // A click on a thread's span shows its line in the source view.
  function click(ev) {
    var h = hover(ev);
    if (!h || lanes[h.lane].kind !== "thread" || !line[h.span]) return;
    var row = document.getElementById("L" + line[h.span]);
    if (!row) return;
    document.querySelectorAll("tr.hl").forEach(function (r) { r.classList.remove("hl"); });
    row.classList.add("hl");
    row.scrollIntoView({ block: "center" });
  }

  function legend() {
    var el = document.getElementById("legend"), html = "<span class=\"title\">Threads:</span>";
    D.states.forEach(function (name, i) {
      if (i === NONE_STATE) return;
      html += "<span class=\"item\"><span class=\"sw\" style=\"background:" + STATE_COLORS[i] + "\"></span>" + esc(name) + "</span>";
    });
    html += "<span class=\"title\">Cores and GIL holders:</span>";
    var shown = Math.min(D.threads.length, 8);
    for (var t = 0; t < shown; t++) {
      html += "<span class=\"item\"><span class=\"sw\" style=\"background:" + THREAD_COLORS[t % 8] + "\"></span>" + esc(threadName(t)) + (D.threads.length > 8 ? "…" : "") + "</span>";
    }
    html += "<span class=\"item\"><span class=\"sw\" style=\"background:" + IDLE_COLOR + ";border:1px solid #ccc\"></span>idle / free</span>";
    el.innerHTML = html;
  }

  // For tests: the longest span of a thread lane in state `name` (or of
  // any lane kind `kind`), and the page point at its middle.
  api.find = function (name, kind) {
    var best = null;
    lanes.forEach(function (l, li) {
      if ((kind || "thread") !== l.kind) return;
      for (var i = l.first; i < l.first + l.count; i++) {
        if (kind === undefined && D.states[value[i]] !== name) continue;
        if (kind !== undefined && value[i] === 0) continue;
        var d = spanEnd(l, i) - start[i];
        if (!best || d > best.d) best = { lane: li, span: i, d: d };
      }
    });
    if (!best) return null;
    var l = lanes[best.lane], row = rows.filter(function (r) { return r.lane === best.lane; })[0];
    var mid = (Math.max(start[best.span], v0) + Math.min(spanEnd(l, best.span), v1)) / 2;
    var rect = canvas.getBoundingClientRect();
    return {
      lane: best.lane, span: best.span, label: l.label, duration: best.d, line: line[best.span],
      text: line[best.span] ? (D.source[line[best.span] - 1] || "").trim() : "",
      x: rect.left + LABEL_W + (mid - v0) * plotW / (v1 - v0), y: rect.top + row.y + ROW_H / 2,
      canvasX: LABEL_W + (mid - v0) * plotW / (v1 - v0), canvasY: row.y + ROW_H / 2
    };
  };
  api.view = function () { return [v0, v1]; };

  legend();
  window.addEventListener("resize", resize);
  resize();
  api.openMs = performance.now();
  api.ready = true;
})();
