package dev.applytoken.fakes;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A copy of one sample legacy project from {@code testdata/samples/} in a scratch directory, which a
 * test can edit, compile in-process and run by calling {@code sample.SampleRun.run()}.
 */
public final class SampleProject {
    /** The legacy token server URL, which every sample keeps in a string constant. */
    public static final String LEGACY_BASE_URL = "https://mqauth.aliyuncs.com";

    private static final String SOURCE_ROOT = "src/main/java";

    private final Path root;

    private SampleProject(Path root) {
        this.root = root;
    }

    /**
     * Copies the sample named {@code name} (for example {@code vendor-demo}) into {@code scratch}.
     * The samples directory is found by walking up from the working directory to the folder that
     * contains {@code testdata/samples}, so tests of any module of this build can use it.
     */
    public static SampleProject copyOf(String name, Path scratch) throws IOException {
        Path source = samplesDirectory().resolve(name);
        if (!Files.isDirectory(source)) {
            throw new IllegalArgumentException("sample " + name + " not found in " + samplesDirectory());
        }
        Path target = scratch.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path relative = source.relativize(file);
                if (relative.startsWith("target")) {
                    continue;
                }
                Path copy = target.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return new SampleProject(target);
    }

    /** Returns {@code testdata/samples} of this repository. */
    public static Path samplesDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("testdata").resolve("samples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("testdata/samples not found above " + Path.of("").toAbsolutePath());
    }

    /** Returns the classpath of the running JVM, which under Surefire is the module's test classpath. */
    public static List<Path> currentClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(Path::of)
                .toList();
    }

    /** Returns the root directory of this copy. */
    public Path root() {
        return root;
    }

    /** Returns every {@code .java} file under {@code src/main/java}, sorted by path. */
    public List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve(SOURCE_ROOT))) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }

    /**
     * Replaces {@link #LEGACY_BASE_URL} with {@code baseUrl} in every Java source, and returns how
     * many occurrences were replaced.
     */
    public int replaceLegacyBaseUrl(String baseUrl) throws IOException {
        int replaced = 0;
        for (Path file : javaSources()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int count = text.split(java.util.regex.Pattern.quote(LEGACY_BASE_URL), -1).length - 1;
            if (count > 0) {
                Files.writeString(file, text.replace(LEGACY_BASE_URL, baseUrl), StandardCharsets.UTF_8);
                replaced += count;
            }
        }
        return replaced;
    }

    /**
     * Compiles {@code src/main/java} against {@code classpath} into {@code target/classes} with the
     * JDK's in-process compiler, and returns that directory.
     *
     * @throws IllegalStateException with the compiler's diagnostics when compilation fails
     */
    public Path compile(List<Path> classpath) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no system Java compiler: run the tests on a JDK, not a JRE");
        }
        Path classes = Files.createDirectories(root.resolve("target").resolve("classes"));
        List<String> options = List.of(
                "-d", classes.toString(),
                "-classpath", joinClasspath(classpath),
                "-encoding", "UTF-8",
                "--release", "17",
                "-proc:none",
                "-nowarn");

        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(javaSources());
            boolean ok = compiler.getTask(diagnostics, files, null, options, null, units).call();
            if (!ok) {
                throw new IllegalStateException("compiling sample " + root.getFileName() + " failed:\n" + diagnostics);
            }
        }
        return classes;
    }

    /**
     * Loads the compiled classes with {@code classpath} in a fresh class loader, calls
     * {@code sample.SampleRun.run()} and returns the token it returns. The class loader's parent is
     * the platform class loader, so the sample loads classes only from {@code classpath} and its own output.
     */
    public String run(List<Path> classpath) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(toUrl(root.resolve("target").resolve("classes")));
        for (Path entry : classpath) {
            urls.add(toUrl(entry));
        }

        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            // Some JSON and HTTP libraries look classes up through the context class loader.
            thread.setContextClassLoader(loader);
            Method run = loader.loadClass("sample.SampleRun").getMethod("run");
            return (String) run.invoke(null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String joinClasspath(List<Path> classpath) {
        return classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
