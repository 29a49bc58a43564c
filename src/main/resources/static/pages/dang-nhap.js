// The sign-in page of the project's pages: it signs in through the login of Camunda's webapps (the same session as
// Tasklist, Cockpit and Admin, and the same throttling of wrong passwords), then goes back to the page that sent the
// user here (?tiep=…, a path of this site only). The home page embeds the same form (data-nhung): it stays on the
// home page, which then shows the signed-in user's roles.
(function () {
  const form = document.getElementById('dang-nhap');
  const message = document.getElementById('thong-bao');
  const embedded = form.hasAttribute('data-nhung');

  function next() {
    const wanted = new URLSearchParams(location.search).get('tiep') || '';
    // only a path of this site: never another site (//host, /\host, scheme:)
    if (/^\/(pages|api|camunda)\//.test(wanted) && !/^\/[\/\\]/.test(wanted)) return wanted;
    return '/'; // the welcome page lists the webapps the user may open
  }

  async function session() {
    await fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin',
      headers: { Accept: 'application/json' } }).catch(() => null);
    const r = await fetch('/api/session', { credentials: 'same-origin', cache: 'no-store',
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
    return r.json();
  }

  async function login(username, password, retried) {
    const s = await session();
    const response = await fetch('/camunda/api/admin/auth/user/default/login/welcome', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json',
        'X-XSRF-TOKEN': s.csrfToken || '' },
      body: new URLSearchParams({ username, password }).toString() });
    if (response.ok) {
      location.replace(embedded ? location.pathname : next());
      return;
    }
    const body = await response.json().catch(() => null);
    if (response.status === 403 && !retried) {
      // the session's CSRF token had changed (Camunda then starts a new session): once more with the new one
      await login(username, password, true);
      return;
    }
    if (response.status === 401) {
      message.textContent = 'Sai tên đăng nhập hoặc mật khẩu.';
    } else if (body && body.message) {
      message.textContent = body.message;
    } else {
      message.textContent = 'Không đăng nhập được (mã lỗi ' + response.status + ').';
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    message.textContent = 'Đang đăng nhập…';
    const data = new FormData(form);
    login(String(data.get('username')).trim(), String(data.get('password')), false)
      .catch((e) => { message.textContent = 'Không đăng nhập được: ' + e.message; });
  });

  if (!embedded) {
    session().then((s) => {
      if (s.authenticated) location.replace(next());
    }).catch(() => null);
  }
}());
