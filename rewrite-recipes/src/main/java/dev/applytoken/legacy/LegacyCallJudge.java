package dev.applytoken.legacy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a {@link RequestSite} calls the legacy token server, for which operations, and how
 * sure that is. The scanner and the OpenRewrite search recipe both call it, so they cannot disagree.
 *
 * <p>Strong evidence gives {@link Confidence#HIGH}: a legacy host, the vendor demo helpers, or an
 * outgoing request that sends at least {@link #MIN_SIGNATURE_PARAMETERS} of the legacy parameters. A
 * legacy path is also strong when another site of the same file had strong evidence.
 * Weak evidence gives {@link Confidence#MEDIUM}: a bare legacy path in an outgoing request with MQTT
 * context nearby. Route declarations, code on a target SDK, and paths that follow a host other than
 * the legacy one yield nothing.
 */
public final class LegacyCallJudge {

    /**
     * Names of the parameters that only a legacy token-server request sends together. Any one or two
     * of them occur in unrelated APIs ({@code signature}, {@code instanceId}, {@code expireTime}), so
     * a site needs {@link #MIN_SIGNATURE_PARAMETERS} of them before they count as strong evidence.
     */
    public static final List<String> SIGNATURE_PARAMETERS = List.of(
            "resources", "actions", "serviceName", "proxyType", "expireTime", "instanceId", "signature");

    /** How many of {@link #SIGNATURE_PARAMETERS} an outgoing request must send to count as strong evidence. */
    public static final int MIN_SIGNATURE_PARAMETERS = 4;

    private LegacyCallJudge() {
    }

    /** Returns one verdict per operation the site performs, or an empty list when it is not a finding. */
    public static List<Verdict> judge(RequestSite site) {
        if (site.targetSdk() || site.routeEvidence() != null) {
            return List.of();
        }
        boolean onForeignHostOnly = !site.foreignHostEvidence().isEmpty() && site.hostEvidence().isEmpty();
        List<String> signatureParameters = signatureParameters(site);
        boolean signatureSet = site.requestEvidence() != null && !onForeignHostOnly
                && signatureParameters.size() >= MIN_SIGNATURE_PARAMETERS;
        boolean strong = !site.hostEvidence().isEmpty() || signatureSet;
        boolean strongPaths = strong || !site.sameFileEvidence().isEmpty() && !onForeignHostOnly;

        Map<Operation, Draft> drafts = new EnumMap<>(Operation.class);
        for (Map.Entry<Operation, String> path : site.pathEvidence().entrySet()) {
            if (strongPaths) {
                Draft draft = draft(drafts, path.getKey(), Confidence.HIGH);
                addStrongEvidence(draft, site, signatureSet, signatureParameters);
                draft.evidence.addAll(site.sameFileEvidence());
                draft.evidence.add(path.getValue());
            } else if (site.requestEvidence() != null && site.mqttContextEvidence() != null) {
                Draft draft = draft(drafts, path.getKey(), Confidence.MEDIUM);
                draft.evidence.add(path.getValue());
                draft.evidence.add(site.requestEvidence());
                draft.evidence.add(site.mqttContextEvidence());
            }
        }
        for (Map.Entry<Operation, String> helper : site.demoHelperEvidence().entrySet()) {
            draft(drafts, helper.getKey(), Confidence.HIGH).evidence.add(helper.getValue());
        }
        for (Map.Entry<Operation, RequestSite.HelperCall> call : site.helperCalls().entrySet()) {
            draft(drafts, call.getKey(), call.getValue().confidence()).evidence.add(call.getValue().evidence());
        }
        if (drafts.isEmpty() && strong) {
            Operation operation = signatureSet ? Operation.APPLY : Operation.REFERENCE;
            addStrongEvidence(draft(drafts, operation, Confidence.HIGH), site, signatureSet, signatureParameters);
        }

        List<Verdict> verdicts = new ArrayList<>();
        drafts.forEach((operation, draft) -> verdicts.add(toVerdict(site, operation, draft)));
        return verdicts;
    }

    /** Returns the members of {@link #SIGNATURE_PARAMETERS} the site sends, in that order. */
    public static List<String> signatureParameters(RequestSite site) {
        List<String> found = new ArrayList<>();
        for (String name : SIGNATURE_PARAMETERS) {
            for (String sent : site.parameters()) {
                if (isSignatureParameter(name, sent)) {
                    found.add(sent.contains("=") ? sent : name);
                    break;
                }
            }
        }
        return found;
    }

    private static boolean isSignatureParameter(String name, String sent) {
        int equals = sent.indexOf('=');
        String sentName = equals < 0 ? sent : sent.substring(0, equals);
        if (!sentName.equals(name)) {
            return false;
        }
        if (equals < 0) {
            return true;
        }
        String value = sent.substring(equals + 1);
        return switch (name) {
            case "serviceName" -> value.equals(LegacyTokenServer.SERVICE_NAME_VALUE);
            case "proxyType" -> value.equalsIgnoreCase(LegacyTokenServer.PROXY_TYPE_VALUE);
            default -> true;
        };
    }

    private static void addStrongEvidence(Draft draft, RequestSite site, boolean signatureSet,
                                          List<String> signatureParameters) {
        draft.evidence.addAll(site.hostEvidence());
        if (signatureSet) {
            draft.evidence.add("sends parameters " + String.join(", ", signatureParameters));
        }
        if (site.requestEvidence() != null) {
            draft.evidence.add(site.requestEvidence());
        }
    }

    private static Draft draft(Map<Operation, Draft> drafts, Operation operation, Confidence confidence) {
        Draft draft = drafts.computeIfAbsent(operation, key -> new Draft(confidence));
        if (confidence.compareTo(draft.confidence) < 0) {
            draft.confidence = confidence;
        }
        return draft;
    }

    private static Verdict toVerdict(RequestSite site, Operation operation, Draft draft) {
        List<String> evidence = new ArrayList<>(draft.evidence);
        return switch (site.kind()) {
            case JAVA_REQUEST -> javaVerdict(site, operation, draft.confidence, evidence);
            case JAVA_DECLARATION -> new Verdict(operation, draft.confidence, evidence, Migration.MANUAL,
                    "migrate by hand: a field that holds the legacy token-server address; "
                            + "remove it once no code uses it");
            case CONFIGURATION -> new Verdict(operation, draft.confidence, evidence, Migration.MANUAL,
                    "migrate by hand: a configuration value that points at the legacy token server; "
                            + "remove it once the code calls the " + actionName(operation) + " API");
            case OTHER_LANGUAGE -> "java".equals(site.language()) ? new Verdict(operation, draft.confidence, evidence,
                    Migration.MANUAL, "migrate by hand: this Java code did not parse or is commented out, "
                            + "so applytoken fix leaves it alone")
                    : new Verdict(operation, draft.confidence, evidence, Migration.MANUAL,
                    "migrate by hand: applytoken rewrites Java only; call the " + actionName(operation)
                            + " API through " + sdkFor(site.language()));
        };
    }

    private static Verdict javaVerdict(RequestSite site, Operation operation, Confidence confidence,
                                       List<String> evidence) {
        if (operation == Operation.REFERENCE) {
            return new Verdict(operation, confidence, evidence, Migration.MANUAL,
                    "migrate by hand: the code names the legacy host but no apply, revoke or query path, "
                            + "so the operation is unknown");
        }
        String action = actionName(operation);
        if (evidence.stream().allMatch(entry -> entry.startsWith(RequestSite.HELPER_CALL_EVIDENCE))) {
            return new Verdict(operation, confidence, evidence, Migration.AUTO,
                    "applytoken fix migrates the helper this line calls; the call itself needs no change");
        }
        if (operation != Operation.APPLY && !site.instanceIdInScope()) {
            return new Verdict(operation, confidence, evidence, Migration.MANUAL,
                    action + " needs an InstanceId, which this call does not have");
        }
        return new Verdict(operation, confidence, evidence, Migration.AUTO,
                "applytoken fix rewrites this call to the " + action + " API");
    }

    /** Names the Alibaba Cloud tool a {@code language} (a report name such as {@code python}) calls the API with. */
    private static String sdkFor(String language) {
        return switch (language) {
            case "shell" -> "the aliyun command-line tool";
            case "python" -> "the Alibaba Cloud SDK for Python";
            case "javascript", "typescript" -> "the Alibaba Cloud SDK for Node.js";
            case "php" -> "the Alibaba Cloud SDK for PHP";
            case "go" -> "the Alibaba Cloud SDK for Go";
            case "csharp" -> "the Alibaba Cloud SDK for .NET";
            case "kotlin" -> "the Alibaba Cloud SDK for Java";
            case "ruby" -> "the Alibaba Cloud SDK for Ruby";
            default -> "an Alibaba Cloud SDK";
        };
    }

    private static String actionName(Operation operation) {
        return operation.openApiAction().orElse("ApplyToken");
    }

    private static final class Draft {
        private Confidence confidence;
        private final Set<String> evidence = new LinkedHashSet<>();

        private Draft(Confidence confidence) {
            this.confidence = confidence;
        }
    }
}
