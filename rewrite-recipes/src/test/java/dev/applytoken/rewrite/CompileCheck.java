package dev.applytoken.rewrite;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compiles Java sources against the test classpath, which contains the SDK stand-in, the core SDK and the legacy HTTP
 * and JSON libraries, so a test can prove that migrated code compiles.
 */
final class CompileCheck {

    private CompileCheck() {
    }

    static void assertCompiles(String... sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> units = new ArrayList<>();
        for (String source : sources) {
            units.add(new InMemorySource(source));
        }
        Path output;
        try {
            output = Files.createTempDirectory("applytoken-compile");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a directory for compiled classes", e);
        }
        List<String> options = List.of("-classpath", System.getProperty("java.class.path"),
                "-d", output.toString(), "-proc:none");
        Boolean success = compiler.getTask(null, null, diagnostics, options, null, units).call();
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() + ": "
                        + diagnostic.getMessage(null));
            }
        }
        assertThat(errors).as("compiler errors").isEmpty();
        assertThat(success).isTrue();
    }

    private static final class InMemorySource extends SimpleJavaFileObject {
        private final String source;

        InMemorySource(String source) {
            super(URI.create("string:///" + className(source).replace('.', '/') + ".java"), Kind.SOURCE);
            this.source = source;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
        }

        private static String className(String source) {
            String packageName = source.replaceAll("(?s)^.*?package\\s+([\\w.]+)\\s*;.*$", "$1");
            String simpleName = source.replaceAll("(?s)^.*?(?:class|interface|enum|record)\\s+(\\w+).*$", "$1");
            return packageName + "." + simpleName;
        }
    }
}
