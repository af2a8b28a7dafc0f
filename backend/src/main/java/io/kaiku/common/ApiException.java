package io.kaiku.common;

import java.util.List;

/** A failure that maps to one problem document; subclasses fix the HTTP status. */
public abstract class ApiException extends RuntimeException {
    private final String code;
    private final List<FieldError> errors;

    protected ApiException(String code, String detail, List<FieldError> errors) {
        super(detail);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public abstract int status();

    public abstract String title();

    public String code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
