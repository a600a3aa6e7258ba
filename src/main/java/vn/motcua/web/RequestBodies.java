package vn.motcua.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads a JSON request body strictly: JSON content type, within the size limit, valid UTF-8, an object. */
final class RequestBodies {

    private RequestBodies() {}

    static JsonNode object(Context ctx, ObjectMapper json, int maxBytes) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", "web.error.unsupported_media_type");
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > maxBytes) {
            throw new ApiException(413, "payload_too_large", "web.error.payload_too_large");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "bad_request", "web.error.invalid_utf8");
        }
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject()) {
                throw new ApiException(400, "bad_request", "web.error.invalid_json");
            }
            return node;
        } catch (IOException e) {
            throw new ApiException(400, "bad_request", "web.error.invalid_json");
        }
    }

    /** A text field, or null when absent or JSON null; a field of another type is a bad request. */
    static String text(JsonNode body, String field, String messageKey) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new ApiException(400, "bad_request", messageKey);
        }
        return n.asText();
    }
}
