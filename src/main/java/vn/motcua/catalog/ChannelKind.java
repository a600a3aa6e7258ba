package vn.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The three submission channels of the national catalogue: in person, online and by post. */
public enum ChannelKind {
    DIRECT("direct", "Trực tiếp"),
    ONLINE("online", "Trực tuyến"),
    POSTAL("postal", "Dịch vụ bưu chính");

    private final String key;
    private final String label;

    ChannelKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** The label the national portal prints for this channel. */
    public String label() {
        return label;
    }

    /** Reads a portal label such as "Trực tuyến" or "Dịch vụ bưu chính" (case-insensitive). */
    public static Optional<ChannelKind> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = TextCleaner.clean(text).toLowerCase(java.util.Locale.ROOT);
        for (ChannelKind k : values()) {
            if (t.startsWith(k.label.toLowerCase(java.util.Locale.ROOT)) || t.equals(k.key)) {
                return Optional.of(k);
            }
        }
        if (t.contains("bưu chính")) {
            return Optional.of(POSTAL);
        }
        if (t.contains("trực tuyến") || t.contains("điện tử")) {
            return Optional.of(ONLINE);
        }
        if (t.contains("trực tiếp")) {
            return Optional.of(DIRECT);
        }
        return Optional.empty();
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    static ChannelKind fromKey(String key) {
        for (ChannelKind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown channel kind: " + key);
    }
}
