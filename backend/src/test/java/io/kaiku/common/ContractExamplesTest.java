package io.kaiku.common;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaiku.testing.Api;
import io.kaiku.testing.ContractFixtures;
import io.kaiku.testing.ContractFixtures.Caller;
import io.kaiku.testing.ContractOperations;
import io.kaiku.testing.ContractOperations.Example;
import io.kaiku.testing.ContractOperations.Operation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every request-body example in openapi.yaml is sent, as the caller it is written for, and must
 * succeed with an answer that matches the contract: examples a developer copies stay true. Only
 * ids (which differ per installation) and unique values are replaced.
 */
@QuarkusTest
class ContractExamplesTest {

    @TestFactory
    List<DynamicTest> everyExampleIsAcceptedAsWritten() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : ContractOperations.all()) {
            for (String mediaType : operation.requestMediaTypes()) {
                for (Example example : operation.examples(mediaType)) {
                    tests.add(DynamicTest.dynamicTest(
                            operation.operationId() + " " + mediaType + " " + example.name(),
                            () -> send(operation, mediaType, example)));
                }
            }
        }
        return tests;
    }

    @Test
    void theContractHasExamplesToSend() {
        assertFalse(everyExampleIsAcceptedAsWritten().size() < 20, "fewer examples than expected");
    }

    private static void send(Operation operation, String mediaType, Example example) {
        Caller caller = ContractFixtures.intendedCaller(operation);
        JsonNode body = ContractFixtures.body(operation, example.value(), caller);
        ContractFixtures.prepare(operation, body);
        String path = ContractFixtures.path(operation, caller);
        var request = given().filter(Api.contract()).contentType(mediaType).accept("application/json");
        if (!operation.isPublic()) {
            request.header("Authorization", "Bearer " + ContractFixtures.token(caller));
        }
        Response response = request.body(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .request(operation.method(), path);
        assertTrue(
                response.statusCode() >= 200 && response.statusCode() < 300,
                () -> operation + " refused its example '" + example.name() + "' " + body + ": " + response.statusCode()
                        + " " + response.asString());
    }
}
