package com.acme.loans;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import org.junit.jupiter.api.Test;

@WireMockTest
class LoanTokenClientTest {

    @Test
    void applyReturnsLoanToken(WireMockRuntimeInfo wiremock) {
        stubFor(post("/lending/token/apply").willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"loanToken\":\"lt-123\",\"expiresIn\":900}")));
        LoanTokenClient client = new LoanTokenClient(wiremock.getHttpBaseUrl());

        String token = client.apply("customer-42", 250_000);

        assertEquals("lt-123", token);
    }
}
