package vn.motcua.search;

import java.util.List;

/**
 * A short passage of a record with the spans that matched the question, as character offsets
 * into {@code text}; callers render the spans (e.g. as {@code <mark>}) after escaping the text.
 * {@code source} says where the passage comes from: "name", "record" (documents and keywords of a
 * procedure), or "title"/"text" of a regulation article.
 */
public record Snippet(String source, String text, List<Span> highlights) {

    public static final Snippet NONE = new Snippet(null, "", List.of());

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /** A matched span, [start, end). */
    public record Span(int start, int end) {}

    /** The text with matched spans wrapped in the given markers, for terminals and logs. */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span s : highlights) {
            out.append(text, at, s.start()).append(open).append(text, s.start(), s.end()).append(close);
            at = s.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
