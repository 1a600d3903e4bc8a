package dev.applytoken.fakes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the form parameters of a request body: URL-encoded forms and multipart forms. */
final class FormBodies {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"?)([^\";]+)\\1");
    private static final Pattern FIELD_NAME = Pattern.compile("(?:^|[;\\s])name=\"([^\"]*)\"");

    private FormBodies() {
    }

    /** Returns the form fields of the body, or an empty map for any other content type. */
    static Map<String, List<String>> parse(String contentType, byte[] body) {
        if (contentType == null || body.length == 0) {
            return new LinkedHashMap<>();
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return LoopbackServer.parseUrlEncoded(new String(body, StandardCharsets.UTF_8));
        }
        if (type.startsWith("multipart/form-data")) {
            Matcher boundary = BOUNDARY.matcher(contentType);
            if (boundary.find()) {
                return parseMultipart(new String(body, StandardCharsets.UTF_8), boundary.group(2));
            }
        }
        return new LinkedHashMap<>();
    }

    /**
     * Reads the text fields of a multipart body. Parts are separated by {@code --boundary} lines, and
     * each part has headers, a blank line, then its value up to the CRLF before the next separator.
     */
    private static Map<String, List<String>> parseMultipart(String body, String boundary) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String part : body.split("--" + Pattern.quote(boundary))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                continue;
            }
            Matcher name = FIELD_NAME.matcher(part.substring(0, headerEnd));
            if (!name.find()) {
                continue;
            }
            String value = part.substring(headerEnd + 4);
            if (value.endsWith("\r\n")) {
                value = value.substring(0, value.length() - 2);
            }
            fields.computeIfAbsent(name.group(1), key -> new ArrayList<>()).add(value);
        }
        return fields;
    }
}
