package io.kaiku.common;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Applies {@link StorableText} to the text that does not come as JSON: query and path parameters
 * (after percent-decoding) and the file names and fields of multipart uploads.
 */
public class StorableTextParameters {

    // The body is read first so that a multipart upload's parts are known; every endpoint with a
    // body reads it before the method runs anyway.
    @ServerRequestFilter(readBody = true)
    public void refuseUnstorableText(ResteasyReactiveContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters(true));
        check(request.getUriInfo().getQueryParameters(true));
        MediaType type = request.getMediaType();
        if (type != null
                && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                && request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context) {
            checkForm(context.getFormData());
        }
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            StorableText.require(parameter.getKey(), parameter.getKey());
            for (String value : parameter.getValue()) {
                StorableText.require(parameter.getKey(), value);
            }
        }
    }

    private static void checkForm(FormData form) {
        if (form == null) {
            return;
        }
        for (String name : form) {
            StorableText.require(name, name);
            for (FormValue value : form.get(name)) {
                if (value.getFileName() != null) {
                    StorableText.require(name + ".filename", value.getFileName());
                } else if (!value.isFileItem()) {
                    StorableText.require(name, value.getValue());
                }
            }
        }
    }
}
