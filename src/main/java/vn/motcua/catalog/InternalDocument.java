package vn.motcua.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One document of the internal collection ({@code knowledge-base/internal/*.md}): guidance for
 * officers, with its front matter (title, issuing unit, visibility, effective date, source) and its
 * Markdown body. {@code path} is relative to the knowledge base ("internal/quy-trinh.md").
 */
@JsonPropertyOrder({"path", "title", "unit", "visibility", "effective_date", "source", "body"})
public record InternalDocument(String path, String title, String unit, Visibility visibility, String effectiveDate, String source, String body) {

    /** Who may read a document; a file that does not say is internal. */
    public enum Visibility {
        PUBLIC, INTERNAL;

        /** The value written in front matter and indexed: "public" or "internal". */
        @com.fasterxml.jackson.annotation.JsonValue
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Visibility of(String key) {
            for (Visibility v : values()) {
                if (v.key().equals(key)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("visibility must be public or internal: " + key);
        }
    }

    public InternalDocument {
        requireNonNull(path, "path may not be null");
        requireNonNull(title, "title may not be null");
        requireNonNull(visibility, "visibility may not be null");
        requireNonNull(body, "body may not be null");
        if (title.isBlank()) {
            throw new IllegalArgumentException("an internal document needs a title: " + path);
        }
    }
}
