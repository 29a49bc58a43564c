// Revocations of awards: the list from /api/revocations (the API decides what the caller sees) and one revocation's
// detail from /api/revocations/{id}: the annulled awards with each unit's recovery, the annulment decision's PDF.
(function () {
  const message = document.getElementById('thong-bao');
  const tbody = document.querySelector('#bang-huy-bo tbody');
  const DATE = (iso) => (iso ? String(iso).substring(0, 10).split('-').reverse().join('/') : '');

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

  function cell(row, text) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    row.appendChild(td);
    return td;
  }

  function item(dl, term, value) {
    if (value == null || value === '') return;
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = String(value);
    dl.append(dt, dd);
  }

  async function list() {
    const all = await call('/api/revocations');
    document.getElementById('khong-co').hidden = all.length > 0;
    tbody.replaceChildren();
    all.forEach((r) => {
      const tr = document.createElement('tr');
      tr.dataset.huyBo = r.id;
      cell(tr, r.code);
      cell(tr, 'Số ' + r.decisionNumber + ' ngày ' + DATE(r.decisionDate));
      cell(tr, r.grounds);
      cell(tr, r.annulmentNumber ? 'Số ' + r.annulmentNumber + (r.annulmentDate ? ' ngày ' + DATE(r.annulmentDate) : '') : '');
      cell(tr, r.statusText);
      const open = document.createElement('a');
      open.href = '?id=' + encodeURIComponent(r.id);
      open.textContent = 'Xem chi tiết';
      cell(tr, '').appendChild(open);
      tbody.appendChild(tr);
    });
  }

  async function detail(id) {
    const d = await call('/api/revocations/' + encodeURIComponent(id));
    const r = d.revocation;
    document.getElementById('chi-tiet').hidden = false;
    document.getElementById('tieu-de').textContent = 'Hồ sơ ' + r.code + ' – ' + r.statusText;
    const dl = document.getElementById('thong-tin');
    dl.replaceChildren();
    item(dl, 'Quyết định khen thưởng', 'Số ' + r.decisionNumber + ' ngày ' + DATE(r.decisionDate));
    item(dl, 'Căn cứ hủy bỏ', r.grounds);
    item(dl, 'Nguồn phát hiện', d.source + (d.complaintRef ? ' (' + d.complaintRef + ')' : ''));
    item(dl, 'Lý do', d.reasons);
    item(dl, 'Ý kiến Hội đồng', d.councilRef ? (d.councilOpinion === 'AGREE' ? 'Đồng ý' : 'Không đồng ý') + ' (' + d.councilRef + ')' : '');
    item(dl, 'Quyết định hủy bỏ', r.annulmentNumber ? 'Số ' + r.annulmentNumber + ' ngày ' + DATE(r.annulmentDate) : '');
    item(dl, 'Người ký', d.signedBy || '');
    item(dl, 'Hạn thu hồi', d.recoveryDue ? DATE(d.recoveryDue) : '');
    const pdf = document.getElementById('quyet-dinh');
    pdf.hidden = !(r.annulmentNumber && !d.aboveProvince && !d.signedByUnitHead);
    pdf.href = '/api/revocations/' + encodeURIComponent(id) + '/decision.pdf';
    const body = document.querySelector('#bang-khen-thuong tbody');
    body.replaceChildren();
    d.awards.forEach((a) => {
      const tr = document.createElement('tr');
      cell(tr, a.name);
      cell(tr, a.awardTypeName + ' năm ' + a.awardYear);
      cell(tr, a.objectReturned || 'Chưa ghi nhận');
      cell(tr, a.bonusRefunded == null ? '' : Number(a.bonusRefunded).toLocaleString('vi-VN') + ' đồng'
        + (a.refundDate ? ' ngày ' + DATE(a.refundDate) : ''));
      cell(tr, a.receiptRef);
      cell(tr, a.recoveryConfirmed ? 'Đã xác nhận thu hồi xong' : a.recoveryOverdue ? 'Quá hạn thu hồi' : 'Đang thu hồi');
      body.appendChild(tr);
    });
  }

  (async function () {
    try {
      await list();
      const id = new URLSearchParams(window.location.search).get('id');
      if (id) await detail(id);
    } catch (e) {
      message.textContent = e.message;
      message.className = 'loi';
    }
  }());
}());
