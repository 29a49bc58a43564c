// The office's page (Văn phòng UBND tỉnh): the year's decisions with their signed originals, where the office records
// the scan of a signed decision; taking a number of the register of outgoing documents for another document, or
// entering one taken in the paper register; the register itself. Every rule is the server's: its Vietnamese message
// is shown as it comes.
(function () {
  const message = document.getElementById('thong-bao');
  const yearInput = document.getElementById('nam');
  const params = new URLSearchParams(location.search);
  yearInput.value = params.get('nam') || String(new Date().getFullYear());

  async function call(method, url, body, isForm) {
    const headers = { Accept: 'application/json' };
    if (body && !isForm) headers['Content-Type'] = 'application/json';
    const response = await Phien.fetch(url, { method, headers,
      body: body ? (isForm ? body : JSON.stringify(body)) : undefined });
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    if (!response.ok) throw new Error((data && data.message) || ('Lỗi ' + response.status));
    return data;
  }

  function cell(row, content) {
    const td = document.createElement('td');
    if (content instanceof Node) td.appendChild(content); else td.textContent = content == null ? '' : String(content);
    row.appendChild(td);
    return td;
  }

  function day(iso) { return iso ? iso.split('-').reverse().join('/') : ''; }

  function localTime(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(text || '');
    return m ? m[4] + ':' + m[5] + ' ' + m[3] + '/' + m[2] + '/' + m[1] : '';
  }

  function isoDay(text) {
    const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
    if (!m) throw new Error('Nhập ngày văn bản theo dạng ngày/tháng/năm, ví dụ 05/12/2026.');
    return m[3] + '-' + m[2].padStart(2, '0') + '-' + m[1].padStart(2, '0');
  }

  function pdfLink(href, text, className) {
    const a = document.createElement('a');
    a.href = href; a.textContent = text; a.target = '_blank'; a.rel = 'noopener'; a.className = className;
    return a;
  }

  /** The form of one decision: the scanned PDF, and the reason when it replaces the one recorded. */
  function uploadForm(summary, detail) {
    const form = document.createElement('form');
    form.className = 'ghi-nhan';
    const file = document.createElement('input');
    file.type = 'file'; file.accept = 'application/pdf,.pdf'; file.name = 'file'; file.className = 'tep-ban-ky';
    const fileLabel = document.createElement('label');
    fileLabel.append('Tệp PDF đã ký ', file);
    form.appendChild(fileLabel);
    if (summary.signed) {
      const reason = document.createElement('input');
      reason.name = 'reason'; reason.maxLength = 500; reason.className = 'ly-do-thay';
      const reasonLabel = document.createElement('label');
      reasonLabel.append('Lý do thay bản đã ghi nhận ', reason);
      form.appendChild(reasonLabel);
    }
    const button = document.createElement('button');
    button.type = 'submit'; button.className = 'nut-ghi-nhan';
    button.textContent = summary.signed ? 'Thay bản chính đã ký' : 'Ghi nhận bản chính đã ký';
    form.appendChild(button);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!file.files.length) { message.textContent = 'Chọn tệp PDF quét từ bản quyết định đã ký.'; return; }
      const data = new FormData(form);
      message.textContent = 'Đang tải lên…';
      try {
        const decision = await call('POST', '/api/decisions/' + summary.id + '/signed-original', data, true);
        await load();
        message.textContent = 'Đã ghi nhận bản chính đã ký của quyết định số ' + decision.number + ' (SHA-256 '
          + decision.signedOriginal.sha256 + ').';
      } catch (e) {
        message.textContent = e.message;
      }
    });
    return form;
  }

  async function showDecisions(year) {
    const tbody = document.querySelector('#bang-quyet-dinh tbody');
    tbody.replaceChildren();
    const list = await call('GET', '/api/decisions?year=' + encodeURIComponent(year));
    if (!list.length) {
      const tr = document.createElement('tr');
      cell(tr, 'Chưa có quyết định khen thưởng nào trong năm ' + year + '.').colSpan = 5;
      tbody.appendChild(tr);
    }
    for (const d of list) {
      const detail = d.signed ? await call('GET', '/api/decisions/' + d.id) : null;
      const tr = document.createElement('tr');
      tr.dataset.id = d.id;
      tr.dataset.signed = d.signed ? 'true' : 'false';
      cell(tr, pdfLink('/api/decisions/' + d.id + '/pdf', d.number, 'tai-quyet-dinh'));
      cell(tr, day(d.signedOn));
      cell(tr, d.subject);
      const status = document.createElement('div');
      status.className = 'trang-thai-ky';
      if (detail) {
        const o = detail.signedOriginal;
        status.textContent = 'Đã ký – ' + (o.recordedByName || o.recordedBy) + ' ghi nhận lúc ' + localTime(o.recordedAt)
          + ', ' + o.pageCount + ' trang' + (o.version > 1 ? ', thay lần ' + (o.version - 1) + ': ' + o.replaceReason : '')
          + '. ';
        status.appendChild(pdfLink('/api/decisions/' + d.id + '/electronic-copy.pdf', 'Bản điện tử (PDF)', 'ban-dien-tu'));
      } else {
        status.textContent = 'Chưa có bản ký';
      }
      cell(tr, status);
      cell(tr, uploadForm(d, detail));
      tbody.appendChild(tr);
    }
  }

  async function showRegister(year) {
    const tbody = document.querySelector('#so-di tbody');
    tbody.replaceChildren();
    const register = await call('GET', '/api/register?year=' + encodeURIComponent(year));
    document.getElementById('dinh-dang').textContent = 'Số viết dạng ' + '0'.repeat(register.minDigits - 1) + '1/'
      + register.symbol + (register.restartEachYear ? ', bắt đầu lại từ số 1 mỗi năm' : ', không bắt đầu lại mỗi năm')
      + '; số đã cấp lớn nhất: ' + register.lastNumber + '.';
    register.entries.forEach((e) => {
      const tr = document.createElement('tr');
      tr.dataset.source = e.source;
      cell(tr, e.number); cell(tr, day(e.issuedOn)); cell(tr, e.subject); cell(tr, e.takenBy); cell(tr, e.sourceLabel);
      tbody.appendChild(tr);
    });
  }

  async function load() {
    message.textContent = 'Đang tải…';
    const year = yearInput.value;
    try {
      await showDecisions(year);
      await showRegister(year).catch((e) => { document.getElementById('dinh-dang').textContent = e.message; });
      message.textContent = '';
    } catch (e) {
      message.textContent = e.message;
    }
  }

  document.getElementById('lay-so').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const entry = await call('POST', '/api/register/numbers', { subject: document.getElementById('trich-yeu').value });
      event.target.reset();
      await load();
      message.textContent = 'Đã lấy số ' + entry.number + ' ngày ' + day(entry.issuedOn) + '.';
    } catch (e) {
      message.textContent = e.message;
    }
  });

  document.getElementById('so-giay').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const typed = document.getElementById('ngay-so-giay').value;
      const entry = await call('POST', '/api/register/paper-numbers', {
        number: document.getElementById('so-da-lay').value,
        subject: document.getElementById('trich-yeu-giay').value,
        issuedOn: typed.trim() ? isoDay(typed) : null });
      event.target.reset();
      await load();
      message.textContent = 'Đã ghi vào sổ số ' + entry.number + '; phần mềm sẽ không cấp lại số này.';
    } catch (e) {
      message.textContent = e.message;
    }
  });

  yearInput.addEventListener('change', load);
  load();
})();
