package io.kaiku.knowledgebase;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import io.kaiku.common.Role;
import io.kaiku.knowledgebase.HelpCenterDtos.DeflectionRecorded;
import io.kaiku.knowledgebase.HelpCenterDtos.DeflectionRequest;
import io.kaiku.knowledgebase.HelpCenterDtos.FeedbackRequest;
import io.kaiku.knowledgebase.HelpCenterDtos.HelpArticle;
import io.kaiku.knowledgebase.HelpCenterDtos.HelpCategory;
import io.kaiku.knowledgebase.HelpCenterDtos.HelpCenterSettings;
import io.kaiku.knowledgebase.HelpCenterDtos.HelpSection;
import io.kaiku.knowledgebase.HelpCenterDtos.LinkPreview;
import io.kaiku.knowledgebase.HelpCenterDtos.RecordViewRequest;
import io.kaiku.knowledgebase.HelpCenterDtos.SearchResults;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The help center's API. No token is needed for public articles; with a customer's token the
 * customer-only articles appear too, with a staff token the internal ones. Calls without a token
 * are rate-limited per client ({@link PublicRateLimitFilter}).
 */
@Path("/api/v1/help-center")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge base")
@PermitAll
@SecurityRequirementsSet
@SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
public class HelpCenterResource {
    private static final Set<String> INLINE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    private final HelpCenterService helpCenter;
    private final Viewer viewer;

    public HelpCenterResource(HelpCenterService helpCenter, Viewer viewer) {
        this.helpCenter = helpCenter;
        this.viewer = viewer;
    }

    @GET
    @Path("/settings")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(
            responseCode = "429",
            description = "Too many requests without a token from this client",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public HelpCenterSettings getHelpCenterSettings() {
        return helpCenter.settings();
    }

    @GET
    @Path("/categories")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(
            responseCode = "429",
            description = "Too many requests without a token from this client",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public List<HelpCategory> listHelpCenterCategories(@QueryParam("language") @Size(max = 10) String language) {
        return helpCenter.categories(language, viewer.current());
    }

    @GET
    @Path("/sections/{id}")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(
            responseCode = "429",
            description = "Too many requests without a token from this client",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public HelpSection getHelpCenterSection(
            @PathParam("id") long id, @QueryParam("language") @Size(max = 10) String language) {
        return helpCenter.section(id, language, viewer.current());
    }

    @GET
    @Path("/articles/{id}")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(
            responseCode = "429",
            description = "Too many requests without a token from this client",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public HelpArticle getHelpCenterArticle(
            @PathParam("id") long id, @QueryParam("language") @Size(max = 10) String language) {
        return helpCenter.article(id, language, viewer.current());
    }

    @GET
    @Path("/articles/by-slug/{slug}")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(
            responseCode = "429",
            description = "Too many requests without a token from this client",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public HelpArticle getHelpCenterArticleBySlug(
            @PathParam("slug") @Size(max = 200) String slug, @QueryParam("language") @Size(max = 10) String language) {
        return helpCenter.articleBySlug(slug, language, viewer.current());
    }

    @GET
    @Path("/search")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(
            responseCode = "429",
            description = "Too many requests without a token from this client",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public SearchResults searchHelpCenter(
            @QueryParam("q") @NotBlank @Size(max = 200) String q,
            @QueryParam("language") @Size(max = 10) String language,
            @QueryParam("categoryId") Long categoryId,
            @QueryParam("sectionId") Long sectionId,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        return helpCenter.search(q, language, categoryId, sectionId, limit, false, viewer.current());
    }

    @GET
    @Path("/suggestions")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(
            responseCode = "429",
            description = "Too many requests without a token from this client",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public SearchResults suggestHelpCenterArticles(
            @QueryParam("q") @NotBlank @Size(max = 500) String q,
            @QueryParam("language") @Size(max = 10) String language,
            @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(10) int limit) {
        return helpCenter.search(q, language, null, null, limit, true, viewer.current());
    }

    @POST
    @Path("/articles/{id}/views")
    @APIResponse(responseCode = "204", description = "Counted")
    @APIResponse(
            responseCode = "429",
            description = "Too many requests without a token from this client",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public void recordArticleView(@PathParam("id") long id, @Valid @NotNull RecordViewRequest request) {
        helpCenter.recordView(id, request.language(), viewer.current());
    }

    @POST
    @Path("/articles/{id}/feedback")
    @APIResponse(responseCode = "204", description = "Thank you")
    @APIResponse(
            responseCode = "429",
            description = "Too many requests without a token from this client",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public void sendArticleFeedback(@PathParam("id") long id, @Valid @NotNull FeedbackRequest request) {
        helpCenter.feedback(id, request, viewer.current());
    }

    @POST
    @Path("/deflections")
    @RolesAllowed(Role.CUSTOMER)
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = DeflectionRecorded.class)))
    @APIResponse(
            responseCode = "429",
            description = "Too many requests without a token from this client",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(ref = "NotFound", responseCode = "404")
    public RestResponse<DeflectionRecorded> recordDeflection(@Valid @NotNull DeflectionRequest request) {
        DeflectionRecorded recorded = helpCenter.deflection(request, viewer.current());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, recorded)
                .build();
    }

    @GET
    @Path("/link-preview")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(
            responseCode = "429",
            description = "Too many requests without a token from this client",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(ref = "NotFound", responseCode = "404")
    public LinkPreview previewHelpCenterLink(@QueryParam("url") @NotBlank @Size(max = 2000) String url) {
        return helpCenter.linkPreview(url, viewer.current());
    }

    @GET
    @Path("/attachments/{id}/content")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_OCTET_STREAM,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "429",
            description = "Too many requests without a token from this client",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<byte[]> downloadHelpCenterAttachment(
            @PathParam("id") long id, @QueryParam("key") @Size(max = 64) String key) {
        HelpCenterService.AttachmentContent content = helpCenter.attachment(id, key, viewer.current());
        String encoded = java.net.URLEncoder.encode(content.filename(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        boolean inline = INLINE_TYPES.contains(content.contentType());
        return RestResponse.ResponseBuilder.ok(content.content())
                .header("Content-Type", content.contentType())
                // Only plain image types are shown inline; anything else (HTML, SVG) is a download.
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }
}
