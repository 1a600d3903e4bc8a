package dev.applytoken.standin;

import com.aliyun.tea.NameInMap;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares the public surface of the stand-in with a listing written by hand from the published
 * SDK source, so that a signature drifting away from {@code com.aliyun:onsmqtt20200420} fails here
 * before it misleads the recipe tests that compile against it.
 */
class StandinSignatureTest {
    private static final String LISTING = "/expected-signatures.txt";

    @Test
    void listedClassesHaveListedMembers() throws Exception {
        Map<String, List<String>> expected = readListing();

        for (Map.Entry<String, List<String>> entry : expected.entrySet()) {
            String header = entry.getKey();
            String className = header.split(" ")[1];
            Class<?> type = Class.forName(className);

            assertThat(describeClass(type)).as("class line").isEqualTo(header);
            assertThat(describeMembers(type))
                    .as("public members of %s", className)
                    .containsExactlyInAnyOrderElementsOf(entry.getValue());
        }
    }

    @Test
    void noUnlistedPublicClass() throws Exception {
        List<String> listed = readListing().keySet().stream()
                .map(header -> header.split(" ")[1])
                .toList();

        assertThat(publicClassesBeside(com.aliyun.onsmqtt20200420.Client.class))
                .containsExactlyInAnyOrderElementsOf(listed);
    }

    private static Map<String, List<String>> readListing() throws IOException {
        Map<String, List<String>> classes = new LinkedHashMap<>();
        List<String> current = null;
        try (InputStream in = StandinSignatureTest.class.getResourceAsStream(LISTING)) {
            assertThat(in).as("resource %s", LISTING).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("class ")) {
                    current = new ArrayList<>();
                    classes.put(line.strip(), current);
                } else {
                    current.add(line.strip());
                }
            }
        }
        return classes;
    }

    private static String describeClass(Class<?> type) {
        return "class " + type.getName() + " extends " + type.getSuperclass().getName();
    }

    private static List<String> describeMembers(Class<?> type) {
        List<String> members = new ArrayList<>();
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (Modifier.isPublic(constructor.getModifiers())) {
                members.add("constructor " + modifiers(constructor) + " " + parametersAndThrows(constructor));
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers())) {
                members.add(describeField(field));
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                members.add("method " + modifiers(method) + " " + method.getGenericReturnType().getTypeName()
                        + " " + method.getName() + parametersAndThrows(method));
            }
        }
        return members;
    }

    private static String describeField(Field field) {
        String line = "field " + Modifier.toString(field.getModifiers()) + " "
                + field.getGenericType().getTypeName() + " " + field.getName();
        NameInMap wireName = field.getAnnotation(NameInMap.class);
        return wireName == null ? line : line + " @NameInMap(\"" + wireName.value() + "\")";
    }

    private static String modifiers(Executable executable) {
        return Modifier.toString(executable.getModifiers());
    }

    private static String parametersAndThrows(Executable executable) {
        String parameters = Arrays.stream(executable.getGenericParameterTypes())
                .map(Type::getTypeName)
                .collect(Collectors.joining(", ", "(", ")"));
        Type[] thrown = executable.getGenericExceptionTypes();
        if (thrown.length == 0) {
            return parameters;
        }
        return parameters + " throws " + Arrays.stream(thrown).map(Type::getTypeName).collect(Collectors.joining(", "));
    }

    /** Lists the public top-level classes compiled into the stand-in's two packages. */
    private static List<String> publicClassesBeside(Class<?> anchor) throws IOException, URISyntaxException {
        Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        for (String pkg : List.of("com.aliyun.onsmqtt20200420", "com.aliyun.onsmqtt20200420.models")) {
            try (Stream<Path> files = Files.list(root.resolve(pkg.replace('.', '/')))) {
                files.map(file -> file.getFileName().toString())
                        .filter(file -> file.endsWith(".class") && !file.contains("$"))
                        .map(file -> pkg + "." + file.substring(0, file.length() - ".class".length()))
                        .filter(StandinSignatureTest::isPublicClass)
                        .forEach(names::add);
            }
        }
        return names;
    }

    private static boolean isPublicClass(String name) {
        try {
            return Modifier.isPublic(Class.forName(name).getModifiers());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled class " + name + " cannot be loaded", e);
        }
    }
}
