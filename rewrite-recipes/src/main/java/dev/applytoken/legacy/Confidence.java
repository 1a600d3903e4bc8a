package dev.applytoken.legacy;

import java.util.Locale;

/**
 * Degree of certainty that a finding's code calls the legacy token server.
 * {@link #HIGH} rests on strong evidence (the legacy host, the legacy signature parameter set, the
 * vendor demo helpers); {@link #MEDIUM} on the bare path in an outgoing request with MQTT context nearby.
 */
public enum Confidence {
    HIGH,
    MEDIUM;

    public String reportName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
