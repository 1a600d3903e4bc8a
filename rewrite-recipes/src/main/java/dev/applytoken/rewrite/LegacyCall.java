package dev.applytoken.rewrite;

import dev.applytoken.legacy.Operation;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.Statement;

import java.util.Set;
import java.util.UUID;

/**
 * A legacy token-server call that can be migrated with certainty: what it sends, which statements go, and how the
 * method used the response.
 *
 * @param operation       the legacy operation
 * @param replaced        the statement that the SDK call replaces
 * @param removed         ids of the statements that only fed the legacy request and go, {@code replaced} included
 * @param resources       {@code resources} of an apply call, else {@code null}
 * @param actions         {@code actions} of an apply call, else {@code null}
 * @param expireTime      {@code expireTime} as sent, before any conversion to {@code Long}, else {@code null}
 * @param token           {@code token} of a revoke or query call, else {@code null}
 * @param instanceId      the instance id as source text, from the call, the scope or the recipe option
 * @param instanceIdExpression the instance id expression the call sent, or {@code null} when it came from elsewhere
 * @param accessKeyId     the access key id expression; {@code null} when the default credential chain is used
 * @param accessKeySecret the access key secret expression; {@code null} when the default credential chain is used
 * @param consumer        how the method used the response
 * @param resultVariable  the variable that received the token or status, for {@link Consumer#DECLARE} and
 *                        {@link Consumer#ASSIGN}
 * @param resultType      the declared type of {@code resultVariable} as source text, for {@link Consumer#DECLARE}
 * @param resultIsFinal   whether the {@link Consumer#DECLARE} variable was final
 * @param booleanResult   for revoke and query: whether the result is a primitive {@code boolean}
 * @param exceptions      how SDK exceptions reach the caller
 * @param namesInUse      identifiers that the method and its class already use, which generated locals avoid
 * @param scopeNames      names declared where the generated code runs, which a generated catch parameter avoids
 */
record LegacyCall(Operation operation, Statement replaced, Set<UUID> removed,
                  Expression resources, Expression actions, Expression expireTime, Expression token,
                  String instanceId, Expression instanceIdExpression,
                  Expression accessKeyId, Expression accessKeySecret,
                  Consumer consumer, String resultVariable, String resultType, boolean resultIsFinal,
                  boolean booleanResult, ExceptionHandling exceptions, Set<String> namesInUse,
                  Set<String> scopeNames) implements CallAnalysis {

    /** How the legacy code used the response, which decides the shape of the generated statement. */
    enum Consumer {
        /** {@code return <token or status>;} */
        RETURN,
        /** {@code Type name = <token or status>;} */
        DECLARE,
        /** {@code name = <token or status>;} */
        ASSIGN,
        /** The response was not read, or only checked for failure. */
        NONE
    }

    /**
     * The exception types, by simple name, that the method declares or that a {@code try} around the call
     * catches, which decide whether SDK exceptions need wrapping.
     */
    record ExceptionHandling(Set<String> handledTypes) {

        /** Tells whether any of {@code simpleNames}, or {@code Exception} or {@code Throwable}, is handled. */
        boolean covers(String... simpleNames) {
            if (handledTypes.contains("Exception") || handledTypes.contains("Throwable")) {
                return true;
            }
            for (String name : simpleNames) {
                if (handledTypes.contains(name)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Returns the checked type to wrap a checked SDK exception in: {@code IOException} when handled, since the
         * legacy call failed with it too, else {@code null} for an {@code IllegalStateException}.
         */
        String rethrowAs() {
            return handledTypes.contains("IOException") ? "java.io.IOException" : null;
        }
    }
}
