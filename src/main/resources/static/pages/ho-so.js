// Dossier page: one proposal's dossier (or a block member's evidence dossier) — the required documents, the
// documents uploaded with their SHA-256, an upload form (Tasklist's forms have no file picker) and, once issued,
// the decisions with their PDFs. Reads /api with the user's signed-in session (phien.js: the webapps' sign-in, the
// CSRF token on the upload); no data is embedded in the page.
(function () {
  const TYPES = {
    TTR: 'Tờ trình và danh sách đề nghị',
    BCTT: 'Báo cáo thành tích',
    BB_PHIEU: 'Biên bản họp xét kèm kết quả bỏ phiếu kín',
    BB: 'Biên bản họp xét',
    CNSK: 'Giấy chứng nhận / quyết định công nhận sáng kiến',
    HY: 'Ý kiến hiệp y của cơ quan liên quan',
    TU: 'Ý kiến Ban Thường vụ Tỉnh ủy',
    BBKHOI: 'Biên bản họp khối thi đua',
    KHAC: 'Tài liệu khác'
  };
  const TIME = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit',
    year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const DATE = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit',
    year: 'numeric' });

  const chooser = document.getElementById('chon-ho-so');
  const keyInput = document.getElementById('ma-ho-so');
  const message = document.getElementById('thong-bao');
  const uploadForm = document.getElementById('tai-len');
  const typeSelect = document.getElementById('loai-tai-lieu');
  const fileInput = document.getElementById('tep');
  const uploadResult = document.getElementById('ket-qua-tai-len');
  let currentKey = null;

  const uploadClosed = document.getElementById('khong-tai-len');

  class ApiProblem extends Error {
    constructor(status, text) {
      super(text);
      this.status = status;
    }
  }

  function explain(status, body) {
    if (body && body.message) return body.message;
    if (status === 401) return 'Cần đăng nhập để xem hồ sơ.';
    if (status === 403) return 'Bạn không có quyền với hồ sơ này.';
    if (status === 404) return 'Không tìm thấy hồ sơ.';
    if (status === 413) return 'Tệp quá lớn: tối đa 10 MB.';
    return 'Máy chủ không thực hiện được yêu cầu (mã lỗi ' + status + ').';
  }

  async function call(url, options) {
    const response = await Phien.fetch(url, options);
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) throw new ApiProblem(response.status, explain(response.status, body));
    return body;
  }

  function cell(row, content) {
    const td = document.createElement('td');
    if (content instanceof Node) td.appendChild(content); else td.textContent = content == null ? '' : String(content);
    row.appendChild(td);
    return td;
  }

  function link(href, text) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  /** A link that opens a PDF in a new tab of the browser, leaving the dossier page where it is. */
  function pdfLink(href, text) {
    const a = link(href, text);
    a.target = '_blank';
    a.rel = 'noopener';
    return a;
  }

  /** A document of the dossier: PDF and images open in the browser, Word and Excel files are downloaded. */
  function documentLink(key, d) {
    const href = documentsUrl(key) + '/' + d.id;
    const shown = /^(application\/pdf|image\/(jpeg|png))/.test(d.contentType || '');
    const a = shown ? pdfLink(href, d.fileName) : link(href, d.fileName);
    a.className = 'tai-lieu';
    a.title = shown ? 'Mở trong trình duyệt' : 'Tải tệp về máy';
    return a;
  }

  function size(bytes) {
    if (bytes >= 1024 * 1024) return (bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 }) + ' MB';
    if (bytes >= 1024) return (bytes / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 }) + ' KB';
    return bytes + ' byte';
  }

  function documentsUrl(key) {
    return '/api/dossiers/' + encodeURIComponent(key) + '/documents';
  }

  /** The proposal, or null for a dossier that is no proposal (a block member's evidence dossier). */
  async function proposal(key) {
    try {
      return await call('/api/proposals/' + encodeURIComponent(key));
    } catch (e) {
      if (e.status === 404) return null;
      throw e;
    }
  }

  async function decisions(p) {
    return call('/api/proposals/' + encodeURIComponent(p.businessKey) + '/decisions');
  }

  /** A local date-time of the server, "2026-12-04T09:05:12", as "09:05 04/12/2026". */
  function localTime(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(text || '');
    return m ? m[4] + ':' + m[5] + ' ' + m[3] + '/' + m[2] + '/' + m[1] : '';
  }

  function dateText(iso) {
    return iso ? DATE.format(new Date(iso + 'T00:00:00+07:00')) : '';
  }

  function showProposal(view, awardNames) {
    const section = document.getElementById('de-nghi');
    if (!view) { section.hidden = true; return; }
    const p = view.proposal;
    document.getElementById('tieu-de').textContent = 'Đề nghị khen thưởng ' + p.businessKey;
    document.getElementById('don-vi').textContent = p.unitName;
    document.getElementById('hinh-thuc').textContent = awardNames[p.awardTypeCode] || p.awardTypeCode;
    document.getElementById('nam').textContent = p.periodYear;
    document.getElementById('trang-thai').textContent = view.statusLabel;
    document.getElementById('doi-tuong').textContent = (view.nominees || [])
      .map((n) => n.displayName + ' (' + n.nomineeCode + ')').join('; ');
    document.getElementById('to-trinh').textContent = p.submissionNumber
      ? 'Số ' + p.submissionNumber + ' ngày ' + dateText(p.submissionDate) + (p.submissionProposer ? ' – ' + p.submissionProposer : '')
      : 'chưa ghi (thủ trưởng ghi số, ngày khi ký tờ trình)';
    document.querySelectorAll('.hoi-dong').forEach((e) => { e.hidden = !p.councilMinutesRef; });
    document.getElementById('hoi-dong').textContent = p.councilMinutesRef
      ? 'Biên bản họp số ' + p.councilMinutesRef + (p.councilMinutesDate ? ' ngày ' + dateText(p.councilMinutesDate) : '') : '';
    section.hidden = false;
  }

  /** The appraisal once approved by the agency head, and the draft decision while the chairman has to decide. */
  function showForChairman(view) {
    const p = view.proposal;
    const key = encodeURIComponent(p.businessKey);
    const appraised = (view.events || []).some((e) => e.stage === 'Task_ApproveAppraisal' && e.outcome === 'APPROVE');
    const drafting = p.status === 'WAITING_DECISION' && p.commendationKind !== 'KHEN_CAO';
    document.getElementById('tai-tham-dinh').href = '/tai-lieu/de-nghi/' + key + '/ket-qua-tham-dinh.pdf';
    document.getElementById('tai-du-thao').href = '/tai-lieu/de-nghi/' + key + '/du-thao-quyet-dinh.pdf';
    document.getElementById('muc-tham-dinh').hidden = !appraised;
    document.getElementById('muc-du-thao').hidden = !drafting;
    document.getElementById('trinh-chu-tich').hidden = !(appraised || drafting);
  }

  function showRequired(key, codes, documents) {
    const section = document.getElementById('thanh-phan');
    const list = document.getElementById('bat-buoc');
    list.replaceChildren();
    codes.forEach((code) => {
      const li = document.createElement('li');
      const doc = documents.find((d) => d.documentType === code);
      li.dataset.type = code;
      li.className = doc ? 'da-co' : 'con-thieu';
      li.appendChild(document.createTextNode((TYPES[code] || code) + ': ' + (doc ? 'đã tải lên (' : 'còn thiếu')));
      if (doc) {
        li.appendChild(documentLink(key, doc));
        li.appendChild(document.createTextNode(')'));
      }
      list.appendChild(li);
    });
    section.hidden = codes.length === 0;
  }

  /** The upload form offers what the server says this user may add now; none: the form gives way to the reason. */
  function showUpload(state) {
    const choices = (state && state.uploadChoices) || [];
    typeSelect.replaceChildren();
    const placeholder = document.createElement('option');
    placeholder.value = '';
    placeholder.textContent = '— Chọn loại tài liệu —';
    typeSelect.appendChild(placeholder);
    const groups = new Map();
    choices.forEach((c) => {
      if (!groups.has(c.group)) {
        const group = document.createElement('optgroup');
        group.label = c.group;
        groups.set(c.group, group);
        typeSelect.appendChild(group);
      }
      const option = document.createElement('option');
      option.value = c.code;
      option.textContent = c.label;
      groups.get(c.group).appendChild(option);
    });
    uploadForm.hidden = choices.length === 0;
    uploadClosed.hidden = choices.length > 0;
    uploadClosed.textContent = choices.length > 0 ? '' : (state && state.uploadRefusal) || '';
  }

  function showDocuments(key, documents) {
    document.getElementById('so-tai-lieu').textContent = String(documents.length);
    const tbody = document.querySelector('#bang-tai-lieu tbody');
    tbody.replaceChildren();
    if (documents.length === 0) {
      const tr = document.createElement('tr');
      cell(tr, 'Hồ sơ chưa có tài liệu nào.').colSpan = 8;
      tbody.appendChild(tr);
    }
    documents.forEach((d) => {
      const tr = document.createElement('tr');
      tr.dataset.id = d.id;
      tr.dataset.type = d.documentType;
      cell(tr, d.id);
      cell(tr, d.documentTypeName || TYPES[d.documentType] || d.documentType);
      cell(tr, documentLink(key, d));
      cell(tr, size(d.sizeBytes));
      cell(tr, d.sha256).className = 'bam';
      cell(tr, d.uploadedBy);
      cell(tr, d.uploadedAt ? TIME.format(new Date(d.uploadedAt)) : '');
      cell(tr, d.round);
      tbody.appendChild(tr);
    });
    document.getElementById('tai-lieu').hidden = false;
  }

  function showDecisions(list) {
    const tbody = document.querySelector('#bang-quyet-dinh tbody');
    tbody.replaceChildren();
    list.forEach((d) => {
      const tr = document.createElement('tr');
      tr.dataset.id = d.id;
      cell(tr, d.number);
      cell(tr, dateText(d.signedOn));
      cell(tr, d.signerName);
      cell(tr, d.subject);
      cell(tr, (d.awardees || []).length);
      const pdf = pdfLink('/api/decisions/' + d.id + '/pdf', d.signed ? 'Xem quyết định đã ký (PDF)'
        : 'Xem quyết định (PDF)');
      pdf.className = 'tai-quyet-dinh';
      cell(tr, pdf);
      // the signed original, once Văn phòng UBND tỉnh recorded it; the generated text stays as the electronic copy
      const signed = document.createElement('div');
      signed.className = 'ban-da-ky';
      if (d.signed) {
        const o = d.signedOriginal;
        signed.textContent = 'Đã có bản chính đã ký (' + (o.recordedByName || o.recordedBy) + ' ghi nhận lúc '
          + localTime(o.recordedAt) + '). ';
        const electronic = pdfLink('/api/decisions/' + d.id + '/electronic-copy.pdf', 'Bản điện tử (PDF)');
        electronic.className = 'ban-dien-tu';
        signed.appendChild(electronic);
      } else {
        signed.textContent = 'Chưa có bản ký: tệp PDF ghi "BẢN CHƯA KÝ" cho đến khi Văn phòng UBND tỉnh ghi nhận'
          + ' bản chính.';
      }
      cell(tr, signed);
      const certificates = document.createElement('ul');
      (d.awardees || []).forEach((a) => {
        const li = document.createElement('li');
        const certificate = pdfLink('/api/decisions/' + d.id + '/awardees/' + a.id + '/certificate.pdf', a.displayName);
        certificate.className = 'tai-bang-khen';
        li.appendChild(certificate);
        if (a.registerNumber) li.appendChild(document.createTextNode(' (số vào sổ ' + a.registerNumber + ')'));
        certificates.appendChild(li);
      });
      cell(tr, certificates);
      tbody.appendChild(tr);
    });
    document.getElementById('quyet-dinh').hidden = list.length === 0;
  }

  async function open(key) {
    currentKey = key;
    message.textContent = 'Đang tải hồ sơ…';
    document.querySelectorAll('main section').forEach((s) => { s.hidden = true; });
    try {
      const [view, documents, state] = await Promise.all([proposal(key), call(documentsUrl(key)),
        call('/api/dossiers/' + encodeURIComponent(key))]);
      let awardNames = {};
      if (view) {
        const types = await call('/api/award-types').catch(() => []);
        (types || []).forEach((t) => { awardNames[t.code] = t.name; });
      }
      showProposal(view, awardNames);
      showDocuments(key, documents);
      showUpload(state);
      if (view) {
        showRequired(key, view.requiredDocuments || [], documents);
        showForChairman(view);
        showDecisions(await decisions(view.proposal).catch(() => []));
      }
      message.textContent = view ? '' : 'Hồ sơ ' + key + ' (hồ sơ minh chứng, không phải đề nghị khen thưởng).';
      document.title = 'Hồ sơ ' + key;
    } catch (e) {
      message.textContent = e.message;
    }
  }

  async function upload(event) {
    event.preventDefault();
    uploadResult.className = '';
    if (!typeSelect.value) { uploadResult.textContent = 'Chọn loại tài liệu.'; uploadResult.className = 'loi'; return; }
    if (!fileInput.files.length) { uploadResult.textContent = 'Chọn tệp cần tải lên.'; uploadResult.className = 'loi'; return; }
    const data = new FormData();
    data.append('file', fileInput.files[0]);
    data.append('documentType', typeSelect.value);
    uploadResult.textContent = 'Đang tải lên…';
    try {
      const stored = await call(documentsUrl(currentKey), { method: 'POST', body: data });
      uploadForm.reset();
      await open(currentKey);
      uploadResult.textContent = 'Đã tải lên "' + stored.fileName + '" (số tài liệu ' + stored.id + ', SHA-256 '
        + stored.sha256 + ').';
      uploadResult.className = 'thanh-cong';
    } catch (e) {
      uploadResult.textContent = 'Không tải lên được: ' + e.message;
      uploadResult.className = 'loi';
    }
  }

  chooser.addEventListener('submit', (event) => {
    event.preventDefault();
    const key = keyInput.value.trim();
    if (!key) return;
    history.replaceState(null, '', '?hoSo=' + encodeURIComponent(key));
    open(key);
  });
  uploadForm.addEventListener('submit', upload);

  const initial = new URLSearchParams(location.search).get('hoSo');
  Phien.ready().then(() => {
    if (initial) {
      keyInput.value = initial;
      open(initial);
    }
  }).catch((e) => { message.textContent = e.message; });
}());
