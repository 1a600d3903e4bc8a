package com.acme.elevator;

import java.util.Map;

public class ElevatorTokenClient {

    private static final String TOKEN_HOST = "https://mqauth.aliyuncs.com";
    private static final String TOKEN_PREFIX = "/token/";
    private static final String APPLY = "apply";
    private static final String APPLY_URL = TOKEN_HOST + TOKEN_PREFIX + APPLY;

    private final FormPoster poster;

    public ElevatorTokenClient(FormPoster poster) {
        this.poster = poster;
    }

    public String apply(Map<String, String> signedForm) throws Exception {
        return poster.post(APPLY_URL, signedForm).get("tokenData");
    }

    public String applyForCar(String carId, Map<String, String> signedForm) throws Exception {
        signedForm.put("resources", "elevators/" + carId);
        return poster.post(TOKEN_HOST + "/token/" + "apply", signedForm).get("tokenData");
    }
}
