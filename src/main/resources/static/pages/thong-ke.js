// The statistics report: the form's tables of a year from /api/statistics/table (figures of the registry now) or of a
// report of the process from /api/statistics/reports/{id} (its frozen figures), the .xlsx and PDF, and each cell's
// list of awards (CSV or .xlsx) behind a link on its number.
(function () {
  const message = document.getElementById('thong-bao');
  const params = new URLSearchParams(window.location.search);
  const LEVELS = { TINH: 'Khen thưởng cấp tỉnh', TRUNG_UONG: 'Khen thưởng cấp nhà nước' };

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

  function cell(row, text, tag) {
    const td = document.createElement(tag || 'td');
    td.textContent = text == null ? '' : String(text);
    row.appendChild(td);
    return td;
  }

  function show(t, base, cellBase) {
    document.getElementById('bieu').hidden = false;
    document.getElementById('tieu-de').textContent = 'Biểu số ' + t.formNumber + ': ' + t.title;
    document.getElementById('mo-ta').textContent = t.levelLabel + ', năm ' + t.year + ' — đơn vị báo cáo: '
      + t.reportingUnit + '; đơn vị nhận báo cáo: ' + t.receivingUnit + '; ban hành theo ' + t.legalBasis + '.';
    document.getElementById('trang-thai').textContent = t.report
      ? 'Báo cáo ' + t.report.businessKey + ': ' + t.report.statusText
        + (t.report.returnReason && t.report.status === 'RETURNED' ? ' (lý do: ' + t.report.returnReason + ')' : '')
        + (t.report.notes ? ' — ghi chú của chuyên viên: ' + t.report.notes : '')
      : 'Số liệu tính từ sổ khen thưởng hiện nay, chưa phê duyệt.';
    document.getElementById('tai-xlsx').href = base.xlsx;
    document.getElementById('tai-pdf').href = base.pdf;
    const thead = document.querySelector('#bang-bieu thead');
    const tbody = document.querySelector('#bang-bieu tbody');
    thead.replaceChildren();
    tbody.replaceChildren();
    const head = document.createElement('tr');
    ['Chỉ tiêu', 'Mã số', 'Đơn vị tính', 'Tổng số'].concat(t.columnHeadings).forEach((h) => cell(head, h, 'th'));
    thead.appendChild(head);
    const marks = document.createElement('tr');
    ['A', 'B', 'C', '1'].concat(t.columnNumbers).forEach((h) => cell(marks, h, 'th'));
    thead.appendChild(marks);
    const format = document.getElementById('dinh-dang').value;
    t.rows.forEach((r) => {
      const tr = document.createElement('tr');
      if (r.heading || r.code === '01') tr.className = 'dam';
      cell(tr, r.label);
      cell(tr, r.code);
      cell(tr, r.unitLabel);
      (r.values || new Array(t.columnHeadings.length + 1).fill(null)).forEach((v, column) => {
        const td = cell(tr, '');
        if (v == null) return;
        const a = document.createElement('a');
        a.className = 'so-lieu';
        a.dataset.ma = r.code;
        a.dataset.cot = column;
        a.href = cellBase + (cellBase.includes('?') ? '&' : '?') + 'row=' + encodeURIComponent(r.code)
          + '&column=' + column + '&format=' + format;
        a.title = 'Tải danh sách khen thưởng của ô này';
        a.textContent = String(v);
        td.appendChild(a);
      });
      tbody.appendChild(tr);
    });
  }

  async function byYear(year, level) {
    const q = 'year=' + encodeURIComponent(year) + '&level=' + encodeURIComponent(level);
    const t = await call('/api/statistics/table?' + q);
    show(t, { xlsx: '/api/statistics/table.xlsx?' + q, pdf: '/api/statistics/table.pdf?' + q },
      '/api/statistics/cell?' + q);
    await reports(year);
  }

  async function byReport(id) {
    const t = await call('/api/statistics/reports/' + encodeURIComponent(id));
    const base = '/api/statistics/reports/' + encodeURIComponent(id);
    document.getElementById('nam').value = t.year;
    document.getElementById('cap').value = t.awardLevel;
    show(t, { xlsx: base + '/report.xlsx', pdf: base + '/report.pdf' }, base + '/cell');
    await reports(t.year);
  }

  async function reports(year) {
    const list = await call('/api/statistics/reports' + (year ? '?year=' + encodeURIComponent(year) : ''));
    const tbody = document.querySelector('#bang-bao-cao tbody');
    tbody.replaceChildren();
    document.getElementById('chua-co-bao-cao').hidden = list.length > 0;
    list.forEach((r) => {
      const tr = document.createElement('tr');
      tr.dataset.baoCao = r.id;
      cell(tr, r.businessKey);
      cell(tr, r.year);
      cell(tr, LEVELS[r.awardLevel] || r.awardLevel);
      cell(tr, r.statusText);
      const open = document.createElement('a');
      open.href = '?report=' + encodeURIComponent(r.id);
      open.textContent = 'Xem báo cáo';
      cell(tr, '').appendChild(open);
      tbody.appendChild(tr);
    });
  }

  document.getElementById('form-chon').addEventListener('submit', (event) => {
    event.preventDefault();
    say('');
    byYear(document.getElementById('nam').value, document.getElementById('cap').value)
      .catch((e) => say(e.message, true));
  });
  document.getElementById('dinh-dang').addEventListener('change', () => {
    const format = document.getElementById('dinh-dang').value;
    document.querySelectorAll('#bang-bieu a.so-lieu').forEach((a) => {
      a.href = a.href.replace(/format=[a-z]+/, 'format=' + format);
    });
  });

  document.getElementById('nam').value = params.get('year') || new Date().getFullYear();
  if (params.get('level')) document.getElementById('cap').value = params.get('level');
  const start = params.get('report') ? byReport(params.get('report'))
    : byYear(document.getElementById('nam').value, document.getElementById('cap').value);
  start.catch((e) => say(e.message, true));
})();
