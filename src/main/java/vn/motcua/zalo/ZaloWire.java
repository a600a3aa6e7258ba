package vn.motcua.zalo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON of {@code POST /v3.0/oa/message/cs}, in one place because its button part is the one
 * shape public sources disagree on (see docs/ZALO.md): a text message is
 * {@code {"recipient":{"user_id"},"message":{"text"}}}; buttons ride along as
 * {@code "attachment":{"type":"template","payload":{"buttons":[{"title","type":"oa.query.show","payload"}]}}}.
 */
final class ZaloWire {

    /** The button type whose tap comes back as a {@code user_send_text} event carrying the payload. */
    static final String QUERY_SHOW = "oa.query.show";
    /** Titles longer than this are cut (the limit most public samples use). */
    static final int MAX_TITLE = 100;

    private ZaloWire() {}

    static ObjectNode message(ObjectMapper json, String userId, ZaloMessage m) {
        ObjectNode body = json.createObjectNode();
        body.putObject("recipient").put("user_id", userId);
        ObjectNode message = body.putObject("message");
        message.put("text", m.text());
        if (!m.buttons().isEmpty()) {
            ObjectNode attachment = message.putObject("attachment");
            attachment.put("type", "template");
            ArrayNode buttons = attachment.putObject("payload").putArray("buttons");
            for (ZaloMessage.Button b : m.buttons()) {
                buttons.addObject()
                        .put("title", b.title().length() > MAX_TITLE ? b.title().substring(0, MAX_TITLE - 1) + "…" : b.title())
                        .put("type", QUERY_SHOW)
                        .put("payload", b.payload());
            }
        }
        return body;
    }
}
