package vn.motcua.catalog;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a processing-time cell (thời hạn giải quyết). A number becomes a deadline only when a unit
 * follows it ("07 Ngày làm việc", "0,5 ngày làm việc", "24 giờ"). A bare number such as the
 * portal's placeholder "1", or a zero, is never a deadline; such a cell yields {@link
 * ProcessingTime#NONE}. Longer wording is kept as text; its first stated duration is parsed.
 */
public final class ProcessingTimeParser {

    private static final String UNIT =
            "(ngày làm việc|ngày làm viêc|ngày|giờ làm việc|giờ|tháng|năm|tuần|phút)";
    private static final Pattern LEADING = Pattern.compile(
            "^(?:trong (?:thời hạn|vòng) |không quá |tối đa )?(\\d+(?:[.,]\\d+)?)\\s*(?:\\([^)]{1,20}\\)\\s*)?" + UNIT
                    + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ANYWHERE = Pattern.compile(
            "(?<![\\d/.,])(\\d+(?:[.,]\\d+)?)\\s*(?:\\([^)]{1,20}\\)\\s*)?" + UNIT + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\d+(?:[.,]\\d+)?$");

    private ProcessingTimeParser() {}

    /** Parses one cell; null, empty or placeholder cells give {@link ProcessingTime#NONE}. */
    public static ProcessingTime parse(String cell) {
        String text = TextCleaner.orNull(cell);
        if (text == null || isPlaceholder(text)) {
            return ProcessingTime.NONE;
        }
        Matcher m = LEADING.matcher(text);
        if (!m.find()) {
            m = ANYWHERE.matcher(text);
            if (!m.find()) {
                return new ProcessingTime(text, null, null);
            }
        }
        BigDecimal amount = new BigDecimal(m.group(1).replace(',', '.'));
        if (amount.signum() == 0) {
            // "0 Ngày" is an export artefact, not an instant result; longer wording is kept as text.
            return text.length() < 20 ? ProcessingTime.NONE : new ProcessingTime(text, null, null);
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT).replace("viêc", "việc");
        BigDecimal normalised = amount.stripTrailingZeros();
        return new ProcessingTime(text, normalised.scale() < 0 ? normalised.setScale(0) : normalised, unit);
    }

    /** True for a cell that is only a number with no unit, the portal's placeholder. */
    public static boolean isPlaceholder(String cell) {
        String t = TextCleaner.clean(cell);
        return BARE_NUMBER.matcher(t).matches();
    }
}
