package vn.motcua.answer;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data before a question reaches logs, storage or an LLM: 12-digit personal ID
 * numbers (CCCD, định danh cá nhân), 9-digit old ID card numbers (CMND), phone numbers and email
 * addresses. Procedure codes ("1.001193") and amounts ("50.000") are not touched.
 */
public final class PersonalData {

    /** A kind of personal data found in a text. */
    public enum Kind { ID_NUMBER, PHONE, EMAIL }

    /** The masked text and what was masked. */
    public record Masked(String text, Set<Kind> found) {
        public Masked {
            found = found.isEmpty() ? Set.of() : Set.copyOf(found);
        }

        public boolean hadPersonalData() {
            return !found.isEmpty();
        }
    }

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    /** Vietnamese mobile and landline numbers: 0 or +84 then 9–10 digits, spaces, dots or dashes allowed between groups. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d.,])(?:\\+84|0084|0)(?:[\\s.-]?\\d){9,10}(?![\\d])");
    private static final Pattern ID_12 = Pattern.compile("(?<![\\d.,])\\d{12}(?![\\d.,]?\\d)");
    private static final Pattern ID_9 = Pattern.compile("(?<![\\d.,])\\d{9}(?![\\d.,]?\\d)");

    public static final String EMAIL_MASK = "[email]";
    public static final String PHONE_MASK = "[phone]";
    public static final String ID_MASK = "[id-number]";

    /** The text with every email, phone number and ID number replaced by a placeholder. */
    public Masked mask(String text) {
        if (text == null || text.isEmpty()) {
            return new Masked(text == null ? "" : text, Set.of());
        }
        // The patterns are slow on long text (answers run to kilobytes), so each runs only where it can
        // match: an email needs "@", an ID number nine digits in a row, a phone number ten digits
        // with at most one separator between two of them. Masking only shortens such runs.
        EnumSet<Kind> found = EnumSet.noneOf(Kind.class);
        String t = text.indexOf('@') < 0 ? text : replace(EMAIL, text, EMAIL_MASK, Kind.EMAIL, found);
        t = replaceInRuns(ID_12, t, false, 12, ID_MASK, Kind.ID_NUMBER, found);
        t = replaceInRuns(PHONE, t, true, 10, PHONE_MASK, Kind.PHONE, found);
        t = replaceInRuns(ID_9, t, false, 9, ID_MASK, Kind.ID_NUMBER, found);
        return new Masked(t, found);
    }

    /**
     * Replaces the pattern's matches, looking for them only in runs of at least {@code minDigits}
     * digits (with single separators between two digits when {@code separated}, as a phone number
     * may have; the character before a run is included for "+84"). A match of any of the patterns
     * lies in such a run, and an answer of kilobytes holds few or none: running the patterns over
     * the whole of it was a twentieth of a chat request's time.
     */
    private static String replaceInRuns(Pattern p, String text, boolean separated, int minDigits, String mask, Kind kind, Set<Kind> found) {
        StringBuilder out = null;
        int copied = 0;
        Matcher m = null;
        for (int[] run : DigitRuns.runs(text, separated, minDigits)) {
            if (m == null) {
                m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(Math.max(copied, run[0] - 1), run[1]);
            while (m.find()) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, m.start()).append(mask);
                copied = m.end();
            }
        }
        if (out == null) {
            return text;
        }
        found.add(kind);
        return out.append(text, copied, text.length()).toString();
    }

    /** Where digits run: in a row, or with single separators ({@code [\\s.-]}, what the phone pattern allows) between two digits. */
    static final class DigitRuns {

        private DigitRuns() {}

        /** The [start, end) of every run of at least {@code minDigits} digits, in order. */
        static java.util.List<int[]> runs(String text, boolean separated, int minDigits) {
            java.util.List<int[]> out = new java.util.ArrayList<>(0);
            int digits = 0;
            int start = -1;
            int lastDigitEnd = -1;
            boolean afterDigit = false;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : '\0';
                if (c >= '0' && c <= '9') {
                    if (digits == 0) {
                        start = i;
                    }
                    digits++;
                    lastDigitEnd = i + 1;
                    afterDigit = true;
                    continue;
                }
                if (separated && afterDigit && isSeparator(c)) {
                    afterDigit = false;
                    continue;
                }
                if (digits >= minDigits) {
                    out.add(new int[] {start, lastDigitEnd});
                }
                digits = 0;
                afterDigit = false;
            }
            return out;
        }

        /** What {@code [\\s.-]} matches. */
        private static boolean isSeparator(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '.' || c == '-';
        }
    }

    private static String replace(Pattern p, String text, String mask, Kind kind, Set<Kind> found) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return text;
        }
        found.add(kind);
        return m.replaceAll(Matcher.quoteReplacement(mask));
    }
}
