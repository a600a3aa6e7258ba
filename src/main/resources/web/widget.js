/*
 * motcua widget: the embeddable assistant for administrative procedures.
 *
 *   <script src="https://HOST/widget.js" data-title="Trợ lý thủ tục hành chính" data-api="(optional base URL)"></script>
 *
 * adds a chat button to any page. The API base defaults to this script's own origin. Everything the
 * widget draws lives in an open shadow root on <motcua-widget>, so host styles neither leak in nor out.
 * With data-mode="kiosk" the same file drives the kiosk page (/kiosk) instead.
 * Server and user text is only ever inserted with textContent, never as HTML.
 * No dependencies, no external fonts or CDNs.
 */
(function () {
  'use strict';

  var doc = document;
  var script = doc.currentScript || findScript();
  var ds = (script && script.dataset) || {};
  var API = apiBase();

  function findScript() {
    var all = doc.getElementsByTagName('script');
    for (var i = all.length - 1; i >= 0; i--) {
      if (/\/widget\.js(?:[?#]|$)/.test(all[i].src || '')) return all[i];
    }
    return null;
  }

  function apiBase() {
    try {
      if (ds.api) return new URL(ds.api, location.href).href.replace(/\/+$/, '');
      if (script && script.src) return new URL(script.src, location.href).origin;
    } catch (e) { /* fall through */ }
    return location.origin;
  }

  /* ---------- small helpers ---------- */

  function h(tag, props, kids) {
    var e = doc.createElement(tag);
    if (props) {
      for (var k in props) {
        if (!Object.prototype.hasOwnProperty.call(props, k)) continue;
        var v = props[k];
        if (v == null || v === false) continue;
        if (k === 'text') e.textContent = String(v);
        else if (k === 'class') e.className = v;
        else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? '' : String(v));
      }
    }
    if (kids != null) add(e, kids);
    return e;
  }

  function add(parent, kids) {
    [].concat(kids).forEach(function (c) {
      if (c == null || c === false) return;
      parent.appendChild(typeof c === 'object' ? c : doc.createTextNode(String(c)));
    });
    return parent;
  }

  function clear(e) {
    while (e.firstChild) e.removeChild(e.firstChild);
  }

  var ICONS = {
    chat: 'M20 2H4c-1.1 0-2 .9-2 2v18l4-4h14c1.1 0 2-.9 2-2V4c0-1.1-.9-2-2-2zM6 9h12v2H6V9zm8 5H6v-2h8v2zm4-6H6V6h12v2z',
    close: 'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
    send: 'M2.01 21 23 12 2.01 3 2 10l15 2-15 2z',
    thumb: 'M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z',
    person: 'M12 12c2.21 0 4-1.79 4-4s-1.79-4-4-4-4 1.79-4 4 1.79 4 4 4zm0 2c-2.67 0-8 1.34-8 4v2h16v-2c0-2.66-5.33-4-8-4z'
  };

  function icon(name, cls) {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = doc.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('class', 'ico' + (cls ? ' ' + cls : ''));
    var p = doc.createElementNS(ns, 'path');
    p.setAttribute('d', ICONS[name]);
    svg.appendChild(p);
    return svg;
  }

  /** An absolute http(s) URL for a server-supplied link, or null (no javascript: or data: links). */
  function safeHref(u) {
    if (!u || typeof u !== 'string') return null;
    try {
      var x = new URL(u, API + '/');
      return x.protocol === 'http:' || x.protocol === 'https:' ? x.href : null;
    } catch (e) {
      return null;
    }
  }

  function pageHref(code) {
    return safeHref(API + '/thu-tuc/' + encodeURIComponent(code));
  }

  var store = {
    get: function (k) {
      try { return window.sessionStorage.getItem(k); } catch (e) { return null; }
    },
    set: function (k, v) {
      try { window.sessionStorage.setItem(k, v); } catch (e) { /* storage may be blocked */ }
    },
    del: function (k) {
      try { window.sessionStorage.removeItem(k); } catch (e) { /* ignore */ }
    }
  };

  function onReady(fn) {
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', fn);
    else fn();
  }

  /* ---------- HTTP ---------- */

  function HttpError(status, message) {
    this.http = true;
    this.status = status;
    this.message = message;
  }

  function post(path, body, accept) {
    return fetch(API + path, {
      method: 'POST',
      mode: 'cors',
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json', 'Accept': accept || 'application/json' },
      body: JSON.stringify(body)
    }).then(checked);
  }

  /* Officer mode: same origin only, with the HttpOnly session cookie the login set (never readable here). */
  function officerPost(path, body) {
    return fetch(API + path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body)
    }).then(checked);
  }

  function get(path) {
    return fetch(API + path, { mode: 'cors', credentials: 'omit', headers: { 'Accept': 'application/json' } })
      .then(checked).then(function (r) { return r.json(); });
  }

  /** Resolves with the response when 2xx; otherwise rejects with an HttpError carrying a Vietnamese message. */
  function checked(res) {
    if (res.ok) return res;
    return res.text().then(function (t) {
      var msg = null;
      try {
        var j = JSON.parse(t);
        msg = j && j.error && j.error.message;
      } catch (e) { /* not JSON */ }
      if (res.status === 429) {
        var wait = parseInt(res.headers.get('Retry-After'), 10);
        msg = msg || 'Bạn gửi câu hỏi quá nhanh.';
        if (wait > 0) msg += ' Vui lòng thử lại sau ' + wait + ' giây.';
      }
      throw new HttpError(res.status, msg || 'Máy chủ đang gặp sự cố (mã ' + res.status + '). Vui lòng thử lại sau.');
    });
  }

  function errorText(err) {
    if (err && err.http) return err.message;
    return 'Không kết nối được với máy chủ. Vui lòng kiểm tra mạng và thử lại.';
  }

  /** Reads a Server-Sent-Events body, calling on(eventName, parsedData) per event. */
  function readSse(body, on) {
    var reader = body.getReader();
    var dec = new TextDecoder('utf-8');
    var buf = '';

    function dispatch(block) {
      var name = 'message', data = [], lines = block.split('\n');
      for (var i = 0; i < lines.length; i++) {
        var l = lines[i];
        if (!l || l.charAt(0) === ':') continue;
        var c = l.indexOf(':');
        var field = c < 0 ? l : l.slice(0, c);
        var value = c < 0 ? '' : l.slice(c + 1);
        if (value.charAt(0) === ' ') value = value.slice(1);
        if (field === 'event') name = value;
        else if (field === 'data') data.push(value);
      }
      if (!data.length) return;
      var raw = data.join('\n'), parsed;
      try { parsed = JSON.parse(raw); } catch (e) { parsed = raw; }
      on(name, parsed);
    }

    function flush(end) {
      var hold = '';
      if (!end && buf.slice(-1) === '\r') { hold = '\r'; buf = buf.slice(0, -1); }
      buf = buf.replace(/\r\n?/g, '\n');
      var i;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        dispatch(buf.slice(0, i));
        buf = buf.slice(i + 2);
      }
      if (end && buf.trim()) { dispatch(buf); buf = ''; }
      buf += hold;
    }

    function pump() {
      return reader.read().then(function (r) {
        if (r.done) {
          buf += dec.decode();
          flush(true);
          return;
        }
        buf += dec.decode(r.value, { stream: true });
        flush(false);
        return pump();
      });
    }
    return pump();
  }

  /**
   * Sends one chat message. view receives: start(), card(c), chunk(s), reset(), citations(list), final(resp).
   * Streams with SSE; falls back to one JSON request when streaming is unavailable or breaks.
   */
  function chat(body, view) {
    var finished = false;
    function json() {
      view.restart();
      return post('/api/chat', body, 'application/json')
        .then(function (r) { return r.json(); })
        .then(function (resp) { view.final(resp); });
    }
    var canStream = typeof ReadableStream !== 'undefined' && typeof TextDecoder !== 'undefined';
    if (!canStream) return json();
    return post('/api/chat', body, 'text/event-stream').then(function (res) {
      var ct = (res.headers.get('Content-Type') || '').toLowerCase();
      if (ct.indexOf('text/event-stream') < 0 || !res.body || !res.body.getReader) {
        return res.json().then(function (resp) { finished = true; view.final(resp); });
      }
      return readSse(res.body, function (name, data) {
        if (finished) return;
        if (name === 'open') { view.open(data); return; }
        view.start();
        if (name === 'card') view.card(data);
        else if (name === 'text') view.chunk(data && typeof data === 'object' ? data.chunk : data);
        else if (name === 'reset') view.reset();
        else if (name === 'citations') view.citations(data);
        else if (name === 'done') { finished = true; view.final(data); }
        else if (name === 'error') throw new HttpError(500, data && data.error && data.error.message);
      }).then(function () {
        if (!finished) throw new Error('stream ended before done');
      });
    }).catch(function (err) {
      if (finished) return;
      if (err && err.http) throw err;
      return json();
    });
  }

  /* ---------- the procedure card (shared by widget and kiosk) ---------- */

  var FIELD_LABELS = {
    name: 'Tên thủ tục', fee: 'Phí, lệ phí', processing_time: 'Thời hạn', deadline: 'Thời hạn',
    documents: 'Hồ sơ', agencies: 'Cơ quan thực hiện', agency: 'Cơ quan thực hiện', channels: 'Cách thức nộp',
    steps: 'Trình tự thực hiện', result: 'Kết quả', eligibility: 'Yêu cầu, điều kiện', legal_basis: 'Căn cứ pháp lý',
    levels: 'Cấp thực hiện', field: 'Lĩnh vực', online: 'Nộp trực tuyến', subjects: 'Đối tượng thực hiện'
  };

  function countText(item) {
    var parts = [];
    if (item.originals > 0) parts.push(item.originals + ' bản chính');
    if (item.copies > 0) parts.push(item.copies + ' bản sao');
    return parts.join(', ');
  }

  /**
   * Builds the card. attr is the hook attribute ("data-motcua" or "data-kiosk"); ticks are kept in
   * sessionStorage per procedure code, so a card shown again keeps its checklist.
   */
  function renderCard(card, attr) {
    var code = String(card.code || '');
    var key = 'motcua.docs.' + code;
    var ticks = {};
    try { ticks = JSON.parse(store.get(key) || '{}') || {}; } catch (e) { ticks = {}; }

    var root = h('section', { 'class': 'card', 'aria-label': 'Thông tin thủ tục: ' + (card.name || code) });
    root.setAttribute(attr, 'card');
    root.setAttribute('data-code', code);

    add(root, h('h3', { 'class': 'card-name', text: card.name || code }));
    var meta = ['Mã thủ tục: ' + code];
    if (card.field) meta.push('Lĩnh vực: ' + card.field);
    if (card.levels && card.levels.length) meta.push(card.levels.join(', '));
    add(root, h('p', { 'class': 'card-meta', text: meta.join(' · ') }));

    var fee = card.fee || 'Chưa có thông tin';
    if (card.fee_set_by_province) fee += ' (mức thu cụ thể do tỉnh, thành phố quy định)';
    var facts = [
      ['Phí, lệ phí', fee, 'fee'],
      ['Thời hạn giải quyết', card.deadline || 'Chưa có thông tin', 'deadline'],
      ['Cơ quan thực hiện', card.agency || 'Chưa có thông tin', 'agency'],
      ['Nộp trực tuyến', card.online ? 'Có' : 'Không', 'online']
    ];
    if (card.channels) facts.push(['Cách thức nộp', card.channels, 'channels']);
    if (card.result) facts.push(['Kết quả', card.result, 'result']);
    var dl = h('dl', { 'class': 'facts' });
    facts.forEach(function (f) {
      add(dl, h('div', { 'class': 'fact', 'data-fact': f[2] }, [h('dt', { text: f[0] }), h('dd', { text: f[1] })]));
    });
    add(root, dl);

    var groups = Array.isArray(card.documents) ? card.documents : [];
    var total = 0;
    groups.forEach(function (g) { total += (g && Array.isArray(g.items)) ? g.items.length : 0; });
    if (total) {
      var docsBox = h('div', { 'class': 'docs' });
      var progress = h('p', { 'class': 'progress', 'aria-live': 'polite' });
      var boxes = [];
      var update = function () {
        var n = 0;
        boxes.forEach(function (b) { if (b.checked) n++; });
        progress.textContent = 'Đã chuẩn bị ' + n + '/' + total + ' giấy tờ';
      };
      add(docsBox, [h('h4', { text: 'Giấy tờ cần chuẩn bị' }), progress]);
      groups.forEach(function (g, gi) {
        if (!g || !Array.isArray(g.items) || !g.items.length) return;
        var fs = h('fieldset', { 'class': 'group' }, h('legend', { text: g.group || 'Giấy tờ' }));
        var ul = h('ul');
        g.items.forEach(function (item, ii) {
          var id = gi + '.' + ii;
          var cb = h('input', { type: 'checkbox', 'data-id': id });
          cb.setAttribute(attr, 'doc');
          cb.checked = !!ticks[id];
          cb.addEventListener('change', function () {
            if (cb.checked) ticks[id] = 1; else delete ticks[id];
            store.set(key, JSON.stringify(ticks));
            update();
          });
          boxes.push(cb);
          var details = [];
          if (item.form) details.push('Mẫu: ' + item.form);
          var counts = countText(item);
          if (counts) details.push(counts);
          add(ul, h('li', null, h('label', null, [
            cb,
            h('span', { 'class': 'doc-name', text: item.name || '' }),
            details.length ? h('small', { 'class': 'doc-detail', text: details.join(' · ') }) : null
          ])));
        });
        add(fs, ul);
        add(docsBox, fs);
      });
      update();
      add(root, docsBox);
    }

    var links = h('p', { 'class': 'card-links' });
    var page = safeHref(card.page) || (code ? pageHref(code) : null);
    if (page) {
      var a1 = h('a', { href: page, target: '_blank', rel: 'noopener', text: 'Xem trang thủ tục (bản in)' });
      a1.setAttribute(attr, 'card-page');
      add(links, a1);
    }
    var portal = safeHref(card.url);
    if (portal) {
      var a2 = h('a', { href: portal, target: '_blank', rel: 'noopener noreferrer', text: 'Cổng Dịch vụ công quốc gia' });
      a2.setAttribute(attr, 'card-url');
      add(links, a2);
    }
    if (links.firstChild) add(root, links);
    return root;
  }

  /* ---------- kiosk mode ---------- */

  if (ds.mode === 'kiosk') {
    onReady(kiosk);
    return;
  }

  function kiosk() {
    var q = function (sel) { return doc.querySelector(sel); };
    var form = q('[data-kiosk="form"]');
    var input = q('[data-kiosk="input"]');
    var homeView = q('[data-kiosk="home-view"]');
    var resultView = q('[data-kiosk="result-view"]');
    var result = q('[data-kiosk="result"]');
    var countdown = q('[data-kiosk="countdown"]');
    var seconds = q('[data-kiosk="seconds"]');
    if (!form || !input || !homeView || !resultView || !result) return;

    var params = new URLSearchParams(location.search);
    var idle = parseInt(params.get('idle') || ds.idle || '90', 10);
    if (!(idle >= 5 && idle <= 3600)) idle = 90;
    var session = null;
    var last = Date.now();
    var generation = 0;

    function showResult(node) {
      clear(result);
      add(result, node);
      homeView.hidden = true;
      resultView.hidden = false;
      window.scrollTo(0, 0);
    }

    function loading() {
      showResult(h('p', { 'class': 'loading', 'data-kiosk': 'loading', role: 'status', text: 'Đang tra cứu, vui lòng chờ…' }));
    }

    function answerBox(status) {
      return h('article', { 'class': 'answer status-' + status, 'data-kiosk': 'answer', 'data-status': status, tabindex: '-1' });
    }

    function showError(err) {
      var box = answerBox('error');
      add(box, h('p', { 'class': 'lead', text: errorText(err) }));
      showResult(box);
    }

    function openProcedure(code, label) {
      var gen = ++generation;
      loading();
      get('/api/procedures/' + encodeURIComponent(code)).then(function (card) {
        if (gen !== generation) return;
        var box = answerBox('answered');
        add(box, renderCard(card, 'data-kiosk'));
        add(box, printButton());
        showResult(box);
      }).catch(function (err) {
        if (gen !== generation) return;
        if (err && err.status === 404) {
          err = new HttpError(404, 'Chưa có thông tin về thủ tục ' + (label || code) + '. Vui lòng hỏi cán bộ tại quầy.');
        }
        showError(err);
      });
    }

    function printButton() {
      return h('button', { type: 'button', 'class': 'secondary', 'data-kiosk': 'print', text: 'In danh sách giấy tờ',
        onclick: function () { window.print(); } });
    }

    function ask(text) {
      text = String(text || '').trim();
      if (!text) { input.focus(); return; }
      var gen = ++generation;
      loading();
      var body = { message: text };
      if (session) body.session_id = session;
      post('/api/chat', body, 'application/json').then(function (r) { return r.json(); }).then(function (resp) {
        if (gen !== generation) return;
        if (resp.session_id) session = resp.session_id;
        var status = resp.status || 'answered';
        var box = answerBox(status);
        var answer = String(resp.answer || '');
        var cut = answer.indexOf('\n\n');
        if (resp.card) {
          // The card carries the details in large type; the text repeats them, so it folds away.
          if (cut > 0) add(box, h('p', { 'class': 'lead', text: answer.slice(0, cut) }));
          add(box, renderCard(resp.card, 'data-kiosk'));
          var rest = cut > 0 ? answer.slice(cut + 2) : answer;
          if (rest.trim()) {
            add(box, h('details', { 'class': 'full' }, [
              h('summary', { text: 'Xem toàn văn câu trả lời' }),
              h('p', { 'class': 'text', text: rest })
            ]));
          }
          add(box, printButton());
        } else {
          add(box, h('p', { 'class': 'lead text', text: answer }));
        }
        var options = status === 'clarify' && Array.isArray(resp.options) ? resp.options : [];
        if (options.length) {
          var list = h('div', { 'class': 'options', role: 'group', 'aria-label': 'Chọn thủ tục' });
          options.forEach(function (o) {
            add(list, h('button', { type: 'button', 'class': 'option', 'data-kiosk': 'option', 'data-number': o.number,
              text: o.name + (o.code ? ' (' + o.code + ')' : ''),
              onclick: function () { ask(String(o.number)); } }));
          });
          add(box, list);
        }
        showResult(box);
      }).catch(function (err) {
        if (gen === generation) showError(err);
      });
    }

    function home() {
      generation++;
      session = null;
      input.value = '';
      clear(result);
      resultView.hidden = true;
      homeView.hidden = false;
      if (countdown) countdown.hidden = true;
      window.scrollTo(0, 0);
    }

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      ask(input.value);
      input.blur();
    });
    doc.addEventListener('click', function (e) {
      var t = e.target.closest ? e.target.closest('[data-kiosk]') : null;
      if (!t) return;
      var hook = t.getAttribute('data-kiosk');
      if (hook === 'procedure') openProcedure(t.getAttribute('data-code'), t.getAttribute('data-name'));
      else if (hook === 'home' || hook === 'back') home();
      else if (hook === 'example') { input.value = t.textContent.trim(); ask(input.value); }
    });

    function pristine() {
      return !homeView.hidden ? !input.value && (window.scrollY || 0) < 10 : false;
    }
    function activity() {
      last = Date.now();
      if (countdown) countdown.hidden = true;
    }
    ['pointerdown', 'keydown', 'input', 'touchstart', 'wheel'].forEach(function (t) {
      doc.addEventListener(t, activity, { passive: true, capture: true });
    });
    setInterval(function () {
      if (pristine()) { last = Date.now(); return; }
      var left = Math.ceil(idle - (Date.now() - last) / 1000);
      if (left <= 0) { home(); last = Date.now(); return; }
      if (countdown && left <= 10) {
        if (seconds) seconds.textContent = String(left);
        countdown.hidden = false;
      }
    }, 250);
  }

  /* ---------- the floating widget ---------- */

  var CSS = [
    ':host{all:initial!important}',
    '.launcher,.panel{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;font-size:15px;font-style:normal;font-weight:400;line-height:1.45;color:#1b1f24;letter-spacing:normal;word-spacing:normal;text-align:left;text-transform:none;text-indent:0;text-shadow:none;white-space:normal;visibility:visible;direction:ltr;cursor:auto}',
    '*,*::before,*::after{box-sizing:border-box}',
    '[hidden]{display:none!important}',
    '.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}',
    'button,input{font:inherit;color:inherit}',
    'button{cursor:pointer}',
    ':focus-visible{outline:3px solid #f5a623;outline-offset:2px}',
    '.ico{width:20px;height:20px;fill:currentColor;flex:none}',
    '.flip{transform:rotate(180deg)}',
    '.launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;display:flex;align-items:center;gap:8px;min-height:52px;padding:12px 18px;border:0;border-radius:28px;background:#0b4f9c;color:#fff;font-weight:600;box-shadow:0 4px 16px rgba(0,0,0,.25)}',
    '.launcher:hover{background:#093f7d}',
    '.launcher .ico{width:24px;height:24px}',
    '.panel{position:fixed;right:20px;bottom:20px;z-index:2147483001;display:flex;flex-direction:column;width:400px;max-width:calc(100vw - 40px);height:640px;max-height:calc(100vh - 40px);background:#fff;border-radius:14px;box-shadow:0 8px 32px rgba(0,0,0,.3);overflow:hidden}',
    '.head{display:flex;align-items:center;gap:6px;padding:10px 10px 10px 16px;background:#0b4f9c;color:#fff}',
    '.head h2{flex:1;margin:0;font-size:16px;font-weight:600;line-height:1.3}',
    '.head button{display:flex;align-items:center;gap:4px;min-height:40px;padding:6px 10px;border:1px solid rgba(255,255,255,.55);border-radius:8px;background:transparent;color:#fff;font-size:13px}',
    '.head button:hover{background:rgba(255,255,255,.15)}',
    '.head .close{border-color:transparent;padding:6px}',
    '.log{flex:1;overflow-y:auto;padding:14px;background:#f3f5f8;overscroll-behavior:contain}',
    '.msg{max-width:92%;margin:0 0 12px;padding:10px 12px;border-radius:12px;word-wrap:break-word;overflow-wrap:anywhere}',
    '.user{margin-left:auto;background:#0b4f9c;color:#fff;border-bottom-right-radius:4px;white-space:pre-wrap}',
    '.bot{background:#fff;border:1px solid #dde2e8;border-bottom-left-radius:4px}',
    '.bot.status-emergency{border:2px solid #c62828;background:#fff5f5}',
    '.bot.status-error{border-color:#c62828;color:#8e1b1b}',
    '.bot.status-no_information,.bot.status-refused{background:#fffbea;border-color:#ecd98b}',
    '.system{margin:0 auto 12px;max-width:92%;padding:8px 12px;border-radius:10px;background:#e7f3ea;color:#1d5b2c;font-size:14px;text-align:center}',
    '.text{white-space:pre-wrap;margin:0}',
    '.text:empty{display:none}',
    '.welcome p{margin:0 0 8px}',
    '.chips{display:flex;flex-wrap:wrap;gap:6px}',
    '.chip,.option{min-height:40px;padding:8px 12px;border:1px solid #0b4f9c;border-radius:18px;background:#fff;color:#0b4f9c;text-align:left}',
    '.chip:hover,.option:hover{background:#e8f0fa}',
    '.options{display:flex;flex-direction:column;gap:6px;margin-top:10px}',
    '.option[disabled]{opacity:.6;cursor:default}',
    '.typing{display:flex;gap:4px;padding:4px 0}',
    '.typing i{width:8px;height:8px;border-radius:50%;background:#7a8696;animation:mcb 1.2s infinite ease-in-out}',
    '.typing i:nth-child(2){animation-delay:.15s}.typing i:nth-child(3){animation-delay:.3s}',
    '@keyframes mcb{0%,80%,100%{opacity:.3;transform:translateY(0)}40%{opacity:1;transform:translateY(-4px)}}',
    '@media (prefers-reduced-motion:reduce){.typing i{animation:none}}',
    '.card{margin:0 0 10px;padding:10px 12px;border:1px solid #b9cbe2;border-left:4px solid #0b4f9c;border-radius:8px;background:#f8fbff}',
    '.card-name{margin:0 0 2px;font-size:16px;line-height:1.3}',
    '.card-meta{margin:0 0 8px;color:#4a5563;font-size:13px}',
    '.facts{margin:0 0 8px}',
    '.fact{display:flex;gap:8px;padding:3px 0;border-top:1px solid #e3e9f1}',
    '.fact dt{flex:0 0 40%;color:#4a5563;font-size:13px}',
    '.fact dd{margin:0;flex:1;font-weight:600}',
    '.docs h4{margin:8px 0 2px;font-size:14px}',
    '.progress{margin:0 0 6px;color:#1d5b2c;font-size:13px}',
    '.group{margin:0 0 8px;padding:0;border:0}',
    '.group legend{padding:0;margin:0 0 4px;font-weight:600;font-size:13px;color:#0b4f9c}',
    '.group ul{list-style:none;margin:0;padding:0}',
    '.group li{margin:0 0 6px}',
    '.group label{display:grid;grid-template-columns:auto 1fr;column-gap:8px;cursor:pointer}',
    '.group input{width:18px;height:18px;margin:2px 0 0;accent-color:#0b4f9c}',
    '.doc-detail{grid-column:2;color:#4a5563;font-size:12px}',
    '.card-links{display:flex;flex-wrap:wrap;gap:6px 14px;margin:6px 0 0}',
    'a{color:#0b4f9c;font-weight:600}',
    '.cites{margin:10px 0 0;padding-top:8px;border-top:1px dashed #cfd6df;font-size:13px;color:#4a5563}',
    '.cites ul{margin:4px 0 0;padding-left:18px}',
    '.fb{display:flex;align-items:center;flex-wrap:wrap;gap:6px;margin-top:10px;font-size:13px;color:#4a5563}',
    '.fb button{display:flex;align-items:center;justify-content:center;width:36px;height:36px;border:1px solid #cfd6df;border-radius:50%;background:#fff;color:#4a5563}',
    '.fb button:hover:not([disabled]){background:#e8f0fa;color:#0b4f9c}',
    '.fb button[aria-pressed="true"]{background:#0b4f9c;border-color:#0b4f9c;color:#fff}',
    '.fb button[disabled]{cursor:default}',
    '.compose{display:flex;gap:8px;padding:10px;border-top:1px solid #dde2e8;background:#fff}',
    '.compose input{flex:1;min-width:0;min-height:44px;padding:8px 12px;border:1px solid #9aa5b1;border-radius:10px;background:#fff}',
    '.compose input:focus{border-color:#0b4f9c}',
    '.compose .send{display:flex;align-items:center;gap:6px;min-height:44px;padding:8px 14px;border:0;border-radius:10px;background:#0b4f9c;color:#fff;font-weight:600}',
    '.compose .send:hover{background:#093f7d}',
    '.ticket{margin:0 0 12px;padding:10px 12px;border:1px solid #b9cbe2;border-radius:10px;background:#f8fbff;font-size:14px}',
    '.ticket p{margin:0 0 8px}',
    '.ticket label{display:block;margin:6px 0 4px;font-weight:600}',
    '.ticket textarea,.ticket input{box-sizing:border-box;width:100%;min-height:44px;padding:8px 10px;border:1px solid #9aa5b1;border-radius:8px;font:inherit}',
    '.ticket .row{display:flex;gap:8px;margin-top:10px}',
    '.ticket button{min-height:44px;padding:8px 14px;border:1px solid #0b4f9c;border-radius:10px;background:#fff;color:#0b4f9c;font-weight:600}',
    '.ticket button[type=submit]{background:#0b4f9c;color:#fff}',
    '.reply{margin:6px 0 0;padding:8px 10px;border-radius:8px;background:#fff;color:#1f2933;text-align:left;white-space:pre-wrap}',
    '.note{margin:0;padding:0 12px 8px;background:#fff;color:#5b6673;font-size:11.5px;text-align:center}',
    '@media (max-width:520px){.panel{inset:0;right:0;bottom:0;width:100%;max-width:none;height:100%;max-height:none;border-radius:0}.launcher{right:12px;bottom:12px}.launcher .label{display:none}.launcher{padding:14px}}'
  ].join('\n');

  function widget() {
    if (doc.querySelector('motcua-widget')) return;
    var title = ds.title || 'Trợ lý thủ tục hành chính';
    var host = doc.createElement('motcua-widget');
    host.setAttribute('lang', 'vi');
    var root = host.attachShadow({ mode: 'open' });
    var sheetDone = false;
    try {
      if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === 'function') {
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        root.adoptedStyleSheets = [sheet];
        sheetDone = true;
      }
    } catch (e) { /* older browser: fall back to a style element */ }
    if (!sheetDone) root.appendChild(h('style', { text: CSS }));

    var SID_KEY = 'motcua.session';
    var sid = store.get(SID_KEY);
    var lastMessageId = null;
    var queue = Promise.resolve();
    var welcomed = false;
    var TICKET_KEY = 'motcua.ticket';
    var ticketRef = store.get(TICKET_KEY);
    var pollMs = 1000 * Math.max(1, parseInt(ds.pollSeconds, 10) || 30);
    var pollTimer = null;
    var ticketForm = null;
    var ticketReply = null;
    var lastQuestion = '';

    var launcher = h('button', {
      type: 'button', 'class': 'launcher', 'data-motcua': 'launcher', 'aria-haspopup': 'dialog',
      'aria-expanded': 'false', 'aria-controls': 'motcua-panel', 'aria-label': 'Mở ' + title
    }, [icon('chat'), h('span', { 'class': 'label', text: 'Hỏi đáp thủ tục' })]);

    var officer = h('button', {
      type: 'button', 'data-motcua': 'officer', 'aria-label': 'Gặp cán bộ: gửi câu hỏi cho cán bộ xã'
    }, [icon('person'), 'Gặp cán bộ']);
    var staff = h('button', { type: 'button', 'data-motcua': 'staff', 'aria-label': 'Cán bộ đăng nhập: hỏi cả hướng dẫn nội bộ',
      text: 'Cán bộ' });
    /* Officer mode needs the session cookie, which only a page on the service's own origin can use. */
    staff.hidden = new URL(API || '/', location.href).origin !== location.origin;
    var staffName = null;
    var staffSid = null;
    var staffForm = null;
    var closeBtn = h('button', { type: 'button', 'class': 'close', 'data-motcua': 'close', 'aria-label': 'Đóng cửa sổ trợ lý' }, icon('close'));
    var log = h('div', {
      'class': 'log', id: 'motcua-log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions',
      'aria-label': 'Hội thoại với trợ lý', tabindex: '0', 'data-motcua': 'log'
    });
    var input = h('input', {
      id: 'motcua-input', type: 'text', 'data-motcua': 'input', autocomplete: 'off', maxlength: '1000',
      enterkeyhint: 'send', placeholder: 'Nhập câu hỏi, ví dụ: làm giấy khai sinh cần gì?'
    });
    var send = h('button', { type: 'submit', 'class': 'send', 'data-motcua': 'send', 'aria-label': 'Gửi câu hỏi' },
      [icon('send'), h('span', { text: 'Gửi' })]);
    var form = h('form', { 'class': 'compose', 'data-motcua': 'form' }, [
      h('label', { 'class': 'sr', 'for': 'motcua-input', text: 'Câu hỏi của bạn' }), input, send
    ]);
    var panel = h('div', {
      id: 'motcua-panel', 'class': 'panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'motcua-title',
      'data-motcua': 'panel', hidden: true
    }, [
      h('div', { 'class': 'head' }, [h('h2', { id: 'motcua-title', text: title }), officer, staff, closeBtn]),
      log,
      form,
      h('p', { 'class': 'note', text: 'Thông tin để tham khảo, đối chiếu tại Cổng Dịch vụ công quốc gia.' })
    ]);
    add(root, [launcher, panel]);
    doc.body.appendChild(host);

    function isOpen() { return !panel.hidden; }

    function open() {
      if (!isOpen()) {
        panel.hidden = false;
        launcher.hidden = true;
        launcher.setAttribute('aria-expanded', 'true');
        if (!welcomed) welcome();
        if (ticketRef) watchTicket();
      }
      input.focus();
    }

    function close() {
      if (!isOpen()) return;
      panel.hidden = true;
      stopPolling();
      launcher.hidden = false;
      launcher.setAttribute('aria-expanded', 'false');
      launcher.focus();
    }

    function scroll(force) {
      var near = log.scrollHeight - log.scrollTop - log.clientHeight < 120;
      if (force || near) log.scrollTop = log.scrollHeight;
    }

    function welcome() {
      welcomed = true;
      var chips = h('div', { 'class': 'chips', role: 'group', 'aria-label': 'Câu hỏi gợi ý' });
      ['Làm giấy khai sinh cần những gì?', 'Lệ phí đăng ký kết hôn', 'Cấp lại thẻ căn cước ở đâu?'].forEach(function (t) {
        add(chips, h('button', { type: 'button', 'class': 'chip', 'data-motcua': 'suggestion', text: t,
          onclick: function () { submit(t); } }));
      });
      add(log, h('div', { 'class': 'msg bot welcome', 'data-motcua': 'welcome' }, [
        h('p', { text: 'Xin chào! Tôi giúp bạn tra cứu thủ tục hành chính: giấy tờ cần chuẩn bị, lệ phí, thời hạn và nơi nộp hồ sơ.' }),
        h('p', { text: 'Bạn có thể hỏi bằng tiếng Việt có dấu hoặc không dấu.' }),
        chips
      ]));
    }

    function systemNote(text, hook) {
      add(log, h('div', { 'class': 'system', role: 'status', 'data-motcua': hook || 'system', text: text }));
      scroll(true);
    }

    function remember(resp) {
      if (resp && resp.session_id && /^[A-Za-z0-9_-]{1,64}$/.test(resp.session_id)) {
        sid = resp.session_id;
        store.set(SID_KEY, sid);
      }
      if (resp && resp.message_id) lastMessageId = resp.message_id;
    }

    /** One assistant message; filled progressively by the stream. */
    function answerView() {
      var el = h('div', { 'class': 'msg bot', 'data-motcua': 'answer', 'data-status': 'pending', 'aria-busy': 'true' });
      var typing = h('div', { 'class': 'typing', 'data-motcua': 'typing' },
        [h('i'), h('i'), h('i'), h('span', { 'class': 'sr', text: 'Trợ lý đang soạn câu trả lời…' })]);
      var cardBox = h('div', { 'class': 'card-box' });
      var text = h('p', { 'class': 'text', 'data-motcua': 'text' });
      var cites = h('div', { 'class': 'cites', hidden: true });
      var extra = h('div');
      add(el, [typing, cardBox, text, cites, extra]);
      add(log, el);
      scroll(true);
      var started = false, hasCard = false, hasCites = false;

      var v = {
        el: el,
        open: function (info) {
          remember(info);
          if (info && info.message_id) el.setAttribute('data-message-id', info.message_id);
        },
        start: function () {
          if (started) return;
          started = true;
          if (typing.parentNode) el.removeChild(typing);
        },
        card: function (c) {
          if (!c || typeof c !== 'object') return;
          clear(cardBox);
          add(cardBox, renderCard(c, 'data-motcua'));
          hasCard = true;
          scroll();
        },
        chunk: function (s) {
          if (s == null) return;
          text.appendChild(doc.createTextNode(String(s)));
          scroll();
        },
        reset: function () { clear(text); },
        citations: function (list) {
          renderCitations(cites, list);
          hasCites = true;
          scroll();
        },
        restart: function () {
          clear(cardBox); clear(text); clear(cites); clear(extra);
          hasCard = hasCites = false;
          cites.hidden = true;
        },
        final: function (resp) {
          v.start();
          resp = resp || {};
          remember(resp);
          var status = String(resp.status || 'answered');
          el.setAttribute('data-status', status);
          el.className = 'msg bot status-' + status.replace(/[^a-z_]/g, '');
          if (resp.message_id) el.setAttribute('data-message-id', resp.message_id);
          if (resp.card && !hasCard) v.card(resp.card);
          if (typeof resp.answer === 'string') text.textContent = resp.answer;
          if (!hasCites && Array.isArray(resp.citations)) v.citations(resp.citations);
          var options = status === 'clarify' && Array.isArray(resp.options) ? resp.options : [];
          if (options.length) add(extra, renderOptions(options));
          if (resp.message_id) add(extra, renderFeedback(resp.message_id));
          el.removeAttribute('aria-busy');
          scroll();
        },
        fail: function (msg) {
          v.start();
          el.setAttribute('data-status', 'error');
          el.className = 'msg bot status-error';
          clear(cardBox); clear(cites); clear(extra);
          cites.hidden = true;
          text.textContent = msg;
          el.removeAttribute('aria-busy');
          scroll(true);
        }
      };
      return v;
    }

    function renderCitations(box, list) {
      clear(box);
      list = Array.isArray(list) ? list : [];
      var byCode = [], seen = {}, regs = [], internal = [];
      list.forEach(function (c) {
        if (!c || !c.code) return;
        if (c.field === 'regulation') { regs.push(c); return; }
        if (c.field === 'internal') { internal.push(c); return; }
        var entry = seen[c.code];
        if (!entry) { entry = seen[c.code] = { code: c.code, fields: [], url: null }; byCode.push(entry); }
        var label = FIELD_LABELS[c.field] || c.field;
        if (label && c.field !== 'name' && entry.fields.indexOf(label) < 0) entry.fields.push(label);
        if (!entry.url && c.url) entry.url = safeHref(c.url);
      });
      if (!byCode.length && !regs.length && !internal.length) { box.hidden = true; return; }
      var ul = h('ul');
      byCode.forEach(function (e) {
        var li = h('li');
        var page = pageHref(e.code);
        if (page) {
          add(li, h('a', { href: page, target: '_blank', rel: 'noopener', 'data-motcua': 'citation', 'data-kind': 'page',
            'data-code': e.code, text: 'Thủ tục ' + e.code }));
        } else add(li, 'Thủ tục ' + e.code);
        if (e.fields.length) add(li, ' (' + e.fields.join(', ') + ')');
        if (e.url) {
          add(li, [' · ', h('a', { href: e.url, target: '_blank', rel: 'noopener noreferrer', 'data-motcua': 'citation',
            'data-kind': 'portal', 'data-code': e.code, text: 'dichvucong.gov.vn' })]);
        }
        add(ul, li);
      });
      regs.forEach(function (r) {
        add(ul, h('li', { 'data-motcua': 'regulation', text: (r.article ? 'Điều ' + r.article + ', ' : '') + r.code }));
      });
      internal.forEach(function (d) {
        add(ul, h('li', { 'data-motcua': 'internal-citation', 'data-path': d.code, text: 'Tài liệu nội bộ: ' + (d.title || d.code) }));
      });
      add(box, [h('span', { text: 'Nguồn:' }), ul]);
      box.hidden = false;
    }

    function renderOptions(options) {
      var group = h('div', { 'class': 'options', role: 'group', 'aria-label': 'Chọn thủ tục bạn muốn hỏi' });
      var buttons = [];
      options.forEach(function (o) {
        if (!o) return;
        var b = h('button', {
          type: 'button', 'class': 'option', 'data-motcua': 'option', 'data-number': o.number, 'data-code': o.code,
          text: o.number + '. ' + (o.name || o.code || '') + (o.code && o.name ? ' (' + o.code + ')' : ''),
          onclick: function () {
            buttons.forEach(function (x) { x.disabled = true; });
            b.setAttribute('aria-pressed', 'true');
            submit(String(o.number));
          }
        });
        buttons.push(b);
        add(group, b);
      });
      return group;
    }

    function renderFeedback(messageId) {
      var label = h('span', { text: 'Câu trả lời có hữu ích không?' });
      var up = h('button', { type: 'button', 'data-motcua': 'up', 'aria-label': 'Câu trả lời hữu ích', title: 'Hữu ích' }, icon('thumb'));
      var down = h('button', { type: 'button', 'data-motcua': 'down', 'aria-label': 'Câu trả lời chưa hữu ích', title: 'Chưa hữu ích' }, icon('thumb', 'flip'));
      var box = h('div', { 'class': 'fb', role: 'group', 'aria-label': 'Đánh giá câu trả lời', 'data-motcua': 'feedback' }, [label, up, down]);
      function rate(rating, btn) {
        up.disabled = down.disabled = true;
        btn.setAttribute('aria-pressed', 'true');
        post('/api/feedback', { session_id: sid, message_id: messageId, rating: rating }).then(function () {
          label.textContent = 'Cảm ơn bạn đã góp ý!';
          label.setAttribute('data-motcua', 'thanks');
          label.setAttribute('role', 'status');
          box.setAttribute('data-state', 'thanks');
        }).catch(function (err) {
          up.disabled = down.disabled = false;
          btn.removeAttribute('aria-pressed');
          label.textContent = 'Chưa gửi được góp ý. ' + errorText(err);
        });
      }
      up.addEventListener('click', function () { rate('up', up); });
      down.addEventListener('click', function () { rate('down', down); });
      return box;
    }

    function submit(text) {
      text = String(text == null ? '' : text).trim();
      if (!text) { input.focus(); return queue; }
      if (!isOpen()) open();
      if (!/^\d{1,2}$/.test(text)) lastQuestion = text;
      add(log, h('div', { 'class': 'msg user', 'data-motcua': 'question', text: text }));
      var view = answerView();
      queue = queue.then(function () {
        var body = { message: text };
        if (staffName) return staffChat(body, view);
        if (sid) body.session_id = sid;
        return chat(body, view).catch(function (err) { view.fail(errorText(err)); });
      });
      return queue;
    }

    /* ---------- officer mode ---------- */

    function staffChat(body, view) {
      if (staffSid) body.session_id = staffSid;
      return officerPost('/api/officer/chat', body).then(function (r) { return r.json(); }).then(function (resp) {
        staffSid = resp.session_id;
        delete resp.session_id;
        view.final(resp);
      }).catch(function (err) {
        if (err && err.status === 401) staffMode(null);
        view.fail(errorText(err));
      });
    }

    function staffMode(name) {
      staffName = name;
      staffSid = null;
      panel.setAttribute('data-mode', name ? 'officer' : 'citizen');
      staff.textContent = name ? 'Đăng xuất' : 'Cán bộ';
      staff.setAttribute('aria-label', name ? 'Đăng xuất chế độ cán bộ' : 'Cán bộ đăng nhập: hỏi cả hướng dẫn nội bộ');
      systemNote(name ? 'Chế độ cán bộ: ' + name + '. Câu trả lời có thể trích tài liệu nội bộ; không chuyển cho công dân.'
        : 'Đã thoát chế độ cán bộ.', 'staff-mode');
    }

    function staffFormView() {
      var f = h('form', { 'class': 'ticket', 'data-motcua': 'staff-form' });
      var name = h('input', { id: 'motcua-staff-name', autocomplete: 'username', required: '', maxlength: '64', 'data-motcua': 'staff-name' });
      var token = h('input', { id: 'motcua-staff-token', type: 'password', autocomplete: 'current-password', required: '', maxlength: '200',
        'data-motcua': 'staff-token' });
      var note = h('p', { role: 'status', 'data-motcua': 'staff-status' });
      var cancel = h('button', { type: 'button', text: 'Hủy' });
      add(f, [h('p', { text: 'Cán bộ đăng nhập' }), h('label', { 'for': 'motcua-staff-name', text: 'Tên tài khoản' }), name,
        h('label', { 'for': 'motcua-staff-token', text: 'Mã đăng nhập' }), token,
        h('div', { 'class': 'row' }, [h('button', { type: 'submit', 'data-motcua': 'staff-send', text: 'Đăng nhập' }), cancel]), note]);
      cancel.addEventListener('click', function () { f.remove(); staffForm = null; staff.focus(); });
      f.addEventListener('submit', function (e) {
        e.preventDefault();
        var body = { name: name.value.trim(), token: token.value };
        token.value = '';
        officerPost('/api/officer/login', body).then(function (r) { return r.json(); }).then(function (me) {
          f.remove();
          staffForm = null;
          staffMode(me.name);
          input.focus();
        }).catch(function (err) {
          note.textContent = err.status === 401 ? 'Tên tài khoản hoặc mã đăng nhập không đúng.' : errorText(err);
          token.focus();
        });
      });
      return f;
    }

    staff.addEventListener('click', function () {
      if (staffName) {
        officerPost('/api/officer/logout', {}).then(function () { staffMode(null); }, function () { staffMode(null); });
        return;
      }
      if (!staffForm) {
        staffForm = staffFormView();
        add(log, staffForm);
        scroll(true);
      }
      staffForm.querySelector('[data-motcua="staff-name"]').focus();
    });

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var t = input.value;
      input.value = '';
      submit(t);
      input.focus();
    });

    /* "Gặp cán bộ": a small form in the log; the ticket's reference is kept for the session and polled while the panel is open. */
    function ticketFormView() {
      var question = h('textarea', { id: 'motcua-ticket-question', 'data-motcua': 'ticket-question', rows: '3', maxlength: '2000', required: true });
      question.value = lastQuestion;
      var contact = h('input', { id: 'motcua-ticket-contact', type: 'text', 'data-motcua': 'ticket-contact', maxlength: '120',
        autocomplete: 'tel', placeholder: 'Ví dụ: 0912 345 678 hoặc ten@example.com' });
      var sendTicket = h('button', { type: 'submit', 'data-motcua': 'ticket-send', text: 'Gửi cho cán bộ' });
      var cancel = h('button', { type: 'button', 'data-motcua': 'ticket-cancel', text: 'Hủy' });
      var note = h('p', { role: 'status', 'data-motcua': 'ticket-status' });
      var f = h('form', { 'class': 'ticket', 'data-motcua': 'ticket-form', 'aria-label': 'Gửi câu hỏi cho cán bộ' }, [
        h('p', { text: 'Cán bộ sẽ trả lời câu hỏi của bạn ngay trong cửa sổ này.' }),
        h('label', { 'for': 'motcua-ticket-question', text: 'Câu hỏi cho cán bộ' }), question,
        h('label', { 'for': 'motcua-ticket-contact', text: 'Số điện thoại hoặc email (không bắt buộc)' }), contact,
        h('div', { 'class': 'row' }, [sendTicket, cancel]), note
      ]);
      cancel.addEventListener('click', function () { f.remove(); ticketForm = null; officer.focus(); });
      f.addEventListener('submit', function (e) {
        e.preventDefault();
        var q = question.value.trim();
        if (!q) { note.textContent = 'Bạn hãy nhập câu hỏi cho cán bộ.'; question.focus(); return; }
        if (!sid) { sid = 'w-' + Math.random().toString(36).slice(2, 12) + Date.now().toString(36); store.set(SID_KEY, sid); }
        sendTicket.disabled = true;
        var body = { session_id: sid, question: q };
        if (contact.value.trim()) body.contact = contact.value.trim();
        post('/api/tickets', body).then(function (r) { return r.json(); }).then(function (t) {
          f.remove();
          ticketForm = null;
          ticketRef = t.reference;
          store.set(TICKET_KEY, ticketRef);
          watchTicket();
        }).catch(function (err) {
          sendTicket.disabled = false;
          note.textContent = 'Chưa gửi được yêu cầu. ' + errorText(err);
        });
      });
      return f;
    }

    function ticketView(ref) {
      ticketReply = h('p', { 'class': 'reply', 'data-motcua': 'ticket-reply', hidden: true });
      add(log, h('div', { 'class': 'system', role: 'status', 'data-motcua': 'ticket' }, [
        h('p', { 'data-motcua': 'ticket-ref', text: 'Mã yêu cầu: ' + ref + '; cán bộ sẽ trả lời tại đây.' }), ticketReply
      ]));
      scroll(true);
    }

    function watchTicket() {
      if (!ticketReply) ticketView(ticketRef);
      stopPolling();
      pollTimer = setInterval(pollTicket, pollMs);
    }

    function stopPolling() {
      if (pollTimer) clearInterval(pollTimer);
      pollTimer = null;
    }

    function pollTicket() {
      if (!ticketRef || !isOpen()) { stopPolling(); return; }
      get('/api/tickets/' + encodeURIComponent(ticketRef)).then(function (t) {
        if (t.status !== 'answered' || typeof t.reply !== 'string') return;
        stopPolling();
        ticketRef = null;
        store.del(TICKET_KEY);
        ticketReply.textContent = 'Cán bộ trả lời: ' + t.reply;
        ticketReply.hidden = false;
        scroll(true);
      }).catch(function () { /* offline or rate-limited: the next poll tries again */ });
    }

    officer.addEventListener('click', function () {
      if (!ticketForm) {
        ticketForm = ticketFormView();
        add(log, ticketForm);
        scroll(true);
      }
      ticketForm.querySelector(lastQuestion ? '[data-motcua="ticket-contact"]' : '[data-motcua="ticket-question"]').focus();
    });

    launcher.addEventListener('click', open);
    closeBtn.addEventListener('click', close);
    panel.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' || e.key === 'Esc') { e.stopPropagation(); close(); }
    });

    /* Host-page buttons with data-motcua-ask="question" open the assistant on that question. */
    doc.addEventListener('click', function (e) {
      var t = e.target && e.target.closest ? e.target.closest('[data-motcua-ask]') : null;
      if (!t) return;
      e.preventDefault();
      submit(t.getAttribute('data-motcua-ask') || t.textContent);
    });

    window.motcua = { open: open, close: close, ask: submit, apiBase: API };

    /* QR posters open "/?thu_tuc=CODE": open on that procedure. */
    var code = null;
    try { code = new URLSearchParams(location.search).get('thu_tuc'); } catch (e) { code = null; }
    if (code && /^[0-9A-Za-z._-]{1,40}$/.test(code)) {
      open();
      submit('thủ tục ' + code);
    }
  }

  onReady(widget);
})();
