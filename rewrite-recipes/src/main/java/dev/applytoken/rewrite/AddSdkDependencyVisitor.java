package dev.applytoken.rewrite;

import org.openrewrite.ExecutionContext;
import org.openrewrite.maven.MavenIsoVisitor;
import org.openrewrite.maven.MavenTagInsertionComparator;
import org.openrewrite.maven.tree.Dependency;
import org.openrewrite.maven.tree.ResolvedPom;
import org.openrewrite.xml.AddToTagVisitor;
import org.openrewrite.xml.tree.Xml;

import java.util.List;

/**
 * Adds the target SDK to a pom's {@code <dependencies>} unless the pom already requests it. It writes the tag itself
 * instead of using {@code AddDependencyVisitor}, which resolves the new dependency's pom from a repository: the
 * recipe must work offline, and the Tea SDK is not served by every repository.
 */
final class AddSdkDependencyVisitor extends MavenIsoVisitor<ExecutionContext> {

    private final TargetSdk sdk;

    AddSdkDependencyVisitor(TargetSdk sdk) {
        this.sdk = sdk;
    }

    @Override
    public Xml.Document visitDocument(Xml.Document document, ExecutionContext ctx) {
        ResolvedPom pom = getResolutionResult().getPom();
        for (Dependency requested : pom.getRequestedDependencies()) {
            if (sdk.groupId().equals(pom.getValue(requested.getGroupId()))
                    && sdk.artifactId().equals(pom.getValue(requested.getArtifactId()))) {
                return document;
            }
        }
        boolean managed = pom.getManagedVersion(sdk.groupId(), sdk.artifactId(), null, null) != null;
        Xml.Tag dependency = Xml.Tag.build(dependencyXml(managed));
        Xml.Tag root = document.getRoot();
        Xml.Tag dependencies = root.getChild("dependencies").orElse(null);
        if (dependencies == null) {
            Xml.Tag created = Xml.Tag.build("<dependencies>\n" + dependencyXml(managed) + "\n</dependencies>");
            List<? extends org.openrewrite.xml.tree.Content> content = root.getContent();
            return (Xml.Document) new AddToTagVisitor<ExecutionContext>(root, created,
                    new MavenTagInsertionComparator(content)).visitNonNull(document, ctx);
        }
        return (Xml.Document) new AddToTagVisitor<ExecutionContext>(dependencies, dependency)
                .visitNonNull(document, ctx);
    }

    private String dependencyXml(boolean managed) {
        return "<dependency>\n"
                + "<groupId>" + sdk.groupId() + "</groupId>\n"
                + "<artifactId>" + sdk.artifactId() + "</artifactId>\n"
                + (managed ? "" : "<version>" + sdk.version() + "</version>\n")
                + "</dependency>";
    }
}
