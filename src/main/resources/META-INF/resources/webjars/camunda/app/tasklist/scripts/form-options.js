/*
 * Choices read from the registry when a form opens (vn.tdkt, docs/development.md "Giao diện tiếng Việt").
 *
 * A Camunda Form can offer static choices or the choices of a process variable; neither fits "the persons of my
 * unit, as they are today" — a start form has no variables at all, and a variable would be as old as the task. A
 * select or taglist whose properties name a source ("tdkt:options": "/api/…") gets its choices from that source at
 * the moment Tasklist loads the form, with the user's own session (each user sees only what the API lets him see);
 * "{{name}}" in the source stands for the task's variable of that name (a block member's evidence dossier):
 * people and units are chosen by name, searchable, and their codes are never typed by hand. The server checks every
 * submitted code again.
 */
const FORM = /\/(deployed-form|deployed-start-form)(\?|$)/;
const TASK_FORM = /\/task\/([^/]+)\/deployed-form/;
const SOURCE = 'tdkt:options';
const nativeFetch = window.fetch.bind(window);

/** The source with each {{name}} replaced by the task's variable of that name (e.g. its evidence dossier). */
async function resolve(source, taskUrl) {
  const names = Array.from(source.matchAll(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)).map((m) => m[1]);
  if (!names.length) return source;
  const task = TASK_FORM.exec(taskUrl);
  if (!task) return null;
  const base = taskUrl.substring(0, taskUrl.indexOf('/task/'));
  const vars = await (await nativeFetch(`${base}/task/${task[1]}/form-variables?variableNames=${names.join(',')}`,
    { credentials: 'same-origin' })).json();
  return source.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (m, name) =>
    encodeURIComponent(vars[name] && vars[name].value != null ? vars[name].value : ''));
}

function withOptions(components, jobs, taskUrl) {
  (components || []).forEach((c) => {
    const source = c.properties && c.properties[SOURCE];
    if (source && (c.type === 'select' || c.type === 'taglist' || c.type === 'checklist' || c.type === 'radio')) {
      jobs.push(resolve(source, taskUrl)
        .then((url) => (url ? nativeFetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }) : null))
        .then((r) => (r && r.ok ? r.json() : []))
        .then((options) => {
          c.values = options.map((o) => ({ label: String(o.label), value: String(o.value) }));
          delete c.valuesKey;
          delete c.valuesExpression;
          if (c.type === 'select') c.searchable = true;
        })
        .catch(() => { c.values = []; }));
    }
    withOptions(c.components, jobs, taskUrl);
  });
  return jobs;
}

window.fetch = async function fetchWithOptions(input, init) {
  const response = await nativeFetch(input, init);
  const url = typeof input === 'string' ? input : (input && input.url) || '';
  if (!FORM.test(url) || !response.ok) return response;
  let schema;
  try {
    schema = await response.clone().json();
  } catch (notJson) {
    return response;
  }
  const jobs = withOptions(schema.components, [], url);
  if (!jobs.length) return response;
  await Promise.all(jobs);
  return new Response(JSON.stringify(schema), {
    status: response.status,
    statusText: response.statusText,
    headers: { 'Content-Type': 'application/json' }
  });
};

// a custom script's default export is a list of frontend plugins: this one adds none
export default [];
