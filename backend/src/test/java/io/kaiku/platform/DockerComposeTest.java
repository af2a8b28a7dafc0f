package io.kaiku.platform;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** docker-compose.yml publishes nothing unauthenticated beyond this machine. */
class DockerComposeTest {

    @Test
    void theMailCatcherIsReachableFromThisMachineOnly() throws Exception {
        JsonNode compose = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("../docker-compose.yml").toFile());
        JsonNode ports = compose.path("services").path("mailcatcher").path("ports");
        assertTrue(ports.size() > 0, "the mail catcher's UI is published");
        for (JsonNode port : ports) {
            assertTrue(port.asText().startsWith("127.0.0.1:"), "bound to localhost only: " + port.asText());
        }
        assertTrue(compose.path("services").path("postgres").path("ports").isMissingNode(), "PostgreSQL stays inside");
    }
}
