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
        DigitRuns runs = DigitRuns.of(t);
        if (runs.isEmpty()) {
            return new Masked(t, found);
        }
        String before = t;
        t = replaceInRuns(ID_12, t, runs.plain(), ID_MASK, Kind.ID_NUMBER, found);
        runs = t == before ? runs : DigitRuns.of(t);
        before = t;
        t = replaceInRuns(PHONE, t, runs.separated(), PHONE_MASK, Kind.PHONE, found);
        runs = t == before ? runs : DigitRuns.of(t);
        t = replaceInRuns(ID_9, t, runs.plain(), ID_MASK, Kind.ID_NUMBER, found);
        return new Masked(t, found);
    }

    /**
     * Replaces the pattern's matches, looking for them only in the given digit runs (the character
     * before a run is included for "+84"). A match of any of the patterns lies in such a run, and an
     * answer of kilobytes holds few or none: running the patterns over the whole of it was a
     * twentieth of a chat request's time.
     */
    private static String replaceInRuns(Pattern p, String text, java.util.List<int[]> runs, String mask, Kind kind, Set<Kind> found) {
        StringBuilder out = null;
        int copied = 0;
        Matcher m = null;
        for (int[] run : runs) {
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

    /**
     * Where an ID number or a phone number may stand, found in one pass: the [start, end) of every
     * run of at least 9 digits in a row ({@code plain}), and of every run of at least 10 digits
     * where single separators ({@code [\\s.-]}, what the phone pattern allows) may stand between
     * two digits ({@code separated}).
     */
    record DigitRuns(java.util.List<int[]> plain, java.util.List<int[]> separated) {

        static final int PLAIN_DIGITS = 9;
        static final int SEPARATED_DIGITS = 10;

        boolean isEmpty() {
            return plain.isEmpty() && separated.isEmpty();
        }

        static DigitRuns of(String text) {
            java.util.List<int[]> plain = new java.util.ArrayList<>(0);
            java.util.List<int[]> separated = new java.util.ArrayList<>(0);
            int plainDigits = 0;
            int plainStart = 0;
            int sepDigits = 0;
            int sepStart = 0;
            int sepEnd = 0;
            boolean afterDigit = false;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : '\0';
                if (c >= '0' && c <= '9') {
                    if (plainDigits++ == 0) {
                        plainStart = i;
                    }
                    if (sepDigits++ == 0) {
                        sepStart = i;
                    }
                    sepEnd = i + 1;
                    afterDigit = true;
                    continue;
                }
                if (plainDigits >= PLAIN_DIGITS) {
                    plain.add(new int[] {plainStart, i});
                }
                plainDigits = 0;
                if (afterDigit && isSeparator(c)) {
                    afterDigit = false;
                    continue;
                }
                if (sepDigits >= SEPARATED_DIGITS) {
                    separated.add(new int[] {sepStart, sepEnd});
                }
                sepDigits = 0;
                afterDigit = false;
            }
            return new DigitRuns(plain, separated);
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
