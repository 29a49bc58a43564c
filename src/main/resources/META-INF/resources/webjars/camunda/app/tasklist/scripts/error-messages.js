/*
 * Tasklist's error notifications in plain Vietnamese (vn.tdkt, docs/development.md "Giao diện tiếng Việt").
 *
 * When the server refuses a form (vn.tdkt.formrules and the processes' own rules answer 400 with a Vietnamese
 * message), Tasklist's engine API puts the engine's English prefix in front of it: "Cannot submit task form <id>:
 * Không khen thưởng … phải ghi ý kiến." This script removes that prefix from the notifications, so the user reads
 * only what to correct.
 */
const PREFIX = /(Cannot (submit task form|complete task|submit form|start process instance)[^:]*:\s*|Cannot instantiate process definition \S+\s*)+/g;

function clean(root) {
  root.querySelectorAll('.notifications .alert').forEach((alert) => {
    const walker = document.createTreeWalker(alert, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (PREFIX.test(node.textContent)) {
        node.textContent = node.textContent.replace(PREFIX, '');
      }
      PREFIX.lastIndex = 0;
    }
  });
}

new MutationObserver(() => clean(document)).observe(document.documentElement,
  { childList: true, subtree: true, characterData: true });

// a custom script's default export is a list of frontend plugins: this one adds none
export default [];
