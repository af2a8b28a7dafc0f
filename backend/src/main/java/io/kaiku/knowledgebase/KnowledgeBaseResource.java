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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    @GET
    @Path("/categories")
    public List<CategoryView> listKnowledgeBaseCategories() {
        return knowledgeBase.categories();
    }

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

    @DELETE
    @Path("/categories/{id}")
    @RolesAllowed(Role.MANAGER)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(ref = "Conflict", responseCode = "409")
    public void deleteKnowledgeBaseCategory(@PathParam("id") long id) {
        knowledgeBase.deleteCategory(id);
    }

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

    @DELETE
    @Path("/sections/{id}")
    @RolesAllowed(Role.MANAGER)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(ref = "Conflict", responseCode = "409")
    public void deleteKnowledgeBaseSection(@PathParam("id") long id) {
        knowledgeBase.deleteSection(id);
    }

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

    @GET
    @Path("/articles/{id}")
    public RestResponse<ArticleView> getArticle(@PathParam("id") long id) {
        ArticleView view = knowledgeBase.get(id);
        return RestResponse.ResponseBuilder.ok(view)
                .header("ETag", IfMatch.etag(view.version()))
                .build();
    }

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

    @DELETE
    @Path("/articles/{id}")
    @RolesAllowed(Role.MANAGER)
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteArticle(@PathParam("id") long id) {
        knowledgeBase.delete(id);
    }

    @GET
    @Path("/articles/{id}/translations/{language}")
    public TranslationView getTranslation(@PathParam("id") long id, @PathParam("language") String language) {
        return knowledgeBase.translation(id, language);
    }

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

    @GET
    @Path("/articles/{id}/translations/{language}/versions")
    public List<VersionSummary> listTranslationVersions(
            @PathParam("id") long id, @PathParam("language") String language) {
        return knowledgeBase.versions(id, language);
    }

    @GET
    @Path("/articles/{id}/translations/{language}/versions/{number}")
    public VersionView getTranslationVersion(
            @PathParam("id") long id, @PathParam("language") String language, @PathParam("number") int number) {
        return knowledgeBase.version(id, language, number);
    }

    @GET
    @Path("/articles/{id}/translations/{language}/diff")
    public VersionDiff diffTranslationVersions(
            @PathParam("id") long id,
            @PathParam("language") String language,
            @QueryParam("from") @NotNull @Min(1) Integer from,
            @QueryParam("to") @NotNull @Min(1) Integer to) {
        return knowledgeBase.diff(id, language, from, to);
    }

    @POST
    @Path("/articles/{id}/translations/{language}/versions/{number}/restore")
    public TranslationView restoreTranslationVersion(
            @PathParam("id") long id, @PathParam("language") String language, @PathParam("number") int number) {
        return knowledgeBase.restore(id, language, number, callers.current());
    }

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

    @DELETE
    @Path("/articles/{id}/attachments/{attachmentId}")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteArticleAttachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        knowledgeBase.detach(id, attachmentId);
    }

    @GET
    @Path("/articles/{id}/feedback")
    public FeedbackReport getArticleFeedback(@PathParam("id") long id) {
        return knowledgeBase.feedback(id);
    }

    @GET
    @Path("/ticket-drafts/{ticketId}")
    @APIResponse(ref = "Unprocessable", responseCode = "422")
    @APIResponse(responseCode = "200", description = "OK")
    public ArticleDraft draftArticleFromTicket(
            @PathParam("ticketId") long ticketId, @QueryParam("language") @Size(max = 10) String language) {
        return ticketKnowledge.draft(ticketId, language, callers.current());
    }

    @GET
    @Path("/tickets/{ticketId}/suggestions")
    public TicketSuggestions suggestArticlesForTicket(@PathParam("ticketId") long ticketId) {
        return ticketKnowledge.suggestions(ticketId, callers.current());
    }

    @POST
    @Path("/tickets/{ticketId}/articles")
    @APIResponse(responseCode = "204", description = "Recorded")
    public void linkArticleToTicket(@PathParam("ticketId") long ticketId, @Valid @NotNull LinkArticleRequest request) {
        knowledgeBase.linkToTicket(request.articleId(), ticketId, callers.current());
    }

    @GET
    @Path("/reports/recurring-questions")
    public RecurringQuestionsReport getRecurringQuestions(
            @QueryParam("days") @DefaultValue("30") @Min(1) @Max(365) int days,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        return ticketKnowledge.recurring(days, limit);
    }

    @GET
    @Path("/reports/self-service")
    public SelfServiceReport getSelfServiceReport(@QueryParam("days") @DefaultValue("30") @Min(1) @Max(365) int days) {
        return ticketKnowledge.selfService(days);
    }
}
