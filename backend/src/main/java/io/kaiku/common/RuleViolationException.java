package io.kaiku.common;

import java.util.List;

public class RuleViolationException extends ApiException {
    public RuleViolationException(String code, String detail) {
        super(code, detail, List.of());
    }

    public RuleViolationException(String code, String detail, List<FieldError> errors) {
        super(code, detail, errors);
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Unprocessable request";
    }
}
