package com.acme.clinic.pager;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

public class PagerTokenRevoker {

    private static final Logger LOG = Logger.getLogger(PagerTokenRevoker.class.getName());

    private static final String REVOKE_URL = "https://mqauth.aliyuncs.com"
            + "/token"
            + "/revoke";

    private final FormPoster poster;
    private final TokenSigner signer;

    public PagerTokenRevoker(FormPoster poster, TokenSigner signer) {
        this.poster = poster;
        this.signer = signer;
    }

    public void revokeForPager(String pagerId, String token) throws Exception {
        Map<String, String> form = new HashMap<>();
        form.put("token", token);
        form.put("signature", signer.sign("token=" + token));
        form.put("accessKey", signer.accessKeyId());
        poster.post(REVOKE_URL, form);
        LOG.info("Revoked the MQTT token of pager " + pagerId);
    }
}
