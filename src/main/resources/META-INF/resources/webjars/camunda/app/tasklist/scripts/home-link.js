/*
 * "Trang chủ" in Tasklist's header (vn.tdkt, docs/api.md "Trang chủ"): the first entry of the header's menu leads to the
 * system's home page (/), where the user finds the pages of their roles — the unit's proposals, the block
 * dashboard, the audit, leave. Tasklist draws its header after start and redraws parts of it, so the link is put back
 * whenever it is missing.
 */
const ID = 'tdkt-trang-chu';

function ensure() {
  const menu = document.querySelector('nav.cam-nav.app-menu > ul');
  if (!menu || document.getElementById(ID)) {
    return;
  }
  const item = document.createElement('li');
  item.id = ID;
  item.className = 'tdkt-trang-chu';
  const link = document.createElement('a');
  link.href = '/';
  link.title = 'Trang chủ của Hệ thống quản lý thi đua, khen thưởng';
  link.textContent = 'Trang chủ';
  item.appendChild(link);
  menu.insertBefore(item, menu.firstChild);
}

new MutationObserver(ensure).observe(document.documentElement, { childList: true, subtree: true });
ensure();

// a custom script's default export is a list of frontend plugins: this one adds none
export default [];
