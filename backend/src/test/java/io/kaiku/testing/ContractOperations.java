package io.kaiku.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The operations of openapi.yaml, read as data, so tests cover every endpoint the contract has. */
public final class ContractOperations {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static JsonNode document;

    private ContractOperations() {}

    public static synchronized JsonNode document() {
        if (document == null) {
            Path location = Path.of(System.getProperty("kaiku.openapi.contract", "../openapi.yaml"));
            try {
                document = new ObjectMapper(new YAMLFactory()).readTree(location.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return document;
    }

    public static List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        document()
                .path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (METHODS.contains(method.getKey())) {
                        operations.add(new Operation(
                                method.getKey().toUpperCase(),
                                path.getKey(),
                                method.getValue().path("operationId").asText(),
                                method.getValue()));
                    }
                }));
        return operations;
    }

    /** A schema with its {@code $ref}s (also inside allOf/anyOf) followed to the component. */
    public static JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10 && current != null; depth++) {
            if (current.has("$ref")) {
                current = document().at(current.get("$ref").asText().substring(1));
            } else if (current.has("allOf") && current.get("allOf").size() == 1) {
                current = current.get("allOf").get(0);
            } else if (current.has("anyOf")) {
                JsonNode notNull = null;
                for (JsonNode option : current.get("anyOf")) {
                    if (!"null".equals(option.path("type").asText())) {
                        notNull = option;
                    }
                }
                current = notNull;
            } else {
                return current;
            }
        }
        return current;
    }

    /** One operation of the contract. */
    public record Operation(String method, String path, String operationId, JsonNode node) {
        public boolean isPublic() {
            return node.has("security") && node.get("security").isEmpty();
        }

        public List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            node.path("parameters").forEach(p -> {
                if (in.equals(p.path("in").asText())) {
                    found.add(p);
                }
            });
            return found;
        }

        public List<String> requestMediaTypes() {
            List<String> types = new ArrayList<>();
            node.path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
            return types;
        }

        /** The media types of the operation's 2xx answers. */
        public List<String> successMediaTypes() {
            List<String> types = new ArrayList<>();
            node.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    response.getValue().path("content").fieldNames().forEachRemaining(types::add);
                }
            });
            return types;
        }

        public JsonNode requestSchema(String mediaType) {
            return resolve(
                    node.path("requestBody").path("content").path(mediaType).path("schema"));
        }

        /** The named request-body examples of a media type. */
        public List<Example> examples(String mediaType) {
            List<Example> examples = new ArrayList<>();
            node.path("requestBody")
                    .path("content")
                    .path(mediaType)
                    .path("examples")
                    .fields()
                    .forEachRemaining(e ->
                            examples.add(new Example(e.getKey(), e.getValue().path("value"))));
            return examples;
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + operationId + ")";
        }
    }

    public record Example(String name, JsonNode value) {}
}
