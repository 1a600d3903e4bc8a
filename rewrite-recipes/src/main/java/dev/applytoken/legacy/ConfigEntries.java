package dev.applytoken.legacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the key-value entries of {@code .properties} and YAML text, so that Spring's
 * {@code @Value("${key}")} can be resolved by every detector the same way. YAML keys are flattened
 * with dots ({@code mqtt: token-server: x} gives {@code mqtt.token-server}); list items and
 * multi-document files are read line by line without further structure.
 */
public final class ConfigEntries {

    /** One entry, with the 1-based line of its value. */
    public record Entry(String key, String value, int line) {
    }

    private ConfigEntries() {
    }

    /** Tells whether a file name is one that Spring reads properties from: {@code .properties}, {@code .yml}, {@code .yaml}. */
    public static boolean isConfigFile(String fileName) {
        return fileName.endsWith(".properties") || fileName.endsWith(".yml") || fileName.endsWith(".yaml");
    }

    /** Reads the entries of a file, choosing the format by its name. */
    public static List<Entry> read(String fileName, String text) {
        return fileName.endsWith(".properties") ? readProperties(text) : readYaml(text);
    }

    public static List<Entry> readProperties(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int separator = indexOfSeparator(line);
            if (separator > 0) {
                String key = line.substring(0, separator).strip();
                String value = unquote(line.substring(separator + 1).strip());
                entries.add(new Entry(key, value, i + 1));
            }
        }
        return entries;
    }

    public static List<Entry> readYaml(String text) {
        List<Entry> entries = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = withoutYamlComment(lines[i]);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("-") || line.equals("---")) {
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon < 0 && line.endsWith(":")) {
                colon = line.length() - 1;
            }
            if (colon <= 0) {
                continue;
            }
            int indent = raw.length() - raw.stripLeading().length();
            while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) {
                indents.remove(indents.size() - 1);
                keys.remove(keys.size() - 1);
            }
            String key = unquote(line.substring(0, colon).strip());
            String value = unquote(line.substring(colon + 1).strip());
            keys.add(key);
            indents.add(indent);
            if (!value.isEmpty()) {
                entries.add(new Entry(String.join(".", keys), value, i + 1));
            }
        }
        return entries;
    }

    /** Drops a YAML comment: a {@code #} at the start or after a space, outside quotes. */
    private static String withoutYamlComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static int indexOfSeparator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '=' || c == ':') {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
