package io.kaiku.common;

import java.util.List;

/** A request that breaks a rule of its own shape: always names the offending field. */
public class InvalidRequestException extends ApiException {
    public InvalidRequestException(String field, String code, String message) {
        super("validation.failed", message, List.of(new FieldError(field, code, message)));
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid request";
    }
}
