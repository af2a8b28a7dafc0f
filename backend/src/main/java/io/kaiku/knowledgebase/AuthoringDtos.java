package io.kaiku.knowledgebase;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.kaiku.common.Reference;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the authoring API (agents write, managers arrange the help center). */
public final class AuthoringDtos {
    private AuthoringDtos() {}

    public record CategoryView(
            @Schema(required = true) long id,

            @Schema(required = true, description = "Name per language code")
            Map<String, String> names,

            @Schema(required = true) Map<String, String> descriptions,
            @Schema(required = true) Visibility visibility,
            @Schema(required = true) int position,
            @Schema(required = true) List<SectionView> sections,
            @Schema(required = true) long version) {}

    public record SectionView(
            @Schema(required = true) long id,
            @Schema(required = true) long categoryId,
            @Schema(required = true) Map<String, String> names,
            @Schema(required = true) Map<String, String> descriptions,
            @Schema(required = true) Visibility visibility,
            @Schema(required = true) int position,
            @Schema(required = true) long articleCount,
            @Schema(required = true) long version) {}

    public record SaveCategoryRequest(
            @NotEmpty @Schema(required = true, examples = "{\"en\": \"Billing\", \"fi\": \"Laskutus\"}")
            Map<@NotBlank String, @NotBlank @Size(max = 200) String> names,

            Map<@NotBlank String, @Size(max = 1000) String> descriptions,
            @NotNull @Schema(required = true) Visibility visibility,
            @Min(0) @Max(10000) Integer position) {}

    public record SaveSectionRequest(
            @NotNull @Schema(required = true) Long categoryId,
            @NotEmpty @Schema(required = true) Map<@NotBlank String, @NotBlank @Size(max = 200) String> names,
            Map<@NotBlank String, @Size(max = 1000) String> descriptions,
            @NotNull @Schema(required = true) Visibility visibility,
            @Min(0) @Max(10000) Integer position) {}

    public record TranslationInput(
            @NotBlank @Size(max = 10) @Schema(required = true, examples = "fi")
            String language,

            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200)
            String title,

            @Size(max = 200) @Schema(description = "Made from the title when left out")
            String slug,

            @NotNull @Size(max = 500000) @Schema(required = true, description = "HTML; sanitised on arrival")
            String bodyHtml,

            @Size(max = 20) List<@NotBlank @Size(max = 50) String> keywords,

            @Schema(description = "draft (default), in_review or published")
            TranslationState state) {}

    public record CreateArticleRequest(
            @NotNull @Schema(required = true) Long sectionId,
            @NotNull @Schema(required = true) Visibility visibility,

            @Schema(description = "The solved ticket this article was written from")
            Long sourceTicketId,

            @NotEmpty @Size(max = 20) @Schema(required = true)
            List<@Valid @NotNull TranslationInput> translations) {}

    public record UpdateArticleRequest(Long sectionId, Visibility visibility) {}

    public record SaveTranslationRequest(
            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200)
            String title,

            @Size(max = 200) String slug,

            @NotNull @Size(max = 500000) @Schema(required = true)
            String bodyHtml,

            @Size(max = 20) List<@NotBlank @Size(max = 50) String> keywords) {}

    public record ChangeStateRequest(
            @NotNull @Schema(required = true) TranslationState state) {}

    public record TranslationView(
            @Schema(required = true) long id,
            @Schema(required = true) String language,
            @Schema(required = true) TranslationState state,
            @Schema(required = true) String title,
            @Schema(required = true) String slug,

            @Schema(required = true, description = "The working copy")
            String bodyHtml,

            @Schema(required = true) List<String> keywords,

            @Schema(description = "Number of the version the help center shows")
            Integer publishedVersion,

            Instant publishedAt,

            @Schema(required = true, description = "The working copy differs from the published version")
            boolean hasUnpublishedChanges,

            @Schema(required = true) long views,
            @Schema(required = true) long helpful,
            @Schema(required = true) long notHelpful,
            @Schema(required = true) Instant updatedAt,
            Reference updatedBy,
            @Schema(required = true) long version) {}

    public record AttachmentLink(
            @Schema(required = true) long id,
            @Schema(required = true) String filename,
            @Schema(required = true) String contentType,
            @Schema(required = true) long size,

            @Schema(required = true, description = "Readable without a token, by those who may read the article")
            String url) {}

    public record ArticleView(
            @Schema(required = true) long id,
            @Schema(required = true) Reference section,
            @Schema(required = true) Reference category,
            @Schema(required = true) Visibility visibility,

            @Schema(required = true, description = "The strictest of the article's, section's and category's")
            Visibility effectiveVisibility,

            Reference sourceTicket,
            @Schema(required = true) List<TranslationView> translations,
            @Schema(required = true) List<AttachmentLink> attachments,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) long version) {}

    public record TranslationSummary(
            @Schema(required = true) String language,
            @Schema(required = true) TranslationState state,
            @Schema(required = true) String title,
            @Schema(required = true) boolean hasUnpublishedChanges) {}

    public record ArticleSummary(
            @Schema(required = true) long id,
            @Schema(required = true) Reference section,
            @Schema(required = true) Visibility visibility,
            @Schema(required = true) List<TranslationSummary> translations,
            @Schema(required = true) Instant updatedAt) {}

    public record ArticlePage(@Schema(required = true) List<ArticleSummary> items, String nextCursor) {}

    public record VersionSummary(
            @Schema(required = true) int number,
            @Schema(required = true) String title,
            Reference author,
            @Schema(required = true) Instant createdAt,

            @Schema(required = true, description = "The version the help center shows")
            boolean current) {}

    public record VersionView(
            @Schema(required = true) int number,
            @Schema(required = true) String title,
            @Schema(required = true) String bodyHtml,
            @Schema(required = true) String bodyText,
            @Schema(required = true) List<String> keywords,
            Reference author,
            @Schema(required = true) Instant createdAt) {}

    @Schema(enumeration = {"equal", "insert", "delete"})
    public enum DiffType {
        equal,
        insert,
        delete
    }

    public record DiffChunk(
            @Schema(required = true) DiffType type,
            @Schema(required = true) String text) {}

    public record VersionDiff(
            @Schema(required = true) int from,
            @Schema(required = true) int to,
            @Schema(required = true) List<DiffChunk> title,

            @Schema(required = true, description = "Word by word, over the plain text")
            List<DiffChunk> body) {}

    public record TranslationFeedback(
            @Schema(required = true) String language,
            @Schema(required = true) long views,
            @Schema(required = true) long helpful,
            @Schema(required = true) long notHelpful) {}

    public record FeedbackComment(
            @Schema(required = true) String language,
            @Schema(required = true) boolean helpful,
            @Schema(required = true) String comment,
            @Schema(required = true) Instant createdAt) {}

    public record FeedbackReport(
            @Schema(required = true) List<TranslationFeedback> translations,
            @Schema(required = true) List<FeedbackComment> comments) {}
}
