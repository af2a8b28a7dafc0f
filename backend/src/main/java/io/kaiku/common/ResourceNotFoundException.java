package io.kaiku.common;

import java.util.List;

public class ResourceNotFoundException extends ApiException {
    public ResourceNotFoundException(String code, String detail) {
        super(code, detail, List.of());
    }

    public ResourceNotFoundException(String code, String detail, List<FieldError> errors) {
        super(code, detail, errors);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
