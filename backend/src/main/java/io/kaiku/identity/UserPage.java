package io.kaiku.identity;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record UserPage(@Schema(required = true) List<UserView> items, String nextCursor) {}
