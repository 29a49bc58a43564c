// Tiến độ xử lý hồ sơ: the open steps of the running dossiers from /api/sla/dossiers (most overdue first, counts per
// step), the figures per month from /api/sla/monthly drawn as an SVG bar chart with the same numbers in a table, and,
// with ?hoSo=…, one dossier's steps from /api/sla/dossiers/{key}/steps. The API decides who may read (403 otherwise).
(function () {
  const message = document.getElementById('thong-bao');
  const filters = document.getElementById('loc');
  const SVG = 'http://www.w3.org/2000/svg';
  const MONTHS = ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'];
  const DAY = (instant) => {
    if (!instant) return '';
    const d = new Date(instant);
    return String(d.getDate()).padStart(2, '0') + '/' + String(d.getMonth() + 1).padStart(2, '0') + '/' + d.getFullYear();
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

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }

  function link(href, text, className) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    a.className = className;
    return a;
  }

  function options(select, rows) {
    rows.forEach((r) => {
      const o = document.createElement('option');
      o.value = r.code;
      o.textContent = r.name;
      select.appendChild(o);
    });
  }

  async function loadChoices() {
    const [units, blocks, awards] = await Promise.all([call('/api/units').catch(() => []),
      call('/api/blocks').catch(() => []), call('/api/award-types').catch(() => [])]);
    options(document.getElementById('loc-don-vi'), units);
    options(document.getElementById('loc-khoi'), blocks);
    options(document.getElementById('loc-hinh-thuc'), awards);
  }

  function query() {
    const params = new URLSearchParams();
    new FormData(filters).forEach((value, name) => {
      if (String(value).trim() !== '') params.append(name, String(value).trim());
    });
    return params.toString();
  }

  async function dossiers() {
    const view = await call('/api/sla/dossiers?' + query());
    document.getElementById('tong-so').textContent = String(view.total);
    document.getElementById('tong-qua-han').textContent = String(view.overdue);
    const steps = document.querySelector('#bang-buoc tbody');
    steps.replaceChildren();
    view.steps.forEach((s) => {
      const tr = document.createElement('tr');
      tr.dataset.buoc = s.stepKey;
      cell(tr, s.stepName);
      cell(tr, s.total, 'so');
      cell(tr, s.overdue, 'so');
      steps.appendChild(tr);
    });
    const tbody = document.querySelector('#bang-ho-so tbody');
    tbody.replaceChildren();
    document.getElementById('khong-co').hidden = view.items.length > 0;
    view.items.forEach((d) => {
      const tr = document.createElement('tr');
      tr.dataset.hoSo = d.businessKey;
      tr.dataset.buoc = d.stepKey;
      if (d.overdue) tr.className = 'qua-han';
      cell(tr, d.businessKey);
      cell(tr, d.unitName);
      cell(tr, d.blockName || '');
      cell(tr, d.awardName);
      cell(tr, d.year);
      cell(tr, d.stepName);
      cell(tr, d.owner || '');
      cell(tr, d.dueDate || 'Không có hạn');
      cell(tr, d.deadlineText, 'tien-do');
      const links = cell(tr, '');
      links.appendChild(link(d.dossierUrl, 'Mở hồ sơ', 'mo-ho-so'));
      links.appendChild(document.createTextNode(' · '));
      links.appendChild(link(d.timelineUrl, 'Tiến trình', 'mo-tien-trinh'));
      tbody.appendChild(tr);
    });
  }

  function bar(svg, x, y, w, h, colour, title) {
    const r = document.createElementNS(SVG, 'rect');
    r.setAttribute('x', x);
    r.setAttribute('y', y);
    r.setAttribute('width', w);
    r.setAttribute('height', Math.max(h, 0));
    r.setAttribute('fill', colour);
    const t = document.createElementNS(SVG, 'title');
    t.textContent = title;
    r.appendChild(t);
    svg.appendChild(r);
  }

  function text(svg, x, y, value, anchor) {
    const t = document.createElementNS(SVG, 'text');
    t.setAttribute('x', x);
    t.setAttribute('y', y);
    t.setAttribute('font-size', '11');
    t.setAttribute('text-anchor', anchor || 'middle');
    t.setAttribute('fill', '#333');
    t.textContent = value;
    svg.appendChild(t);
  }

  function chart(view) {
    const W = 720; const H = 240; const left = 36; const bottom = 24; const top = 12;
    const max = Math.max(1, ...view.months.map((m) => Math.max(m.finished, m.finishedLate, m.overdueAtMonthEnd || 0)));
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    svg.setAttribute('width', W);
    svg.setAttribute('height', H);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-labelledby', 'tieu-de-bieu-do');
    const title = document.createElementNS(SVG, 'title');
    title.id = 'tieu-de-bieu-do';
    title.textContent = 'Biểu đồ hồ sơ hoàn thành, hoàn thành trễ hạn và quá hạn cuối tháng, năm ' + view.year
      + ' (số liệu trong bảng bên dưới)';
    svg.appendChild(title);
    const plot = H - bottom - top;
    const scale = (v) => (v / max) * plot;
    for (let g = 0; g <= 4; g++) {
      const value = Math.round((max * g) / 4);
      const y = H - bottom - scale(value);
      const line = document.createElementNS(SVG, 'line');
      line.setAttribute('x1', left); line.setAttribute('x2', W - 4);
      line.setAttribute('y1', y); line.setAttribute('y2', y);
      line.setAttribute('stroke', '#e2e2e2');
      svg.appendChild(line);
      text(svg, left - 4, y + 4, String(value), 'end');
    }
    const slot = (W - left - 4) / 12;
    const w = slot / 4;
    view.months.forEach((m, i) => {
      const x = left + i * slot + w / 2;
      const label = MONTHS[i] + ': ';
      bar(svg, x, H - bottom - scale(m.finished), w, scale(m.finished), '#1c4f8f', label + m.finished + ' hoàn thành');
      bar(svg, x + w, H - bottom - scale(m.finishedLate), w, scale(m.finishedLate), '#d9a520',
        label + m.finishedLate + ' hoàn thành trễ hạn');
      if (m.overdueAtMonthEnd != null) {
        bar(svg, x + 2 * w, H - bottom - scale(m.overdueAtMonthEnd), w, scale(m.overdueAtMonthEnd), '#a61c1c',
          label + m.overdueAtMonthEnd + ' quá hạn cuối tháng');
      }
      text(svg, left + i * slot + slot / 2, H - 8, MONTHS[i]);
    });
    const box = document.getElementById('bieu-do');
    box.replaceChildren(svg);
  }

  async function monthly() {
    const input = document.getElementById('nam-thang');
    const year = input.value.trim();
    const view = await call('/api/sla/monthly' + (year ? '?year=' + encodeURIComponent(year) : ''));
    input.value = view.year;
    document.getElementById('nam-bieu-do').textContent = String(view.year);
    const tbody = document.querySelector('#bang-thang tbody');
    tbody.replaceChildren();
    view.months.forEach((m) => {
      const tr = document.createElement('tr');
      tr.dataset.thang = m.month;
      cell(tr, 'Tháng ' + m.month);
      cell(tr, m.finished, 'so');
      cell(tr, m.finishedLate, 'so');
      cell(tr, m.overdueAtMonthEnd == null ? 'Chưa đến' : m.overdueAtMonthEnd, 'so');
      tbody.appendChild(tr);
    });
    chart(view);
  }

  async function steps(key) {
    const rows = await call('/api/sla/dossiers/' + encodeURIComponent(key) + '/steps');
    document.getElementById('tien-trinh').hidden = false;
    document.getElementById('tieu-de-tien-trinh').textContent = 'Tiến trình xử lý hồ sơ ' + key;
    document.getElementById('mo-ho-so-tien-trinh').href = '/pages/ho-so.html?hoSo=' + encodeURIComponent(key);
    const tbody = document.querySelector('#bang-tien-trinh tbody');
    tbody.replaceChildren();
    rows.forEach((s) => {
      const tr = document.createElement('tr');
      cell(tr, s.stepName);
      cell(tr, s.holder || '');
      cell(tr, DAY(s.started));
      cell(tr, s.ended ? DAY(s.ended) : 'Đang xử lý');
      cell(tr, s.dueDate || 'Không có hạn');
      cell(tr, s.deadlineText, 'tien-do');
      tbody.appendChild(tr);
    });
  }

  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    say('');
    dossiers().catch((e) => say(e.message, true));
  });
  document.getElementById('chon-nam').addEventListener('submit', (event) => {
    event.preventDefault();
    say('');
    monthly().catch((e) => say(e.message, true));
  });

  Phien.ready().then(async () => {
    const key = new URLSearchParams(window.location.search).get('hoSo');
    await dossiers();
    await loadChoices();
    await monthly();
    if (key) await steps(key);
  }).catch((e) => say(e.message, true));
}());
