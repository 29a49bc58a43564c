// Block dashboard: reads /api/block-cycles/{key}/dashboard with the signed-in session (phien.js) and draws the
// members' progress, the ranking, the chart and the proposals. No data is embedded in the page.
(function () {
  const form = document.getElementById('chon-chu-ky');
  const input = document.getElementById('ma-chu-ky');
  const message = document.getElementById('thong-bao');
  const section = document.getElementById('tong-quan');
  const yes = (b) => (b ? 'Đã có' : 'Chưa');
  const STAGES = { PACT: 'Ký giao ước', CROSS_CHECK: 'Chấm chéo', ARBITRATION: 'Khối trưởng xử lý chênh lệch',
    SCORED: 'Đã có điểm cuối cùng', RANKED: 'Đã xếp hạng, chờ bỏ phiếu suy tôn', VOTE: 'Đang bỏ phiếu kín',
    MINUTES: 'Chờ xác nhận biên bản', PROPOSED: 'Đã lập hồ sơ đề nghị', CLOSED: 'Kết thúc' };
  const AWARDS = { CO_TINH: 'Cờ thi đua của UBND tỉnh', BK_TINH: 'Bằng khen của Chủ tịch UBND tỉnh',
    TTLDXS: 'Tập thể lao động xuất sắc', TTLDTT: 'Tập thể lao động tiên tiến', CO_CP: 'Cờ thi đua của Chính phủ' };

  function cell(row, content) {
    const td = document.createElement('td');
    if (content instanceof Node) td.appendChild(content); else td.textContent = content == null ? '' : String(content);
    row.appendChild(td);
  }

  function link(href, text, newTab) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    if (newTab) { a.target = '_blank'; a.rel = 'noopener'; }
    return a;
  }

  function fill(tbody, rows, columns) {
    tbody.replaceChildren();
    rows.forEach((r) => {
      const tr = document.createElement('tr');
      columns.forEach((c) => cell(tr, c(r)));
      tbody.appendChild(tr);
    });
  }

  async function show(key) {
    message.textContent = 'Đang tải…';
    const response = await Phien.fetch('/api/block-cycles/' + encodeURIComponent(key) + '/dashboard');
    const body = await response.json();
    if (!response.ok) {
      section.hidden = true;
      message.textContent = body.message || ('Lỗi ' + response.status);
      return;
    }
    message.textContent = '';
    document.getElementById('tieu-de').textContent = (body.blockName || body.blockCode) + ' – năm ' + body.year;
    document.title = (body.blockName || body.blockCode) + ' – năm ' + body.year;
    document.getElementById('buoc').textContent = STAGES[body.stage] || body.stage;
    fill(document.querySelector('#thanh-vien tbody'), body.members, [
      (m) => m.unitName, (m) => (m.registeredTitle ? AWARDS[m.registeredTitle] || m.registeredTitle : 'Chưa ký'), (m) => yes(m.midYearReported),
      (m) => yes(m.selfScored), (m) => m.crossCheckedByName || '—', (m) => yes(m.finalScored)]);
    fill(document.querySelector('#xep-hang tbody'), body.ranking, [
      (r) => r.rank, (r) => r.unitName, (r) => r.criteriaText, (r) => r.bonusText, (r) => r.penaltiesText,
      (r) => r.finalScoreText, (r) => r.classificationName]);
    document.getElementById('xep-hang-trong').hidden = body.ranking.length > 0;
    const minutes = document.getElementById('bien-ban');
    minutes.replaceChildren();
    if (body.minutesUrl) {
      const a = link(body.minutesUrl, 'Biên bản họp khối (PDF)', true);
      a.id = 'tai-bien-ban';
      minutes.appendChild(a);
    } else {
      minutes.textContent = 'Biên bản họp khối có sau khi khối trưởng kết thúc bỏ phiếu suy tôn.';
    }
    const list = document.getElementById('de-nghi');
    list.replaceChildren();
    body.proposals.forEach((p) => {
      const li = document.createElement('li');
      li.appendChild(document.createTextNode(p.unitName + ': ' + (AWARDS[p.awardType] || p.awardType)
        + ' (hạng ' + p.rank + ', ' + p.finalScoreText + ' điểm)'));
      if (p.proposalKey) {
        li.appendChild(document.createTextNode(' – '));
        li.appendChild(link('/pages/ho-so.html?hoSo=' + encodeURIComponent(p.proposalKey), 'hồ sơ ' + p.proposalKey));
      }
      list.appendChild(li);
    });
    if (body.proposals.length === 0) {
      const li = document.createElement('li');
      li.textContent = 'Chưa có.';
      list.appendChild(li);
    }
    // the figures are shown at once; the chart follows when it has been drawn
    section.hidden = false;
    const chart = await Phien.fetch('/api/block-cycles/' + encodeURIComponent(key) + '/dashboard.svg',
      { headers: { Accept: 'image/svg+xml' } });
    const holder = document.getElementById('bieu-do');
    holder.replaceChildren();
    if (chart.ok) {
      const img = document.createElement('img');
      img.alt = 'Biểu đồ điểm thi đua của khối';
      img.src = URL.createObjectURL(await chart.blob());
      holder.appendChild(img);
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    history.replaceState(null, '', '?key=' + encodeURIComponent(input.value));
    show(input.value).catch(() => { message.textContent = 'Không tải được dữ liệu.'; });
  });
  const initial = new URLSearchParams(location.search).get('key');
  Phien.ready().then(() => {
    if (initial) {
      input.value = initial;
      show(initial).catch(() => { message.textContent = 'Không tải được dữ liệu.'; });
    }
  }).catch((e) => { message.textContent = e.message; });
})();
