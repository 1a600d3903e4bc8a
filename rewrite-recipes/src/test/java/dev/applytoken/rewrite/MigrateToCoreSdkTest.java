package dev.applytoken.rewrite;

import dev.applytoken.MigrateToApplyTokenApi;
import org.junit.jupiter.api.Test;
import org.openrewrite.java.JavaParser;
import org.openrewrite.test.RecipeSpec;
import org.openrewrite.test.RewriteTest;

import static org.openrewrite.java.Assertions.java;

class MigrateToCoreSdkTest implements RewriteTest {

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new MigrateToApplyTokenApi("cn-shanghai", null, null, "core", null))
                .parser(JavaParser.fromJavaVersion().classpath("fastjson"));
    }

    @Test
    void demoHelperWithCheckedThrowsWrapsClientException() {
        rewriteRun(
                java(LegacySources.SIGNING),
                java(LegacySources.HTTP),
                java("""
                        package com.example.mqtt;

                        import com.alibaba.fastjson.JSONObject;

                        import java.io.IOException;
                        import java.security.GeneralSecurityException;
                        import java.util.HashMap;
                        import java.util.Map;

                        public class TokenService {
                            public static String applyToken(String apiUrl, String accessKey, String secretKey, String topic,
                                                            long expireTime, String instanceId)
                                    throws IOException, GeneralSecurityException {
                                Map<String, String> paramMap = new HashMap<>();
                                paramMap.put("resources", topic);
                                paramMap.put("actions", "W");
                                paramMap.put("serviceName", "mq");
                                paramMap.put("expireTime", String.valueOf(System.currentTimeMillis() + expireTime));
                                paramMap.put("instanceId", instanceId);
                                String signature = TokenSigning.doHttpSignature(paramMap, secretKey);
                                paramMap.put("proxyType", "MQTT");
                                paramMap.put("accessKey", accessKey);
                                paramMap.put("signature", signature);
                                JSONObject object = LegacyHttp.httpsPost(apiUrl + "/token/apply", paramMap);
                                if (object != null) {
                                    return object.getString("tokenData");
                                }
                                return null;
                            }
                        }
                        """, """
                        package com.example.mqtt;

                        import com.aliyuncs.CommonRequest;
                        import com.aliyuncs.CommonResponse;
                        import com.aliyuncs.DefaultAcsClient;
                        import com.aliyuncs.IAcsClient;
                        import com.aliyuncs.exceptions.ClientException;
                        import com.aliyuncs.http.MethodType;
                        import com.aliyuncs.http.ProtocolType;
                        import com.aliyuncs.profile.DefaultProfile;
                        import com.google.gson.JsonParser;

                        import java.io.IOException;
                        import java.security.GeneralSecurityException;

                        public class TokenService {
                            public static String applyToken(String apiUrl, String accessKey, String secretKey, String topic,
                                                            long expireTime, String instanceId)
                                    throws IOException, GeneralSecurityException {
                                CommonRequest applyTokenRequest = new CommonRequest();
                                applyTokenRequest.setSysMethod(MethodType.POST);
                                applyTokenRequest.setSysProtocol(ProtocolType.HTTPS);
                                applyTokenRequest.setSysDomain("onsmqtt.cn-shanghai.aliyuncs.com");
                                applyTokenRequest.setSysVersion("2020-04-20");
                                applyTokenRequest.setSysAction("ApplyToken");
                                applyTokenRequest.putQueryParameter("Resources", topic);
                                applyTokenRequest.putQueryParameter("Actions", "W");
                                applyTokenRequest.putQueryParameter("ExpireTime", String.valueOf(System.currentTimeMillis() + expireTime));
                                applyTokenRequest.putQueryParameter("InstanceId", instanceId);
                                IAcsClient acsClient = new DefaultAcsClient(DefaultProfile.getProfile("cn-shanghai", accessKey, secretKey));
                                try {
                                    CommonResponse applyTokenResponse = acsClient.getCommonResponse(applyTokenRequest);
                                    return JsonParser.parseString(applyTokenResponse.getData()).getAsJsonObject().get("Token").getAsString();
                                } catch (ClientException e) {
                                    throw new IOException("ApplyToken request failed", e);
                                }
                            }
                        }
                        """, spec -> spec.afterRecipe(cu -> CompileCheck.assertCompiles(
                        cu.printAll(), LegacySources.SIGNING, LegacySources.HTTP)))
        );
    }

    @Test
    void revokeWithDefaultChainAndLoopbackEndpoint() {
        rewriteRun(
                spec -> spec.recipe(new MigrateToApplyTokenApi("cn-shanghai", "http://127.0.0.1:8080", "default-chain",
                        "core", null)),
                java(LegacySources.SIGNING),
                java(LegacySources.HTTP),
                java("""
                        package com.example.mqtt;

                        import com.alibaba.fastjson.JSONObject;

                        import java.util.HashMap;
                        import java.util.Map;

                        public class TokenRevoker {
                            private final String instanceId;
                            private final String accessKey;
                            private final String secretKey;

                            public TokenRevoker(String instanceId, String accessKey, String secretKey) {
                                this.instanceId = instanceId;
                                this.accessKey = accessKey;
                                this.secretKey = secretKey;
                            }

                            public void revoke(String apiUrl, String token) {
                                Map<String, String> paramMap = new HashMap<>();
                                paramMap.put("token", token);
                                try {
                                    String signature = TokenSigning.doHttpSignature(paramMap, secretKey);
                                    paramMap.put("accessKey", accessKey);
                                    paramMap.put("signature", signature);
                                    LegacyHttp.httpsPost(apiUrl + "/token/revoke", paramMap);
                                } catch (Exception e) {
                                    throw new IllegalStateException("revoking the token failed", e);
                                }
                            }
                        }
                        """, """
                        package com.example.mqtt;

                        import com.aliyuncs.CommonRequest;
                        import com.aliyuncs.DefaultAcsClient;
                        import com.aliyuncs.IAcsClient;
                        import com.aliyuncs.auth.DefaultCredentialsProvider;
                        import com.aliyuncs.http.MethodType;
                        import com.aliyuncs.http.ProtocolType;
                        import com.aliyuncs.profile.DefaultProfile;

                        public class TokenRevoker {
                            private final String instanceId;
                            private final String accessKey;
                            private final String secretKey;

                            public TokenRevoker(String instanceId, String accessKey, String secretKey) {
                                this.instanceId = instanceId;
                                this.accessKey = accessKey;
                                this.secretKey = secretKey;
                            }

                            public void revoke(String apiUrl, String token) {
                                try {
                                    CommonRequest revokeTokenRequest = new CommonRequest();
                                    revokeTokenRequest.setSysMethod(MethodType.POST);
                                    revokeTokenRequest.setSysProtocol(ProtocolType.HTTP);
                                    revokeTokenRequest.setSysDomain("127.0.0.1:8080");
                                    revokeTokenRequest.setSysVersion("2020-04-20");
                                    revokeTokenRequest.setSysAction("RevokeToken");
                                    revokeTokenRequest.putQueryParameter("Token", token);
                                    revokeTokenRequest.putQueryParameter("InstanceId", instanceId);
                                    IAcsClient acsClient = new DefaultAcsClient(DefaultProfile.getProfile("cn-shanghai"), new DefaultCredentialsProvider());
                                    acsClient.getCommonResponse(revokeTokenRequest);
                                } catch (Exception e) {
                                    throw new IllegalStateException("revoking the token failed", e);
                                }
                            }
                        }
                        """, spec -> spec.afterRecipe(cu -> CompileCheck.assertCompiles(
                        cu.printAll(), LegacySources.SIGNING, LegacySources.HTTP)))
        );
    }
}
