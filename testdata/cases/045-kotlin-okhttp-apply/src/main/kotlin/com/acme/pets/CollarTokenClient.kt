package com.acme.pets

import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request
import org.json.JSONObject

class CollarTokenClient(
    private val http: OkHttpClient,
    private val signer: LegacySigner,
) {
    fun apply(collarId: String, expireTime: Long): String? {
        val signed = sortedMapOf(
            "actions" to "W",
            "resources" to "pets/collars/$collarId",
            "expireTime" to expireTime.toString(),
            "instanceId" to "mqtt-test-instance",
            "serviceName" to "mq",
        )
        val body = FormBody.Builder().apply {
            signed.forEach { (key, value) -> add(key, value) }
            add("proxyType", "MQTT")
            add("accessKey", signer.accessKeyId)
            add("signature", signer.sign(signed))
        }.build()
        val request = Request.Builder().url("$TOKEN_SERVER/token/apply").post(body).build()
        http.newCall(request).execute().use { response ->
            return JSONObject(response.body!!.string()).optString("tokenData", null)
        }
    }

    companion object {
        const val TOKEN_SERVER = "https://mqauth.aliyuncs.com"
    }
}
