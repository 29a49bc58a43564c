package vn.tdkt.workflow;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Submitted workflow input that the server refuses, with a Vietnamese message for the user.
 * <p>It extends Camunda's form-validation exception because the REST API (and Tasklist through it)
 * answers that type with 400 and keeps the task open; it must be thrown from a JavaDelegate, an
 * execution listener or a command interceptor, never from a task listener (the engine wraps those into a 500).
 * {@code /engine-rest} answers with {@link #status()} (400 unless said otherwise: 403 for a door that is closed
 * to everyone, 404 for a task that never existed, 409 for one that has ended).
 */
public class InputRejectedException extends FormFieldValidationException {

    private final int status;

    public InputRejectedException(String message) {
        this(message, 400);
    }

    public InputRejectedException(String message, int status) {
        super("tdkt-validation", message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
