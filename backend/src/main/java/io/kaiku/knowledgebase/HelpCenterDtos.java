package io.kaiku.knowledgebase;

import java.time.Instant;
import java.util.List;

import io.kaiku.common.Reference;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the help center: what customers and anonymous visitors read. */
public final class HelpCenterDtos {
    private HelpCenterDtos() {}

    public record HelpCenterSettings(
            @Schema(required = true, examples = "en") String defaultLanguage,
            @Schema(required = true) List<String> languages) {}

    public record HelpSectionSummary(
            @Schema(required = true) long id,
            @Schema(required = true) String name,
            @Schema(required = true) long articleCount) {}

    public record HelpCategory(
            @Schema(required = true) long id,
            @Schema(required = true) String name,
            String description,
            @Schema(required = true) List<HelpSectionSummary> sections) {}

    public record HelpArticleSummary(
            @Schema(required = true) long id,
            @Schema(required = true) String title,
            @Schema(required = true) String slug,
            @Schema(required = true) String language,

            @Schema(required = true, description = "Shown in the default language: no translation in the one asked for")
            boolean fallback) {}

    public record HelpSection(
            @Schema(required = true) long id,
            @Schema(required = true) String name,
            String description,
            @Schema(required = true) Reference category,
            @Schema(required = true) List<HelpArticleSummary> articles) {}

    public record AvailableTranslation(
            @Schema(required = true) String language,
            @Schema(required = true) String title,
            @Schema(required = true) String slug) {}

    public record HelpArticle(
            @Schema(required = true) long id,
            @Schema(required = true) String language,
            @Schema(required = true) String requestedLanguage,

            @Schema(required = true, description = "The requested language has no published translation")
            boolean fallback,

            @Schema(required = true) String title,
            @Schema(required = true) String slug,

            @Schema(required = true, description = "Sanitised HTML")
            String bodyHtml,

            @Schema(required = true) Reference section,
            @Schema(required = true) Reference category,
            @Schema(required = true) Visibility visibility,
            @Schema(required = true) int version,
            @Schema(required = true) Instant publishedAt,
            @Schema(required = true) List<AvailableTranslation> translations,
            @Schema(required = true) List<AuthoringDtos.AttachmentLink> attachments) {}

    public record SearchHit(
            @Schema(required = true) long articleId,
            @Schema(required = true) String language,
            @Schema(required = true) String title,

            @Schema(required = true, description = "The title as HTML, matches in <mark>")
            String titleHighlighted,

            @Schema(required = true, description = "A passage as HTML, matches in <mark>")
            String snippet,

            @Schema(required = true) String slug,
            @Schema(required = true) Reference section,
            @Schema(required = true) Reference category,
            @Schema(required = true) Visibility visibility,
            @Schema(required = true) double score) {}

    public record SearchResults(
            @Schema(required = true) String query,

            @Schema(required = true, examples = "fi", description = "A language code, or all")
            String language,

            @Schema(required = true, description = "Nothing matched as typed; these are results for similar words")
            boolean fuzzy,

            @Schema(required = true) List<SearchHit> items) {}

    public record RecordViewRequest(
            @NotBlank @Size(max = 10) @Schema(required = true)
            String language) {}

    public record FeedbackRequest(
            @NotBlank @Size(max = 10) @Schema(required = true)
            String language,

            @NotNull @Schema(required = true) Boolean helpful,
            @Size(max = 2000) @Schema(maxLength = 2000) String comment) {}

    @Schema(enumeration = {"deflected", "submitted"})
    public enum DeflectionOutcome {
        deflected,
        submitted
    }

    public record DeflectionRequest(
            @NotNull @Schema(required = true, description = "deflected: an article answered; submitted: asked anyway")
            DeflectionOutcome outcome,

            @Schema(description = "The article that answered (deflected)")
            Long articleId,

            @Size(max = 10) String language,
            @Size(max = 500) String query,

            @Schema(description = "The request submitted anyway (submitted)")
            Long ticketId) {}

    public record DeflectionRecorded(
            @Schema(required = true) long id,
            @Schema(required = true) DeflectionOutcome outcome,

            @Schema(required = true, description = "Articles this customer opened in the hour before")
            List<Long> articlesRead) {}

    public record LinkPreview(
            @Schema(required = true) String url,
            @Schema(required = true) long articleId,
            @Schema(required = true) String language,
            @Schema(required = true) String title,
            @Schema(required = true) String summary) {}
}
