package com.aliyun.onsmqtt20200420;

import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
import com.aliyun.onsmqtt20200420.models.ApplyTokenResponse;
import com.aliyun.onsmqtt20200420.models.QueryTokenRequest;
import com.aliyun.onsmqtt20200420.models.QueryTokenResponse;
import com.aliyun.onsmqtt20200420.models.RevokeTokenRequest;
import com.aliyun.onsmqtt20200420.models.RevokeTokenResponse;
import com.aliyun.tea.TeaModel;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.Common;
import com.aliyun.teautil.models.RuntimeOptions;

import java.util.HashMap;
import java.util.Map;

/**
 * Test stand-in for the OnsMqtt 2020-04-20 client of {@code com.aliyun:onsmqtt20200420} 1.6.1.
 *
 * <p>The public signatures are those of the published SDK, and so is the wire behaviour. Business
 * fields travel in the query string of an RPC-style POST to {@code /}, which tea-openapi signs.
 */
public class Client extends com.aliyun.teaopenapi.Client {
    private static final String API_VERSION = "2020-04-20";

    public Client(com.aliyun.teaopenapi.models.Config config) throws Exception {
        super(config);
        this._endpointRule = "regional";
        this.checkConfig(config);
        this._endpoint = this.getEndpoint("onsmqtt", this._regionId, this._endpointRule, this._network,
                this._suffix, this._endpointMap, this._endpoint);
    }

    /**
     * Resolves the host to call: the configured endpoint if set, else the endpoint map entry for the
     * region, else the regional rule {@code onsmqtt.<regionId>.aliyuncs.com}.
     */
    public String getEndpoint(String productId, String regionId, String endpointRule, String network,
            String suffix, Map<String, String> endpointMap, String endpoint) throws Exception {
        if (!Common.empty(endpoint)) {
            return endpoint;
        }
        if (!Common.isUnset(endpointMap) && !Common.empty(endpointMap.get(regionId))) {
            return endpointMap.get(regionId);
        }
        return com.aliyun.endpointutil.Client.getEndpointRules(productId, regionId, endpointRule, network, suffix);
    }

    public ApplyTokenResponse applyTokenWithOptions(ApplyTokenRequest request, RuntimeOptions runtime)
            throws Exception {
        Common.validateModel(request);
        Map<String, Object> query = new HashMap<>();
        putIfSet(query, "Actions", request.actions);
        putIfSet(query, "ExpireTime", request.expireTime);
        putIfSet(query, "InstanceId", request.instanceId);
        putIfSet(query, "Resources", request.resources);
        return TeaModel.toModel(call("ApplyToken", query, runtime), new ApplyTokenResponse());
    }

    public ApplyTokenResponse applyToken(ApplyTokenRequest request) throws Exception {
        return applyTokenWithOptions(request, new RuntimeOptions());
    }

    public RevokeTokenResponse revokeTokenWithOptions(RevokeTokenRequest request, RuntimeOptions runtime)
            throws Exception {
        Common.validateModel(request);
        Map<String, Object> query = new HashMap<>();
        putIfSet(query, "InstanceId", request.instanceId);
        putIfSet(query, "Token", request.token);
        return TeaModel.toModel(call("RevokeToken", query, runtime), new RevokeTokenResponse());
    }

    public RevokeTokenResponse revokeToken(RevokeTokenRequest request) throws Exception {
        return revokeTokenWithOptions(request, new RuntimeOptions());
    }

    public QueryTokenResponse queryTokenWithOptions(QueryTokenRequest request, RuntimeOptions runtime)
            throws Exception {
        Common.validateModel(request);
        Map<String, Object> query = new HashMap<>();
        putIfSet(query, "InstanceId", request.instanceId);
        putIfSet(query, "Token", request.token);
        return TeaModel.toModel(call("QueryToken", query, runtime), new QueryTokenResponse());
    }

    public QueryTokenResponse queryToken(QueryTokenRequest request) throws Exception {
        return queryTokenWithOptions(request, new RuntimeOptions());
    }

    private static void putIfSet(Map<String, Object> query, String name, Object value) {
        if (!Common.isUnset(value)) {
            query.put(name, value);
        }
    }

    /** Sends one RPC call and returns the raw response map (headers, statusCode, body). */
    private Map<String, ?> call(String action, Map<String, Object> query, RuntimeOptions runtime)
            throws Exception {
        OpenApiRequest request = new OpenApiRequest().setQuery(com.aliyun.openapiutil.Client.query(query));
        Params params = new Params()
                .setAction(action)
                .setVersion(API_VERSION)
                .setProtocol("HTTPS")
                .setPathname("/")
                .setMethod("POST")
                .setAuthType("AK")
                .setStyle("RPC")
                .setReqBodyType("formData")
                .setBodyType("json");

        // The published client also switches to execute only when signature version v4 is configured.
        if (Common.isUnset(this._signatureVersion) || !Common.equalString(this._signatureVersion, "v4")) {
            return this.callApi(params, request, runtime);
        }
        return this.execute(params, request, runtime);
    }
}
