package dev.applytoken.rewrite.search;

import dev.applytoken.legacy.ConfigEntries;
import dev.applytoken.legacy.Confidence;
import dev.applytoken.legacy.LegacyTokenServer;
import dev.applytoken.legacy.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;

/**
 * The search recipe's knowledge of the whole repository. The scanning pass fills in Java string
 * constants, configuration values and classes already on a target SDK. The first file of the edit
 * pass then analyses every compilation unit, which gives the helper methods and the marks per file.
 */
public final class ProjectFacts {

    /** A field whose initializer may be a string. */
    record Constant(String owner, String name, String file, boolean isStatic, Expression initializer) {
    }

    /** A configuration entry whose value names a legacy host or path. */
    record ConfigValue(String key, String value, String file, int line) {
    }

    /** A method whose own body calls the token server. */
    record Helper(String owner, String method, Operation operation, Confidence confidence, String file) {
    }

    private final Map<String, Constant> constantsByQualifiedName = new HashMap<>();
    private final Map<String, List<Constant>> constantsByName = new HashMap<>();
    private final Map<String, ConfigValue> configValues = new HashMap<>();
    private final Map<String, List<Helper>> helpersByMethod = new HashMap<>();
    private final Set<String> migratedClasses = new HashSet<>();
    private final List<J.CompilationUnit> units = new ArrayList<>();
    private Map<String, Map<UUID, List<LegacyCallMark>>> marksByFile;

    /** Records one compilation unit of the scanning pass. */
    public synchronized void addCompilationUnit(J.CompilationUnit unit) {
        units.add(unit);
        LstFileAnalysis.collectDeclarations(unit, this);
    }

    /** Records the legacy-valued entries of a {@code .properties} or YAML file of the scanning pass. */
    public synchronized void addConfigFile(String path, String text) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        for (ConfigEntries.Entry entry : ConfigEntries.read(fileName, text)) {
            if (LegacyTokenServer.findHost(entry.value()).isPresent()
                    || LegacyTokenServer.findOperation(entry.value()).isPresent()) {
                configValues.putIfAbsent(entry.key(), new ConfigValue(entry.key(), entry.value(), path, entry.line()));
            }
        }
    }

    /**
     * Returns the marks for one file, by the id of the tree to mark. The first call analyses every
     * compilation unit, because a call of a helper method in one file depends on the analysis of another.
     */
    public synchronized Map<UUID, List<LegacyCallMark>> marksFor(String sourcePath) {
        if (marksByFile == null) {
            marksByFile = new HashMap<>();
            List<LstFileAnalysis> analyses = new ArrayList<>();
            for (J.CompilationUnit unit : units) {
                LstFileAnalysis analysis = new LstFileAnalysis(unit, this);
                analyses.add(analysis);
                marksByFile.put(unit.getSourcePath().toString().replace('\\', '/'), analysis.run());
            }
            for (LstFileAnalysis analysis : analyses) {
                Map<UUID, List<LegacyCallMark>> marks = marksByFile.get(analysis.path());
                analysis.helperCalls().forEach((id, found) -> marks.computeIfAbsent(id, key -> new ArrayList<>()).addAll(found));
            }
        }
        return marksByFile.getOrDefault(sourcePath, Map.of());
    }

    void addConstant(Constant constant) {
        constantsByQualifiedName.put(constant.owner() + "." + constant.name(), constant);
        constantsByName.computeIfAbsent(constant.name(), key -> new ArrayList<>()).add(constant);
    }

    Constant constant(String owner, String name) {
        return constantsByQualifiedName.get(owner + "." + name);
    }

    Constant uniqueStaticConstant(String name) {
        Constant found = null;
        for (Constant candidate : constantsByName.getOrDefault(name, List.of())) {
            if (candidate.isStatic()) {
                if (found != null) {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }

    ConfigValue configValue(String key) {
        return configValues.get(key);
    }

    void addHelper(Helper helper) {
        helpersByMethod.computeIfAbsent(helper.method(), key -> new ArrayList<>()).add(helper);
    }

    List<Helper> helpers(String method) {
        return helpersByMethod.getOrDefault(method, List.of());
    }

    void addMigratedClass(String simpleName) {
        migratedClasses.add(simpleName);
    }

    boolean isMigratedClass(String simpleName) {
        return migratedClasses.contains(simpleName);
    }
}
