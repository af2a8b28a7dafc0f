package io.kaiku.common;

import java.util.List;

/** The caller is known but may not do this. */
public class ForbiddenActionException extends ApiException {
    public ForbiddenActionException(String code, String detail) {
        super(code, detail, List.of());
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
