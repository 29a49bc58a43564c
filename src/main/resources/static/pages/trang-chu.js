// The home page: visitors read what the system is for and sign in (the embedded form of dang-nhap.js, the webapps'
// sign-in); a signed-in user sees their name, unit and roles, and for each role what it does and where — Tasklist
// filters, the system's pages, Cockpit and Admin — as GET /api/me decides them on the server.
(function () {
  const loading = document.getElementById('dang-tai');

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    if (text != null) e.textContent = text;
    return e;
  }

  const KINDS = { tasklist: 'Tasklist', page: 'Trang', webapp: 'Ứng dụng' };

  function linkItem(link) {
    const li = el('li');
    const a = el('a', { href: link.href, 'data-loai': link.kind });
    a.appendChild(el('span', { class: 'loai ' + link.kind }, KINDS[link.kind] || link.kind));
    a.appendChild(document.createTextNode(link.label));
    li.appendChild(a);
    return li;
  }

  function showGuest() {
    document.getElementById('khach').hidden = false;
    document.getElementById('ten-dang-nhap').focus();
  }

  function showUser(me) {
    document.getElementById('ten-nguoi-dung').textContent = me.fullName || me.userId;
    document.getElementById('tai-khoan').textContent = me.userId;
    document.getElementById('don-vi').textContent = me.unitName || 'Chưa gắn với đơn vị nào';
    document.getElementById('danh-sach-vai-tro').textContent = me.guide.length
      ? me.guide.map((r) => r.name).join('; ') : 'Chưa được giao vai trò nào: hãy liên hệ quản trị viên.';

    const common = document.getElementById('lien-ket-chung');
    me.links.forEach((l) => common.appendChild(linkItem(l)));
    document.getElementById('viec-chung').hidden = me.links.length === 0;

    const cards = document.getElementById('vai-tro');
    me.guide.forEach((role) => {
      const card = el('article', { class: 'vai-tro', 'data-vai-tro': role.groupId });
      card.appendChild(el('h3', {}, role.name));
      if (role.duties) card.appendChild(el('p', {}, role.duties));
      const list = el('ul', { class: 'lien-ket' });
      role.links.forEach((l) => list.appendChild(linkItem(l)));
      card.appendChild(list);
      cards.appendChild(card);
    });
    document.getElementById('nguoi-dung').hidden = false;
    // the session box of the band: the name and "Đăng xuất"
    Phien.ready().catch(() => null);
  }

  DauTrang.me.then((me) => {
    loading.textContent = '';
    if (me) showUser(me);
    else showGuest();
  }).catch((e) => {
    loading.textContent = 'Không tải được trang: ' + e.message;
  });
}());
