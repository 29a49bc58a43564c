// Model examples for signed-in users: the list they may see, one example (?id=) with its pictures, the upload of a
// picture and its removal while the unit completes it, and a unit's record that it replicated a published example.
// The server checks every right and every file (/api/model-examples); this page only shows what it answers.
(function () {
  const message = document.getElementById('thong-bao');
  const id = new URLSearchParams(location.search).get('id');

  function text(elementId, value) {
    document.getElementById(elementId).textContent = value || '';
  }

  async function problem(response) {
    const body = await response.json().catch(() => null);
    return (body && body.message) || ('Không thực hiện được (mã lỗi ' + response.status + ').');
  }

  async function showList() {
    const response = await Phien.fetch('/api/model-examples');
    if (!response.ok) { message.textContent = await problem(response); return; }
    const examples = await response.json();
    const tbody = document.querySelector('#danh-sach tbody');
    tbody.replaceChildren();
    examples.forEach((e) => {
      const row = document.createElement('tr');
      const link = document.createElement('a');
      link.href = 'guong-dien-hinh.html?id=' + e.id;
      link.textContent = e.title;
      [e.businessKey, link, e.unitName, e.statusLabel, String(e.replications.length)].forEach((v) => {
        const cell = document.createElement('td');
        if (typeof v === 'string') cell.textContent = v; else cell.appendChild(v);
        row.appendChild(cell);
      });
      tbody.appendChild(row);
    });
    message.textContent = examples.length ? '' : 'Chưa có gương điển hình nào.';
    document.getElementById('danh-sach-khung').hidden = false;
  }

  async function showOne() {
    const response = await Phien.fetch('/api/model-examples/' + encodeURIComponent(id));
    if (!response.ok) { message.textContent = await problem(response); return; }
    const e = await response.json();
    text('tieu-de', 'Gương điển hình ' + e.businessKey);
    text('trang-thai', e.statusLabel);
    text('don-vi', e.unitName);
    text('loai', e.kindLabel);
    text('ten', e.title);
    text('doi-tuong', e.subjectName);
    text('cau-chuyen', e.story);
    text('minh-chung', 'Minh chứng: ' + e.evidence);
    const pictures = document.getElementById('anh');
    pictures.replaceChildren();
    if (!e.pictures.length) pictures.textContent = 'Chưa có ảnh.';
    e.pictures.forEach((p) => {
      const figure = document.createElement('figure');
      const img = document.createElement('img');
      img.src = '/api/model-examples/' + e.id + '/pictures/' + p.id;
      img.alt = p.caption || e.subjectName;
      img.className = 'anh-guong';
      img.style.maxWidth = '320px';
      figure.appendChild(img);
      const caption = document.createElement('figcaption');
      caption.textContent = (p.caption ? p.caption + ' — ' : '') + p.fileName;
      figure.appendChild(caption);
      if (e.canUpload) {
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'xoa-anh';
        remove.textContent = 'Xóa ảnh';
        remove.setAttribute('aria-label', 'Xóa ảnh ' + p.fileName);
        remove.addEventListener('click', () => removePicture(e.id, p));
        figure.appendChild(remove);
      }
      pictures.appendChild(figure);
    });
    text('so-nhan-rong', String(e.replications.length));
    const list = document.getElementById('nhan-rong');
    list.replaceChildren();
    e.replications.forEach((r) => {
      const item = document.createElement('li');
      item.textContent = r.unitName + ': ' + r.note;
      list.appendChild(item);
    });
    document.getElementById('tai-anh').hidden = !e.canUpload;
    document.getElementById('ghi-nhan-rong').hidden = !e.canReplicate;
    document.getElementById('chi-tiet').hidden = false;
    message.textContent = e.isPublic ? 'Gương điển hình đang công bố trên trang công khai.' : '';
  }

  async function removePicture(exampleId, p) {
    if (!window.confirm('Xóa ảnh ' + p.fileName + ' khỏi hồ sơ gương điển hình?')) return;
    const result = document.getElementById('ket-qua-tai-len');
    const response = await Phien.fetch('/api/model-examples/' + encodeURIComponent(exampleId) + '/pictures/'
      + encodeURIComponent(p.id), { method: 'DELETE' });
    if (response.ok) {
      await showOne();
      result.className = 'thanh-cong';
      result.textContent = 'Đã xóa ảnh ' + p.fileName + '.';
    } else {
      result.className = 'loi';
      result.textContent = await problem(response);
    }
  }

  document.getElementById('tai-anh').addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = document.getElementById('ket-qua-tai-len');
    const file = document.getElementById('tep').files[0];
    if (!file) { result.className = 'loi'; result.textContent = 'Chưa chọn ảnh.'; return; }
    const data = new FormData();
    data.append('file', file);
    data.append('caption', document.getElementById('chu-thich').value);
    result.className = '';
    result.textContent = 'Đang tải lên…';
    const response = await Phien.fetch('/api/model-examples/' + encodeURIComponent(id) + '/pictures',
      { method: 'POST', body: data });
    if (response.ok) {
      result.className = 'thanh-cong';
      result.textContent = 'Đã tải ảnh ' + file.name + ' lên.';
      document.getElementById('tep').value = '';
      document.getElementById('chu-thich').value = '';
      await showOne();
    } else {
      result.className = 'loi';
      result.textContent = await problem(response);
    }
  });

  document.getElementById('ghi-nhan-rong').addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = document.getElementById('ket-qua-nhan-rong');
    const response = await Phien.fetch('/api/model-examples/' + encodeURIComponent(id) + '/replications', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ note: document.getElementById('noi-dung-nhan-rong').value })
    });
    if (response.ok) {
      result.className = 'thanh-cong';
      result.textContent = 'Đã ghi nhận đơn vị nhân rộng gương điển hình.';
      await showOne();
      document.getElementById('ket-qua-nhan-rong').className = 'thanh-cong';
    } else {
      result.className = 'loi';
      result.textContent = await problem(response);
    }
  });

  Phien.ready().then(() => (id ? showOne() : showList())).catch((e) => { message.textContent = e.message; });
}());
