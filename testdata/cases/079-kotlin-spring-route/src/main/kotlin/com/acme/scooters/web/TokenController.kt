package com.acme.scooters.web

import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RequestMapping
import org.springframework.web.bind.annotation.RestController

data class ApplyRequest(val scooterId: String, val topics: List<String>)

data class ApplyReply(val token: String, val expiresAt: Long)

@RestController
@RequestMapping("/token")
class TokenController(private val issuer: ScooterTokenIssuer) {

    @PostMapping("/apply")
    fun apply(@RequestBody request: ApplyRequest): ApplyReply =
        issuer.issue(request.scooterId, request.topics)

    @PostMapping("/query")
    fun query(@RequestBody token: String): Boolean = issuer.isValid(token)
}
