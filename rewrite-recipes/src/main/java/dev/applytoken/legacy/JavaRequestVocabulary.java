package dev.applytoken.legacy;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names by which Java code sends an HTTP request, shared by the JavaParser detector and the
 * OpenRewrite search recipe. Matching is by simple name, without type attribution, so a project's own
 * wrappers named like {@code doPostWithForm} or {@code httpsPost} count as well.
 */
public final class JavaRequestVocabulary {

    /** Types whose construction starts a request: Apache HttpClient, OkHttp, java.net, Spring. */
    private static final Set<String> REQUEST_TYPES = Set.of(
            "HttpPost", "HttpGet", "HttpPut", "HttpRequestBase", "URL", "UrlEncodedFormEntity",
            "FormBody", "HttpEntity", "SimpleHttpRequest", "ClassicHttpRequest");

    /** Method names that send or build a request, matched in full. */
    private static final Pattern REQUEST_METHODS = Pattern.compile(
            "post|postForm|postForEntity|postForObject|postForLocation|getForObject|getForEntity|exchange"
                    + "|execute|executeMethod|send|sendAsync|newCall|openConnection|newBuilder|createPost|createGet"
                    + "|(?i:do|send|https?|http)(?:post|get|request|form)\\w*|(?i:post)(?:form|json|body|params)\\w*");

    private static final Set<String> STRING_BUILDING_METHODS =
            Set.of("format", "join", "concat", "create", "resolve", "valueOf", "toString");

    private JavaRequestVocabulary() {
    }

    /** Tells whether constructing a type of this simple name makes or prepares an outgoing request. */
    public static boolean isRequestType(String simpleName) {
        int dot = simpleName.lastIndexOf('.');
        String name = dot < 0 ? simpleName : simpleName.substring(dot + 1);
        return REQUEST_TYPES.contains(name) || (simpleName.endsWith("Builder") && simpleName.contains("Request"));
    }

    /** Tells whether a method of this simple name sends or builds an outgoing request. */
    public static boolean isRequestMethod(String name) {
        return REQUEST_METHODS.matcher(name).matches();
    }

    /**
     * Tells whether a method of this name may build a URL from strings the detectors can follow:
     * {@code String.format}, {@code String.join}, {@code concat}, {@code URI.create}, {@code resolve},
     * {@code String.valueOf} and {@code toString}.
     */
    public static boolean isStringBuildingCall(String name) {
        return STRING_BUILDING_METHODS.contains(name);
    }

    /** Tells whether a call {@code Tools.applyToken(...)} or {@code doHttpSignature(...)} is a vendor demo helper. */
    public static boolean isDemoHelperCall(String scopeName, String methodName) {
        if (methodName.equals("doHttpSignature")) {
            return true;
        }
        boolean toolsScope = scopeName != null && (scopeName.equals("Tools") || scopeName.endsWith(".Tools"));
        return toolsScope && demoHelperOperation(methodName) != null;
    }

    /** Returns the operation of a demo helper method, or null for the signing helpers. */
    public static Operation demoHelperOperation(String methodName) {
        return switch (methodName) {
            case "applyToken" -> Operation.APPLY;
            case "revokeToken" -> Operation.REVOKE;
            case "queryToken" -> Operation.QUERY;
            default -> null;
        };
    }
}
