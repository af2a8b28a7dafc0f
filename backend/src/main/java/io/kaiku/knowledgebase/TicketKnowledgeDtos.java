package io.kaiku.knowledgebase;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies that connect tickets and articles: drafts from solved tickets, suggestions, reports. */
public final class TicketKnowledgeDtos {
    private TicketKnowledgeDtos() {}

    public record RemovedPersonalData(
            @Schema(required = true) int names,
            @Schema(required = true) int emails,
            @Schema(required = true) int phones,
            @Schema(required = true) int addresses) {}

    public record ArticleDraft(
            @Schema(required = true) long ticketId,
            @Schema(required = true) String ticketNumber,
            @Schema(required = true) String language,
            @Schema(required = true) String title,
            @Schema(required = true) String bodyHtml,
            @Schema(required = true) List<String> keywords,

            @Schema(required = true, description = "How much personal data was taken out")
            RemovedPersonalData removed) {}

    public record SimilarTicket(
            @Schema(required = true) long id,
            @Schema(required = true) String number,
            @Schema(required = true) String subject,
            @Schema(required = true) double score) {}

    public record TicketSuggestions(
            @Schema(required = true, description = "The customer's language, used for the articles")
            String language,

            @Schema(required = true) List<HelpCenterDtos.SearchHit> articles,

            @Schema(required = true, description = "Solved tickets about the same thing")
            List<SimilarTicket> similarTickets) {}

    public record LinkArticleRequest(
            @NotNull @Schema(required = true) Long articleId,
            @Size(max = 10) String language) {}

    public record TicketExample(
            @Schema(required = true) long id,
            @Schema(required = true) String number,
            @Schema(required = true) String subject,
            @Schema(required = true) Instant solvedAt) {}

    public record QuestionCluster(
            @Schema(required = true) int size,
            @Schema(required = true) String language,

            @Schema(required = true, description = "The words these tickets share most")
            List<String> terms,

            @Schema(required = true) List<TicketExample> examples) {}

    public record RecurringQuestionsReport(
            @Schema(required = true) int days,

            @Schema(required = true, description = "Solved tickets in the period that link to no article")
            int ticketsConsidered,

            @Schema(required = true, description = "Largest first")
            List<QuestionCluster> clusters) {}

    public record ArticleReadBeforeRequest(
            @Schema(required = true) long articleId,
            @Schema(required = true) String title,
            @Schema(required = true) long requests) {}

    public record SelfServiceReport(
            @Schema(required = true) int days,

            @Schema(required = true, description = "\"This answered my question\" in the new-request screen")
            long deflections,

            @Schema(required = true, description = "Requests submitted after suggestions were shown")
            long submittedAfterSuggestions,

            @Schema(description = "deflections / (deflections + submitted); absent when there were neither")
            Double deflectionRate,

            @Schema(required = true) long views,
            @Schema(required = true) long helpful,
            @Schema(required = true) long notHelpful,

            @Schema(required = true, description = "Articles customers read before submitting a request anyway")
            List<ArticleReadBeforeRequest> readBeforeRequests) {}
}
