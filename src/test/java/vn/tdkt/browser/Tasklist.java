package vn.tdkt.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/**
 * Camunda Tasklist 7.24 as a user drives it: filters, the task list, claim, the Camunda Form (form-js 1.8.7) and
 * complete; also the "Start process" dialog. Elements are found by Tasklist's CSS classes and by the forms' own
 * Vietnamese labels, never by the webapp's English button texts (the webapp is being translated). Form fields are
 * set through the DOM with the events form-js listens to: typing through WebDriver does not reach the page here.
 */
final class Tasklist {

    /** form-js fields by their label: {@code fields(label)} → every .fjs-form-field whose own label reads so. */
    private static final String FIELDS = """
            const norm = (t) => (t || '').replace(/\\*/g, '').replace(/\\s+/g, ' ').trim();
            const fields = (label) => Array.from(document.querySelectorAll('.fjs-form-field')).filter((f) => {
              const l = f.querySelector('label.fjs-form-field-label, .fjs-form-field-label');
              return l && norm(l.textContent) === norm(label);
            });
            """;

    private final WebDriver driver;
    private final String base;
    private final String user;

    private Tasklist(WebDriver driver, String base, String user) {
        this.driver = driver;
        this.base = base;
        this.user = user;
    }

    static Tasklist login(WebDriver driver, String base, String user) {
        HeadlessChromium.login(driver, base, "tasklist", user, "demo");
        return new Tasklist(driver, base, user);
    }

    /**
     * The next person at the same office computer: the previous user's session is ended (cookies gone, as after
     * "Đăng xuất") and this user signs in. The browser's local storage stays, as it does on a shared computer.
     */
    static Tasklist switchTo(WebDriver driver, String base, String user) {
        // "Đăng xuất" in the account menu of Tasklist's header, as the previous user does
        By logout = By.cssSelector("[ng-click='logout()']");
        By password = By.cssSelector("input[ng-model='password']");
        // Tasklist's scripts are loaded and started again on every opening: on a busy 2-core machine that alone has
        // taken more than 30 seconds, and once in a loaded full run a load stayed on its spinner for good. A person
        // presses F5 then; so does this, once, keeping what the stuck page had requested.
        for (int attempt = 1; ; attempt++) {
            driver.get(base + "/camunda/app/tasklist/default/");
            try {
                new WebDriverWait(driver, Duration.ofSeconds(75)).until(d -> !d.findElements(logout).isEmpty()
                        || !d.findElements(password).isEmpty() && d.findElement(password).isDisplayed());
                break;
            } catch (org.openqa.selenium.TimeoutException stuck) {
                String evidence = "tasklist-stuck-before-" + user.replace('.', '-') + "-" + attempt;
                HeadlessChromium.keepEvidence(driver, evidence);
                HeadlessChromium.keepThreadsAndRequests(driver, evidence);
                if (attempt == 2) {
                    throw stuck;
                }
            }
        }
        if (!driver.findElements(logout).isEmpty()) {
            HeadlessChromium.click(driver, driver.findElement(logout));
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(password));
        }
        return login(driver, base, user);
    }

    String user() {
        return user;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(40));
    }

    private String evidence(String step) {
        return user.replace('.', '-') + "-" + step;
    }

    /**
     * Clicks a filter of the left column by its (Vietnamese) name. Tasklist draws its filters only after it has
     * counted every filter's tasks, slowly on a busy machine with a full database: a page still without its filters
     * after the wait is reloaded once, as a person would (signing in again if Tasklist asks), before giving up.
     */
    void filter(String name) {
        By item = By.xpath("//section[contains(@class,'task-filters')]//*[normalize-space(text())='" + name + "']");
        WebElement found;
        try {
            found = new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(ExpectedConditions.presenceOfElementLocated(item));
        } catch (org.openqa.selenium.TimeoutException slow) {
            HeadlessChromium.keepEvidence(driver, evidence("filter-cham"));
            driver.navigate().refresh();
            By login = By.cssSelector("input[ng-model='username']");
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(item).isEmpty()
                    || !d.findElements(login).isEmpty() && d.findElement(login).isDisplayed());
            if (driver.findElements(item).isEmpty()) {
                HeadlessChromium.login(driver, base, "tasklist", user, "demo");
            }
            found = HeadlessChromium.find(driver, item, evidence("filter"));
        }
        HeadlessChromium.click(driver, found);
    }

    /**
     * The task's entry in the list of the selected filter (the newest task comes first), checked to carry the
     * task's modelled name as its prefix (a subject may follow it), then opened.
     */
    void openFromList(String taskId, String modelledName) {
        String css = "ol.tasks-list a[href*='task=" + taskId + "']";
        By entry = By.cssSelector(css);
        HeadlessChromium.find(driver, entry, evidence("task-list"));
        // the list redraws itself every few seconds (refresh, counts): read the entry afresh each time
        String listed;
        try {
            listed = waiting().until(d -> {
                try {
                    String text = d.findElement(entry).getText();
                    return text.isBlank() ? null : text.trim();
                } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException redrawn) {
                    return null;
                }
            });
        } catch (RuntimeException e) {
            HeadlessChromium.keepEvidence(driver, evidence("task-list"));
            throw e;
        }
        if (!listed.startsWith(modelledName)) {
            HeadlessChromium.keepEvidence(driver, evidence("task-list-name"));
            throw new AssertionError("Task " + taskId + " is listed as '" + listed + "', expected the prefix '"
                    + modelledName + "'");
        }
        js("document.querySelector(arguments[0]).click();", css);
        waitForCard(modelledName);
    }

    /** Opens a task by its link (as from a notification), without the list. */
    void openDirectly(String taskId, String modelledName) {
        driver.get(base + "/camunda/app/tasklist/default/#/?task=" + taskId);
        waitForCard(modelledName);
    }

    private void waitForCard(String modelledName) {
        try {
            waiting().until(d -> d.findElements(By.cssSelector(".task-card h2.task")).stream()
                    .anyMatch(h -> h.getText().trim().startsWith(modelledName)));
        } catch (RuntimeException e) {
            HeadlessChromium.keepEvidence(driver, evidence("task-card"));
            throw e;
        }
    }

    /** Claims the open task when it waits for a candidate, then waits for its form to be editable. */
    void claim() {
        List<WebElement> claim = driver.findElements(By.cssSelector(".task-card button.claim"));
        if (!claim.isEmpty()) {
            HeadlessChromium.click(driver, claim.get(0));
            try {
                waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-card button.claim")));
            } catch (RuntimeException e) {
                HeadlessChromium.keepEvidence(driver, evidence("claim"));
                throw e;
            }
        }
        waitForForm();
    }

    void waitForForm() {
        try {
            waiting().until(d -> !d.findElements(By.cssSelector(".fjs-form-field")).isEmpty()
                    && d.findElements(By.cssSelector(".fjs-form-field input:not([disabled]), "
                    + ".fjs-form-field textarea:not([disabled])")).size() > 0);
        } catch (RuntimeException e) {
            HeadlessChromium.keepEvidence(driver, evidence("form"));
            throw e;
        }
    }

    /** The form's text as the user reads it, with the values of its inputs (they are not part of the text). */
    String formText() {
        return String.valueOf(js("""
                const root = document.querySelector('.fjs-container');
                if (!root) return '';
                const values = Array.from(root.querySelectorAll('input, textarea')).map((i) => i.value).join('\\n');
                return root.innerText + '\\n' + values;"""));
    }

    /**
     * Types into a text field, text area or number field (the index-th of that label, for dynamic lists): the
     * element is focused and its content selected through the DOM, then the text is inserted as real keyboard
     * input (DevTools Input.insertText; WebDriver's sendKeys does not reach the page in this Chromium).
     */
    void fill(String label, int index, String value) {
        // on a loaded machine form-js may re-render the form (the commit of the field typed before) between the focus
        // and the typing, and the text goes nowhere: a person sees that and types again; so does this, twice at most
        Object typed = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            Object done = js(FIELDS + """
                    const f = fields(arguments[0])[arguments[1]];
                    if (!f) return 'no field';
                    const input = f.querySelector('textarea, input.fjs-input, input');
                    if (!input || input.disabled || input.readOnly) return 'not editable';
                    input.scrollIntoView({ block: 'center' });
                    input.focus();
                    input.select();
                    return document.activeElement === input ? 'ok' : 'not focused';""", label, index);
            check(done, "focus '" + label + "' #" + index);
            ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Input.insertText",
                    java.util.Map.of("text", value));
            // form-js commits typed text 300 ms after the last input (its debounce): wait for that commit before
            // anything else re-renders the form and resets the element to the value form-js knows
            ((JavascriptExecutor) driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; setTimeout(done, 400 * arguments[0]);", attempt);
            typed = js(FIELDS + """
                    const input = fields(arguments[0])[arguments[1]].querySelector('textarea, input.fjs-input, input');
                    return input.value === arguments[2] ? 'ok' : 'typed "' + input.value + '"';""", label, index, value);
            if ("ok".equals(typed)) {
                return;
            }
        }
        check(typed, "fill '" + label + "' #" + index);
    }

    void fill(String label, String value) {
        fill(label, 0, value);
    }

    /** Picks an option of a form-js select (a custom dropdown list) by its label. */
    void select(String label, int index, String option) {
        Object opened = js(FIELDS + """
                const f = fields(arguments[0])[arguments[1]];
                if (!f) return 'no field';
                const search = f.querySelector('input.fjs-input:not([type=hidden])');
                if (search && !f.querySelector('.fjs-select-display')) {
                  // a searchable select: the user clicks into it (and may type to narrow the list)
                  search.scrollIntoView({ block: 'center' });
                  search.focus();
                  search.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
                  return 'ok';
                }
                const display = f.querySelector('.fjs-select-display, .fjs-input-group');
                display.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
                return 'ok';""", label, index);
        check(opened, "open select '" + label + "' #" + index);
        Object chosen;
        try {
            chosen = waiting().until(d -> {
                Object r = js(FIELDS + """
                        const f = fields(arguments[0])[arguments[1]];
                        const item = Array.from(f.querySelectorAll('.fjs-dropdownlist-item'))
                            .find((i) => i.textContent.trim() === arguments[2]);
                        if (!item) return null;
                        item.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
                        return 'ok';""", label, index, option);
                return r;
            });
        } catch (RuntimeException e) {
            HeadlessChromium.keepEvidence(driver, evidence("select"));
            throw e;
        }
        check(chosen, "choose '" + option + "'");
        waiting().until(d -> option.equals(String.valueOf(js(FIELDS + """
                const f = fields(arguments[0])[arguments[1]];
                const display = f.querySelector('.fjs-select-display');
                return display ? display.textContent.trim() : f.querySelector('input.fjs-input').value.trim();""",
                label, index))));
    }

    void select(String label, String option) {
        select(label, 0, option);
    }

    /**
     * Picks an option of a form-js taglist by typing part of it (as a user searches a name) and clicking the
     * matching entry of the list that opens.
     */
    void tag(String label, String typed, String optionStartsWith) {
        Object focused = js(FIELDS + """
                const f = fields(arguments[0])[0];
                if (!f) return 'no field';
                const input = f.querySelector('input');
                input.scrollIntoView({ block: 'center' });
                input.focus();
                return document.activeElement === input ? 'ok' : 'not focused';""", label);
        check(focused, "focus taglist '" + label + "'");
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Input.insertText", java.util.Map.of("text", typed));
        Object chosen;
        try {
            chosen = waiting().until(d -> js(FIELDS + """
                    const f = fields(arguments[0])[0];
                    const item = Array.from(f.querySelectorAll('.fjs-dropdownlist-item'))
                        .find((i) => i.textContent.trim().startsWith(arguments[1]));
                    if (!item) return null;
                    item.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
                    return 'ok';""", label, optionStartsWith));
        } catch (RuntimeException e) {
            HeadlessChromium.keepEvidence(driver, evidence("taglist"));
            throw e;
        }
        check(chosen, "choose '" + optionStartsWith + "'");
        waiting().until(d -> String.valueOf(js(FIELDS + """
                return Array.from(fields(arguments[0])[0].querySelectorAll('.fjs-taglist-tag')).map((t) => t.textContent).join('|');""",
                label)).contains(optionStartsWith.substring(0, Math.min(optionStartsWith.length(), 10))));
    }

    /** Ticks a radio option by its label within the index-th radio group of that label. */
    void radio(String label, int index, String option) {
        Object done = js(FIELDS + """
                const f = fields(arguments[0])[arguments[1]];
                if (!f) return 'no field';
                const input = Array.from(f.querySelectorAll('input[type=radio]')).find((i) => {
                  const l = f.querySelector('label[for="' + i.id + '"]') || i.closest('label');
                  return l && norm(l.textContent) === norm(arguments[2]);
                });
                if (!input) return 'no option';
                input.click();
                return input.checked ? 'ok' : 'not checked';""", label, index, option);
        check(done, "radio '" + label + "' #" + index + " = " + option);
    }

    void radio(String label, String option) {
        radio(label, 0, option);
    }

    /** Ticks (or unticks) the index-th checkbox of that label with a click, as the user does. */
    void check(String label, int index, boolean ticked) {
        Object done = js(FIELDS + """
                const f = fields(arguments[0])[arguments[1]];
                if (!f) return 'no field';
                const input = f.querySelector('input[type=checkbox]');
                if (!input) return 'no checkbox';
                input.scrollIntoView({ block: 'center' });
                if (input.checked !== arguments[2]) input.click();
                return input.checked === arguments[2] ? 'ok' : 'not ticked';""", label, index, ticked);
        check(done, "tick '" + label + "' #" + index);
    }

    void check(String label) {
        check(label, 0, true);
    }

    /**
     * Picks a day in the date field's calendar with the mouse: opens the calendar by clicking the field, moves month
     * by month with its arrows, and clicks the day.
     */
    void pickDate(String label, java.time.LocalDate day) {
        Object opened = js(FIELDS + """
                const f = fields(arguments[0])[0];
                if (!f) return 'no field';
                const input = f.querySelector('input');
                input.scrollIntoView({ block: 'center' });
                input.focus();
                input.click();
                return input._flatpickr ? 'ok' : 'no calendar';""", label);
        check(opened, "open the calendar of '" + label + "'");
        for (int i = 0; i < 36; i++) {
            Object moved = js(FIELDS + """
                    const fp = fields(arguments[0])[0].querySelector('input')._flatpickr;
                    const want = arguments[1] * 12 + arguments[2];
                    const shown = fp.currentYear * 12 + fp.currentMonth;
                    if (want === shown) return 'there';
                    const arrow = fp.calendarContainer.querySelector(want > shown ? '.flatpickr-next-month' : '.flatpickr-prev-month');
                    arrow.dispatchEvent(new MouseEvent('click', { bubbles: true }));
                    return 'moved';""", label, day.getYear(), day.getMonthValue() - 1);
            if ("there".equals(moved)) {
                break;
            }
        }
        Object clicked = js(FIELDS + """
                const fp = fields(arguments[0])[0].querySelector('input')._flatpickr;
                const cell = Array.from(fp.calendarContainer.querySelectorAll('.flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)'))
                    .find((d) => d.dateObj && d.dateObj.getFullYear() === arguments[1]
                        && d.dateObj.getMonth() === arguments[2] && d.dateObj.getDate() === arguments[3]);
                if (!cell) return 'no such day';
                if (cell.classList.contains('flatpickr-disabled')) return 'day disabled';
                cell.dispatchEvent(new MouseEvent('click', { bubbles: true }));
                return 'ok';""", label, day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
        check(clicked, "pick " + day + " in '" + label + "'");
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; setTimeout(done, 400);");
    }

    /** Types a date into a date field as the user does (keyboard), then leaves the field so the form takes it. */
    void typeDate(String label, String typed) {
        fill(label, 0, typed);
        ((JavascriptExecutor) driver).executeScript(
                "document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true }));"
                        + "document.activeElement.blur();");
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; setTimeout(done, 400);");
    }

    /** The texts of the open calendar of a date field (month, weekdays), as the user reads them. */
    String calendarText(String label) {
        return String.valueOf(js(FIELDS + """
                const input = fields(arguments[0])[0].querySelector('input');
                input.focus();
                input.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
                const fp = input._flatpickr;
                const text = fp ? fp.calendarContainer.innerText : 'no calendar';
                const month = fp ? fp.calendarContainer.querySelector('.flatpickr-monthDropdown-months') : null;
                return text + '\\n' + (month ? month.options[month.selectedIndex].text : '') + '\\nplaceholder=' + input.placeholder;""",
                label));
    }

    /** The index of the first field of that label whose value reads so (a row of a dynamic list), or -1. */
    int indexOf(String label, String value) {
        for (int i = 0; i < count(label); i++) {
            if (value.equals(value(label, i))) {
                return i;
            }
        }
        return -1;
    }

    /** How many fields carry that label (the items of a dynamic list). */
    int count(String label) {
        return ((Number) js(FIELDS + "return fields(arguments[0]).length;", label)).intValue();
    }

    /** The value shown by the index-th field of that label. */
    String value(String label, int index) {
        return String.valueOf(js(FIELDS + """
                const f = fields(arguments[0])[arguments[1]];
                const input = f && f.querySelector('textarea, input.fjs-input, input');
                return input ? input.value : null;""", label, index));
    }

    private void check(Object result, String what) {
        if (!"ok".equals(result)) {
            HeadlessChromium.keepEvidence(driver, evidence("form-field"));
            throw new AssertionError(what + ": " + result);
        }
    }

    /** Completes the open task through Tasklist's primary button and waits for the task to leave the list. */
    void complete(String taskId) {
        WebElement button = HeadlessChromium.find(driver,
                By.cssSelector(".task-card button.btn-primary[ng-click='complete()']"), evidence("complete-button"));
        try {
            waiting().until(d -> button.isEnabled());
        } catch (RuntimeException e) {
            HeadlessChromium.keepEvidence(driver, evidence("complete-disabled"));
            Object state = js("""
                    const el = window.angular && angular.element(arguments[0]);
                    const sc = el && (el.scope() || el.isolateScope());
                    if (!sc) return 'no scope';
                    return JSON.stringify({ removed: sc.taskRemoved, inProgress: sc.completeInProgress,
                      invalid: sc.$invalid, options: sc.options });""", button);
            throw new AssertionError("Complete stays disabled: " + state, e);
        }
        // the answers Tasklist has sent for this task so far (a refused one included): the completion is the next
        String submitted = """
                performance.setResourceTimingBufferSize(100000);
                return performance.getEntriesByType('resource').filter((r) => r.name.includes('/task/' + arguments[0] + '/')
                    && (r.name.endsWith('/submit-form') || r.name.endsWith('/complete'))).length;""";
        long before = ((Number) js(submitted, taskId)).longValue();
        HeadlessChromium.click(driver, button);
        try {
            // done once Tasklist's answer has come back, the task is no longer listed and its card is cleared or says
            // "Việc đã bị gỡ bỏ" (Tasklist noticed the task gone before clearing the card). One script per look: the
            // elements are re-rendered while Tasklist refreshes, so a reference may be stale in the next call.
            waiting().until(d -> ((Number) js(submitted, taskId)).longValue() > before && Boolean.TRUE.equals(js("""
                    const card = document.querySelector('.task-card h2.task');
                    const removed = Array.from(document.querySelectorAll('.task-removed-alert .alert'))
                        .some((a) => a.offsetParent !== null && a.textContent.includes('Việc đã bị gỡ bỏ'));
                    const listed = document.querySelector('ol.tasks-list a[href*="task=' + arguments[0] + '"]');
                    return (!card || removed) && !listed;""", taskId)));
        } catch (RuntimeException e) {
            HeadlessChromium.keepEvidence(driver, evidence("complete"));
            HeadlessChromium.keepThreadsAndRequests(driver, evidence("complete"));
            throw e;
        }
    }

    /**
     * Presses "Hoàn thành" expecting the server to refuse: waits for Tasklist's notification that carries the
     * expected part of the server's Vietnamese message, and returns the page's text at that moment.
     */
    String completeRefused(String expectedText) {
        WebElement button = HeadlessChromium.find(driver,
                By.cssSelector(".task-card button.btn-primary[ng-click='complete()']"), evidence("complete-button"));
        waiting().until(d -> button.isEnabled());
        HeadlessChromium.click(driver, button);
        try {
            waiting().until(d -> String.valueOf(js("return document.body.innerText;")).contains(expectedText));
        } catch (RuntimeException e) {
            HeadlessChromium.keepEvidence(driver, evidence("complete-refused"));
            throw e;
        }
        String text = String.valueOf(js("return document.body.innerText;"));
        HeadlessChromium.screenshot(driver, evidence("tu-choi"));
        // the notification covers the bottom of the form: close it, as the user does, before going on
        js("document.querySelectorAll('.notifications .alert-danger button.close').forEach((b) => b.click());");
        waiting().until(d -> d.findElements(By.cssSelector(".notifications .alert-danger")).stream()
                .noneMatch(org.openqa.selenium.WebElement::isDisplayed));
        return text;
    }

    /** Opens "Start process", picks the process by its name and waits for its start form. */
    void startProcess(String processName) {
        HeadlessChromium.click(driver, HeadlessChromium.find(driver, By.cssSelector(".start-process-action a"),
                evidence("start-process")));
        HeadlessChromium.click(driver, HeadlessChromium.find(driver, By.xpath(
                "//div[contains(@class,'modal-content')]//ul[contains(@class,'processes')]//a[normalize-space(.)='"
                        + processName + "']"), evidence("start-process-list")));
        waitForForm();
    }

    /** Submits the start form with the dialog's primary button and waits for the dialog to close. */
    void submitStartForm() {
        WebElement start = HeadlessChromium.find(driver, By.cssSelector(".modal-footer button.btn-primary"),
                evidence("start-button"));
        try {
            waiting().until(d -> start.isEnabled());
        } catch (RuntimeException e) {
            HeadlessChromium.keepEvidence(driver, evidence("start-disabled"));
            throw e;
        }
        HeadlessChromium.click(driver, start);
        try {
            waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-content")));
        } catch (RuntimeException e) {
            HeadlessChromium.keepEvidence(driver, evidence("start-submit"));
            throw e;
        }
    }
    /**
     * The errors form-js holds for the open form ({@code {}} when none), read from the form's own state (the Preact
     * tree under .fjs-container gives its services): Tasklist disables Complete whenever this object has a key,
     * even one whose errors are not shown.
     */
    String formErrors() {
        return String.valueOf(js("""
                const root = document.querySelector('.fjs-container');
                if (!root) return 'no form';
                const seen = new Set();
                const find = (v) => {
                  if (!v || typeof v !== 'object' || seen.has(v)) return null;
                  seen.add(v);
                  const value = v.props && v.props.value;
                  if (value && typeof value.getService === 'function') return value.getService('form');
                  const kids = Array.isArray(v.__k) ? v.__k : (v.__k ? [v.__k] : []);
                  for (const k of kids) { const f = find(k); if (f) return f; }
                  return null;
                };
                const form = find(root.__k) || find(root.firstElementChild && root.firstElementChild.__k);
                if (!form) return 'no form-js instance';
                const state = form._getState();
                return JSON.stringify({ errors: state.errors, keys: Object.keys(state.errors) },
                  (k, v) => v === undefined ? '(undefined)' : v);"""));
    }
    /**
     * Saves the open form with Tasklist's "Lưu" button (the form's state kept for later), as a user does before
     * completing a form with a dynamic list. Tasklist 7.24 treats the form as invalid while form-js's error object
     * has any key (its {@code changed} listener counts {@code Object.keys(errors)}), and form-js 1.8.7 leaves an
     * empty list under the id of every dynamic-list field it validated on import (each row's prefilled value),
     * with no error shown: Complete stays disabled. Saving runs form-js's full validation, which rebuilds the error
     * object with real errors only, and Complete is enabled again when the form is valid.
     */
    void save() {
        WebElement button = HeadlessChromium.find(driver,
                By.cssSelector(".task-card button[ng-click='save($event)']"), evidence("save-button"));
        try {
            waiting().until(d -> button.isEnabled());
        } catch (RuntimeException e) {
            HeadlessChromium.keepEvidence(driver, evidence("save-disabled"));
            throw e;
        }
        HeadlessChromium.click(driver, button);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> formErrors().contains("\"keys\":[]"));
        } catch (RuntimeException e) {
            HeadlessChromium.keepEvidence(driver, evidence("save"));
            throw new AssertionError("The form keeps errors after saving: " + formErrors(), e);
        }
    }

    /**
     * Expands every collapsed dynamic list of the form: form-js 1.8.7 renders only the first five items of a
     * repeating list (nonCollapsedItems) until its "Expand all (n)" button is pressed. A collapsed list's button
     * carries the item count in parentheses, an expanded one's ("Collapse") does not.
     */
    void expandLists() {
        Object done = js("""
                const buttons = Array.from(document.querySelectorAll('.fjs-container button.fjs-repeat-render-collapse'))
                    .filter((b) => /\\(\\d+\\)/.test(b.textContent));
                buttons.forEach((b) => b.click());
                return buttons.length;""");
        try {
            waiting().until(d -> ((Number) js("""
                    return Array.from(document.querySelectorAll('.fjs-container button.fjs-repeat-render-collapse'))
                        .filter((b) => /\\(\\d+\\)/.test(b.textContent)).length;""")).intValue() == 0);
        } catch (RuntimeException e) {
            HeadlessChromium.keepEvidence(driver, evidence("expand-lists"));
            throw new AssertionError("Lists still collapsed after clicking " + done + " button(s)", e);
        }
    }

    /**
     * Comes back to Tasklist from another page of the application (the dossier page) and opens the task from
     * the role's own filter; logs in again only when Tasklist asks for it.
     */
    void reopen(String filterName, String taskId, String modelledName) {
        driver.get(base + "/camunda/app/tasklist/default/");
        By login = By.cssSelector("input[ng-model='username']");
        By filters = By.cssSelector("section.task-filters");
        waiting().until(d -> !d.findElements(login).isEmpty() && d.findElement(login).isDisplayed()
                || !d.findElements(filters).isEmpty() && d.findElement(filters).isDisplayed());
        if (!driver.findElements(login).isEmpty() && driver.findElement(login).isDisplayed()) {
            HeadlessChromium.login(driver, base, "tasklist", user, "demo");
        }
        filter(filterName);
        openFromList(taskId, modelledName);
        waitForForm();
    }
}
