package dev.applytoken.scanner.scan;

import dev.applytoken.legacy.Confidence;
import dev.applytoken.legacy.Migration;
import dev.applytoken.legacy.Operation;
import java.util.Comparator;
import java.util.List;

/**
 * One place in a repository that calls, or points at, the legacy token server.
 *
 * @param file       path relative to the scanned root, with {@code /} separators
 * @param line       1-based line of the call or reference
 * @param language   {@code java}, {@code kotlin}, {@code php}, {@code javascript}, {@code python}, {@code go},
 *                   {@code csharp}, {@code shell}, {@code properties}, {@code yaml}, {@code json} or {@code env}
 * @param evidence   why the scanner flagged it, each entry checkable by a reviewer; credentials masked
 * @param migration  whether {@code applytoken fix} is expected to migrate it
 * @param reason     what the migration will do, or why it must be done by hand
 */
public record Finding(String file, int line, String language, Operation operation, Confidence confidence,
                      List<String> evidence, Migration migration, String reason) {

    /** Orders findings by file, then line, then operation. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::operation)
            .thenComparing(Finding::confidence);

    public Finding {
        evidence = List.copyOf(evidence);
    }
}
