package com.aliyun.onsmqtt20200420.models;

import com.aliyun.tea.NameInMap;
import com.aliyun.tea.TeaModel;

/** JSON body of a successful ApplyToken call. */
public class ApplyTokenResponseBody extends TeaModel {
    @NameInMap("RequestId")
    public String requestId;

    /** The token an MQTT client presents as its password. */
    @NameInMap("Token")
    public String token;

    public static ApplyTokenResponseBody build(java.util.Map<String, ?> map) throws Exception {
        ApplyTokenResponseBody self = new ApplyTokenResponseBody();
        return TeaModel.build(map, self);
    }

    public ApplyTokenResponseBody setRequestId(String requestId) {
        this.requestId = requestId;
        return this;
    }

    public String getRequestId() {
        return this.requestId;
    }

    public ApplyTokenResponseBody setToken(String token) {
        this.token = token;
        return this;
    }

    public String getToken() {
        return this.token;
    }
}
