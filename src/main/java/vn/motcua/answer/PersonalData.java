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
        if (runs.longestPlain() >= 9) {
            t = replace(ID_12, t, ID_MASK, Kind.ID_NUMBER, found);
        }
        if (runs.longestSeparated() >= 10) {
            t = replace(PHONE, t, PHONE_MASK, Kind.PHONE, found);
        }
        if (runs.longestPlain() >= 9) {
            t = replace(ID_9, t, ID_MASK, Kind.ID_NUMBER, found);
        }
        return new Masked(t, found);
    }

    /**
     * The most digits in a row, and the most digits in a run where single spaces, dots or dashes
     * may stand between two digits (the separators the phone pattern allows).
     */
    record DigitRuns(int longestPlain, int longestSeparated) {
        static DigitRuns of(String text) {
            int plain = 0;
            int separated = 0;
            int bestPlain = 0;
            int bestSeparated = 0;
            boolean afterDigit = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    plain++;
                    separated++;
                    bestPlain = Math.max(bestPlain, plain);
                    bestSeparated = Math.max(bestSeparated, separated);
                    afterDigit = true;
                } else if (afterDigit && isSeparator(c)) {
                    plain = 0;
                    afterDigit = false;
                } else {
                    plain = 0;
                    separated = 0;
                    afterDigit = false;
                }
            }
            return new DigitRuns(bestPlain, bestSeparated);
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
