package com.aliyun.onsmqtt20200420.models;

import com.aliyun.tea.NameInMap;
import com.aliyun.tea.TeaModel;

/** Request of the QueryToken operation: the token to check and the instance it belongs to. */
public class QueryTokenRequest extends TeaModel {
    @NameInMap("InstanceId")
    public String instanceId;

    @NameInMap("Token")
    public String token;

    public static QueryTokenRequest build(java.util.Map<String, ?> map) throws Exception {
        QueryTokenRequest self = new QueryTokenRequest();
        return TeaModel.build(map, self);
    }

    public QueryTokenRequest setInstanceId(String instanceId) {
        this.instanceId = instanceId;
        return this;
    }

    public String getInstanceId() {
        return this.instanceId;
    }

    public QueryTokenRequest setToken(String token) {
        this.token = token;
        return this;
    }

    public String getToken() {
        return this.token;
    }
}
