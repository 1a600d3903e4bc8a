package dev.applytoken.rewrite;

/**
 * Source stubs of the SDK classes that generated code uses, so that {@code JavaTemplate} attributes types without
 * the SDK jars. Signatures follow {@code com.aliyun:onsmqtt20200420} 1.6.1, {@code com.aliyun:tea-openapi} 0.3.15,
 * {@code com.aliyun:credentials-java} 1.0.3, {@code com.aliyun:aliyun-java-sdk-core} 4.7.10 and gson 2.11.
 */
final class SdkStubs {

    static final String[] TEA = {
            """
            package com.aliyun.teaopenapi.models;
            public class Config {
                public Config setAccessKeyId(String accessKeyId) { return this; }
                public Config setAccessKeySecret(String accessKeySecret) { return this; }
                public Config setRegionId(String regionId) { return this; }
                public Config setEndpoint(String endpoint) { return this; }
                public Config setProtocol(String protocol) { return this; }
                public Config setCredential(com.aliyun.credentials.Client credential) { return this; }
            }
            """,
            """
            package com.aliyun.credentials;
            public class Client {
                public Client() {}
            }
            """,
            """
            package com.aliyun.onsmqtt20200420;
            import com.aliyun.onsmqtt20200420.models.*;
            public class Client {
                public Client(com.aliyun.teaopenapi.models.Config config) throws Exception {}
                public ApplyTokenResponse applyToken(ApplyTokenRequest request) throws Exception { return null; }
                public RevokeTokenResponse revokeToken(RevokeTokenRequest request) throws Exception { return null; }
                public QueryTokenResponse queryToken(QueryTokenRequest request) throws Exception { return null; }
            }
            """,
            """
            package com.aliyun.onsmqtt20200420.models;
            public class ApplyTokenRequest {
                public ApplyTokenRequest setActions(String actions) { return this; }
                public ApplyTokenRequest setExpireTime(Long expireTime) { return this; }
                public ApplyTokenRequest setInstanceId(String instanceId) { return this; }
                public ApplyTokenRequest setResources(String resources) { return this; }
            }
            """,
            """
            package com.aliyun.onsmqtt20200420.models;
            public class ApplyTokenResponse {
                public ApplyTokenResponseBody getBody() { return null; }
            }
            """,
            """
            package com.aliyun.onsmqtt20200420.models;
            public class ApplyTokenResponseBody {
                public String getRequestId() { return null; }
                public String getToken() { return null; }
            }
            """,
            """
            package com.aliyun.onsmqtt20200420.models;
            public class RevokeTokenRequest {
                public RevokeTokenRequest setInstanceId(String instanceId) { return this; }
                public RevokeTokenRequest setToken(String token) { return this; }
            }
            """,
            """
            package com.aliyun.onsmqtt20200420.models;
            public class RevokeTokenResponse {
                public RevokeTokenResponseBody getBody() { return null; }
            }
            """,
            """
            package com.aliyun.onsmqtt20200420.models;
            public class RevokeTokenResponseBody {
                public String getRequestId() { return null; }
            }
            """,
            """
            package com.aliyun.onsmqtt20200420.models;
            public class QueryTokenRequest {
                public QueryTokenRequest setInstanceId(String instanceId) { return this; }
                public QueryTokenRequest setToken(String token) { return this; }
            }
            """,
            """
            package com.aliyun.onsmqtt20200420.models;
            public class QueryTokenResponse {
                public QueryTokenResponseBody getBody() { return null; }
            }
            """,
            """
            package com.aliyun.onsmqtt20200420.models;
            public class QueryTokenResponseBody {
                public String getRequestId() { return null; }
                public Boolean getTokenStatus() { return null; }
            }
            """
    };

    static final String[] CORE = {
            """
            package com.aliyuncs.exceptions;
            public class ClientException extends Exception {
                public String getErrCode() { return null; }
                public String getErrMsg() { return null; }
            }
            """,
            """
            package com.aliyuncs.exceptions;
            public class ServerException extends ClientException {
            }
            """,
            """
            package com.aliyuncs.http;
            public enum MethodType { GET, PUT, POST, PATCH, DELETE, HEAD, OPTIONS }
            """,
            """
            package com.aliyuncs.http;
            public enum ProtocolType { HTTP, HTTPS }
            """,
            """
            package com.aliyuncs;
            public class CommonRequest {
                public CommonRequest() {}
                public void setSysMethod(com.aliyuncs.http.MethodType method) {}
                public void setSysProtocol(com.aliyuncs.http.ProtocolType protocol) {}
                public void setSysDomain(String domain) {}
                public void setSysVersion(String version) {}
                public void setSysAction(String action) {}
                public void putQueryParameter(String name, String value) {}
            }
            """,
            """
            package com.aliyuncs;
            public class CommonResponse {
                public String getData() { return null; }
                public int getHttpStatus() { return 0; }
            }
            """,
            """
            package com.aliyuncs;
            public interface IAcsClient {
                CommonResponse getCommonResponse(CommonRequest request)
                        throws com.aliyuncs.exceptions.ServerException, com.aliyuncs.exceptions.ClientException;
            }
            """,
            """
            package com.aliyuncs.profile;
            public interface IClientProfile {
            }
            """,
            """
            package com.aliyuncs.profile;
            public class DefaultProfile implements IClientProfile {
                public static DefaultProfile getProfile(String regionId) { return null; }
                public static DefaultProfile getProfile(String regionId, String accessKeyId, String secret) { return null; }
            }
            """,
            """
            package com.aliyuncs.auth;
            public interface AlibabaCloudCredentialsProvider {
            }
            """,
            """
            package com.aliyuncs.auth;
            public class DefaultCredentialsProvider implements AlibabaCloudCredentialsProvider {
                public DefaultCredentialsProvider() throws com.aliyuncs.exceptions.ClientException {}
            }
            """,
            """
            package com.aliyuncs;
            public class DefaultAcsClient implements IAcsClient {
                public DefaultAcsClient(com.aliyuncs.profile.IClientProfile profile) {}
                public DefaultAcsClient(com.aliyuncs.profile.IClientProfile profile,
                                        com.aliyuncs.auth.AlibabaCloudCredentialsProvider provider) {}
                public CommonResponse getCommonResponse(CommonRequest request)
                        throws com.aliyuncs.exceptions.ServerException, com.aliyuncs.exceptions.ClientException { return null; }
            }
            """,
            """
            package com.google.gson;
            public abstract class JsonElement {
                public JsonObject getAsJsonObject() { return null; }
                public String getAsString() { return null; }
                public boolean getAsBoolean() { return false; }
            }
            """,
            """
            package com.google.gson;
            public final class JsonObject extends JsonElement {
                public JsonElement get(String memberName) { return null; }
            }
            """,
            """
            package com.google.gson;
            public final class JsonParser {
                public static JsonElement parseString(String json) { return null; }
            }
            """
    };

    private SdkStubs() {
    }
}
