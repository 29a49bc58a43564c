// Audit page: searches proposals and shows one proposal's timeline from /api/audit (auditors and administrators,
// with the signed-in session of phien.js). Read-only: the page only reads and downloads.
(function () {
  const form = document.getElementById('tim-kiem');
  const message = document.getElementById('thong-bao');
  const chain = document.getElementById('ket-qua-chuoi');
  const listSection = document.getElementById('danh-sach');
  const timelineSection = document.getElementById('nhat-ky');
  const kindFilter = document.getElementById('loc-loai');
  const yearLink = document.getElementById('tai-nam');
  let entries = [];

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }

  async function getJson(url) {
    const response = await Phien.fetch(url);
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      throw new Error((body && body.message) || ('Lỗi ' + response.status));
    }
    return body;
  }

  async function search(event) {
    if (event) event.preventDefault();
    const params = new URLSearchParams();
    new FormData(form).forEach((value, name) => { if (String(value).trim() !== '') params.append(name, String(value).trim()); });
    message.textContent = 'Đang tìm…';
    timelineSection.hidden = true;
    try {
      const proposals = await getJson('/api/audit/proposals?' + params.toString());
      message.textContent = proposals.length === 0 ? 'Không có hồ sơ nào khớp điều kiện tìm kiếm.' : '';
      document.getElementById('so-ho-so').textContent = String(proposals.length);
      const tbody = document.querySelector('#ho-so tbody');
      tbody.replaceChildren();
      proposals.forEach((p) => {
        const tr = document.createElement('tr');
        cell(tr, p.businessKey);
        cell(tr, p.unitName);
        cell(tr, p.awardName);
        cell(tr, p.year);
        cell(tr, (p.nominees || []).join('; '));
        cell(tr, p.statusLabel);
        cell(tr, p.decisionNumber || '');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = 'Xem nhật ký';
        button.className = 'xem-nhat-ky';
        button.addEventListener('click', () => { showTimeline(p.businessKey, tr); });
        cell(tr, '').appendChild(button);
        tbody.appendChild(tr);
      });
      listSection.hidden = false;
      const year = document.getElementById('nam').value;
      yearLink.hidden = !year;
      if (year) {
        yearLink.href = '/api/audit/years/' + encodeURIComponent(year) + '/timeline.csv';
        yearLink.textContent = 'Tải nhật ký cả năm ' + year + ' (CSV)';
      }
    } catch (e) {
      listSection.hidden = true;
      message.textContent = e.message;
    }
  }

  // Each row: the server's Vietnamese sentence and time (province time), and the record as the chain keeps it under
  // "Bản ghi gốc". The engine's technical records are hidden unless asked for or their kind is chosen in the filter.
  function rawRecord(e) {
    const raw = document.createElement('details');
    raw.className = 'ban-ghi-goc';
    const summary = document.createElement('summary');
    summary.textContent = 'Bản ghi gốc';
    const pre = document.createElement('pre');
    pre.textContent = ['Loại: ' + e.kindLabel + ' (' + e.kind + ')', 'Thời điểm: ' + e.occurredAt,
      'Tài khoản: ' + (e.actor || '—'), 'Đối tượng: ' + (e.subject || '—'), 'Tóm tắt: ' + e.summary,
      'Mã quy trình: ' + (e.processInstanceId || '—'), 'Hash: ' + e.hash,
      'Chi tiết: ' + JSON.stringify(e.details, null, 2)].join('\n');
    raw.append(summary, pre);
    return raw;
  }

  function drawTimeline() {
    const tbody = document.querySelector('#su-kien tbody');
    tbody.replaceChildren();
    const kind = kindFilter.value;
    const technical = document.getElementById('hien-ky-thuat');
    const hidden = entries.filter((e) => e.technical).length;
    technical.parentElement.lastChild.textContent = ' Hiện cả ' + hidden + ' sự kiện kỹ thuật của hệ thống';
    entries.filter((e) => (!kind || e.kind === kind) && (!e.technical || technical.checked || kind)).forEach((e) => {
      const tr = document.createElement('tr');
      tr.dataset.kind = e.kind;
      if (e.technical) tr.className = 'ky-thuat';
      cell(tr, e.seq);
      cell(tr, e.time);
      cell(tr, e.kindLabel);
      cell(tr, e.actorName);
      const content = cell(tr, e.sentence, 'noi-dung');
      content.appendChild(rawRecord(e));
      tbody.appendChild(tr);
    });
  }

  async function showTimeline(key, row) {
    document.querySelectorAll('#ho-so tr.chon').forEach((r) => r.classList.remove('chon'));
    if (row) row.classList.add('chon');
    message.textContent = 'Đang tải nhật ký…';
    try {
      const body = await getJson('/api/audit/proposals/' + encodeURIComponent(key) + '/timeline');
      entries = body.entries;
      const p = body.proposal;
      document.getElementById('tieu-de-nhat-ky').textContent = 'Nhật ký hồ sơ ' + p.businessKey;
      document.getElementById('tom-tat').textContent = p.unitName + ' — ' + p.awardName + ' năm ' + p.year + ' — '
        + (p.nominees || []).join('; ') + ' — ' + p.statusLabel + ' — ' + entries.length + ' sự kiện';
      document.getElementById('tai-csv').href = '/api/audit/proposals/' + encodeURIComponent(key) + '/timeline.csv';
      document.getElementById('tai-pdf').href = '/api/audit/proposals/' + encodeURIComponent(key) + '/timeline.pdf';
      const kinds = new Map();
      entries.forEach((e) => kinds.set(e.kind, e.kindLabel));
      kindFilter.replaceChildren(new Option('Tất cả', ''));
      kinds.forEach((label, kind) => kindFilter.appendChild(new Option(label, kind)));
      drawTimeline();
      timelineSection.hidden = false;
      message.textContent = '';
      timelineSection.scrollIntoView();
    } catch (e) {
      message.textContent = e.message;
    }
  }

  async function verifyChain() {
    chain.className = '';
    chain.textContent = 'Đang kiểm tra toàn bộ chuỗi nhật ký…';
    try {
      const v = await getJson('/api/audit/chain/verify');
      chain.className = v.intact ? 'tot' : 'hong';
      chain.textContent = v.intact
        ? 'Nhật ký toàn vẹn: ' + v.checked + ' bản ghi, hash cuối ' + v.lastHash + '.'
        : 'Nhật ký BỊ PHÁ VỠ tại bản ghi số ' + v.brokenSeq + ': ' + v.problem;
    } catch (e) {
      chain.textContent = e.message;
    }
  }

  form.addEventListener('submit', search);
  kindFilter.addEventListener('change', drawTimeline);
  document.getElementById('hien-ky-thuat').addEventListener('change', drawTimeline);
  document.getElementById('nut-kiem-tra-chuoi').addEventListener('click', verifyChain);
  const key = new URLSearchParams(window.location.search).get('hoSo');
  Phien.ready().then(() => {
    if (key) showTimeline(key, null);
  }).catch((e) => { message.textContent = e.message; });
}());
