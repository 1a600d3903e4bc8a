package com.acme.gateway.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/token")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    TokenStore store;

    @POST
    @Path("/apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TokenView apply(@FormParam("resources") String resources, @FormParam("actions") String actions) {
        return store.issue(resources, actions);
    }

    @POST
    @Path("/query")
    public TokenView query(@FormParam("token") String token) {
        return store.lookup(token);
    }
}
