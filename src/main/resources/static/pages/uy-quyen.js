// Delegation while on leave: the user's own substitutions from /api/me/substitutions, with the signed-in session of
// phien.js (the CSRF token goes with every change); naming a substitute and cancelling are the API's, which checks
// every rule.
(function () {
  const form = document.getElementById('uy-quyen-moi');
  const message = document.getElementById('thong-bao');
  const tbody = document.querySelector('#danh-sach tbody');
  const DATE = (iso) => (iso ? iso.split('-').reverse().join('/') : '');

  async function call(method, url, body) {
    const response = await Phien.fetch(url, { method,
      headers: Object.assign({ Accept: 'application/json' }, body ? { 'Content-Type': 'application/json' } : {}),
      body: body ? JSON.stringify(body) : undefined });
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    if (!response.ok) {
      const details = data && Array.isArray(data.details) && data.details.length
        ? ' ' + data.details.map((d) => (typeof d === 'string' ? d : (d && d.message) || JSON.stringify(d))).join(' ')
        : '';
      throw new Error(((data && data.message) || ('Lỗi ' + response.status)) + details);
    }
    return data;
  }

  function cell(row, text) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    row.appendChild(td);
    return td;
  }

  let me = null;

  async function load() {
    if (!me) {
      me = await call('GET', '/api/me');
      document.getElementById('toi').textContent = (me.fullName || me.userId) + ' (' + me.userId + ')';
    }
    const list = await call('GET', '/api/me/substitutions');
    tbody.replaceChildren();
    list.forEach((s) => {
      const tr = document.createElement('tr');
      tr.dataset.id = s.id;
      cell(tr, s.id);
      cell(tr, s.userName ? s.userName + ' (' + s.userId + ')' : s.userId);
      cell(tr, s.substituteName ? s.substituteName + ' (' + s.substituteId + ')' : s.substituteId);
      cell(tr, DATE(s.fromDate));
      cell(tr, DATE(s.toDate));
      cell(tr, s.reason);
      cell(tr, s.statusLabel || s.status);
      const actions = cell(tr, '');
      // the absent user cancels their own; a substitute only sees what was given to them
      if (s.userId === me.userId && s.status !== 'CANCELLED' && s.status !== 'ENDED') {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'huy';
        button.textContent = 'Hủy ủy quyền';
        button.addEventListener('click', () => cancel(s.id));
        actions.appendChild(button);
      }
      tbody.appendChild(tr);
    });
  }

  async function cancel(id) {
    try {
      await call('DELETE', '/api/me/substitutions/' + encodeURIComponent(id));
      message.textContent = 'Đã hủy ủy quyền số ' + id + '.';
      await load();
    } catch (e) {
      message.textContent = 'Không hủy được: ' + e.message;
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(form).entries());
    try {
      const saved = await call('POST', '/api/me/substitutions', data);
      message.textContent = 'Đã ủy quyền số ' + saved.id + ' cho ' + (saved.substituteName || saved.substituteId)
        + ' từ ' + DATE(saved.fromDate) + ' đến ' + DATE(saved.toDate) + '.';
      form.reset();
      await load();
    } catch (e) {
      message.textContent = 'Không ủy quyền được: ' + e.message;
    }
  });

  Phien.ready().then(load).catch((e) => { message.textContent = e.message; });
}());
