package io.kaiku.common;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** 201 Created with the new object's URL in Location and the object as the body. */
public final class Created {
    private Created() {}

    public static <T> RestResponse<T> at(UriInfo uri, long id, T body) {
        return RestResponse.ResponseBuilder.<T>created(
                        uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(body)
                .build();
    }
}
