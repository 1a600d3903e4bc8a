package dev.applytoken.legacy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facts that a detector gathered about one place in code that may call the legacy token server: a
 * method body, a field, a configuration entry, or a window of lines in a file without a parser.
 * Detectors only record what they see; {@link LegacyCallJudge} decides what it amounts to, so every
 * detector applies the same rules. Evidence strings must already be masked with {@link Secrets#mask}.
 */
public final class RequestSite {

    /** What kind of code the site is, which decides what a migration can do with it. */
    public enum Kind {
        /** A Java method or initializer that sends a request or calls a helper. */
        JAVA_REQUEST,
        /** A Java field or constant declaration. */
        JAVA_DECLARATION,
        /** Code in another language. */
        OTHER_LANGUAGE,
        /** A configuration file entry. */
        CONFIGURATION
    }

    private final Kind kind;
    private final String language;
    private final List<String> hostEvidence = new ArrayList<>();
    private final Map<Operation, String> pathEvidence = new EnumMap<>(Operation.class);
    private final List<String> foreignHostEvidence = new ArrayList<>();
    private final List<String> sameFileEvidence = new ArrayList<>();
    private final Set<String> parameters = new LinkedHashSet<>();
    private String requestEvidence;
    private String mqttContextEvidence;
    private final Map<Operation, String> demoHelperEvidence = new EnumMap<>(Operation.class);
    private final Map<Operation, HelperCall> helperCalls = new EnumMap<>(Operation.class);
    private boolean instanceIdInScope;
    private String routeEvidence;
    private boolean targetSdk;

    /** A call of a method that the scan found to call the token server itself. */
    public record HelperCall(Confidence confidence, String evidence) {
    }

    public RequestSite(Kind kind, String language) {
        this.kind = kind;
        this.language = language;
    }

    /** Records a legacy host written at the site, e.g. {@code legacy host in constant URL (A.java:7)}. */
    public RequestSite addHost(String evidence) {
        hostEvidence.add(evidence);
        return this;
    }

    /** Records a legacy path, for the operation it names. The first evidence per operation is kept. */
    public RequestSite addPath(Operation operation, String evidence) {
        pathEvidence.putIfAbsent(operation, evidence);
        return this;
    }

    /**
     * Records strong evidence found elsewhere in the same file, such as the legacy parameter set sent
     * by a sibling method. It makes the site's legacy paths strong, but is no finding on its own.
     */
    public RequestSite addSameFileEvidence(String evidence) {
        sameFileEvidence.add(evidence);
        return this;
    }

    /** Records a legacy path written after a host that is not a legacy one: counter-evidence. */
    public RequestSite addPathOnForeignHost(String evidence) {
        foreignHostEvidence.add(evidence);
        return this;
    }

    /** Records a request parameter name the site sends, such as {@code resources} or {@code serviceName=mq}. */
    public RequestSite addParameter(String name) {
        parameters.add(name);
        return this;
    }

    /** Records the outgoing request the site makes, e.g. {@code sends it with new HttpPost(...)}. */
    public RequestSite setOutgoingRequest(String evidence) {
        if (requestEvidence == null) {
            requestEvidence = evidence;
        }
        return this;
    }

    /** Records a word near the site that ties it to MQTT, such as {@code instanceId} or {@code MqttClient}. */
    public RequestSite setMqttContext(String evidence) {
        if (mqttContextEvidence == null) {
            mqttContextEvidence = evidence;
        }
        return this;
    }

    /** Records a call of the vendor demo helpers ({@code Tools.applyToken}, {@code doHttpSignature}). */
    public RequestSite addDemoHelper(Operation operation, String evidence) {
        demoHelperEvidence.putIfAbsent(operation, evidence);
        return this;
    }

    /** Records a call of a method that calls the token server (one level of indirection). */
    /** Start of the evidence for a call of a method that itself calls the token server. */
    public static final String HELPER_CALL_EVIDENCE = "calls helper ";

    public RequestSite addHelperCall(Operation operation, Confidence confidence, String evidence) {
        HelperCall known = helperCalls.get(operation);
        if (known == null || known.confidence().compareTo(confidence) > 0) {
            helperCalls.put(operation, new HelperCall(confidence, evidence));
        }
        return this;
    }

    /** Records that an instance id is in scope, which RevokeToken and QueryToken require. */
    public RequestSite setInstanceIdInScope() {
        instanceIdInScope = true;
        return this;
    }

    /** Marks the site as a route declaration (the server side of a path), which is never a finding. */
    public RequestSite setRouteDeclaration(String evidence) {
        routeEvidence = evidence;
        return this;
    }

    /** Marks the site as code already on a target SDK, which is never a finding. */
    public RequestSite setTargetSdk() {
        targetSdk = true;
        return this;
    }

    public Kind kind() {
        return kind;
    }

    public String language() {
        return language;
    }

    public List<String> hostEvidence() {
        return hostEvidence;
    }

    public Map<Operation, String> pathEvidence() {
        return pathEvidence;
    }

    public List<String> foreignHostEvidence() {
        return foreignHostEvidence;
    }

    public List<String> sameFileEvidence() {
        return sameFileEvidence;
    }

    public Set<String> parameters() {
        return parameters;
    }

    public String requestEvidence() {
        return requestEvidence;
    }

    public String mqttContextEvidence() {
        return mqttContextEvidence;
    }

    public Map<Operation, String> demoHelperEvidence() {
        return demoHelperEvidence;
    }

    public Map<Operation, HelperCall> helperCalls() {
        return helperCalls;
    }

    public boolean instanceIdInScope() {
        return instanceIdInScope;
    }

    public String routeEvidence() {
        return routeEvidence;
    }

    public boolean targetSdk() {
        return targetSdk;
    }
}
