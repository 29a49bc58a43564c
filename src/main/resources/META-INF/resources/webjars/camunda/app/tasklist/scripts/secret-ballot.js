/*
 * Secret ballots leave nothing behind in the browser (vn.tdkt, docs/processes.md "Secret ballots").
 *
 * Tasklist's "Lưu" (and its automatic save when the session expires) keeps a Camunda Form's filled-in values in the
 * browser's local storage under "camunda-form:<task id>" until the task is completed successfully. On a shared office
 * computer that would keep a refused or abandoned ballot readable by the next user. For any form that carries a
 * ballot (a field whose key starts with "secretBallot"), this script
 *  - refuses to write it to local storage, and removes what an older version may have left;
 *  - hides the "Lưu" button of the task and says why (the server refuses drafts of a ballot as well).
 */
const PREFIX = 'camunda-form:';
const BALLOT = /"secretBallot[^"]*"\s*:/;

function isBallot(value) {
  return typeof value === 'string' && BALLOT.test(value);
}

const originalSetItem = Storage.prototype.setItem;
Storage.prototype.setItem = function setItem(key, value) {
  if (this === window.localStorage && String(key).startsWith(PREFIX) && isBallot(String(value))) {
    this.removeItem(key);
    return undefined;
  }
  return originalSetItem.call(this, key, value);
};

function purge() {
  for (let i = window.localStorage.length - 1; i >= 0; i--) {
    const key = window.localStorage.key(i);
    if (key && key.startsWith(PREFIX) && isBallot(window.localStorage.getItem(key))) {
      window.localStorage.removeItem(key);
    }
  }
}
purge();

/** The form-js Form behind a rendered .fjs-container, through the Preact tree (form-js exposes no other handle). */
function formOf(container) {
  const seen = new Set();
  const find = (node) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return null;
    seen.add(node);
    const value = node.props && node.props.value;
    if (value && typeof value.getService === 'function') return value.getService('form');
    const children = Array.isArray(node.__k) ? node.__k : (node.__k ? [node.__k] : []);
    for (const child of children) {
      const form = find(child);
      if (form) return form;
    }
    return null;
  };
  return find(container.__k) || find(container.firstElementChild && container.firstElementChild.__k);
}

function carriesBallot(components) {
  return (components || []).some((c) => String(c.key || c.path || '').startsWith('secretBallot')
    || carriesBallot(c.components));
}

/** Hides "Lưu" while a ballot form is shown; the card is re-checked whenever it shows another form. */
function guard() {
  document.querySelectorAll('.task-card').forEach((card) => {
    const save = card.querySelector("button[ng-click='save($event)']");
    const container = card.querySelector('.fjs-container');
    const form = save && container && formOf(container);
    if (!form || card.tdktForm === form) return;
    card.tdktForm = form;
    const state = form._getState && form._getState();
    const ballot = !!(state && state.schema && carriesBallot(state.schema.components));
    save.style.display = ballot ? 'none' : '';
    let note = card.querySelector('.tdkt-ballot-note');
    if (ballot && !note) {
      note = document.createElement('span');
      note.className = 'tdkt-ballot-note text-muted';
      note.style.marginRight = '1em';
      note.textContent = 'Phiếu bầu kín không lưu nháp: chọn ý kiến rồi bấm Hoàn thành.';
      save.parentNode.insertBefore(note, save);
    } else if (!ballot && note) {
      note.remove();
    }
    if (ballot) purge();
  });
}

new MutationObserver(guard).observe(document.documentElement, { childList: true, subtree: true });

// a custom script's default export is a list of frontend plugins: this one adds none
export default [];
