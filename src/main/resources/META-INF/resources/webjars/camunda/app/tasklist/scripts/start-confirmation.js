/*
 * After "Khởi động", the user learns what he started and where it went (vn.tdkt, docs/api.md "Trang chủ"
 * and "Hồ sơ của đơn vị").
 *
 * Tasklist closes the start dialog with no number and no next step. This script watches the start request Tasklist
 * sends (…/process-definition/…/submit-form) and, when the server accepted it, shows a confirmation that stays until
 * the user closes it: the record's number (its business key, e.g. DNKT-2026-00012 for a proposal), and the next step
 * — the user's own task when the process gave him one, with a link that opens it, otherwise who holds it now.
 */
const START = /\/process-definition\/[^/]+\/submit-form$/;
const ENGINE = '/camunda/api/engine/engine/default';

function show(html) {
  let box = document.getElementById('tdkt-start-confirmation');
  if (!box) {
    box = document.createElement('div');
    box.id = 'tdkt-start-confirmation';
    box.setAttribute('role', 'status');
    box.style.cssText = 'position:fixed;right:16px;bottom:48px;z-index:2000;max-width:520px;padding:12px 36px 12px 16px;'
      + 'background:#dff0d8;border:1px solid #b2d8a4;border-radius:4px;color:#2b542c;box-shadow:0 2px 6px rgba(0,0,0,.2)';
    document.body.appendChild(box);
  }
  box.innerHTML = html + '<button type="button" class="close" aria-label="Đóng" style="position:absolute;right:10px;top:6px">×</button>';
  box.querySelector('button.close').addEventListener('click', () => box.remove());
}

function escape(text) {
  const div = document.createElement('div');
  div.textContent = text == null ? '' : String(text);
  return div.innerHTML;
}

async function confirm(instance) {
  let definition = null;
  let tasks = [];
  try {
    definition = await (await fetch(`${ENGINE}/process-definition/${instance.definitionId}`, { credentials: 'same-origin' })).json();
    tasks = await (await fetch(`${ENGINE}/task?processInstanceId=${instance.id}`, { credentials: 'same-origin' })).json();
  } catch (ignored) {
    // the confirmation says what it can
  }
  const what = escape(definition && definition.name ? definition.name : 'Quy trình');
  const number = instance.businessKey ? ` số <strong class="tdkt-so">${escape(instance.businessKey)}</strong>` : '';
  let next = 'Việc tiếp theo đã được chuyển đến người xử lý.';
  const mine = tasks.find((t) => t.assignee);
  if (mine) {
    next = `Việc tiếp theo của bạn: <a class="tdkt-viec-tiep" href="#/?task=${escape(mine.id)}">${escape(mine.name)}</a>`
      + ' (đã có trong «Việc của tôi»).';
  } else if (tasks.length) {
    next = `Việc tiếp theo: ${escape(tasks[0].name)} (trong «Việc của nhóm»).`;
  }
  const dossier = instance.businessKey && instance.businessKey.startsWith('DNKT-')
    ? ` <a href="/pages/ho-so.html?hoSo=${encodeURIComponent(instance.businessKey)}">Mở hồ sơ</a>`
      + ' · <a class="tdkt-ho-so-don-vi" href="/pages/ho-so-don-vi.html">Các hồ sơ của đơn vị</a>.' : '';
  show(`Đã khởi động «${what}»${number}. ${next}${dossier}`);
}

const nativeOpen = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function open(method, url, ...rest) {
  this.tdktStart = method && method.toUpperCase() === 'POST' && START.test(String(url).split('?')[0]);
  return nativeOpen.call(this, method, url, ...rest);
};
const nativeSend = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function send(...args) {
  if (this.tdktStart) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        try {
          confirm(JSON.parse(this.responseText));
        } catch (ignored) {
          // not a process instance: nothing to confirm
        }
      }
    });
  }
  return nativeSend.apply(this, args);
};

// a custom script's default export is a list of frontend plugins: this one adds none
export default [];
