package vn.motcua.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans source text for storage: Unicode NFC (the portal mixes composed and decomposed
 * Vietnamese), non-breaking and zero-width spaces removed, runs of spaces collapsed, and the
 * portal's "no information" placeholders turned into null. Line breaks are kept.
 */
public final class TextCleaner {

    private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u2007\\u202F ]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\uFEFF\\u00AD\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u009F]");
    private static final Pattern BLANK_LINES = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)không có thông tin|đang cập nhật|chưa có thông tin|-+|\\.+|n/a|null");

    private TextCleaner() {}

    /** NFC, invisible characters removed, spaces collapsed, lines trimmed; "" for null. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        t = INVISIBLE.matcher(t).replaceAll("");
        t = SPACES.matcher(t).replaceAll(" ");
        t = BLANK_LINES.matcher(t).replaceAll("\n");
        return t.strip();
    }

    /** Like {@link #clean} but collapses line breaks into single spaces. */
    public static String oneLine(String text) {
        return clean(text).replace('\n', ' ');
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * Vietnamese folded form: lower case, "đ" to "d", every tone and vowel mark removed, NFC.
     * "Đăng ký" → "dang ky". Folding merges distinct words ("sổ đỏ", "sơ đồ"), so it is a
     * fallback for text typed without marks, never a replacement for the exact form.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd').replace('Đ', 'd');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** True when the text carries any Vietnamese mark or "đ". */
    public static boolean hasMarks(String text) {
        return text != null && !fold(text).equals(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC));
    }

    /** The cleaned text, or null when it is empty or a "no information" placeholder. */
    public static String orNull(String text) {
        String t = clean(text);
        if (t.isEmpty() || PLACEHOLDER.matcher(t.toLowerCase(Locale.ROOT)).matches()) {
            return null;
        }
        return t;
    }
}
