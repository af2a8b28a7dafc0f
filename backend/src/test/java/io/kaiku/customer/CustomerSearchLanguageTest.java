package io.kaiku.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.admin;
import static io.kaiku.testing.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Names in every script are found by a part of them and sorted as the reader's language sorts. */
@QuarkusTest
class CustomerSearchLanguageTest {

    private static long create(String name) {
        Number id = as(admin())
                .body(Map.of("name", name))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return id.longValue();
    }

    private static List<Integer> find(String q) {
        return as(admin())
                .queryParam("q", q)
                .queryParam("limit", 100)
                .get("/api/v1/customers")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    @Test
    void findsNamesWithDiacriticsAndJapaneseNamesByAPartInAnyCase() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long ota = create("Ōta Hiroshi " + tag);
        long ors = create("Őrs Kovács " + tag);
        long janis = create("Jānis Bērziņš " + tag);
        long hamalainen = create("Hämäläinen Aino " + tag);
        long japanese = create("太田 花子");
        long katakana = create("タナカ ユウコ");

        assertFound(find("ōta"), ota);
        assertFound(find("ŌTA HIRO"), ota);
        assertFound(find("őrs"), ors);
        assertFound(find("KOVÁCS"), ors);
        assertFound(find("jān"), janis);
        assertFound(find("bērziņ"), janis);
        assertFound(find("hämäl"), hamalainen);
        assertFound(find("HÄMÄLÄINEN"), hamalainen);
        // Typed on a keyboard that sends a + combining diaeresis.
        assertFound(find("ha\u0308ma\u0308la\u0308"), hamalainen);
        // A diacritic is a different letter: "Ota" is not "Ōta".
        as(admin())
                .queryParam("q", "ota hiroshi " + tag)
                .get("/api/v1/customers")
                .then()
                .body("items.id", not(hasItem((int) ota)));

        // Japanese fragments of one, two and three characters.
        assertFound(find("太田"), japanese);
        assertFound(find("花"), japanese);
        assertFound(find("田 花"), japanese);
        assertFound(find("太田 花子"), japanese);
        assertFound(find("ユウ"), katakana);
        as(admin()).queryParam("q", "田太").get("/api/v1/customers").then().body("items.id", not(hasItem((int)
                japanese)));
    }

    @Test
    void sortsNamesAsTheLanguageOfTheRequestSortsThem() {
        String tag = "srt" + UUID.randomUUID().toString().substring(0, 6);
        for (String name : List.of("Zetterberg", "Ärje", "Aalto", "Öberg", "Csizmadia", "Cukor", "Čaks", "Dobos")) {
            create(tag + " " + name);
        }
        assertOrder(tag, "fi", "Aalto", "Čaks", "Csizmadia", "Cukor", "Dobos", "Zetterberg", "Ärje", "Öberg");
        assertOrder(tag, "en", "Aalto", "Ärje", "Čaks", "Csizmadia", "Cukor", "Dobos", "Öberg", "Zetterberg");
        assertOrder(tag, "hu", "Aalto", "Ärje", "Čaks", "Cukor", "Csizmadia", "Dobos", "Öberg", "Zetterberg");
        assertOrder(tag, "lv", "Aalto", "Ärje", "Csizmadia", "Cukor", "Čaks", "Dobos", "Öberg", "Zetterberg");
        // An unsupported or unreadable header sorts as English does.
        assertOrder(
                tag, "sv-SE,sv;q=0.9", "Aalto", "Ärje", "Čaks", "Csizmadia", "Cukor", "Dobos", "Öberg", "Zetterberg");
        assertOrder(
                tag,
                "de;q=0.9, fi;q=0.8",
                "Aalto",
                "Čaks",
                "Csizmadia",
                "Cukor",
                "Dobos",
                "Zetterberg",
                "Ärje",
                "Öberg");
    }

    @Test
    void pagesInTheLanguagesOrderWithoutLosingOrRepeatingAName() {
        String tag = "pg" + UUID.randomUUID().toString().substring(0, 6);
        for (String name : List.of("Zetterberg", "Ärje", "Aalto", "Öberg", "Virtanen")) {
            create(tag + " " + name);
        }
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(admin())
                    .header("Accept-Language", "fi")
                    .queryParam("q", tag)
                    .queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/customers").then().statusCode(200).extract();
            names.addAll(page.path("items.name"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        org.hamcrest.MatcherAssert.assertThat(
                names, contains(tag + " Aalto", tag + " Virtanen", tag + " Zetterberg", tag + " Ärje", tag + " Öberg"));
    }

    private static void assertOrder(String tag, String acceptLanguage, String... expected) {
        as(admin())
                .header("Accept-Language", acceptLanguage)
                .queryParam("q", tag)
                .get("/api/v1/customers")
                .then()
                .statusCode(200)
                .body(
                        "items.name",
                        contains(java.util.Arrays.stream(expected)
                                .map(n -> tag + " " + n)
                                .toArray()));
    }

    private static void assertFound(List<Integer> ids, long id) {
        org.hamcrest.MatcherAssert.assertThat(ids, hasItem((int) id));
    }
}
