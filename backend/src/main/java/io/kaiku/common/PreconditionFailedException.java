package io.kaiku.common;

import java.util.List;

public class PreconditionFailedException extends ApiException {
    public PreconditionFailedException(String code, String detail) {
        super(code, detail, List.of());
    }

    public PreconditionFailedException(String code, String detail, List<FieldError> errors) {
        super(code, detail, errors);
    }

    @Override
    public int status() {
        return 412;
    }

    @Override
    public String title() {
        return "Precondition failed";
    }
}
