package io.kaiku.ticket;

import java.nio.charset.StandardCharsets;

import io.kaiku.common.CallerContext;
import io.kaiku.common.Created;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Files are uploaded first, then attached to a message by id. */
@Path("/api/v1/attachments")
@Tag(name = "Attachments")
@Authenticated
public class AttachmentResource {
    private final AttachmentService attachments;
    private final CallerContext callers;

    public AttachmentResource(AttachmentService attachments, CallerContext callers) {
        this.attachments = attachments;
        this.callers = callers;
    }

    @Operation(
            summary = "Upload a file",
            description = "Uploads one file as `multipart/form-data` in the part `file`. Attach it by putting the "
                    + "answer's `id` in `attachmentIds` of a message or a help-center request; until then only "
                    + "you can see it. The content type is detected from the content, not taken from the upload, "
                    + "and `sha256` lets you check the transfer. An empty file or one over the attachment limit "
                    + "(20 MB by default) is refused with `400` naming `file`; a file name with a NUL character "
                    + "is refused the same way. Any signed-in role.")
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "201",
            description = "Uploaded; attach it by id",
            content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    public RestResponse<AttachmentView> uploadAttachment(
            @RestForm("file") @NotNull FileUpload file, @Context UriInfo uri) {
        AttachmentView created = attachments.upload(file.fileName(), file.uploadedFile(), callers.current());
        return Created.at(uri, created.id(), created);
    }

    @Operation(
            summary = "Download a file",
            description = "The file's bytes with its detected content type, always as a download "
                    + "(`Content-Disposition: attachment`). Staff may read every attached file, a customer only "
                    + "the files of public replies on their own requests, and an upload not yet attached is "
                    + "visible to its uploader only; anything else is `404`.")
    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    @APIResponse(
            responseCode = "200",
            description = "The file, in the content type detected when it was uploaded",
            content =
                    @Content(
                            mediaType = MediaType.WILDCARD,
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                            format = "binary")))
    public RestResponse<byte[]> downloadAttachment(@PathParam("id") long id) {
        AttachmentService.AttachmentContent content = attachments.download(id, callers.current());
        String encoded = java.net.URLEncoder.encode(content.filename(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        return RestResponse.ResponseBuilder.ok(content.content())
                .header("Content-Type", content.contentType())
                // Never rendered inline: an uploaded HTML or SVG file must not run in our origin.
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .build();
    }
}
