package vn.tdkt.workflow;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Submitted workflow input that the server refuses, with a Vietnamese message for the user.
 * <p>It extends Camunda's form-validation exception because the REST API (and Tasklist through it)
 * answers that type with 400 and keeps the task open; it must be thrown from a JavaDelegate or an
 * execution listener, never from a task listener (the engine wraps those into a 500).
 */
public class InputRejectedException extends FormFieldValidationException {

    public InputRejectedException(String message) {
        super("tdkt-validation", message);
    }
}
