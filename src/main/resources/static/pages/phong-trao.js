// Emulation movements: the list from /api/movements (the API decides what the caller sees), one movement's detail
// with the unit's own registration and report from /api/movements/{id}, and, for the standing agency and the Sở,
// the units that have not registered or reported from /api/movements/{id}/outstanding.
(function () {
  const message = document.getElementById('thong-bao');
  const tbody = document.querySelector('#bang-phong-trao tbody');
  const KINDS = { CHUYEN_DE: 'Theo chuyên đề', THUONG_XUYEN: 'Thường xuyên' };
  const DATE = (iso) => (iso ? String(iso).substring(0, 10).split('-').reverse().join('/') : '');
  const DAY_OF = (instant) => {
    if (!instant) return '';
    const d = new Date(instant);
    return String(d.getDate()).padStart(2, '0') + '/' + String(d.getMonth() + 1).padStart(2, '0') + '/'
      + d.getFullYear();
  };

  async function call(url) {
    const response = await Phien.fetch(url, { headers: { Accept: 'application/json' } });
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    if (!response.ok) {
      throw new Error((data && typeof data.message === 'string' && data.message)
        || 'Không đọc được dữ liệu (mã lỗi ' + response.status + ').');
    }
    return data;
  }

  function say(text, error) {
    message.textContent = text;
    message.className = error ? 'loi' : '';
  }

  function cell(row, text) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    row.appendChild(td);
    return td;
  }

  function period(m) {
    return DATE(m.startDate) + ' – ' + DATE(m.endDate) + (m.midReviewDate ? ' (sơ kết ' + DATE(m.midReviewDate) + ')' : '');
  }

  async function list() {
    const movements = await call('/api/movements');
    document.getElementById('khong-co').hidden = movements.length > 0;
    tbody.replaceChildren();
    movements.forEach((m) => {
      const tr = document.createElement('tr');
      tr.dataset.phongTrao = m.id;
      cell(tr, m.name);
      cell(tr, KINDS[m.kind] || '');
      cell(tr, period(m));
      cell(tr, m.standingUnitName);
      cell(tr, m.statusText);
      const open = document.createElement('a');
      open.className = 'mo-phong-trao';
      open.href = '?id=' + encodeURIComponent(m.id);
      open.textContent = 'Xem chi tiết';
      cell(tr, '').appendChild(open);
      tbody.appendChild(tr);
    });
  }

  function registration(p) {
    if (p.registered) return p.registrationLate ? 'Đã đăng ký (quá hạn)' : 'Đã đăng ký';
    return p.registrationLate ? 'Chưa đăng ký – đã quá hạn' : 'Chưa đăng ký';
  }

  function report(p) {
    if (p.reported) return p.reportLate ? 'Đã báo cáo (quá hạn)' : 'Đã báo cáo';
    return p.reportLate ? 'Chưa báo cáo – đã quá hạn' : 'Chưa báo cáo';
  }

  function fact(dl, term, value) {
    if (!value) return;
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    dl.append(dt, dd);
  }

  function units(ul, rows) {
    ul.replaceChildren();
    if (!rows.length) {
      const li = document.createElement('li');
      li.textContent = 'Không có.';
      ul.appendChild(li);
    }
    rows.forEach((p) => {
      const li = document.createElement('li');
      li.dataset.donVi = p.unitCode;
      li.textContent = p.unitName + ((p.registrationLate && !p.registered) || (p.reportLate && !p.reported)
        ? ' (đã quá hạn)' : '');
      ul.appendChild(li);
    });
  }

  async function detail(id) {
    const d = await call('/api/movements/' + encodeURIComponent(id));
    const m = d.movement;
    document.getElementById('chi-tiet').hidden = false;
    document.getElementById('tieu-de').textContent = m.name;
    const dl = document.getElementById('thong-tin');
    dl.replaceChildren();
    fact(dl, 'Hình thức', KINDS[m.kind]);
    fact(dl, 'Thời gian', period(m));
    fact(dl, 'Cơ quan thường trực', m.standingUnitName);
    fact(dl, 'Tình trạng', m.statusText);
    fact(dl, 'Quyết định phát động số', m.launchNumber);
    fact(dl, 'Mục tiêu', d.goal);
    fact(dl, 'Tiêu chí', d.criteria);
    fact(dl, 'Hình thức khen thưởng', d.awardsText);
    fact(dl, 'Hạn đăng ký', DAY_OF(d.registrationDue));
    fact(dl, 'Hạn báo cáo tiến độ', DAY_OF(d.reportDue));
    const pdf = document.getElementById('quyet-dinh');
    pdf.hidden = !m.launchNumber;
    pdf.href = '/api/movements/' + encodeURIComponent(m.id) + '/launch-decision.pdf';
    const rows = document.querySelector('#bang-don-vi tbody');
    rows.replaceChildren();
    d.participants.forEach((p) => {
      const tr = document.createElement('tr');
      tr.dataset.donVi = p.unitCode;
      cell(tr, p.unitName);
      cell(tr, registration(p));
      cell(tr, report(p));
      cell(tr, p.progressPercent == null ? '' : p.progressPercent + '%');
      rows.appendChild(tr);
    });
    // the standing agency and the Sở see who is behind; for the others the API refuses, and nothing is shown
    const response = await Phien.fetch('/api/movements/' + encodeURIComponent(m.id) + '/outstanding',
      { headers: { Accept: 'application/json' } });
    const behind = document.getElementById('chua-hoan-thanh');
    if (response.ok) {
      const o = await response.json();
      units(document.getElementById('chua-dang-ky'), o.notRegistered);
      units(document.getElementById('chua-bao-cao'), o.notReported);
      behind.hidden = false;
    } else {
      behind.hidden = true;
    }
  }

  Phien.ready().then(async () => {
    await list();
    const id = new URLSearchParams(window.location.search).get('id');
    if (id) await detail(id);
  }).catch((e) => say(e.message, true));
}());
