package io.kaiku.knowledgebase;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import io.kaiku.common.CallerContext;
import io.kaiku.common.Created;
import io.kaiku.common.IfMatch;
import io.kaiku.common.InvalidRequestException;
import io.kaiku.common.Paging;
import io.kaiku.common.Role;
import io.kaiku.knowledgebase.AuthoringDtos.ArticlePage;
import io.kaiku.knowledgebase.AuthoringDtos.ArticleView;
import io.kaiku.knowledgebase.AuthoringDtos.AttachmentLink;
import io.kaiku.knowledgebase.AuthoringDtos.CategoryView;
import io.kaiku.knowledgebase.AuthoringDtos.ChangeStateRequest;
import io.kaiku.knowledgebase.AuthoringDtos.CreateArticleRequest;
import io.kaiku.knowledgebase.AuthoringDtos.FeedbackReport;
import io.kaiku.knowledgebase.AuthoringDtos.SaveCategoryRequest;
import io.kaiku.knowledgebase.AuthoringDtos.SaveSectionRequest;
import io.kaiku.knowledgebase.AuthoringDtos.SaveTranslationRequest;
import io.kaiku.knowledgebase.AuthoringDtos.SectionView;
import io.kaiku.knowledgebase.AuthoringDtos.TranslationView;
import io.kaiku.knowledgebase.AuthoringDtos.UpdateArticleRequest;
import io.kaiku.knowledgebase.AuthoringDtos.VersionDiff;
import io.kaiku.knowledgebase.AuthoringDtos.VersionSummary;
import io.kaiku.knowledgebase.AuthoringDtos.VersionView;
import io.kaiku.knowledgebase.TicketKnowledgeDtos.ArticleDraft;
import io.kaiku.knowledgebase.TicketKnowledgeDtos.LinkArticleRequest;
import io.kaiku.knowledgebase.TicketKnowledgeDtos.RecurringQuestionsReport;
import io.kaiku.knowledgebase.TicketKnowledgeDtos.SelfServiceReport;
import io.kaiku.knowledgebase.TicketKnowledgeDtos.TicketSuggestions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Authoring the knowledge base: staff write articles, managers arrange categories and sections. */
@Path("/api/v1/knowledge-base")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge base")
@RolesAllowed(Role.AGENT)
public class KnowledgeBaseResource {
    private final KnowledgeBaseService knowledgeBase;
    private final TicketKnowledgeService ticketKnowledge;
    private final CallerContext callers;

    public KnowledgeBaseResource(
            KnowledgeBaseService knowledgeBase, TicketKnowledgeService ticketKnowledge, CallerContext callers) {
        this.knowledgeBase = knowledgeBase;
        this.ticketKnowledge = ticketKnowledge;
        this.callers = callers;
    }

    @Operation(
            summary = "List the categories for authoring",
            description =
                    "Every category with its sections, in position order, whatever their visibility and whether they "
                            + "hold published articles yet (the help center shows only those with something to read). `names` "
                            + "and `descriptions` are keyed by language code; `articleCount` counts articles in every state. "
                            + "Role: agent, manager or admin.")
    @GET
    @Path("/categories")
    public List<CategoryView> listKnowledgeBaseCategories() {
        return knowledgeBase.categories();
    }

    @Operation(
            summary = "Create a category",
            description =
                    "Adds a top-level group of the help center, such as Billing. `names` needs at least one of the "
                            + "help center's languages (`GET /api/v1/help-center/settings`); another language is `400`. "
                            + "`visibility` limits everything in the category: `public` (anyone), `customers` (signed-in "
                            + "customers) or `internal` (staff only); an article is shown to the strictest audience of its "
                            + "category, its section and itself. `position` orders the categories, lowest first (default 0). "
                            + "Role: manager or admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(
                                    name = "billing",
                                    summary = "A public category in two languages",
                                    value = """
{
  "names": {"en": "Billing and payments", "fi": "Laskutus ja maksut"},
  "descriptions": {"en": "Invoices, refunds and ways to pay", "fi": "Laskut, hyvitykset ja maksutavat"},
  "visibility": "public",
  "position": 1
}
"""),
                            @ExampleObject(
                                    name = "customers",
                                    summary = "A category only signed-in customers see",
                                    value = """
{
  "names": {"en": "For business customers", "fi": "Yritysasiakkaille"},
  "descriptions": {"en": "Contracts, volume pricing and invoicing by e-invoice"},
  "visibility": "customers",
  "position": 5
}
""")
                        })
            })
    @POST
    @Path("/categories")
    @RolesAllowed(Role.MANAGER)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CategoryView.class)))
    public RestResponse<CategoryView> createKnowledgeBaseCategory(
            @Valid @NotNull SaveCategoryRequest request, @Context UriInfo uri) {
        CategoryView created = knowledgeBase.createCategory(request);
        return Created.at(uri, created.id(), created);
    }

    @Operation(
            summary = "Replace a category",
            description =
                    "Replaces the names, descriptions, visibility and position; a language left out of `names` loses "
                            + "its name. A new visibility applies at once to every article in the category, in the help center "
                            + "and in search. Send the `version` you edited as `If-Match` to be told with `412` "
                            + "`knowledge-base.version-conflict` that someone else changed it in the meantime. Role: manager "
                            + "or admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(
                                    name = "rename",
                                    summary = "Rename and add a Finnish description",
                                    value = """
{
  "names": {"en": "Billing and payments", "fi": "Laskutus ja maksut"},
  "descriptions": {"en": "Invoices, refunds and ways to pay", "fi": "Laskut, hyvitykset ja maksutavat"},
  "visibility": "public",
  "position": 1
}
"""),
                            @ExampleObject(
                                    name = "restrict",
                                    summary = "Show the category to signed-in customers only",
                                    value = """
{
  "names": {"en": "For business customers", "fi": "Yritysasiakkaille"},
  "descriptions": {"en": "Contracts, volume pricing and invoicing by e-invoice"},
  "visibility": "customers",
  "position": 5
}
""")
                        })
            })
    @PUT
    @Path("/categories/{id}")
    @RolesAllowed(Role.MANAGER)
    @APIResponse(ref = "PreconditionFailed", responseCode = "412")
    @APIResponse(responseCode = "200", description = "OK")
    public CategoryView updateKnowledgeBaseCategory(
            @PathParam("id") long id,
            @Valid @NotNull SaveCategoryRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return knowledgeBase.updateCategory(id, request, IfMatch.parse(ifMatch));
    }

    @Operation(
            summary = "Delete a category",
            description = "Deletes an empty category. A category with sections is `409` "
                    + "`knowledge-base.category-not-empty`: move or delete its sections first. Role: manager or admin.")
    @DELETE
    @Path("/categories/{id}")
    @RolesAllowed(Role.MANAGER)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(ref = "Conflict", responseCode = "409")
    public void deleteKnowledgeBaseCategory(@PathParam("id") long id) {
        knowledgeBase.deleteCategory(id);
    }

    @Operation(
            summary = "Create a section",
            description =
                    "Adds a section (a group of articles, such as Refunds) to the category `categoryId`; an unknown "
                            + "category is `400`. Names, visibility and position work as for categories: the section's "
                            + "visibility limits its articles further, it never widens the category's. Role: manager or admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(name = "refunds", summary = "A public section", value = """
{
  "categoryId": 3,
  "names": {"en": "Refunds", "fi": "Hyvitykset"},
  "descriptions": {"en": "Getting money back for double charges, returns and cancelled orders"},
  "visibility": "public",
  "position": 0
}
"""),
                            @ExampleObject(name = "internal", summary = "Guides for staff only", value = """
{
  "categoryId": 3,
  "names": {"en": "Refund procedures for agents"},
  "visibility": "internal",
  "position": 9
}
""")
                        })
            })
    @POST
    @Path("/sections")
    @RolesAllowed(Role.MANAGER)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = SectionView.class)))
    public RestResponse<SectionView> createKnowledgeBaseSection(
            @Valid @NotNull SaveSectionRequest request, @Context UriInfo uri) {
        SectionView created = knowledgeBase.createSection(request);
        return Created.at(uri, created.id(), created);
    }

    @Operation(
            summary = "Replace a section",
            description =
                    "Replaces the section's names, descriptions, visibility and position; a different `categoryId` "
                            + "moves it, with its articles, to that category. Who can read the articles follows at once. Send "
                            + "the `version` you edited as `If-Match` to be told with `412` `knowledge-base.version-conflict` "
                            + "that someone else changed it in the meantime. Role: manager or admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(name = "rename", summary = "Rename the section", value = """
{
  "categoryId": 3,
  "names": {"en": "Refunds", "fi": "Hyvitykset"},
  "descriptions": {"en": "Getting money back for double charges, returns and cancelled orders"},
  "visibility": "public",
  "position": 0
}
"""),
                            @ExampleObject(name = "internal", summary = "Make the section staff-only", value = """
{
  "categoryId": 3,
  "names": {"en": "Refund procedures for agents"},
  "visibility": "internal",
  "position": 9
}
""")
                        })
            })
    @PUT
    @Path("/sections/{id}")
    @RolesAllowed(Role.MANAGER)
    @APIResponse(ref = "PreconditionFailed", responseCode = "412")
    @APIResponse(responseCode = "200", description = "OK")
    public SectionView updateKnowledgeBaseSection(
            @PathParam("id") long id,
            @Valid @NotNull SaveSectionRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return knowledgeBase.updateSection(id, request, IfMatch.parse(ifMatch));
    }

    @Operation(
            summary = "Delete a section",
            description =
                    "Deletes an empty section. A section with articles is `409` `knowledge-base.section-not-empty`: "
                            + "move (`PATCH /api/v1/knowledge-base/articles/{id}`) or delete its articles first. Role: manager "
                            + "or admin.")
    @DELETE
    @Path("/sections/{id}")
    @RolesAllowed(Role.MANAGER)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(ref = "Conflict", responseCode = "409")
    public void deleteKnowledgeBaseSection(@PathParam("id") long id) {
        knowledgeBase.deleteSection(id);
    }

    @Operation(
            summary = "List articles for authoring",
            description =
                    "All articles, drafts and archived ones too, newest first, a page at a time: send `nextCursor` "
                            + "as `cursor` for the next page (`limit` up to 100, default 50). `sectionId` keeps one section's "
                            + "articles; `state` and `language` keep articles with a translation in that state, in that "
                            + "language, or both. Each item lists its translations with their state and whether they have "
                            + "unpublished changes. Role: agent, manager or admin.")
    @GET
    @Path("/articles")
    public ArticlePage listArticles(
            @QueryParam("sectionId") Long sectionId,
            @QueryParam("state") TranslationState state,
            @QueryParam("language") @Size(max = 10) String language,
            @QueryParam("cursor") @Size(max = 500) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Paging.MAX_LIMIT) int limit) {
        return knowledgeBase.list(sectionId, state, language, cursor, limit);
    }

    @Operation(
            summary = "Write an article",
            description = "Creates an article in the section `sectionId` with one translation per language (a language "
                    + "twice is `400`). `visibility` is the article's own audience; who can read it is the strictest "
                    + "of the article's, its section's and its category's (`effectiveVisibility`). `bodyHtml` is "
                    + "sanitised: scripts, event handlers and embedded frames are removed. The `slug`, the article's "
                    + "address in the help center, is made from the title when left out; a slug another article uses "
                    + "in the same language is `409` `knowledge-base.slug-taken`. Translations start as `draft`; "
                    + "`state: published` publishes at once (an empty body is `422` `knowledge-base.empty-body`). "
                    + "`sourceTicketId` records the solved ticket the article was written from (see `GET "
                    + "/api/v1/knowledge-base/ticket-drafts/{ticketId}`); an unsolved one is `422` "
                    + "`knowledge-base.ticket-not-solved`. Role: agent, manager or admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(
                                    name = "published",
                                    summary = "A public article, published in English and drafted in Finnish",
                                    value = """
{
  "sectionId": 7,
  "visibility": "public",
  "translations": [
    {
      "language": "en",
      "title": "What to do if you were charged twice",
      "bodyHtml": "<p>If the same invoice appears twice on your card statement, the second payment is refunded automatically within five working days.</p><p>If it has not arrived by then, reply to your receipt email and quote the invoice number.</p>",
      "keywords": ["double charge", "refund", "invoice"],
      "state": "published"
    },
    {
      "language": "fi",
      "title": "Veloitettiinko sinulta kahdesti?",
      "bodyHtml": "<p>Jos sama lasku näkyy korttitiliotteellasi kahdesti, toinen maksu palautetaan automaattisesti viiden arkipäivän kuluessa.</p>",
      "keywords": ["tuplaveloitus", "hyvitys"],
      "state": "draft"
    }
  ]
}
"""),
                            @ExampleObject(
                                    name = "from-ticket",
                                    summary = "A draft written from a solved ticket",
                                    value = """
{
  "sectionId": 7,
  "visibility": "customers",
  "sourceTicketId": 1187,
  "translations": [
    {
      "language": "en",
      "title": "Changing the delivery address of an order",
      "bodyHtml": "<h2>The question</h2><p>Can I change where my order is delivered after I have paid?</p><h2>The solution</h2><p>Until the order is packed you can change the address under My orders. After that, contact us and we ask the carrier to redirect the parcel.</p>",
      "keywords": ["delivery", "address"]
    }
  ]
}
""")
                        })
            })
    @POST
    @Path("/articles")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    @APIResponse(ref = "Unprocessable", responseCode = "422")
    public RestResponse<ArticleView> createArticle(@Valid @NotNull CreateArticleRequest request, @Context UriInfo uri) {
        ArticleView created = knowledgeBase.create(request, callers.current());
        return Created.at(uri, created.id(), created);
    }

    @Operation(
            summary = "Get an article",
            description =
                    "The article with every translation's working copy, state, published version and counters, and "
                            + "its attachments, whatever its visibility. The `ETag` header is the version to send as "
                            + "`If-Match` when you change it. Role: agent, manager or admin.")
    @GET
    @Path("/articles/{id}")
    public RestResponse<ArticleView> getArticle(@PathParam("id") long id) {
        ArticleView view = knowledgeBase.get(id);
        return RestResponse.ResponseBuilder.ok(view)
                .header("ETag", IfMatch.etag(view.version()))
                .build();
    }

    @Operation(
            summary = "Move an article or change its visibility",
            description =
                    "Fields left out stay as they are: `sectionId` moves the article to another section (an unknown "
                            + "one is `400`), `visibility` changes its own audience. The help center and search follow at "
                            + "once. Send the `ETag` from `GET` as `If-Match`: a stale one is `412` "
                            + "`knowledge-base.version-conflict` and nothing changes. Translations are changed with `PUT "
                            + ".../translations/{language}`. Role: agent, manager or admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(name = "move", summary = "Move the article to another section", value = """
{
  "sectionId": 8
}
"""),
                            @ExampleObject(
                                    name = "customers",
                                    summary = "Show it to signed-in customers only",
                                    value = """
{
  "visibility": "customers"
}
""")
                        })
            })
    @PATCH
    @Path("/articles/{id}")
    @APIResponse(ref = "PreconditionFailed", responseCode = "412")
    @APIResponse(responseCode = "200", description = "OK")
    public ArticleView updateArticle(
            @PathParam("id") long id,
            @Valid @NotNull UpdateArticleRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return knowledgeBase.update(id, request, IfMatch.parse(ifMatch));
    }

    @Operation(
            summary = "Delete an article",
            description = "Deletes the article with its translations, their versions, its attachments and feedback. It "
                    + "disappears from the help center and search at once; links to it answer `404`. To take an "
                    + "article out of the help center but keep it, archive its translations instead. Role: manager or "
                    + "admin.")
    @DELETE
    @Path("/articles/{id}")
    @RolesAllowed(Role.MANAGER)
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteArticle(@PathParam("id") long id) {
        knowledgeBase.delete(id);
    }

    @Operation(
            summary = "Get a translation",
            description =
                    "The working copy of one language of an article: title, slug, HTML body and keywords, its state, "
                            + "`publishedVersion` (the version the help center shows) and `hasUnpublishedChanges`, with views "
                            + "and votes. An article without that language is `404` `knowledge-base.translation-not-found`. "
                            + "Role: agent, manager or admin.")
    @GET
    @Path("/articles/{id}/translations/{language}")
    public TranslationView getTranslation(@PathParam("id") long id, @PathParam("language") String language) {
        return knowledgeBase.translation(id, language);
    }

    @Operation(
            summary = "Save a translation",
            description =
                    "Creates (`201`) or replaces (`200`) the working copy of one language; `language` must be one of "
                            + "the help center's (`400` otherwise). The help center keeps showing the published version until "
                            + "the translation is published again with `PUT .../state`. Slugs work as in `POST "
                            + "/api/v1/knowledge-base/articles`. When replacing, send the translation's `version` as "
                            + "`If-Match` to be told with `412` that someone else saved it in the meantime. Role: agent, "
                            + "manager or admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(name = "japanese", summary = "Add a Japanese translation", value = """
{
  "title": "二重に請求された場合",
  "bodyHtml": "<p>同じ請求書がカードの明細に二回表示されている場合、二回目のお支払いは五営業日以内に自動的に返金されます。</p>",
  "keywords": ["二重請求", "返金"]
}
"""),
                            @ExampleObject(name = "edit", summary = "Rewrite the English working copy", value = """
{
  "title": "What to do if you were charged twice",
  "bodyHtml": "<p>If the same invoice appears twice on your card statement, the second payment is refunded automatically within five working days.</p>",
  "keywords": ["double charge", "refund"]
}
""")
                        })
            })
    @PUT
    @Path("/articles/{id}/translations/{language}")
    @APIResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = TranslationView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = TranslationView.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    @APIResponse(ref = "PreconditionFailed", responseCode = "412")
    public RestResponse<TranslationView> saveTranslation(
            @PathParam("id") long id,
            @PathParam("language") String language,
            @Valid @NotNull SaveTranslationRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        boolean created =
                knowledgeBase.saveTranslation(id, language, request, IfMatch.parse(ifMatch), callers.current());
        TranslationView view = knowledgeBase.translation(id, language);
        return RestResponse.ResponseBuilder.create(created ? RestResponse.Status.CREATED : RestResponse.Status.OK, view)
                .build();
    }

    @Operation(
            summary = "Change a translation's state",
            description =
                    "Moves one language through `draft`, `in_review` and `published`, or to `archived` to take it "
                            + "out of the help center. Publishing makes the working copy a new numbered version and shows it "
                            + "in the help center and search; publishing an already published translation publishes its latest "
                            + "changes. An empty body cannot be published (`422` `knowledge-base.empty-body`), and an archived "
                            + "translation goes back to `draft` before anything else (`422` "
                            + "`knowledge-base.state-transition`). Role: agent, manager or admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(name = "publish", summary = "Publish the working copy", value = """
{
  "state": "published"
}
"""),
                            @ExampleObject(name = "review", summary = "Ask a colleague to review it", value = """
{
  "state": "in_review"
}
""")
                        })
            })
    @PUT
    @Path("/articles/{id}/translations/{language}/state")
    @APIResponse(ref = "Unprocessable", responseCode = "422")
    @APIResponse(responseCode = "200", description = "OK")
    public TranslationView changeTranslationState(
            @PathParam("id") long id,
            @PathParam("language") String language,
            @Valid @NotNull ChangeStateRequest request) {
        return knowledgeBase.changeState(id, language, request.state(), callers.current());
    }

    @Operation(
            summary = "List a translation's versions",
            description =
                    "Every version of one language, newest first: each publication makes one. `current` marks the "
                            + "version the help center shows. Role: agent, manager or admin.")
    @GET
    @Path("/articles/{id}/translations/{language}/versions")
    public List<VersionSummary> listTranslationVersions(
            @PathParam("id") long id, @PathParam("language") String language) {
        return knowledgeBase.versions(id, language);
    }

    @Operation(
            summary = "Get a version of a translation",
            description = "One version as it was published: title, HTML, plain text, keywords and author. An unknown "
                    + "`number` is `404` `knowledge-base.version-not-found`. Role: agent, manager or admin.")
    @GET
    @Path("/articles/{id}/translations/{language}/versions/{number}")
    public VersionView getTranslationVersion(
            @PathParam("id") long id, @PathParam("language") String language, @PathParam("number") int number) {
        return knowledgeBase.version(id, language, number);
    }

    @Operation(
            summary = "Compare two versions",
            description =
                    "What changed from version `from` to version `to` of one language, word by word, in the title "
                            + "and in the plain text of the body: chunks that are `equal`, `insert`ed or `delete`d, in order. "
                            + "Either version unknown is `404` `knowledge-base.version-not-found`. Role: agent, manager or "
                            + "admin.")
    @GET
    @Path("/articles/{id}/translations/{language}/diff")
    public VersionDiff diffTranslationVersions(
            @PathParam("id") long id,
            @PathParam("language") String language,
            @QueryParam("from") @NotNull @Min(1) Integer from,
            @QueryParam("to") @NotNull @Min(1) Integer to) {
        return knowledgeBase.diff(id, language, from, to);
    }

    @Operation(
            summary = "Restore a version",
            description =
                    "Makes an old version's title, body and keywords the working copy again. A published translation "
                            + "publishes it at once as a new version, so the history is never rewritten; any other is "
                            + "published when you are ready. Role: agent, manager or admin.")
    @POST
    @Path("/articles/{id}/translations/{language}/versions/{number}/restore")
    // No body: a client that sends no Content-Type (curl -X POST) is not refused with 415.
    @Consumes(MediaType.WILDCARD)
    public TranslationView restoreTranslationVersion(
            @PathParam("id") long id, @PathParam("language") String language, @PathParam("number") int number) {
        return knowledgeBase.restore(id, language, number, callers.current());
    }

    @Operation(
            summary = "Attach a file to an article",
            description =
                    "Uploads one file (form field `file`) to an article; its type is recognised from the content, "
                            + "not the name. Link or embed the answer's `url` in the article body: it works without a token "
                            + "for everyone who may read the article. PNG, JPEG, GIF and WebP images are shown inline, other "
                            + "files are downloaded. An empty file is `400`. Role: agent, manager or admin.")
    @POST
    @Path("/articles/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @APIResponse(
            responseCode = "201",
            description = "Uploaded",
            content = @Content(schema = @Schema(implementation = AttachmentLink.class)))
    public RestResponse<AttachmentLink> uploadArticleAttachment(
            @PathParam("id") long id, @RestForm("file") @NotNull FileUpload file, @Context UriInfo uri) {
        byte[] content;
        String type;
        try {
            content = Files.readAllBytes(file.uploadedFile());
            type = new org.apache.tika.Tika().detect(content, file.fileName());
        } catch (IOException e) {
            throw new InvalidRequestException("file", "unreadable", "The uploaded file could not be read.");
        }
        String name = file.fileName() == null || file.fileName().isBlank()
                ? "attachment"
                : file.fileName().replaceAll("[\\p{Cntrl}\"/\\\\]", "");
        AttachmentLink created = knowledgeBase.attach(id, name, type, content, callers.current());
        return Created.at(uri, created.id(), created);
    }

    @Operation(
            summary = "Remove an attachment",
            description =
                    "Deletes a file of the article; links to it in the article stop working, so edit the body too. "
                            + "An attachment of another article is `404` `knowledge-base.attachment-not-found`. Role: agent, "
                            + "manager or admin.")
    @DELETE
    @Path("/articles/{id}/attachments/{attachmentId}")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteArticleAttachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        knowledgeBase.detach(id, attachmentId);
    }

    @Operation(
            summary = "Get an article's feedback",
            description =
                    "For each translation, how often it was viewed in the help center and how many readers found it "
                            + "helpful or not, and the latest 100 comments readers left, newest first. Role: agent, manager or "
                            + "admin.")
    @GET
    @Path("/articles/{id}/feedback")
    public FeedbackReport getArticleFeedback(@PathParam("id") long id) {
        return knowledgeBase.feedback(id);
    }

    @Operation(
            summary = "Draft an article from a solved ticket",
            description =
                    "Turns a solved or closed ticket into a draft article: the subject as the title, the question "
                            + "and the replies (never internal notes) as the body, with the names, email addresses, phone "
                            + "numbers and postal addresses of the people involved taken out (`removed` counts them). Nothing "
                            + "is saved: review the draft and send it to `POST /api/v1/knowledge-base/articles` with "
                            + "`sourceTicketId`. `language` chooses the draft's headings; by default the customer's language. "
                            + "A ticket that is not solved is `422` `knowledge-base.ticket-not-solved`. Role: agent, manager "
                            + "or admin.")
    @GET
    @Path("/ticket-drafts/{ticketId}")
    @APIResponse(ref = "Unprocessable", responseCode = "422")
    @APIResponse(responseCode = "200", description = "OK")
    public ArticleDraft draftArticleFromTicket(
            @PathParam("ticketId") long ticketId, @QueryParam("language") @Size(max = 10) String language) {
        return ticketKnowledge.draft(ticketId, language, callers.current());
    }

    @Operation(
            summary = "Suggest articles for a ticket",
            description = "Up to five articles, internal guides included, and up to five solved tickets that match the "
                    + "ticket's subject and description, in the customer's language: answers to reuse. Record an "
                    + "article you used with `POST /api/v1/knowledge-base/tickets/{ticketId}/articles`. Role: agent, "
                    + "manager or admin.")
    @GET
    @Path("/tickets/{ticketId}/suggestions")
    public TicketSuggestions suggestArticlesForTicket(@PathParam("ticketId") long ticketId) {
        return ticketKnowledge.suggestions(ticketId, callers.current());
    }

    @Operation(
            summary = "Record that an article answered a ticket",
            description = "Records that an article was used in a ticket, for example sent to the customer, so that the "
                    + "recurring-questions report counts the ticket as answered. Recording the same article again "
                    + "changes nothing; an unknown article or ticket is `404`. Role: agent, manager or admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(
                                    name = "used",
                                    summary = "The agent sent the customer an article",
                                    value = """
{
  "articleId": 42,
  "language": "en"
}
""")
                        })
            })
    @POST
    @Path("/tickets/{ticketId}/articles")
    @APIResponse(responseCode = "204", description = "Recorded")
    public void linkArticleToTicket(@PathParam("ticketId") long ticketId, @Valid @NotNull LinkArticleRequest request) {
        knowledgeBase.linkToTicket(request.articleId(), ticketId, callers.current());
    }

    @Operation(
            summary = "Report recurring questions",
            description =
                    "Solved tickets of the last `days` days (1 to 365, default 30) that link to no article, grouped "
                            + "by the words they share, largest group first, with example tickets: questions worth an article. "
                            + "`limit` is the number of groups (up to 50, default 10). Role: agent, manager or admin.")
    @GET
    @Path("/reports/recurring-questions")
    public RecurringQuestionsReport getRecurringQuestions(
            @QueryParam("days") @DefaultValue("30") @Min(1) @Max(365) int days,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        return ticketKnowledge.recurring(days, limit);
    }

    @Operation(
            summary = "Report on self-service",
            description =
                    "For the last `days` days (1 to 365, default 30): how often a customer said an article answered "
                            + "the question instead of submitting a request, how many requests were submitted after "
                            + "suggestions were shown, the help center's views and votes, and the articles customers read "
                            + "before submitting a request anyway. Role: agent, manager or admin.")
    @GET
    @Path("/reports/self-service")
    public SelfServiceReport getSelfServiceReport(@QueryParam("days") @DefaultValue("30") @Min(1) @Max(365) int days) {
        return ticketKnowledge.selfService(days);
    }
}
