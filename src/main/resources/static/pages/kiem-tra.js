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

  const TIME = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit',
    year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });

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

  function drawTimeline() {
    const tbody = document.querySelector('#su-kien tbody');
    tbody.replaceChildren();
    const kind = kindFilter.value;
    entries.filter((e) => !kind || e.kind === kind).forEach((e) => {
      const tr = document.createElement('tr');
      tr.dataset.kind = e.kind;
      cell(tr, e.seq);
      cell(tr, TIME.format(new Date(e.occurredAt)));
      cell(tr, e.kindLabel);
      cell(tr, e.actor || 'hệ thống');
      const content = cell(tr, e.summary, 'noi-dung');
      content.title = 'Hash: ' + e.hash;
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
  document.getElementById('nut-kiem-tra-chuoi').addEventListener('click', verifyChain);
  const key = new URLSearchParams(window.location.search).get('hoSo');
  Phien.ready().then(() => {
    if (key) showTimeline(key, null);
  }).catch((e) => { message.textContent = e.message; });
}());
