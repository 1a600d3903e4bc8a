package com.acme.authsvc;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

public class TokenAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(TokenAuditFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("/token/apply".equals(request.getRequestURI())) {
            log.info("POST /token/apply from {} for MQTT client {}", request.getRemoteAddr(),
                    request.getParameter("clientId"));
        }
        chain.doFilter(request, response);
        if (response.getStatus() >= 400) {
            log.warn("Request {} failed with status {}", request.getRequestURI(), response.getStatus());
        }
    }
}
