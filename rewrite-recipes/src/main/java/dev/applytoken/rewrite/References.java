package dev.applytoken.rewrite;

import org.openrewrite.Cursor;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.J;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Counts the names that a piece of code reads, by simple name. Declared names, member names after a dot and method
 * names do not count, so the counts compare how often a local variable is used inside and outside some statements.
 */
final class References {

    private References() {
    }

    static Map<String, Integer> count(J tree) {
        Map<String, Integer> counts = new HashMap<>();
        if (tree == null) {
            return counts;
        }
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.Identifier visitIdentifier(J.Identifier identifier, Integer p) {
                Object parent = enclosingTree(getCursor());
                boolean declaration = parent instanceof J.VariableDeclarations.NamedVariable variable
                        && variable.getName() == identifier;
                boolean member = parent instanceof J.FieldAccess fieldAccess && fieldAccess.getName() == identifier;
                boolean method = parent instanceof J.MethodInvocation invocation && invocation.getName() == identifier;
                boolean declaredMethod = parent instanceof J.MethodDeclaration;
                if (!declaration && !member && !method && !declaredMethod) {
                    counts.merge(identifier.getSimpleName(), 1, Integer::sum);
                }
                return identifier;
            }
        }.visitNonNull(tree, 0, new Cursor(null, Cursor.ROOT_VALUE));
        return counts;
    }

    private static Object enclosingTree(Cursor cursor) {
        for (Cursor parent = cursor.getParent(); parent != null; parent = parent.getParent()) {
            if (parent.getValue() instanceof J tree) {
                return tree;
            }
        }
        return null;
    }

    static boolean mentionsAny(J tree, Set<String> names) {
        if (names.isEmpty()) {
            return false;
        }
        for (String name : count(tree).keySet()) {
            if (names.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
