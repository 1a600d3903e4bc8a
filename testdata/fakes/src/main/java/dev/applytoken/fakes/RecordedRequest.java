package dev.applytoken.fakes;

import java.util.List;
import java.util.Map;

/**
 * One HTTP request as a fake server received it.
 *
 * @param method the HTTP method, for example {@code POST}
 * @param path the request path without the query string
 * @param query parameters from the query string, decoded, in arrival order per name
 * @param form parameters from an {@code application/x-www-form-urlencoded} or {@code multipart/form-data} body
 * @param headers request headers, keyed by lower-case name
 */
public record RecordedRequest(
        String method,
        String path,
        Map<String, List<String>> query,
        Map<String, List<String>> form,
        Map<String, List<String>> headers) {

    /** Returns the first value of a parameter, looking in the query string first and then in the body. */
    public String parameter(String name) {
        List<String> values = parameterValues(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** Returns every value of a parameter from the query string and the body, query values first. */
    public List<String> parameterValues(String name) {
        List<String> fromQuery = query.getOrDefault(name, List.of());
        List<String> fromForm = form.getOrDefault(name, List.of());
        if (fromForm.isEmpty()) {
            return fromQuery;
        }
        if (fromQuery.isEmpty()) {
            return fromForm;
        }
        return java.util.stream.Stream.concat(fromQuery.stream(), fromForm.stream()).toList();
    }

    /** Returns the first value of a header, matched without regard to case, or null. */
    public String header(String name) {
        List<String> values = headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of());
        return values.isEmpty() ? null : values.get(0);
    }
}
