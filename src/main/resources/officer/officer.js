/*
 * The officer console: lists open hand-off tickets and sends replies. The admin token is kept in
 * sessionStorage for this tab only and sent as "Authorization: Bearer …". Text is only ever
 * inserted with textContent.
 */
(function () {
  'use strict';

  var KEY = 'motcua.officer.token';
  var doc = document;
  var $ = function (id) { return doc.getElementById(id); };

  function token() {
    try { return sessionStorage.getItem(KEY) || ''; } catch (e) { return ''; }
  }

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
    var init = { method: method, headers: { 'Authorization': 'Bearer ' + token(), 'Accept': 'application/json' } };
    if (body) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (r) {
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
      $('login-status').textContent = 'Đã đăng nhập.';
    }).catch(function (err) {
      status.textContent = err.status === 401 ? 'Mã quản trị không đúng.' : 'Chưa tải được hàng đợi: ' + err.message;
      status.className = 'error';
    });
  }

  $('login').addEventListener('submit', function (e) {
    e.preventDefault();
    try { sessionStorage.setItem(KEY, $('token').value.trim()); } catch (err) { /* storage blocked: the token lives only in the field */ }
    $('token').value = '';
    load();
  });

  if (token()) load();
})();
