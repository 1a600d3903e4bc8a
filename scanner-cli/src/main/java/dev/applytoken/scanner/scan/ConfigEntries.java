package dev.applytoken.scanner.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the key-value entries of {@code .properties} and YAML files, so that Spring's
 * {@code @Value("${key}")} can be resolved. YAML keys are flattened with dots
 * ({@code mqtt: token-server: x} gives {@code mqtt.token-server}); lists and multi-document
 * files are read line by line without further structure.
 */
final class ConfigEntries {

    private ConfigEntries() {
    }

    static List<ProjectIndex.ConfigValue> read(SourceFile file) {
        String text = SourceText.stripComments(file.text().text(), file.language().commentStyle());
        return switch (file.language()) {
            case PROPERTIES, ENV -> readProperties(file.path(), text);
            case YAML -> readYaml(file.path(), text);
            default -> List.of();
        };
    }

    private static List<ProjectIndex.ConfigValue> readProperties(String path, String text) {
        List<ProjectIndex.ConfigValue> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int separator = indexOfSeparator(line);
            if (separator > 0) {
                String key = line.substring(0, separator).strip();
                String value = unquote(line.substring(separator + 1).strip());
                entries.add(new ProjectIndex.ConfigValue(key, value, path, i + 1));
            }
        }
        return entries;
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

    private static List<ProjectIndex.ConfigValue> readYaml(String path, String text) {
        List<ProjectIndex.ConfigValue> entries = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
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
                entries.add(new ProjectIndex.ConfigValue(String.join(".", keys), value, path, i + 1));
            }
        }
        return entries;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
