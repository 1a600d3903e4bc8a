package dev.applytoken;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.applytoken.rewrite.AddSdkDependency;
import dev.applytoken.rewrite.MigrateLegacyCalls;
import dev.applytoken.rewrite.MigrationScan;
import dev.applytoken.rewrite.MigrationSettings;
import dev.applytoken.rewrite.table.MigrationOutcomes;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Option;
import org.openrewrite.ScanningRecipe;
import org.openrewrite.Tree;
import org.openrewrite.TreeVisitor;
import org.openrewrite.Validated;
import org.openrewrite.java.tree.J;
import org.openrewrite.maven.tree.MavenResolutionResult;
import org.openrewrite.xml.tree.Xml;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Migrates calls of the retired ApsaraMQ for MQTT token server to the ApplyToken, RevokeToken and QueryToken
 * OpenAPI, and adds the target SDK to the pom of every module whose Java it migrated.
 * <p>
 * It is one recipe with no sub-recipes on purpose: {@code rewrite-maven-plugin} sets {@code -Drewrite.options} only
 * on such a recipe, by reflection on the fields below, whose names are therefore the option names.
 */
public class MigrateToApplyTokenApi extends ScanningRecipe<MigrationScan> {

    @Option(displayName = "Region id",
            description = "The OpenAPI region of the MQTT instance, such as `cn-hangzhou`. The legacy host "
                    + "`mqauth.aliyuncs.com` served several regions, so the recipe cannot derive it.",
            example = "cn-hangzhou")
    String regionId;

    @Option(displayName = "Endpoint",
            description = "An explicit endpoint host with an optional port, such as "
                    + "`onsmqtt-vpc.cn-hangzhou.aliyuncs.com`. A value starting with `http://` makes the "
                    + "generated code use plain HTTP, for a local test server.",
            example = "onsmqtt-vpc.cn-hangzhou.aliyuncs.com",
            required = false)
    String endpoint;

    @Option(displayName = "Credentials",
            description = "`keep` passes the access key id and secret expressions the legacy code used; "
                    + "`default-chain` uses the SDK's default credential chain, so the keys leave the code.",
            valid = {"keep", "default-chain"},
            example = "keep",
            required = false)
    String credentials;

    @Option(displayName = "Target SDK",
            description = "`tea` generates calls of `com.aliyun:onsmqtt20200420`; `core` generates "
                    + "`CommonRequest` calls of `com.aliyun:aliyun-java-sdk-core`.",
            valid = {"tea", "core"},
            example = "tea",
            required = false)
    String targetSdk;

    @Option(displayName = "Instance id",
            description = "The MQTT instance id to send when a legacy call sent none and no variable named like "
                    + "`instanceId` is in scope. Revoke and query calls never sent one.",
            example = "post-cn-0pp1ldu0a01",
            required = false)
    String instanceId;

    public MigrateToApplyTokenApi() {
    }

    @JsonCreator
    public MigrateToApplyTokenApi(@JsonProperty("regionId") String regionId,
                                  @JsonProperty("endpoint") String endpoint,
                                  @JsonProperty("credentials") String credentials,
                                  @JsonProperty("targetSdk") String targetSdk,
                                  @JsonProperty("instanceId") String instanceId) {
        this.regionId = regionId;
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.targetSdk = targetSdk;
        this.instanceId = instanceId;
    }

    private final transient MigrationOutcomes outcomes = new MigrationOutcomes(this);

    @Override
    public String getDisplayName() {
        return "Migrate legacy MQTT token-server calls to the ApplyToken API";
    }

    @Override
    public String getDescription() {
        return "Rewrites Java code that calls the retired ApsaraMQ for MQTT token server "
                + "(`https://mqauth.aliyuncs.com/token/apply`, `/token/revoke`, `/token/query`) into ApplyToken, "
                + "RevokeToken and QueryToken calls through Alibaba Cloud's SDK, and adds the SDK to the Maven "
                + "build. Calls it cannot migrate with certainty stay unchanged, get an `applytoken:` comment, "
                + "and are listed with the reason in a data table.";
    }

    @Override
    public Validated<Object> validate() {
        Validated<Object> validated = super.validate();
        Map<String, String> problems = MigrationSettings.problems(regionId, endpoint, credentials, targetSdk, instanceId);
        for (Map.Entry<String, String> problem : problems.entrySet()) {
            validated = validated.and(Validated.invalid(problem.getKey(), null, problem.getValue()));
        }
        return validated;
    }

    @Override
    public MigrationScan getInitialValue(ExecutionContext ctx) {
        return new MigrationScan();
    }

    @Override
    public TreeVisitor<?, ExecutionContext> getScanner(MigrationScan scan) {
        return new TreeVisitor<Tree, ExecutionContext>() {
            @Override
            public Tree visit(Tree tree, ExecutionContext ctx) {
                if (tree instanceof J.CompilationUnit compilationUnit) {
                    try {
                        scan.scan(compilationUnit);
                    } catch (RuntimeException e) {
                        // A file whose constants cannot be read still gets migrated on its own; only
                        // cross-file constants declared in it stay unknown.
                        return tree;
                    }
                }
                return tree;
            }
        };
    }

    @Override
    public TreeVisitor<?, ExecutionContext> getVisitor(MigrationScan scan) {
        // The plugin may run a recipe that failed validation, so an invalid configuration changes nothing here.
        Optional<MigrationSettings> settings =
                MigrationSettings.parse(regionId, endpoint, credentials, targetSdk, instanceId);
        return new TreeVisitor<Tree, ExecutionContext>() {
            @Override
            public Tree visit(Tree tree, ExecutionContext ctx) {
                if (settings.isEmpty()) {
                    return tree;
                }
                if (tree instanceof J.CompilationUnit compilationUnit) {
                    return MigrateLegacyCalls.visit(compilationUnit, scan.constants(), settings.get(),
                            row -> outcomes.insertRow(ctx, row), ctx);
                }
                if (tree instanceof Xml.Document document
                        && document.getMarkers().findFirst(MavenResolutionResult.class).isPresent()) {
                    return addSdkDependency(document, scan, settings.get(), ctx);
                }
                return tree;
            }
        };
    }

    private Xml.Document addSdkDependency(Xml.Document pom, MigrationScan scan, MigrationSettings settings,
                                          ExecutionContext ctx) {
        try {
            if (!scan.migratesModuleOf(pom, settings)) {
                return pom;
            }
            return AddSdkDependency.visit(pom, settings.targetSdk(), ctx);
        } catch (RuntimeException e) {
            outcomes.insertRow(ctx, new MigrationOutcomes.Row(pom.getSourcePath().toString(), null, "unknown",
                    MigrationOutcomes.MANUAL, "the pom was left unchanged because adding the SDK failed with " + e
                    + "; add " + settings.targetSdk().coordinates() + " to its dependencies by hand"));
            return pom;
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof MigrateToApplyTokenApi that)) {
            return false;
        }
        return Objects.equals(regionId, that.regionId) && Objects.equals(endpoint, that.endpoint)
                && Objects.equals(credentials, that.credentials) && Objects.equals(targetSdk, that.targetSdk)
                && Objects.equals(instanceId, that.instanceId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionId, endpoint, credentials, targetSdk, instanceId);
    }
}
