// One sign-in for the whole product: the pages use the sign-in of Camunda's webapps (the same session as Tasklist,
// Cockpit and Admin), never the browser's password prompt. A page that is not signed in leads to the sign-in page
// (dang-nhap.html) and back. Every change a page asks for carries the session's CSRF token (X-XSRF-TOKEN); the
// server refuses changes without it, and changes sent from another site's page.
window.Phien = (function () {
  const LOGIN = '/pages/dang-nhap.html';
  let session = null;

  function toLogin() {
    const back = location.pathname + location.search;
    location.replace(LOGIN + '?tiep=' + encodeURIComponent(back));
    // the page stops here: nothing more is shown until the user is signed in
    return new Promise(() => {});
  }

  // Camunda's CSRF filter gives the session its token on the first read of the webapps' API; /api/session tells
  // who is signed in and that token.
  async function load() {
    await fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin',
      headers: { Accept: 'application/json' } }).catch(() => null);
    const response = await fetch('/api/session', { credentials: 'same-origin', cache: 'no-store',
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
    if (!response.ok) throw new Error('Không kiểm tra được phiên đăng nhập (mã lỗi ' + response.status + ').');
    session = await response.json();
    return session;
  }

  function showUser() {
    const box = document.getElementById('phien');
    if (!box || !session || !session.authenticated) return;
    box.replaceChildren();
    box.appendChild(document.createTextNode('Đăng nhập: ' + (session.fullName || session.userId) + ' ('
      + session.userId + ') '));
    const out = document.createElement('button');
    out.type = 'button';
    out.id = 'dang-xuat';
    out.textContent = 'Đăng xuất';
    out.addEventListener('click', logout);
    box.appendChild(out);
  }

  /** The signed-in session, or a trip to the sign-in page. */
  async function ready() {
    if (!session) await load();
    if (!session.authenticated) return toLogin();
    showUser();
    return session;
  }

  /** fetch() with the session: same-origin credentials, the CSRF token on changes, sign-in when it has expired. */
  async function request(url, options) {
    const opts = Object.assign({ credentials: 'same-origin' }, options || {});
    const method = (opts.method || 'GET').toUpperCase();
    const headers = new Headers(opts.headers || {});
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    headers.set('X-Requested-With', 'XMLHttpRequest');
    if (method !== 'GET' && method !== 'HEAD') {
      if (!session || !session.csrfToken) await load();
      headers.set('X-XSRF-TOKEN', session.csrfToken || '');
    }
    opts.headers = headers;
    let response = await fetch(url, opts);
    if (response.status === 401) return toLogin();
    if (response.status === 403 && method !== 'GET') {
      const body = await response.clone().json().catch(() => null);
      if (body && body.code === 'CSRF_TOKEN_INVALID') {
        await load();
        if (!session.authenticated) return toLogin();
        headers.set('X-XSRF-TOKEN', session.csrfToken || '');
        response = await fetch(url, opts);
      }
    }
    return response;
  }

  async function logout() {
    if (!session || !session.csrfToken) await load();
    await fetch('/camunda/api/admin/auth/user/default/logout', { method: 'POST', credentials: 'same-origin',
      headers: { 'X-XSRF-TOKEN': (session && session.csrfToken) || '', Accept: 'application/json' } }).catch(() => null);
    session = null;
    location.replace(LOGIN + '?tiep=' + encodeURIComponent(location.pathname + location.search));
  }

  return { ready, fetch: request, logout };
}());
