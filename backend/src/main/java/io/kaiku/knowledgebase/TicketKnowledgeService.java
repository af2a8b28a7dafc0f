package io.kaiku.knowledgebase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.kaiku.common.Caller;
import io.kaiku.common.RuleViolationException;
import io.kaiku.common.SqlValues;
import io.kaiku.customer.CustomerView;
import io.kaiku.customer.PostalAddress;
import io.kaiku.knowledgebase.TicketKnowledgeDtos.ArticleDraft;
import io.kaiku.knowledgebase.TicketKnowledgeDtos.ArticleReadBeforeRequest;
import io.kaiku.knowledgebase.TicketKnowledgeDtos.QuestionCluster;
import io.kaiku.knowledgebase.TicketKnowledgeDtos.RecurringQuestionsReport;
import io.kaiku.knowledgebase.TicketKnowledgeDtos.RemovedPersonalData;
import io.kaiku.knowledgebase.TicketKnowledgeDtos.SelfServiceReport;
import io.kaiku.knowledgebase.TicketKnowledgeDtos.SimilarTicket;
import io.kaiku.knowledgebase.TicketKnowledgeDtos.TicketExample;
import io.kaiku.knowledgebase.TicketKnowledgeDtos.TicketSuggestions;
import io.kaiku.knowledgebase.search.KnowledgeSearch;
import io.kaiku.knowledgebase.search.TextAnalysis;
import io.kaiku.ticket.ConversationService;
import io.kaiku.ticket.MessageKind;
import io.kaiku.ticket.MessageView;
import io.kaiku.ticket.SolvedTicket;
import io.kaiku.ticket.TicketService;
import io.kaiku.ticket.TicketStatus;
import io.kaiku.ticket.TicketView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Where tickets and the knowledge base meet: articles drafted from solved tickets, articles and
 * similar solved tickets suggested for an open one, and the questions that keep coming back
 * without an article. Tickets are read through the ticket service only.
 */
@ApplicationScoped
public class TicketKnowledgeService {
    private static final int SYNC_BATCH = 500;
    private static final double CLUSTER_SIMILARITY = 0.3;
    private static final Map<String, String[]> HEADINGS = Map.of(
            "en", new String[] {"Question", "Solution"},
            "fi", new String[] {"Kysymys", "Ratkaisu"},
            "ja", new String[] {"ご質問", "解決方法"},
            "hu", new String[] {"Kérdés", "Megoldás"},
            "lv", new String[] {"Jautājums", "Risinājums"});

    private final TicketService tickets;
    private final ConversationService conversation;
    private final TicketKnowledgeRepository index;
    private final KnowledgeBaseRepository repository;
    private final HelpCenterService helpCenter;
    private final KnowledgeSearch search;
    private final TextAnalysis analysis;
    private final PersonalDataRedactor redactor;
    private final KnowledgeBaseConfig config;
    private final Clock clock;

    public TicketKnowledgeService(
            TicketService tickets,
            ConversationService conversation,
            TicketKnowledgeRepository index,
            KnowledgeBaseRepository repository,
            HelpCenterService helpCenter,
            KnowledgeSearch search,
            TextAnalysis analysis,
            PersonalDataRedactor redactor,
            KnowledgeBaseConfig config,
            Clock clock) {
        this.tickets = tickets;
        this.conversation = conversation;
        this.index = index;
        this.repository = repository;
        this.helpCenter = helpCenter;
        this.search = search;
        this.analysis = analysis;
        this.redactor = redactor;
        this.config = config;
        this.clock = clock;
    }

    /** A draft article from a solved ticket: its subject, the question and the public solution, without personal data. */
    @Transactional
    public ArticleDraft draft(long ticketId, String language, Caller caller) {
        TicketView ticket = tickets.get(ticketId);
        if (ticket.status() != TicketStatus.SOLVED && ticket.status() != TicketStatus.CLOSED) {
            throw new RuleViolationException(
                    "knowledge-base.ticket-not-solved", "Articles are written from solved tickets.");
        }
        List<MessageView> replies = conversation.list(ticketId, caller).stream()
                .filter(m -> m.kind() == MessageKind.reply)
                .toList();
        StringBuilder question = new StringBuilder(ticket.description() == null ? "" : ticket.description());
        List<String> solution = new ArrayList<>();
        List<String> names = new ArrayList<>();
        CustomerView customer = ticket.customer();
        names.add(customer.name());
        for (MessageView message : replies) {
            if (message.author() != null) {
                names.add(message.author().name());
            }
            if (message.author() != null && "customer".equals(message.author().type())) {
                if (solution.isEmpty()) {
                    question.append("\n\n").append(message.bodyText());
                }
            } else {
                solution.add(message.bodyText());
            }
        }
        if (ticket.resolutionSummary() != null) {
            solution.add(0, ticket.resolutionSummary());
        }
        List<String> address = new ArrayList<>();
        PostalAddress postal = customer.address();
        if (postal != null) {
            address.add(postal.street());
            address.add(postal.postalCode());
            address.add(postal.city());
        }
        if (customer.organization() != null) {
            names.add(customer.organization().name());
        }
        PersonalDataRedactor.Known known =
                new PersonalDataRedactor.Known(names, customer.email(), customer.phone(), address);
        PersonalDataRedactor.Result subject = redactor.redact(ticket.subject(), known);
        PersonalDataRedactor.Result asked = redactor.redact(question.toString(), known);
        PersonalDataRedactor.Result answered = redactor.redact(String.join("\n\n", solution), known);
        String lang = language != null && config.languages().contains(language)
                ? language
                : languageOf(customer, ticket.subject() + "\n" + question);
        String[] headings = HEADINGS.getOrDefault(lang, HEADINGS.get("en"));
        String body = "<h2>" + headings[0] + "</h2>" + paragraphs(asked.text()) + "<h2>" + headings[1] + "</h2>"
                + paragraphs(answered.text());
        return new ArticleDraft(
                ticket.id(),
                ticket.number(),
                lang,
                subject.text(),
                body,
                List.of(),
                new RemovedPersonalData(
                        subject.names() + asked.names() + answered.names(),
                        subject.emails() + asked.emails() + answered.emails(),
                        subject.phones() + asked.phones() + answered.phones(),
                        subject.addresses() + asked.addresses() + answered.addresses()));
    }

    /** Articles (internal ones too: the caller is staff) and solved tickets that match an open ticket. */
    @Transactional
    public TicketSuggestions suggestions(long ticketId, Caller caller) {
        TicketView ticket = tickets.get(ticketId);
        String text = ticket.subject() + "\n" + (ticket.description() == null ? "" : ticket.description());
        String language = languageOf(ticket.customer(), text);
        KnowledgeSearch.Results results = search.search(new KnowledgeSearch.Query(
                text, List.of(language), Visibility.maxAudience(caller), null, null, 5, false, true));
        catchUp();
        List<SimilarTicket> similar = new ArrayList<>();
        String query = anyOf(analysis.terms(language, text));
        if (!query.isEmpty()) {
            for (Object[] row : index.similar(query, ticketId, 5)) {
                similar.add(new SimilarTicket(
                        SqlValues.toPrimitiveLong(row[0]),
                        (String) row[1],
                        (String) row[2],
                        ((Number) row[3]).doubleValue()));
            }
        }
        return new TicketSuggestions(language, helpCenter.hits(results.hits()), similar);
    }

    /** Clusters of similar solved tickets in the last days that link to no article, largest first. */
    @Transactional
    public RecurringQuestionsReport recurring(int days, int limit) {
        catchUp();
        List<Object[]> rows = index.unanswered(clock.instant().minus(Duration.ofDays(days)), 5000);
        int n = rows.size();
        List<Map<String, Double>> vectors = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Object[] row : rows) {
            Map<String, Double> tf = new HashMap<>();
            for (String term : SqlValues.toTextList(row[5])) {
                tf.merge(term, 1.0, Double::sum);
            }
            tf.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            vectors.add(tf);
        }
        for (Map<String, Double> vector : vectors) {
            double norm = 0;
            for (Map.Entry<String, Double> e : vector.entrySet()) {
                double weight = e.getValue() * Math.log(1 + (double) n / documentFrequency.get(e.getKey()));
                e.setValue(weight);
                norm += weight * weight;
            }
            double length = Math.sqrt(norm);
            vector.replaceAll((k, v) -> length == 0 ? 0 : v / length);
        }
        // Compare only tickets that share a word, through an inverted index.
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String term : vectors.get(i).keySet()) {
                postings.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
            }
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            Map<Integer, Double> dots = new HashMap<>();
            for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
                List<Integer> others = postings.get(e.getKey());
                if (others.size() > 500) {
                    continue;
                }
                for (int j : others) {
                    if (j > i && rows.get(j)[3].equals(rows.get(i)[3])) {
                        dots.merge(j, e.getValue() * vectors.get(j).getOrDefault(e.getKey(), 0.0), Double::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Double> dot : dots.entrySet()) {
                if (dot.getValue() >= CLUSTER_SIMILARITY) {
                    parent[find(parent, i)] = find(parent, dot.getKey());
                }
            }
        }
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<QuestionCluster> clusters = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            if (members.size() < 2) {
                continue;
            }
            Map<String, Double> weights = new HashMap<>();
            members.forEach(i -> vectors.get(i).forEach((t, w) -> weights.merge(t, w, Double::sum)));
            List<String> terms = weights.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(4)
                    .map(Map.Entry::getKey)
                    .toList();
            List<TicketExample> examples = members.stream()
                    .limit(3)
                    .map(i -> rows.get(i))
                    .map(r -> new TicketExample(
                            SqlValues.toPrimitiveLong(r[0]), (String) r[1], (String) r[2], SqlValues.toInstant(r[4])))
                    .toList();
            clusters.add(new QuestionCluster(members.size(), (String) rows.get(members.get(0))[3], terms, examples));
        }
        clusters.sort(Comparator.comparingInt(QuestionCluster::size).reversed());
        return new RecurringQuestionsReport(
                days, n, clusters.stream().limit(limit).toList());
    }

    @Transactional
    public SelfServiceReport selfService(int days) {
        Instant since = clock.instant().minus(Duration.ofDays(days));
        Object[] counts = repository.selfServiceCounts(since);
        long deflected = SqlValues.toPrimitiveLong(counts[0]);
        long submitted = SqlValues.toPrimitiveLong(counts[1]);
        List<ArticleReadBeforeRequest> read = new ArrayList<>();
        for (Object[] row : repository.readBeforeRequests(since, 10)) {
            long articleId = SqlValues.toPrimitiveLong(row[0]);
            String title = repository.translations(articleId).stream()
                    .filter(t -> t.language.equals(config.defaultLanguage()))
                    .map(t -> t.title)
                    .findFirst()
                    .orElseGet(() -> repository.translations(articleId).stream()
                            .map(t -> t.title)
                            .findFirst()
                            .orElse("#" + articleId));
            read.add(new ArticleReadBeforeRequest(articleId, title, SqlValues.toPrimitiveLong(row[1])));
        }
        return new SelfServiceReport(
                days,
                deflected,
                submitted,
                deflected + submitted == 0 ? null : (double) deflected / (deflected + submitted),
                SqlValues.toPrimitiveLong(counts[2]),
                SqlValues.toPrimitiveLong(counts[3]),
                SqlValues.toPrimitiveLong(counts[4]),
                read);
    }

    /**
     * Brings the index of solved tickets up to date, a batch at a time, from where the last call
     * stopped. Pulled rather than pushed, so a missed event or a restart loses nothing.
     */
    @Transactional
    public void catchUp() {
        Object[] position = index.lockSyncPosition(clock.instant().minus(config.solvedTicketWindow()));
        Instant after = SqlValues.toInstant(position[0]);
        long afterId = SqlValues.toPrimitiveLong(position[1]);
        List<SolvedTicket> batch = tickets.solvedChangedAfter(after, afterId, SYNC_BATCH);
        for (SolvedTicket ticket : batch) {
            String question = ticket.subject() + "\n" + (ticket.description() == null ? "" : ticket.description());
            String language = analysis.detect(question, config.languages(), config.defaultLanguage());
            List<TextAnalysis.Token> tokens = new ArrayList<>(analysis.tokens(language, ticket.subject()));
            // The subject says what the question is about: it counts twice.
            tokens.addAll(analysis.tokens(language, ticket.subject()));
            tokens.addAll(analysis.tokens(language, ticket.description()));
            List<String> terms = tokens.stream().map(TextAnalysis.Token::term).toList();
            Set<String> distinct = new LinkedHashSet<>(terms);
            String vector = String.join(
                    " ", distinct.stream().map(KnowledgeTerms::quote).toList());
            index.upsert(
                    ticket.id(),
                    ticket.number(),
                    ticket.subject(),
                    question,
                    language,
                    ticket.updatedAt(),
                    KnowledgeTerms.textArray(terms),
                    vector);
        }
        if (!batch.isEmpty()) {
            SolvedTicket last = batch.get(batch.size() - 1);
            index.saveSyncPosition(last.updatedAt(), last.id());
        }
    }

    private String languageOf(CustomerView customer, String text) {
        if (customer != null && customer.language() != null) {
            String base = customer.language().split("[-_]")[0];
            if (config.languages().contains(base)) {
                return base;
            }
        }
        return analysis.detect(text, config.languages(), config.defaultLanguage());
    }

    private static String anyOf(List<String> terms) {
        return String.join(
                " | ",
                new LinkedHashSet<>(terms)
                        .stream().limit(20).map(KnowledgeTerms::quote).toList());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>")
                        .append(org.jsoup.nodes.Entities.escape(paragraph.strip())
                                .replace("\n", "<br>"))
                        .append("</p>");
            }
        }
        return html.toString();
    }
}
