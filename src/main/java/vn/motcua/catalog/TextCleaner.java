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

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)không có thông tin|đang cập nhật|chưa có thông tin|-+|\\.+|n/a|null");

    private TextCleaner() {}

    /**
     * NFC, invisible characters removed, spaces collapsed, lines trimmed; "" for null. One pass
     * over the text (it runs on record text for every answer): a run of spaces and line breaks
     * becomes one line break if it holds one, else one space; invisible characters are skipped as
     * if absent.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(t.length());
        boolean inRun = false;
        boolean runHasBreak = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            boolean lineBreak = c == '\n' || c == '\r';
            if (lineBreak || isSpace(c)) {
                inRun = true;
                runHasBreak |= lineBreak;
                continue;
            }
            if (inRun) {
                b.append(runHasBreak ? '\n' : ' ');
                inRun = false;
                runHasBreak = false;
            }
            b.append(c);
        }
        return b.toString().strip();
    }

    /** Zero-width characters, the soft hyphen, the BOM and control characters other than tab and line breaks. */
    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\uFEFF' || c == '\u00AD' || c <= '\u0008'
                || (c >= '\u000E' && c <= '\u001F') || (c >= '\u007F' && c <= '\u009F');
    }

    /** The spaces collapsed into one: tab, vertical tab, form feed, space and the non-breaking spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** Like {@link #clean} but collapses line breaks into single spaces. */
    public static String oneLine(String text) {
        return clean(text).replace('\n', ' ');
    }

    /** Folded form of every char up to U+1EFF (Latin, Latin Extended Additional), computed once. */
    private static final char[] FOLD = foldTable();
    /** Combining marks below {@code FOLD.length}: folding drops them. */
    private static final boolean[] MARK = markTable();

    private static boolean[] markTable() {
        boolean[] t = new boolean[FOLD.length];
        for (char c = 0; c < t.length; c++) {
            t[c] = Character.getType(c) == Character.NON_SPACING_MARK;
        }
        return t;
    }

    private static char[] foldTable() {
        char[] t = new char[0x1F00];
        for (char c = 0; c < t.length; c++) {
            String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
            String base = Normalizer.normalize(lower, Normalizer.Form.NFD);
            char first = base.isEmpty() ? c : base.charAt(0);
            t[c] = lower.length() == 1 && (base.length() == 1 || Character.getType(base.charAt(1)) == Character.NON_SPACING_MARK) ? first : c;
        }
        t['đ'] = 'd';
        t['Đ'] = 'd';
        return t;
    }

    /**
     * Vietnamese folded form: lower case, "đ" to "d", every tone and vowel mark removed.
     * "Đăng ký" → "dang ky". Folding merges distinct words ("sổ đỏ", "sơ đồ"), so it is a
     * fallback for text typed without marks, never a replacement for the exact form. Decomposed
     * input (NFD) folds the same as composed input.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        int n = text.length();
        char[] out = new char[n];
        int j = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < FOLD.length) {
                if (!MARK[c]) {
                    out[j++] = FOLD[c];
                }
            } else {
                out[j++] = Character.toLowerCase(c);
            }
        }
        return new String(out, 0, j);
    }

    /** True when the text carries any Vietnamese mark or "đ". */
    public static boolean hasMarks(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c < FOLD.length && (FOLD[c] != Character.toLowerCase(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return true;
            }
        }
        return false;
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
