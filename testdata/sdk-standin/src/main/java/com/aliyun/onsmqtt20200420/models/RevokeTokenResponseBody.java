package com.aliyun.onsmqtt20200420.models;

import com.aliyun.tea.NameInMap;
import com.aliyun.tea.TeaModel;

/** JSON body of a successful RevokeToken call. */
public class RevokeTokenResponseBody extends TeaModel {
    @NameInMap("RequestId")
    public String requestId;

    public static RevokeTokenResponseBody build(java.util.Map<String, ?> map) throws Exception {
        RevokeTokenResponseBody self = new RevokeTokenResponseBody();
        return TeaModel.build(map, self);
    }

    public RevokeTokenResponseBody setRequestId(String requestId) {
        this.requestId = requestId;
        return this;
    }

    public String getRequestId() {
        return this.requestId;
    }
}
