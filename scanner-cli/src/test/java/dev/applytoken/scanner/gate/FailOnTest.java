package dev.applytoken.scanner.gate;

import static dev.applytoken.scanner.gate.TestFindings.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.applytoken.legacy.Confidence;
import dev.applytoken.legacy.Operation;
import dev.applytoken.scanner.scan.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailOnTest {

    private final Finding high = finding("A.java", 3, Operation.APPLY, Confidence.HIGH);
    private final Finding medium = finding("B.java", 7, Operation.REVOKE, Confidence.MEDIUM);
    private final Finding highReference = finding("app.yml", 2, Operation.REFERENCE, Confidence.HIGH);
    private final Finding mediumReference = finding("app.yml", 9, Operation.REFERENCE, Confidence.MEDIUM);

    @Test
    void highFailsOnHighOnly() {
        assertThat(FailOn.HIGH.failsOn(high)).isTrue();
        assertThat(FailOn.HIGH.failsOn(medium)).isFalse();
        assertThat(FailOn.HIGH.failsOn(List.of(medium, mediumReference))).isFalse();
        assertThat(FailOn.HIGH.failsOn(List.of(medium, high))).isTrue();
    }

    @Test
    void mediumFailsOnHighAndMedium() {
        assertThat(FailOn.MEDIUM.failsOn(high)).isTrue();
        assertThat(FailOn.MEDIUM.failsOn(medium)).isTrue();
        assertThat(FailOn.MEDIUM.failsOn(List.of())).isFalse();
    }

    @Test
    void neverFailsOnAnything() {
        assertThat(FailOn.NEVER.failsOn(List.of(high, medium, highReference))).isFalse();
    }

    @Test
    void referenceCountsByConfidence() {
        assertThat(FailOn.HIGH.failsOn(highReference)).isTrue();
        assertThat(FailOn.HIGH.failsOn(mediumReference)).isFalse();
        assertThat(FailOn.MEDIUM.failsOn(mediumReference)).isTrue();
    }

    @Test
    void defaultIsMedium() {
        assertThat(FailOn.DEFAULT).isEqualTo(FailOn.MEDIUM);
    }

    @Test
    void parseIgnoresCase() {
        assertThat(FailOn.parse("high")).isEqualTo(FailOn.HIGH);
        assertThat(FailOn.parse("Medium")).isEqualTo(FailOn.MEDIUM);
        assertThat(FailOn.parse(" NEVER ")).isEqualTo(FailOn.NEVER);
    }

    @Test
    void parseRejectsUnknownValue() {
        assertThatThrownBy(() -> FailOn.parse("low"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'low'")
                .hasMessageContaining("high, medium, never");
    }
}
