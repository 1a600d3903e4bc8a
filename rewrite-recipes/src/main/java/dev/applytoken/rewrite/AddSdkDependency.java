package dev.applytoken.rewrite;

import org.openrewrite.Cursor;
import org.openrewrite.ExecutionContext;
import org.openrewrite.xml.tree.Xml;

/** Entry point of the build half of the migration, for the recipe in another package. */
public final class AddSdkDependency {

    private AddSdkDependency() {
    }

    /** Adds {@code sdk} to the dependencies of the Maven pom {@code document} unless it is there already. */
    public static Xml.Document visit(Xml.Document document, TargetSdk sdk, ExecutionContext ctx) {
        return (Xml.Document) new AddSdkDependencyVisitor(sdk).visitNonNull(document, ctx,
                new Cursor(null, Cursor.ROOT_VALUE));
    }
}
