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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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

    @Operation(
            summary = "Get the help center's languages",
            description =
                    "The languages articles are written in, and the default language, which is shown when an article "
                            + "has no translation in the language asked for. Start a language menu from here. No token is "
                            + "needed; calls without one are rate-limited per client (`429` with `Retry-After`).")
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

    @Operation(
            summary = "List the help center's categories",
            description = "The front page: categories, in position order, with their sections that hold at least one "
                    + "published article the caller may read, named in `language`, and how many articles each section "
                    + "has. `language` is one of the help center's languages (default: its default language; another "
                    + "is `400`). Without a token you read public content; with a customer's token, content for "
                    + "signed-in customers too; with a staff token, internal guides as well. What the caller may not "
                    + "read answers `404`, as if it did not exist. No token is needed; calls without one are "
                    + "rate-limited per client (`429` with `Retry-After`).")
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

    @Operation(
            summary = "Get a help center section",
            description = "A section with its category and its published articles, each in `language` or, without a "
                    + "translation in it, in the default language (`fallback: true`). `language` is one of the help "
                    + "center's languages (default: its default language; another is `400`). Without a token you read "
                    + "public content; with a customer's token, content for signed-in customers too; with a staff "
                    + "token, internal guides as well. What the caller may not read answers `404`, as if it did not "
                    + "exist. No token is needed; calls without one are rate-limited per client (`429` with "
                    + "`Retry-After`).")
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

    @Operation(
            summary = "Read an article",
            description =
                    "The published version of an article in `language`, or in the default language when it is not "
                            + "published in that one (`fallback: true`), with the other languages it is published in and its "
                            + "attachments. The body is sanitised HTML; its links to attachments carry keys that work without "
                            + "a token. An article with no published translation is `404` `knowledge-base.article-not-found`. "
                            + "`language` is one of the help center's languages (default: its default language; another is "
                            + "`400`). Without a token you read public content; with a customer's token, content for signed-in "
                            + "customers too; with a staff token, internal guides as well. What the caller may not read "
                            + "answers `404`, as if it did not exist. No token is needed; calls without one are rate-limited "
                            + "per client (`429` with `Retry-After`).")
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

    @Operation(
            summary = "Read an article by its address",
            description = "As `GET /api/v1/help-center/articles/{id}`, but found by the `slug` of its published "
                    + "translation in `language` (the `slug` that articles and search hits carry), "
                    + "for integrations that know an article by its address rather than its id. An unknown slug is `404` "
                    + "`knowledge-base.article-not-found`. `language` is one of the help center's languages (default: "
                    + "its default language; another is `400`). Without a token you read public content; with a "
                    + "customer's token, content for signed-in customers too; with a staff token, internal guides as "
                    + "well. What the caller may not read answers `404`, as if it did not exist. No token is needed; "
                    + "calls without one are rate-limited per client (`429` with `Retry-After`).")
    @GET
    @Path("/article-by-slug/{slug}")
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

    @Operation(
            summary = "Search the help center",
            description =
                    "Full-text search of the published articles the caller may read, best match first (`limit` up to "
                            + "50, default 10), in `language` or, with `language=all`, in every language; `categoryId` and "
                            + "`sectionId` narrow it. Titles and passages come as HTML with the matching words in `<mark>`. "
                            + "When nothing matches the words as typed, similar words are tried and `fuzzy` is `true`. Without "
                            + "a token you read public content; with a customer's token, content for signed-in customers too; "
                            + "with a staff token, internal guides as well. What the caller may not read answers `404`, as if "
                            + "it did not exist. No token is needed; calls without one are rate-limited per client (`429` with "
                            + "`Retry-After`).")
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

    @Operation(
            summary = "Suggest articles while the customer types",
            description = "For a new-request form: up to `limit` (at most 10, default 5) published articles that match "
                    + "what the customer has typed so far, the last word possibly unfinished. Show them before the "
                    + "request is sent, then record the outcome with `POST /api/v1/help-center/deflections`. "
                    + "`language` is one of the help center's languages (default: its default language; another is "
                    + "`400`). Without a token you read public content; with a customer's token, content for signed-in "
                    + "customers too; with a staff token, internal guides as well. What the caller may not read "
                    + "answers `404`, as if it did not exist. No token is needed; calls without one are rate-limited "
                    + "per client (`429` with `Retry-After`).")
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

    @Operation(
            summary = "Count a view of an article",
            description = "Counts one view of the article's published translation in `language`; call it once when the "
                    + "article is shown. For a signed-in customer the view is also remembered, so a request they "
                    + "submit within the hour shows which articles they read first. A language the article is not "
                    + "published in is `404` `knowledge-base.translation-not-found`. Without a token you read public "
                    + "content; with a customer's token, content for signed-in customers too; with a staff token, "
                    + "internal guides as well. What the caller may not read answers `404`, as if it did not exist. No "
                    + "token is needed; calls without one are rate-limited per client (`429` with `Retry-After`).")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(name = "view", summary = "The English article was shown", value = """
{
  "language": "en"
}
""")
                        })
            })
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

    @Operation(
            summary = "Say whether an article helped",
            description =
                    "Records a reader's vote on the article's published translation in `language`, `helpful` or not, "
                            + "with an optional comment (up to 2,000 characters) that the authors read in `GET "
                            + "/api/v1/knowledge-base/articles/{id}/feedback`. Votes are anonymous to other readers. Without a "
                            + "token you read public content; with a customer's token, content for signed-in customers too; "
                            + "with a staff token, internal guides as well. What the caller may not read answers `404`, as if "
                            + "it did not exist. No token is needed; calls without one are rate-limited per client (`429` with "
                            + "`Retry-After`).")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(name = "helpful", summary = "The article solved the problem", value = """
{
  "language": "en",
  "helpful": true
}
"""),
                            @ExampleObject(
                                    name = "not-helpful",
                                    summary = "The article did not help, with a comment",
                                    value = """
{
  "language": "fi",
  "helpful": false,
  "comment": "Ohje ei kerro, mitä tehdä, jos hyvitystä ei ole näkynyt viikon jälkeen."
}
""")
                        })
            })
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

    @Operation(
            summary = "Record whether suggestions answered the question",
            description =
                    "For the new-request form of a signed-in customer, after `GET /api/v1/help-center/suggestions`: "
                            + "`deflected` when a suggested article answered the question (`articleId` is required), "
                            + "`submitted` when the customer sent the request anyway (`ticketId` of the new request is "
                            + "required). The self-service report counts both; for `submitted`, the articles the customer "
                            + "opened in the hour before are recorded and returned in `articlesRead`. An article or request "
                            + "the customer cannot see is `404`. Role: customer (a help-center login).")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(
                                    name = "deflected",
                                    summary = "An article answered the question",
                                    value = """
{
  "outcome": "deflected",
  "articleId": 42,
  "language": "en",
  "query": "charged twice for my order"
}
"""),
                            @ExampleObject(
                                    name = "submitted",
                                    summary = "The customer sent the request anyway",
                                    value = """
{
  "outcome": "submitted",
  "ticketId": 1187,
  "language": "en",
  "query": "refund has not arrived"
}
""")
                        })
            })
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

    @Operation(
            summary = "Preview a help center link",
            description =
                    "The title and the first 200 characters of the text of the article a help center link points at "
                            + "(`.../help/{language}/articles/{id}-...`), to show a card beside a message that contains the "
                            + "link. A URL that is not an article link, or an article the caller may not read, is `404`. "
                            + "Without a token you read public content; with a customer's token, content for signed-in "
                            + "customers too; with a staff token, internal guides as well. What the caller may not read "
                            + "answers `404`, as if it did not exist. No token is needed; calls without one are rate-limited "
                            + "per client (`429` with `Retry-After`).")
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

    @Operation(
            summary = "Download an attachment of an article",
            description = "The file itself. `key` comes with the attachment's link in the article and works without a "
                    + "token; a missing or wrong key is `404` `knowledge-base.attachment-not-found`, and so is a file "
                    + "of an internal article for anyone but staff. PNG, JPEG, GIF and WebP images come inline, "
                    + "anything else as a download. No token is needed; calls without one are rate-limited per client "
                    + "(`429` with `Retry-After`).")
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
