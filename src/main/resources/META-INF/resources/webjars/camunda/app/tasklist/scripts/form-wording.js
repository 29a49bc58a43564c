/*
 * Camunda Forms in Vietnamese to the last word (vn.tdkt, docs/development.md "Giao diện tiếng Việt").
 *
 * form-js 1.8.7 has no translations: a select shows "Select", a searchable one "Search", and its browser-side checks
 * say "Field is required.", "Field must have minimum length of 20." … This script puts the Vietnamese words in
 * their place as the form renders. It also names the time zone of Tasklist's footer as people know it. The server
 * checks every submission again and answers in Vietnamese anyway (vn.tdkt.formrules).
 */
const MESSAGES = [
  [/^Field is required\.$/, () => 'Bắt buộc nhập.'],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `Phải có ít nhất ${m[1]} ký tự.`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `Không được quá ${m[1]} ký tự.`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Giá trị nhỏ nhất là ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Giá trị lớn nhất là ${m[1]}.`],
  [/^Field must match pattern .*$/, () => 'Không đúng định dạng yêu cầu.'],
  [/^Field must be a valid email\.$/, () => 'Phải là địa chỉ thư điện tử hợp lệ.'],
  [/^Field must be a valid\s+international phone number\..*$/, () => 'Phải là số điện thoại hợp lệ (ví dụ +84 276 3822 123).']
];

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, replace] of MESSAGES) {
    const m = trimmed.match(pattern);
    if (m) return replace(m);
  }
  return null;
}

const ZONES = { 'Asia/Saigon': 'giờ Việt Nam (UTC+07:00)', 'Asia/Ho_Chi_Minh': 'giờ Việt Nam (UTC+07:00)' };

function reword() {
  // change the text node's own data: form-js (Preact) keeps that node and writes the chosen option into it later
  document.querySelectorAll('.fjs-select-display.fjs-select-placeholder').forEach((el) => {
    const node = el.firstChild;
    if (node && node.nodeType === Node.TEXT_NODE && node.data.trim() === 'Select') node.data = 'Chọn…';
  });
  document.querySelectorAll('.fjs-container input[placeholder="Search"]').forEach((el) => {
    el.placeholder = 'Tìm…';
  });
  document.querySelectorAll('.fjs-form-field-error li, .fjs-form-field-error span').forEach((el) => {
    const node = el.firstChild;
    const vietnamese = node && node.nodeType === Node.TEXT_NODE && el.childNodes.length === 1 ? translate(node.data) : null;
    if (vietnamese) node.data = vietnamese;
  });
  document.querySelectorAll('footer i, [cam-widget-footer] i').forEach((el) => {
    const node = el.firstChild;
    const zone = node && node.nodeType === Node.TEXT_NODE ? ZONES[node.data.trim()] : null;
    if (zone) node.data = zone;
  });
}

new MutationObserver(reword).observe(document.documentElement,
  { childList: true, subtree: true, characterData: true });

// a custom script's default export is a list of frontend plugins: this one adds none
export default [];
