package dev.applytoken.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void masksAccessKeyIds() {
        String masked = Secrets.mask("new Config().setAccessKeyId(\"LTAI" + "5tFakeFakeFake12\")");

        assertThat(masked).isEqualTo("new Config().setAccessKeyId(\"LTAI****\")");
    }

    @Test
    void dropsSecretAssignedToANamedField() {
        String masked = Secrets.mask("secretKey = \"test-access-key-secret\";");

        assertThat(masked).doesNotContain("test-access-key-secret");
        assertThat(masked).startsWith("secretKey = \"****");
    }

    @Test
    void dropsSecretPassedAfterItsName() {
        String masked = Secrets.mask("params.put(\"accessKeySecret\", \"abc123def456\")");

        assertThat(masked).doesNotContain("abc123def456");
    }

    @Test
    void dropsBareThirtyCharacterSecret() {
        String secret = "a".repeat(15) + "B1".repeat(7) + "c";

        String masked = Secrets.mask("sign(\"" + secret + "\", text)");

        assertThat(masked).isEqualTo("sign(\"****\", text)");
    }

    @Test
    void leavesOrdinaryEvidenceAlone() {
        String evidence = "legacy host in constant Endpoints.MQ_AUTH_URL (Endpoints.java:7)";

        assertThat(Secrets.mask(evidence)).isEqualTo(evidence);
    }

    @Test
    void acceptsNull() {
        assertThat(Secrets.mask(null)).isNull();
    }
}
