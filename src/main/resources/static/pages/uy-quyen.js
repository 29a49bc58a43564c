// Delegation while on leave: the user's own substitutions from /api/me/substitutions, with the signed-in session of
// phien.js (the CSRF token goes with every change); naming a substitute and cancelling are the API's, which checks
// every rule.
(function () {
  const form = document.getElementById('uy-quyen-moi');
  const message = document.getElementById('thong-bao');
  const tbody = document.querySelector('#danh-sach tbody');
  const DATE = (iso) => (iso ? iso.split('-').reverse().join('/') : '');
  const search = document.getElementById('tim-nguoi-thay-the');
  const picker = document.getElementById('nguoi-thay-the');
  const nobody = document.getElementById('khong-co-nguoi-thay-the');
  let options = [];

  /**
   * A day typed as Vietnamese write it, dd/mm/yyyy (1 or 2 digits for day and month), as ISO yyyy-mm-dd; an
   * Error with a Vietnamese message when it is no date of the calendar (31/02, 13/13).
   */
  function isoDay(text, what) {
    const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
    if (!m) throw new Error('Nhập ' + what + ' theo dạng ngày/tháng/năm, ví dụ 05/12/2026.');
    const day = Number(m[1]);
    const month = Number(m[2]);
    const year = Number(m[3]);
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
      throw new Error(what.charAt(0).toUpperCase() + what.slice(1) + ' ' + text.trim() + ' không có trên lịch.');
    }
    return String(year) + '-' + String(month).padStart(2, '0') + '-' + String(day).padStart(2, '0');
  }

  /** The list shows the people whose name (or position, unit) contains what is typed, accents ignored. */
  function plain(text) {
    return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
      .toLowerCase();
  }

  function showOptions() {
    const wanted = plain(search.value.trim());
    const chosen = picker.value;
    picker.replaceChildren();
    options.filter((o) => !wanted || plain(o.label).includes(wanted)).forEach((o) => {
      const option = document.createElement('option');
      option.value = o.value;
      option.textContent = o.label;
      option.selected = o.value === chosen;
      picker.appendChild(option);
    });
    // one match: it is the one meant
    if (picker.options.length === 1) picker.options[0].selected = true;
  }

  async function loadOptions() {
    options = await call('GET', '/api/me/substitute-options');
    nobody.hidden = options.length > 0;
    nobody.textContent = options.length > 0 ? '' : 'Không có ai giữ đủ vai trò của anh/chị để làm người thay thế;'
      + ' hãy liên hệ quản trị viên.';
    showOptions();
  }

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
      cell(tr, s.userName || s.userId);
      cell(tr, s.substituteName || s.substituteId);
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
      say('Đã hủy ủy quyền số ' + id + '.', false);
      await load();
    } catch (e) {
      say('Không hủy được: ' + e.message, true);
    }
  }

  function say(text, error) {
    message.textContent = text;
    message.className = error ? 'loi' : '';
  }

  /** What the form says, checked as far as the page can; the server checks everything again. */
  function request() {
    if (!picker.value) throw new Error('Chọn người thay thế trong danh sách.');
    const fromDate = isoDay(document.getElementById('tu-ngay').value, 'ngày bắt đầu');
    const toDate = isoDay(document.getElementById('den-ngay').value, 'ngày kết thúc');
    if (toDate < fromDate) {
      throw new Error('Ngày kết thúc ' + DATE(toDate) + ' không được trước ngày bắt đầu ' + DATE(fromDate) + '.');
    }
    const reason = document.getElementById('ly-do').value.trim();
    if (!reason) throw new Error('Cần nêu lý do vắng mặt.');
    return { substituteId: picker.value, fromDate, toDate, reason };
  }

  search.addEventListener('input', showOptions);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    let data;
    try {
      data = request();
    } catch (e) {
      say('Không ủy quyền được: ' + e.message, true);
      return;
    }
    try {
      const saved = await call('POST', '/api/me/substitutions', data);
      say('Đã ủy quyền số ' + saved.id + ' cho ' + (saved.substituteName || saved.substituteId)
        + ' từ ' + DATE(saved.fromDate) + ' đến hết ' + DATE(saved.toDate) + '.', false);
      form.reset();
      showOptions();
      await load();
    } catch (e) {
      say('Không ủy quyền được: ' + e.message, true);
    }
  });

  Phien.ready().then(() => Promise.all([load(), loadOptions()])).catch((e) => say(e.message, true));
}());
