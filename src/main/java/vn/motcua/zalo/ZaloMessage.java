package vn.motcua.zalo;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One message to a Zalo user: plain text of at most 2,000 characters, and quick-reply buttons (maybe none). */
record ZaloMessage(String text, List<Button> buttons) {

    /** A button whose tap sends {@code payload} back as the user's text message. */
    record Button(String title, String payload) {
        Button {
            requireNonNull(title, "title may not be null");
            requireNonNull(payload, "payload may not be null");
        }
    }

    ZaloMessage {
        requireNonNull(text, "text may not be null");
        if (text.isBlank() || text.length() > ZaloReplies.MAX_CHARS) {
            throw new IllegalArgumentException("a Zalo text must be 1-" + ZaloReplies.MAX_CHARS + " characters: " + text.length());
        }
        buttons = List.copyOf(buttons);
    }

    static ZaloMessage text(String text) {
        return new ZaloMessage(text, List.of());
    }
}
