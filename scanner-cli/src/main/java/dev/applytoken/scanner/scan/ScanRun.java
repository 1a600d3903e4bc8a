package dev.applytoken.scanner.scan;

import dev.applytoken.legacy.ConfigEntries;
import dev.applytoken.legacy.LegacyTokenServer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The passes of one scan over the files already read. Runs inside the scan's fork-join pool. */
final class ScanRun {

    private final ScanOptions options;
    private final List<SourceFile> files;
    private final Collection<Finding> findings;
    private final Collection<SkippedFile> skipped;
    private final ProjectIndex index = new ProjectIndex();
    private final JavaDetector javaDetector;

    ScanRun(ScanOptions options, List<SourceFile> files, Collection<Finding> findings,
            Collection<SkippedFile> skipped) {
        this.options = options;
        this.files = files;
        this.findings = findings;
        this.skipped = skipped;
        this.javaDetector = new JavaDetector(index, options.includeComments(), skipped);
    }

    void run() {
        List<SourceFile> candidates = files.parallelStream()
                .filter(SourceFile::isCandidate)
                .toList();

        collectDeclarations(candidates);
        List<SourceFile> javaCandidates = new ArrayList<>(javaFiles(candidates));
        List<SourceFile> referencing = filesMentioning(new Prefilter(declaredNames()), candidates);
        collectDeclarations(referencing);
        javaCandidates.addAll(referencing);

        javaCandidates.parallelStream().forEach(file -> guarded(file, () -> findings.addAll(javaDetector.detect(file))));
        candidates.parallelStream()
                .filter(file -> file.language() != Language.JAVA)
                .forEach(file -> guarded(file, () -> findings.addAll(lexicalFindings(file))));

        Prefilter helperNames = new Prefilter(index.helperOwnerNames());
        if (!helperNames.isEmpty()) {
            files.parallelStream()
                    .filter(file -> file.language() == Language.JAVA && helperNames.matches(file.bytes()))
                    .forEach(file -> guarded(file, () -> findings.addAll(javaDetector.detectHelperCalls(file))));
        }
    }

    private List<Finding> lexicalFindings(SourceFile file) {
        return LexicalDetector.detect(file, options.includeComments());
    }

    /**
     * Runs one file's analysis so that a failure on that file, such as a stack overflow on code nested
     * thousands of levels deep, skips the file with a note instead of ending the scan. A Java file that
     * fails this way is still searched with the lexical rules.
     */
    private void guarded(SourceFile file, Runnable analysis) {
        try {
            analysis.run();
        } catch (RuntimeException | StackOverflowError failure) {
            String cause = failure instanceof StackOverflowError ? "nested too deeply to analyse" : failure.toString();
            skipped.add(new SkippedFile(file.path(), "analysis failed (" + cause + "); check this file by hand"));
            if (file.language() == Language.JAVA) {
                try {
                    findings.addAll(lexicalFindings(file));
                } catch (RuntimeException | StackOverflowError ignored) {
                    // The note above already asks the user to check the file.
                }
            }
        }
    }

    private void collectDeclarations(List<SourceFile> batch) {
        batch.parallelStream().forEach(file -> guarded(file, () -> collectDeclarations(file)));
    }

    private void collectDeclarations(SourceFile file) {
        if (file.language() == Language.JAVA) {
            javaDetector.collectDeclarations(file);
        } else if (ConfigEntries.isConfigFile(file.fileName())) {
            for (ConfigEntries.Entry entry : ConfigEntries.read(file.fileName(), file.text().text())) {
                if (isLegacyValue(entry.value())) {
                    index.addConfigValue(new ProjectIndex.ConfigValue(entry.key(), entry.value(), file.path(), entry.line()));
                }
            }
        }
    }

    private static boolean isLegacyValue(String value) {
        return LegacyTokenServer.findHost(value).isPresent() || LegacyTokenServer.findOperation(value).isPresent();
    }

    private Set<String> declaredNames() {
        Set<String> names = new HashSet<>(javaDetector.legacyConstantNames());
        names.addAll(index.configKeys());
        return names;
    }

    /** Returns the Java files outside {@code candidates} that mention one of the names. */
    private List<SourceFile> filesMentioning(Prefilter names, List<SourceFile> candidates) {
        if (names.isEmpty()) {
            return List.of();
        }
        Set<SourceFile> known = new HashSet<>(candidates);
        return files.parallelStream()
                .filter(file -> file.language() == Language.JAVA && !known.contains(file) && names.matches(file.bytes()))
                .toList();
    }

    private static List<SourceFile> javaFiles(List<SourceFile> batch) {
        return batch.stream().filter(file -> file.language() == Language.JAVA).toList();
    }
}
