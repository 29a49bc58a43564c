// The band at the top of every page (loaded in <head>, before the page's own scripts): the system's name linking
// home, "Trang chủ", "Việc của tôi (Tasklist)", and the signed-in user with "Đăng xuất" (the page's #phien box,
// which phien.js fills, moved into the band). It asks GET /api/me once; the page can read that answer too
// (DauTrang.me: the caller, or null when nobody is signed in) instead of asking again.
window.DauTrang = (function () {
  const HOME = '/';
  const TASKLIST = '/camunda/app/tasklist/default/';
  const SIGN_IN = '/pages/dang-nhap.html';

  const me = fetch('/api/me', { credentials: 'same-origin', cache: 'no-store',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
    .then((r) => (r.ok ? r.json() : null))
    .catch(() => null);

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    if (text != null) e.textContent = text;
    return e;
  }

  function build() {
    if (document.getElementById('dau-trang')) return;
    const band = el('div', { id: 'dau-trang', class: 'dau-trang', role: 'banner' });
    const inner = el('div', { class: 'dau-trang-trong' });
    const brand = el('a', { href: HOME, class: 'ten-he-thong', id: 'ten-he-thong' });
    brand.appendChild(el('span', { class: 'quoc-huy', 'aria-hidden': 'true' }, '★'));
    const name = el('span', {}, 'Hệ thống quản lý thi đua, khen thưởng');
    name.appendChild(el('small', {}, 'Tỉnh Tây Ninh'));
    brand.appendChild(name);
    const menu = el('nav', { class: 'dau-trang-menu', 'aria-label': 'Điều hướng chính' });
    menu.appendChild(el('a', { href: HOME, id: 'lien-ket-trang-chu' }, 'Trang chủ'));
    const tasks = el('a', { href: TASKLIST, id: 'lien-ket-viec-cua-toi' }, 'Việc của tôi (Tasklist)');
    menu.appendChild(tasks);
    let session = document.getElementById('phien');
    if (!session) {
      session = el('p', { id: 'phien', class: 'phien' });
    }
    session.classList.add('phien');
    const unit = el('span', { class: 'don-vi-dang-nhap', id: 'don-vi-dang-nhap' });
    inner.append(brand, menu, session, unit);
    band.appendChild(inner);
    document.body.insertBefore(band, document.body.firstChild);

    me.then((who) => {
      if (who) {
        // the user's own filter, or no Tasklist link for the roles that have no Tasklist (auditors)
        if (who.myTasksUrl) tasks.href = who.myTasksUrl;
        else tasks.remove();
        if (who.unitName) unit.textContent = who.unitName;
        if (!session.textContent.trim()) {
          session.textContent = (who.fullName || who.userId) + ' (' + who.userId + ')';
        }
      } else if (location.pathname !== SIGN_IN && !document.getElementById('dang-nhap')) {
        const back = location.pathname + location.search;
        menu.appendChild(el('a', { href: SIGN_IN + '?tiep=' + encodeURIComponent(back), id: 'lien-ket-dang-nhap' },
          'Đăng nhập'));
      }
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', build);
  else build();

  return { me };
}());
