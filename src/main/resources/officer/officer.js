/*
 * The officer console: lists open hand-off tickets and sends replies. Login posts the account name
 * and login token once; the server answers with an HttpOnly session cookie, which this script never
 * sees and the browser sends with every same-origin request. Text is only ever inserted with textContent.
 */
(function () {
  'use strict';

  var doc = document;
  var $ = function (id) { return doc.getElementById(id); };

  function h(tag, props, kids) {
    var e = doc.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      if (k === 'text') e.textContent = String(props[k]);
      else e.setAttribute(k, props[k]);
    });
    (kids || []).forEach(function (c) { e.appendChild(c); });
    return e;
  }

  function call(method, path, body) {
    var init = { method: method, credentials: 'same-origin', headers: { 'Accept': 'application/json' } };
    if (body) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (r) {
      if (r.status === 204) return {};
      if (r.ok) return r.json();
      return r.json().catch(function () { return {}; }).then(function (b) {
        var err = new Error((b && b.error && b.error.message) || ('HTTP ' + r.status));
        err.status = r.status;
        throw err;
      });
    });
  }

  function ticketView(t) {
    var id = 'reply-' + t.reference;
    var box = h('textarea', { id: id, rows: '3', maxlength: '4000', required: '', 'data-officer': 'reply' });
    var note = h('p', { role: 'status', 'data-officer': 'reply-status' });
    var send = h('button', { type: 'submit', 'data-officer': 'send', text: 'Gửi trả lời' });
    var meta = 'Mã ' + t.reference + ' · ' + new Date(t.created_at).toLocaleString('vi-VN') +
      (t.contact ? ' · Liên hệ: ' + t.contact : ' · Không để lại liên hệ');
    var form = h('form', { 'class': 'ticket', 'data-officer': 'ticket', 'data-reference': t.reference }, [
      h('p', { 'class': 'meta', text: meta }),
      h('p', { 'class': 'question', 'data-officer': 'question', text: t.question }),
      h('label', { 'for': id, text: 'Trả lời công dân' }), box, h('p', {}, [send]), note
    ]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!box.value.trim()) { box.focus(); return; }
      send.disabled = true;
      call('POST', '/api/officer/tickets/' + encodeURIComponent(t.reference) + '/reply', { reply: box.value }).then(function () {
        note.textContent = 'Đã gửi trả lời. Công dân sẽ thấy câu trả lời trong cửa sổ trợ lý.';
        note.className = 'status';
        box.disabled = true;
        form.setAttribute('data-state', 'answered');
      }).catch(function (err) {
        send.disabled = false;
        note.textContent = 'Chưa gửi được: ' + err.message;
        note.className = 'error';
      });
    });
    return form;
  }

  function load() {
    var status = $('queue-status');
    var queue = $('queue');
    status.textContent = 'Đang tải…';
    return call('GET', '/api/officer/tickets').then(function (b) {
      while (queue.firstChild) queue.removeChild(queue.firstChild);
      status.textContent = b.tickets.length ? b.tickets.length + ' yêu cầu đang chờ trả lời.' : 'Không có yêu cầu nào đang chờ.';
      b.tickets.forEach(function (t) { queue.appendChild(ticketView(t)); });
    }).catch(function (err) {
      status.textContent = err.status === 401 ? 'Bạn cần đăng nhập.' : 'Chưa tải được hàng đợi: ' + err.message;
      status.className = 'error';
    });
  }

  function fill(id, rows) {
    var body = $(id);
    while (body.firstChild) body.removeChild(body.firstChild);
    rows.forEach(function (cells) {
      body.appendChild(h('tr', {}, cells.map(function (c) { return h('td', { text: c == null ? '' : c }); })));
    });
    if (!rows.length) body.appendChild(h('tr', {}, [h('td', { text: 'Chưa có dữ liệu.', colspan: '3' })]));
  }

  function when(iso) { return new Date(iso).toLocaleString('vi-VN'); }
  function percent(x) { return x == null ? '–' : Math.round(x * 1000) / 10 + '%'; }

  function stats() {
    return call('GET', '/api/officer/analytics').then(function (a) {
      $('answer-rate').textContent = percent(a.answer_rate);
      $('up-ratio').textContent = percent(a.up_ratio);
      var chart = $('chart');
      while (chart.firstChild) chart.removeChild(chart.firstChild);
      var counts = {};
      var days = [];
      a.questions_per_day.forEach(function (d) { counts[d.day] = d.questions; });
      for (var t = Date.parse(a.since), i = 0; i < 30; i++, t += 86400000) {
        var day = new Date(t).toISOString().slice(0, 10);
        days.push({ day: day, questions: counts[day] || 0 });
      }
      var max = 1;
      days.forEach(function (d) { max = Math.max(max, d.questions); });
      days.forEach(function (d) {
        var bar = h('div', { 'class': 'bar', title: d.day + ': ' + d.questions });
        bar.style.height = Math.round(100 * d.questions / max) + '%';
        chart.appendChild(bar);
      });
      fill('per-day', a.questions_per_day.map(function (d) { return [d.day, String(d.questions)]; }));
      fill('top', a.top_procedures.map(function (p) { return [p.code, String(p.answers)]; }));
      fill('unanswered', a.unanswered.map(function (q) { return [when(q.at), q.question]; }));
      fill('down-rated', a.down_rated.map(function (d) { return [when(d.at), d.question, [d.reason, d.comment].filter(Boolean).join(' · ')]; }));
      $('stats-status').textContent = '';
    }).catch(function (err) {
      $('stats-status').textContent = 'Chưa tải được thống kê: ' + err.message;
    });
  }

  /* Exports are fetched (with the session cookie) and handed to the browser as a file. */
  document.querySelectorAll('[data-export]').forEach(function (b) {
    b.addEventListener('click', function () {
      var what = b.getAttribute('data-export');
      fetch('/api/officer/export.csv?what=' + what, { credentials: 'same-origin' }).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.blob();
      }).then(function (blob) {
        var a = h('a', { href: URL.createObjectURL(blob), download: 'motcua-' + what + '.csv' });
        document.body.appendChild(a);
        a.click();
        a.remove();
      }).catch(function (err) {
        $('stats-status').textContent = 'Chưa tải được tệp: ' + err.message;
      });
    });
  });

  function signedIn(me) {
    $('login-status').textContent = 'Đã đăng nhập: ' + me.name + (me.role === 'admin' ? ' (quản trị)' : '') + '.';
    $('logout').hidden = false;
    return load().then(stats);
  }

  $('login').addEventListener('submit', function (e) {
    e.preventDefault();
    var body = { name: $('name').value.trim(), token: $('token').value.trim() };
    $('token').value = '';
    call('POST', '/api/officer/login', body).then(signedIn).catch(function (err) {
      $('login-status').textContent = err.status === 401 ? 'Tên tài khoản hoặc mã đăng nhập không đúng.'
        : err.status === 429 ? 'Sai quá nhiều lần; vui lòng thử lại sau.' : 'Chưa đăng nhập được: ' + err.message;
      $('login-status').className = 'error';
    });
  });

  $('logout').addEventListener('click', function () {
    call('POST', '/api/officer/logout', {}).then(function () { location.reload(); });
  });

  call('GET', '/api/officer/me').then(signedIn).catch(function () { /* not signed in: the form is shown */ });
})();
