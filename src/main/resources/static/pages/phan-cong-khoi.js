// The council's assignment of its members to the emulation blocks: /api/block-supervision (read by the council and
// the standing agency), changed by the council secretary only (PUT, with the CSRF token of phien.js); the API
// checks every rule (a council member, a term that covers the year) and answers in Vietnamese.
(function () {
  const message = document.getElementById('thong-bao');
  const tbody = document.querySelector('#phan-cong tbody');
  const yearInput = document.getElementById('nam');
  const DATE = (iso) => (iso ? iso.split('-').reverse().join('/') : '');
  let members = [];
  let secretary = false;

  function isoDay(text, what) {
    const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
    if (!m) throw new Error('Nhập ' + what + ' theo dạng ngày/tháng/năm, ví dụ 01/01/2026.');
    return m[3] + '-' + m[2].padStart(2, '0') + '-' + m[1].padStart(2, '0');
  }

  async function call(method, url, body) {
    const response = await Phien.fetch(url, { method,
      headers: Object.assign({ Accept: 'application/json' }, body ? { 'Content-Type': 'application/json' } : {}),
      body: body ? JSON.stringify(body) : undefined });
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    if (!response.ok) throw new Error((data && data.message) || ('Lỗi ' + response.status));
    return data;
  }

  function say(text, error) {
    message.textContent = text;
    message.className = error ? 'loi' : '';
  }

  function input(value, label) {
    const el = document.createElement('input');
    el.value = value;
    el.placeholder = 'dd/mm/yyyy';
    el.maxLength = 10;
    el.setAttribute('aria-label', label);
    return el;
  }

  async function load() {
    const year = Number(yearInput.value);
    const rows = await call('GET', '/api/block-supervision?year=' + year);
    tbody.replaceChildren();
    rows.forEach((a) => {
      const tr = document.createElement('tr');
      tr.dataset.block = a.blockCode;
      const name = document.createElement('td');
      name.textContent = a.blockName;
      tr.appendChild(name);
      const who = document.createElement('td');
      const picker = document.createElement('select');
      picker.setAttribute('aria-label', 'Thành viên Hội đồng phụ trách ' + a.blockName);
      const none = document.createElement('option');
      none.value = '';
      none.textContent = '— chưa phân công —';
      picker.appendChild(none);
      members.forEach((m) => {
        const option = document.createElement('option');
        option.value = m.userId;
        option.textContent = m.fullName + ' (' + m.userId + ')';
        option.selected = m.userId === a.userId;
        picker.appendChild(option);
      });
      picker.disabled = !secretary;
      who.appendChild(picker);
      tr.appendChild(who);
      const from = input(DATE(a.termFrom), 'Nhiệm kỳ từ ngày');
      const to = input(DATE(a.termTo), 'Nhiệm kỳ đến ngày');
      [from, to].forEach((el) => {
        el.disabled = !secretary;
        const td = document.createElement('td');
        td.appendChild(el);
        tr.appendChild(td);
      });
      const actions = document.createElement('td');
      if (secretary) {
        const save = document.createElement('button');
        save.type = 'button';
        save.className = 'luu';
        save.textContent = 'Lưu phân công';
        save.addEventListener('click', async () => {
          try {
            const saved = await call('PUT', '/api/block-supervision/' + encodeURIComponent(a.blockCode) + '/' + year, {
              userId: picker.value, termFrom: isoDay(from.value, 'ngày bắt đầu nhiệm kỳ'),
              termTo: isoDay(to.value, 'ngày kết thúc nhiệm kỳ') });
            say('Đã phân công ' + saved.fullName + ' phụ trách ' + saved.blockName + ' năm ' + year + '.', false);
          } catch (e) {
            say('Không lưu được: ' + e.message, true);
          }
        });
        actions.appendChild(save);
      }
      tr.appendChild(actions);
      tbody.appendChild(tr);
    });
  }

  async function start() {
    try {
      const me = await call('GET', '/api/me');
      secretary = (me.roles || []).some((r) => r.groupId === 'council-secretary');
      yearInput.value = String(new Date().getFullYear());
      members = await call('GET', '/api/block-supervision/council-members');
      await load();
    } catch (e) {
      say(e.message, true);
    }
  }

  document.getElementById('xem').addEventListener('click', () => load().catch((e) => say(e.message, true)));
  Phien.ready().then(start);
})();
