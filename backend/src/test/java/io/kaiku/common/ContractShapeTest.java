package io.kaiku.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What client generators need from openapi.yaml (which OpenApiContractTest keeps identical to the
 * served document): a {@code $ref} alone, documented operations, request bodies with examples.
 */
class ContractShapeTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static JsonNode contract;

    @BeforeAll
    static void read() throws IOException {
        Path location = Path.of(System.getProperty("kaiku.openapi.contract", "../openapi.yaml"));
        contract = new ObjectMapper(new YAMLFactory()).readTree(location.toFile());
    }

    @Test
    void noKeywordStandsBesideARef() {
        List<String> offenders = new ArrayList<>();
        collectRefsWithSiblings(contract, "", offenders);
        assertEquals(List.of(), offenders, "keywords beside $ref (generators drop them or build broken types)");
    }

    @Test
    void theCheckFindsAKeywordBesideARef() throws IOException {
        JsonNode broken = new ObjectMapper()
                .readTree("{\"properties\":{\"status\":{\"$ref\":\"#/components/schemas/TicketStatus\","
                        + "\"type\":\"string\"}}}");
        List<String> offenders = new ArrayList<>();
        collectRefsWithSiblings(broken, "", offenders);
        assertEquals(List.of("/properties/status"), offenders);
    }

    @Test
    void everyOperationIsDocumented() {
        List<String> undocumented = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (text(operation, "summary").isBlank()
                    || text(operation, "description").isBlank()) {
                undocumented.add(name);
            }
        });
        assertEquals(List.of(), undocumented, "operations without a summary and a description");
    }

    @Test
    void everyJsonRequestBodyHasAnExample() {
        List<String> missing = new ArrayList<>();
        forEachOperation((name, operation) -> {
            JsonNode content = operation.path("requestBody").path("content");
            content.fields().forEachRemaining(media -> {
                if (media.getKey().contains("json")
                        && media.getValue().path("examples").isEmpty()) {
                    missing.add(name + " " + media.getKey());
                }
            });
        });
        assertEquals(List.of(), missing, "request bodies without an example");
    }

    @Test
    void theContractSaysWhereAndWhatItIs() {
        assertFalse(contract.path("servers").isEmpty(), "servers");
        assertTrue(text(contract.path("info"), "description").length() > 500, "info.description");
        assertFalse(contract.path("components")
                .path("schemas")
                .path("PostalAddress")
                .path("properties")
                .has("empty"));
    }

    private static void collectRefsWithSiblings(JsonNode node, String pointer, List<String> offenders) {
        if (node.isObject()) {
            if (node.has("$ref") && node.size() > 1) {
                offenders.add(pointer);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                collectRefsWithSiblings(field.getValue(), pointer + "/" + escape(field.getKey()), offenders);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectRefsWithSiblings(node.get(i), pointer + "/" + i, offenders);
            }
        }
    }

    private static void forEachOperation(java.util.function.BiConsumer<String, JsonNode> action) {
        contract.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (METHODS.contains(method.getKey())) {
                        action.accept(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
                    }
                }));
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asText("");
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
