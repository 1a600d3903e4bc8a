package dev.applytoken.scanner.scan;

import dev.applytoken.legacy.Confidence;
import dev.applytoken.legacy.Operation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The facts about the rest of the project that one file's analysis needs: Java constants,
 * configuration values, and the methods found to call the token server. Safe for concurrent use.
 */
final class ProjectIndex {

    /** A Java field whose value is a string expression, resolved lazily. */
    record Constant(String owner, String name, String file, int line, boolean isStatic,
                    com.github.javaparser.ast.expr.Expression initializer) {
    }

    /** A configuration entry, such as {@code mqtt.token-server=https://...} in application.properties. */
    record ConfigValue(String key, String value, String file, int line) {
    }

    /** A method whose own body calls the token server. */
    record Helper(String owner, String method, Operation operation, Confidence confidence, String file, int line) {
    }

    private final Map<String, Constant> constantsByQualifiedName = new ConcurrentHashMap<>();
    private final Map<String, List<Constant>> constantsByName = new ConcurrentHashMap<>();
    private final Map<String, ConfigValue> configValues = new ConcurrentHashMap<>();
    private final Map<String, List<Helper>> helpersByMethod = new ConcurrentHashMap<>();
    private final Set<String> migratedClasses = ConcurrentHashMap.newKeySet();

    void addConstant(Constant constant) {
        constantsByQualifiedName.put(constant.owner() + "." + constant.name(), constant);
        constantsByName.computeIfAbsent(constant.name(), key -> new CopyOnWriteArrayList<>()).add(constant);
    }

    /** Finds a constant written as {@code Owner.NAME}. */
    Constant constant(String owner, String name) {
        return constantsByQualifiedName.get(owner + "." + name);
    }

    /** Finds a static constant by its simple name when exactly one class declares it (static imports). */
    Constant uniqueStaticConstant(String name) {
        List<Constant> candidates = constantsByName.getOrDefault(name, List.of());
        Constant found = null;
        for (Constant candidate : candidates) {
            if (candidate.isStatic()) {
                if (found != null) {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }

    Set<String> constantNames() {
        return constantsByName.keySet();
    }

    void addConfigValue(ConfigValue value) {
        configValues.putIfAbsent(value.key(), value);
    }

    ConfigValue configValue(String key) {
        return configValues.get(key);
    }

    Set<String> configKeys() {
        return configValues.keySet();
    }

    void addHelper(Helper helper) {
        helpersByMethod.computeIfAbsent(helper.method(), key -> new CopyOnWriteArrayList<>()).add(helper);
    }

    List<Helper> helpers(String method) {
        return helpersByMethod.getOrDefault(method, List.of());
    }

    /**
     * Returns the simple names of the classes that declare helpers. A call of a helper names its
     * class (or a variable of it, declared with the class name), or sits in that class's own file.
     */
    Set<String> helperOwnerNames() {
        Set<String> owners = new java.util.HashSet<>();
        helpersByMethod.values().forEach(helpers -> helpers.forEach(helper -> owners.add(helper.owner())));
        return owners;
    }

    /** Records a class already on a target SDK, so calls of its methods are not legacy calls. */
    void addMigratedClass(String simpleName) {
        migratedClasses.add(simpleName);
    }

    boolean isMigratedClass(String simpleName) {
        return migratedClasses.contains(simpleName);
    }
}
