package io.kaiku.common;

import java.util.List;

public class ConflictException extends ApiException {
    public ConflictException(String code, String detail) {
        super(code, detail, List.of());
    }

    public ConflictException(String code, String detail, List<FieldError> errors) {
        super(code, detail, errors);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
