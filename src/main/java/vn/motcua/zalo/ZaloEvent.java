package vn.motcua.zalo;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Set;

/**
 * One webhook event as the channel needs it. Ids stay strings (Zalo's exceed a long at times). The
 * key is the message id, or for events without one (follow) the event name, user and timestamp,
 * so a retried delivery has the same key.
 */
record ZaloEvent(String key, String name, String userId, String text, Instant at) {

    /** What the channel does with an event. */
    enum Kind { TEXT, FOLLOW, ATTACHMENT, OTHER }

    private static final Set<String> ATTACHMENTS = Set.of("user_send_image", "user_send_sticker", "user_send_file", "user_send_gif",
            "user_send_audio", "user_send_video", "user_send_location", "user_send_link", "user_send_business_card");

    ZaloEvent {
        requireNonNull(key, "key may not be null");
        requireNonNull(name, "name may not be null");
        requireNonNull(at, "at may not be null");
    }

    /** The event in a verified webhook body; {@code userId} is null when the body names no user. */
    static ZaloEvent of(JsonNode body, String timestamp, Instant at) {
        String name = text(body.path("event_name"));
        name = name == null ? "unknown" : name;
        String user = name.equals("follow") || name.equals("unfollow") ? text(body.path("follower").path("id")) : text(body.path("sender").path("id"));
        JsonNode message = body.path("message");
        String msgId = text(message.path("msg_id"));
        String key = msgId != null ? msgId : name + ":" + user + ":" + timestamp;
        return new ZaloEvent(key.length() > 160 ? key.substring(0, 160) : key, name, user, text(message.path("text")), at);
    }

    Kind kind() {
        if (name.equals("user_send_text")) {
            return Kind.TEXT;
        }
        if (name.equals("follow")) {
            return Kind.FOLLOW;
        }
        return ATTACHMENTS.contains(name) ? Kind.ATTACHMENT : Kind.OTHER;
    }

    /** A field as a string, numbers included; null when absent or empty. */
    static String text(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String s = n.asText();
        return s.isEmpty() ? null : s;
    }
}
