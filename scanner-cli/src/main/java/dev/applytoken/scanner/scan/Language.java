package dev.applytoken.scanner.scan;

import java.util.Locale;
import java.util.Optional;

/** The languages and configuration formats the scanner reads, with how each writes comments. */
enum Language {
    JAVA("java", CommentStyle.C),
    KOTLIN("kotlin", CommentStyle.C),
    PHP("php", CommentStyle.C_AND_HASH),
    JAVASCRIPT("javascript", CommentStyle.C),
    PYTHON("python", CommentStyle.HASH),
    GO("go", CommentStyle.C),
    CSHARP("csharp", CommentStyle.C),
    SHELL("shell", CommentStyle.HASH),
    RUBY("ruby", CommentStyle.HASH),
    PROPERTIES("properties", CommentStyle.PROPERTIES),
    YAML("yaml", CommentStyle.HASH),
    JSON("json", CommentStyle.NONE),
    ENV("env", CommentStyle.HASH),
    XML("xml", CommentStyle.XML);

    /** How a language marks comments, which decides what {@link SourceText#stripComments} removes. */
    enum CommentStyle { C, C_AND_HASH, HASH, PROPERTIES, XML, NONE }

    private final String reportName;
    private final CommentStyle commentStyle;

    Language(String reportName, CommentStyle commentStyle) {
        this.reportName = reportName;
        this.commentStyle = commentStyle;
    }

    String reportName() {
        return reportName;
    }

    CommentStyle commentStyle() {
        return commentStyle;
    }

    /** Tells whether files of this language hold settings rather than code. */
    boolean isConfiguration() {
        return this == PROPERTIES || this == YAML || this == JSON || this == ENV || this == XML;
    }

    /** Finds the language of a file from its name, or empty for files the scanner does not read. */
    static Optional<Language> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env")) {
            return Optional.of(ENV);
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return switch (name.substring(dot + 1)) {
            case "java" -> Optional.of(JAVA);
            case "kt", "kts" -> Optional.of(KOTLIN);
            case "php" -> Optional.of(PHP);
            case "js", "mjs", "cjs", "jsx", "ts", "tsx", "mts", "cts" -> Optional.of(JAVASCRIPT);
            case "py" -> Optional.of(PYTHON);
            case "go" -> Optional.of(GO);
            case "cs" -> Optional.of(CSHARP);
            case "sh", "bash", "zsh" -> Optional.of(SHELL);
            case "rb" -> Optional.of(RUBY);
            case "properties" -> Optional.of(PROPERTIES);
            case "yml", "yaml" -> Optional.of(YAML);
            case "json" -> Optional.of(JSON);
            case "xml" -> Optional.of(XML);
            default -> Optional.empty();
        };
    }
}
