// The public consultation page: no sign-in needed. It lists the proposals now open for comments
// (GET /api/public/consultations) and sends a comment on one (POST .../{số hồ sơ}/comments). A visitor who happens
// to be signed in to the system sends the session's CSRF token too, as every change of a session must.
(function () {
  const status = document.getElementById('thong-bao');
  const list = document.getElementById('danh-sach');
  const template = document.getElementById('mau-ho-so');

  async function csrfToken() {
    try {
      await fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin',
        headers: { Accept: 'application/json' } });
      const r = await fetch('/api/session', { credentials: 'same-origin', cache: 'no-store',
        headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
      const s = r.ok ? await r.json() : null;
      return s && s.authenticated ? s.csrfToken : null;
    } catch (e) {
      return null;
    }
  }

  function problem(form, text) {
    const out = form.querySelector('.ket-qua');
    out.className = 'ket-qua loi';
    out.textContent = text;
  }

  function validate(form) {
    const name = form.authorName.value.trim();
    const content = form.content.value.trim();
    if (!name) return 'Xin ghi họ và tên người góp ý.';
    if (content.length < 10) return 'Nội dung góp ý phải có ít nhất 10 ký tự.';
    if (content.length > 4000) return 'Nội dung góp ý tối đa 4000 ký tự.';
    return null;
  }

  async function send(form, key) {
    const invalid = validate(form);
    if (invalid) {
      problem(form, invalid);
      return;
    }
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      const headers = { 'Content-Type': 'application/json', Accept: 'application/json',
        'X-Requested-With': 'XMLHttpRequest' };
      const token = await csrfToken();
      if (token) headers['X-XSRF-TOKEN'] = token;
      const response = await fetch('/api/public/consultations/' + encodeURIComponent(key) + '/comments', {
        method: 'POST', credentials: 'same-origin', headers,
        body: JSON.stringify({ nomineeCode: form.nomineeCode.value || null, authorName: form.authorName.value.trim(),
          authorContact: form.authorContact.value.trim() || null, content: form.content.value.trim() }) });
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        problem(form, (body && body.message) || 'Chưa gửi được ý kiến (mã lỗi ' + response.status + '). Xin thử lại.');
        return;
      }
      const out = form.querySelector('.ket-qua');
      out.className = 'ket-qua xong';
      out.textContent = body.message;
      form.content.value = '';
    } catch (e) {
      problem(form, 'Không kết nối được với hệ thống. Xin kiểm tra mạng rồi gửi lại.');
    } finally {
      button.disabled = false;
    }
  }

  function show(c) {
    const node = template.content.firstElementChild.cloneNode(true);
    node.id = 'ho-so-' + c.businessKey;
    node.querySelector('.tieu-de').textContent = c.awardTypeName + ' – hồ sơ ' + c.businessKey;
    node.querySelector('.don-vi').textContent = c.unitName;
    node.querySelector('.nam').textContent = c.periodYear;
    node.querySelector('.han').textContent = c.endsAtText;
    node.querySelector('.thanh-tich').textContent = c.achievementSummary || '';
    const people = node.querySelector('.doi-tuong');
    const about = node.querySelector('.ve');
    about.appendChild(new Option('Cả hồ sơ', ''));
    c.nominees.forEach((n) => {
      const li = document.createElement('li');
      li.textContent = n.name + (n.positionAndUnit ? ' – ' + n.positionAndUnit : '');
      people.appendChild(li);
      about.appendChild(new Option(n.name, n.code));
    });
    const form = node.querySelector('form');
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      send(form, c.businessKey);
    });
    list.appendChild(node);
  }

  fetch('/api/public/consultations', { credentials: 'same-origin', cache: 'no-store',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
    .then((r) => {
      if (!r.ok) throw new Error('Không tải được danh sách (mã lỗi ' + r.status + ').');
      return r.json();
    })
    .then((items) => {
      status.textContent = items.length ? 'Có ' + items.length + ' hồ sơ đang công khai lấy ý kiến.'
        : 'Hiện không có hồ sơ nào đang công khai lấy ý kiến.';
      items.forEach(show);
    })
    .catch((e) => { status.textContent = e.message; });
}());
