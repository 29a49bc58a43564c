/*
 * Task counts on every Tasklist filter (vn.tdkt, docs/processes.md "Readable tasks in Tasklist").
 *
 * Camunda 7.24 Tasklist shows the count of the open filter only. config.js loads this file as a custom script: it
 * asks the engine for every filter of the user with its item count (GET filter?itemCount=true: each count is
 * computed with the user's own authorizations, the same number the filter shows when opened) and writes it next to
 * each filter's name; it refreshes every 20 seconds and whenever Tasklist redraws the list.
 */
const API = '/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=true';
const REFRESH_MS = 20000;
let counts = new Map();

function filterName(anchor) {
  return Array.from(anchor.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent).join('').trim();
}

function decorate() {
  document.querySelectorAll('.task-filters div.item.task-filter h4.name a').forEach((anchor) => {
    const name = filterName(anchor);
    if (!counts.has(name)) {
      return;
    }
    let badge = anchor.querySelector('span.tdkt-filter-count');
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'tdkt-filter-count counter';
      badge.title = 'Số việc trong bộ lọc';
      anchor.appendChild(badge);
    }
    const text = String(counts.get(name));
    if (badge.textContent !== text) {
      badge.textContent = text;
    }
    // the open filter already shows Tasklist's own live counter
    const own = anchor.querySelector('span.counter:not(.tdkt-filter-count)');
    badge.style.display = own && !own.classList.contains('ng-hide') ? 'none' : '';
  });
}

async function refresh() {
  try {
    const response = await fetch(API, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.ok) {
      counts = new Map((await response.json()).map((f) => [f.name, f.itemCount]));
      decorate();
    }
  } catch (e) {
    // a failed refresh keeps the last counts; the next one tries again
  }
}

new MutationObserver(() => decorate()).observe(document.documentElement, { childList: true, subtree: true,
  attributes: true, attributeFilter: ['class'] });
refresh();
setInterval(refresh, REFRESH_MS);
document.addEventListener('click', () => setTimeout(refresh, 1500), true);

// a custom script's default export is a list of frontend plugins: this one adds none
export default [];
