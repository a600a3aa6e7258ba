package vn.motcua.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.regex.Pattern;

/**
 * One article (điều) of a legal instrument, the unit that answers quote. {@code instrument} (e.g.
 * "60/2014/QH13") and {@code article} (e.g. "1", "5a") are null when the source does not state
 * them; {@code id} is stable and safe as a file name.
 */
@JsonPropertyOrder({"id", "instrument", "article", "title", "text", "topic", "source"})
public record RegulationArticle(
        String id, String instrument, String article, String title, String text, String topic, RegulationSource source) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public RegulationArticle {
        requireNonNull(id, "id may not be null");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be lowercase ASCII words joined by '-': " + id);
        }
        requireNonNull(title, "title may not be null");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank: " + id);
        }
        requireNonNull(text, "text may not be null");
        requireNonNull(source, "source may not be null");
    }
}
