// "Hồ sơ của đơn vị": every commendation proposal of a unit, newest first, with where it stands
// (GET /api/proposals/of-my-unit). Unit officers and heads see their own unit; the standing agency, auditors and
// administrators pick a unit (?donVi=<code> keeps the choice in the address).
(function () {
  const message = document.getElementById('thong-bao');
  const form = document.getElementById('chon-don-vi');
  const select = document.getElementById('don-vi-chon');
  const tbody = document.querySelector('#bang-ho-so tbody');

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    if (text != null) e.textContent = text;
    return e;
  }

  function fail(text) {
    message.className = 'loi';
    message.textContent = text;
    document.getElementById('ket-qua').hidden = true;
  }

  async function call(url) {
    const response = await Phien.fetch(url);
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      throw new Error(body && body.message ? body.message : 'Không tải được dữ liệu (mã lỗi ' + response.status + ').');
    }
    return body;
  }

  function cellWith(row, nodes, cls) {
    const td = el('td', cls ? { class: cls } : {});
    nodes.forEach((n) => td.appendChild(typeof n === 'string' ? document.createTextNode(n) : n));
    row.appendChild(td);
    return td;
  }

  function list(items) {
    if (items.length <= 1) return [items[0] || '—'];
    const ul = el('ul');
    items.forEach((i) => ul.appendChild(el('li', {}, i)));
    return [ul];
  }

  function show(view) {
    document.getElementById('tieu-de').textContent = view.unitName;
    document.getElementById('so-luong').textContent = view.count === 0
      ? 'Đơn vị chưa có hồ sơ đề nghị khen thưởng nào.'
      : 'Có ' + view.count.toLocaleString('vi-VN') + ' hồ sơ.';
    tbody.replaceChildren();
    view.proposals.forEach((p) => {
      const tr = el('tr', { 'data-ho-so': p.businessKey, class: p.finished ? 'da-xong' : 'dang-xu-ly' });
      cellWith(tr, [p.businessKey], 'so');
      cellWith(tr, p.movementName
        ? [p.awardName + ' (năm ' + p.periodYear + ')', el('span', { class: 'trang-thai' }, 'Tổng kết ' + p.movementName)]
        : [p.awardName + ' (năm ' + p.periodYear + ')']);
      cellWith(tr, list(p.nominees));
      if (p.finished) {
        const outcome = el('span', { class: 'ket-qua' + (p.status === 'AWARDED' ? '' : ' khong') }, p.outcome);
        const nodes = [outcome];
        if (p.closedOn) nodes.push(el('span', { class: 'trang-thai' }, 'Kết thúc ngày ' + p.closedOn));
        cellWith(tr, nodes, 'buoc');
        cellWith(tr, ['—']);
        cellWith(tr, ['—'], 'han');
      } else {
        const steps = p.steps.length ? p.steps : [{ name: p.statusLabel, holder: null, dueDate: null }];
        const stepNodes = list(steps.map((s) => s.name));
        stepNodes.push(el('span', { class: 'trang-thai' }, p.statusLabel));
        if (p.note) stepNodes.push(el('span', { class: 'ly-do' }, p.note));
        cellWith(tr, stepNodes, 'buoc');
        cellWith(tr, list(steps.map((s) => s.holder || '—')), 'nguoi-giu');
        cellWith(tr, list(steps.map((s) => s.dueDate || '—')), 'han');
      }
      cellWith(tr, [p.createdOn || '']);
      cellWith(tr, [el('a', { href: p.dossierUrl, class: 'mo-ho-so' }, 'Mở hồ sơ')]);
      tbody.appendChild(tr);
    });
    message.className = '';
    message.textContent = '';
    document.getElementById('ket-qua').hidden = false;
  }

  async function fillUnits() {
    if (!form.hidden) return;
    const units = await call('/api/units');
    units.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    units.forEach((u) => select.appendChild(el('option', { value: u.code }, u.name)));
    form.hidden = false;
  }

  async function load(unitCode) {
    message.className = '';
    message.textContent = 'Đang tải…';
    const url = '/api/proposals/of-my-unit' + (unitCode ? '?unitCode=' + encodeURIComponent(unitCode) : '');
    const view = await call(url);
    if (view.mayChooseUnit) {
      await fillUnits();
      select.value = view.unitCode;
    }
    show(view);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const code = select.value;
    history.replaceState(null, '', location.pathname + '?donVi=' + encodeURIComponent(code));
    load(code).catch((e) => fail(e.message));
  });

  Phien.ready().then(() => load(new URLSearchParams(location.search).get('donVi')))
    .catch((e) => {
      if (/chọn đơn vị/i.test(e.message)) {
        // a standing agency user without a unit of their own: the list of units first
        fillUnits().then(() => {
          message.className = '';
          message.textContent = e.message;
        }).catch((e2) => fail(e2.message));
      } else {
        fail(e.message);
      }
    });
}());
