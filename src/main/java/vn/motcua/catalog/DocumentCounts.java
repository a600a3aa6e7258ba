package vn.motcua.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers of originals and copies as the sources write them: "Bản chính: 1Bản sao: 0" (Word
 * export), "Bản chính: 1\nBản sao: 0" (Defence records) or "1 bản chính,1 bản sao" (portal).
 */
public record DocumentCounts(Integer originals, Integer copies) {

    public static final DocumentCounts NONE = new DocumentCounts(null, null);

    private static final Pattern LABEL_FIRST_ORIGINAL = Pattern.compile("bản chính\\s*:\\s*(\\d+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LABEL_FIRST_COPY = Pattern.compile("bản sao\\s*:\\s*(\\d+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER_FIRST_ORIGINAL = Pattern.compile("(\\d+)\\s*bản chính", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER_FIRST_COPY = Pattern.compile("(\\d+)\\s*bản sao", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Reads whichever form the text uses; {@link #NONE} when it states no count. */
    public static DocumentCounts parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        text = TextCleaner.clean(text); // NFD cells must read like NFC ones
        Integer originals = first(LABEL_FIRST_ORIGINAL, text);
        Integer copies = first(LABEL_FIRST_COPY, text);
        if (originals == null && copies == null) {
            originals = first(NUMBER_FIRST_ORIGINAL, text);
            copies = first(NUMBER_FIRST_COPY, text);
        }
        return new DocumentCounts(originals, copies);
    }

    private static Integer first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() && m.group(1).length() < 4 ? Integer.valueOf(m.group(1)) : null;
    }
}
