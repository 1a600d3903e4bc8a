package dev.applytoken.scanner.report;

import dev.applytoken.legacy.Operation;

/** Migration advice for each operation, shared by the SARIF and Markdown reports. */
final class MigrationAdvice {

    /** The command that migrates the Java findings of a repository. */
    static final String FIX_COMMAND = "applytoken fix . --region <region-id>";

    private MigrationAdvice() {
    }

    /** Returns one line naming the legacy call and its replacement. */
    static String summary(Operation operation) {
        return switch (operation) {
            case APPLY -> "Call of the retired token server's /token/apply; use the ApplyToken OpenAPI";
            case REVOKE -> "Call of the retired token server's /token/revoke; use the RevokeToken OpenAPI";
            case QUERY -> "Call of the retired token server's /token/query; use the QueryToken OpenAPI";
            case REFERENCE -> "Reference to the retired token server's host with no call attached";
        };
    }

    /** Returns a paragraph on why the finding matters and what replaces it. */
    static String description(Operation operation) {
        String retired = "The ApsaraMQ for MQTT token server (mqauth.aliyuncs.com) was switched off on"
                + " 2020-12-31, so this code fails at run time. ";
        return switch (operation) {
            case APPLY, REVOKE, QUERY -> retired + "The same operation is now " + operation.openApiAction().orElseThrow()
                    + " of the OnsMqtt 2020-04-20 OpenAPI, called through Alibaba Cloud's SDK."
                    + " Tokens and MQTT clients do not change.";
            case REFERENCE -> retired + "This value points at that host, for example in configuration, but no"
                    + " call was found next to it. Remove it once the code that reads it calls the OpenAPI.";
        };
    }

    /** Returns the migration steps as plain text. */
    static String helpText(Operation operation) {
        if (operation == Operation.REFERENCE) {
            return "Find the code that reads this value and migrate it (run '" + FIX_COMMAND + "' for Java)."
                    + " Then delete the value: the OpenAPI endpoint comes from the region, not from this host.";
        }
        String action = operation.openApiAction().orElseThrow();
        return "For Java, run '" + FIX_COMMAND + "': it rewrites the call into an " + action + " request of the"
                + " Tea SDK com.aliyun:onsmqtt20200420, keeps the credentials the code used, and adds the"
                + " dependency to the build file. The region is required because mqauth.aliyuncs.com served"
                + " several regions. A finding marked 'manual' (another language, configuration, or a call the"
                + " recipe cannot rewrite with certainty) needs the same change by hand: call " + action
                + " through the SDK of that language with the instance id, which RevokeToken and QueryToken"
                + " now require too. ApplyToken takes the expiry as an absolute time in epoch milliseconds.";
    }

    /** Returns the migration steps in Markdown. */
    static String helpMarkdown(Operation operation) {
        if (operation == Operation.REFERENCE) {
            return "Find the code that reads this value and migrate it (for Java: `" + FIX_COMMAND + "`).\n\n"
                    + "Then delete the value: the OpenAPI endpoint comes from the region, not from this host.";
        }
        String action = operation.openApiAction().orElseThrow();
        return "**Java:** run `" + FIX_COMMAND + "`. It rewrites the call into an `" + action + "` request of"
                + " the Tea SDK `com.aliyun:onsmqtt20200420`, keeps the credentials the code used, and adds the"
                + " dependency to the build file. The region is required because `mqauth.aliyuncs.com` served"
                + " several regions.\n\n"
                + "**Findings marked `manual`** (another language, configuration, or a call the recipe cannot"
                + " rewrite with certainty): call `" + action + "` through the SDK of that language with the"
                + " instance id, which `RevokeToken` and `QueryToken` now require too. `ApplyToken` takes the expiry as"
                + " an absolute time in epoch milliseconds.";
    }
}
