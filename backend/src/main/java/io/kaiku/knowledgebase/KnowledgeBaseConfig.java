package io.kaiku.knowledgebase;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the knowledge base and help center. */
@ConfigMapping(prefix = "kaiku.knowledge-base")
public interface KnowledgeBaseConfig {
    /** The languages articles are written in; the first screens of the help center offer these. */
    @WithDefault("en,fi,ja,hu,lv")
    List<String> languages();

    /** Shown when an article has no translation in the language asked for. */
    @WithDefault("en")
    String defaultLanguage();

    PublicRateLimit publicRateLimit();

    /** How far back solved tickets are indexed for the recurring-questions report and similar tickets. */
    @WithDefault("P180D")
    Duration solvedTicketWindow();

    interface PublicRateLimit {
        /** Requests one client may send without a token per window. */
        @WithDefault("300")
        int requests();

        @WithDefault("PT1M")
        Duration window();
    }
}
