package io.kaiku.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a personal API token may do beyond what its role allows. A token has none of these unless
 * it was created with them, so a leaked token cannot create further tokens or accounts; people
 * signed in with a password have them all.
 */
@Schema(description = "`api_tokens`: create API tokens; `users`: create and change users (needs the admin role too)")
public enum ApiTokenScope {
    api_tokens,
    users;

    static String format(Set<ApiTokenScope> scopes) {
        return scopes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<ApiTokenScope> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return EnumSet.noneOf(ApiTokenScope.class);
        }
        return Arrays.stream(stored.split(","))
                .map(String::strip)
                .map(ApiTokenScope::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApiTokenScope.class)));
    }
}
