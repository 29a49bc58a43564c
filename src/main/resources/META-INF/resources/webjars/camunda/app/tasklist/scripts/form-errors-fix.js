/*
 * Lets users complete Camunda Forms with dynamic lists (vn.tdkt, docs/development.md "Giao diện tiếng Việt").
 *
 * form-js 1.8.7, as bundled in Tasklist 7.24, keeps an empty error list ({fieldId: []}) for each dynamic-list field
 * it validated without finding an error (on import, and after an edit inside a list row). Tasklist counts every key
 * of the form's error object as an error (its "changed" listener tests Object.keys(errors).length), so "Hoàn thành"
 * stayed disabled with no error shown until the user pressed "Lưu". This script finds each form-js instance Tasklist
 * renders and, before Tasklist's own listener, removes the empty lists from the error object: real errors stay and
 * still disable "Hoàn thành". The server checks every submission anyway (vn.tdkt.formrules).
 */
const fixed = new WeakSet();

function withoutEmptyLists(errors) {
  Object.keys(errors || {}).forEach((key) => {
    if (Array.isArray(errors[key]) && errors[key].length === 0) {
      delete errors[key];
    }
  });
  return errors;
}

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

function attach(container) {
  const form = formOf(container);
  if (!form || fixed.has(form) || typeof form.on !== 'function') return;
  fixed.add(form);
  // priority above the default (1000) of Tasklist's listener: the event's error object is cleaned before it is read
  form.on('changed', 5000, (event) => { withoutEmptyLists(event.errors); });
  const state = form._getState ? form._getState() : null;
  if (state && Object.keys(state.errors || {}).length > 0) {
    const errors = withoutEmptyLists(Object.assign({}, state.errors));
    if (Object.keys(errors).length !== Object.keys(state.errors).length) {
      form._setState({ errors }); // emits "changed": Tasklist re-reads the form's validity
    }
  }
}

new MutationObserver(() => {
  document.querySelectorAll('.fjs-container').forEach(attach);
}).observe(document.documentElement, { childList: true, subtree: true });

// a custom script's default export is a list of frontend plugins: this one adds none
export default [];
