package vn.motcua.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a processing-time cell (thời hạn giải quyết). A number becomes a deadline only when a unit
 * follows it ("07 Ngày làm việc", "0,5 ngày làm việc", "24 giờ"). A bare number such as the
 * portal's placeholder "1", or a zero, is never a deadline; such a cell yields {@link
 * ProcessingTime#NONE}. Longer wording is kept as text; its first stated duration is parsed. A
 * time of day is never a deadline: in "trường hợp nhận hồ sơ sau 15 giờ…" the 15 is the 3 p.m.
 * cut-off for same-day handling, so such wording keeps no amount.
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
    /**
     * An hour of the day: "sau 15 giờ" (after 3 p.m.), "lúc 16 giờ". Not "sau 15 giờ làm việc" or
     * "sau 24 giờ kể từ…", which count hours; "trước 02 giờ" in the sources is a lead time, so
     * "trước" is no cue.
     */
    private static final Pattern CLOCK_TIME = Pattern.compile(
            "(?<![\\p{L}])(?:sau|lúc)\\s+(\\d{1,2})\\s*giờ(?![\\p{L}])(?!\\s*(?:làm việc|làm viêc|kể từ|tính từ))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
        if (isClockHour(text, m.start(1))) {
            // The first figure is a time of day; later figures belong to special cases ("trường hợp
            // cần xác minh…"), so none of them is the deadline.
            return new ProcessingTime(text, null, null);
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

    /**
     * Parses the time cell of one submission row. When the cell is an hour count that the row's
     * description names as a time of day (the Word export puts "15 Giờ" in the cell of rows whose
     * description says "nhận hồ sơ sau 15 giờ"), the cell is kept as text with no amount, and a
     * caveat says why.
     */
    public static ParsedTime parseRow(String cell, String description) {
        ProcessingTime time = parse(cell);
        if (!time.isParsed() || !time.unit().equals("giờ") || time.amount().scale() > 0) {
            return new ParsedTime(time, List.of());
        }
        int hour = time.amount().intValue();
        Matcher clock = CLOCK_TIME.matcher(TextCleaner.clean(description));
        while (clock.find()) {
            if (Integer.parseInt(clock.group(1)) == hour && hour < 24) {
                return new ParsedTime(new ProcessingTime(time.text(), null, null), List.of("ô thời hạn ghi \""
                        + time.text() + "\", nhưng mô tả cho thấy " + hour + " giờ là giờ trong ngày (mốc tiếp nhận hồ sơ),"
                        + " không phải thời hạn giải quyết."));
            }
        }
        return new ParsedTime(time, List.of());
    }

    /** True when the wording names an hour of the day ("sau 15 giờ"), which is no duration. */
    public static boolean mentionsClockTime(String text) {
        Matcher clock = CLOCK_TIME.matcher(TextCleaner.clean(text));
        while (clock.find()) {
            if (Integer.parseInt(clock.group(1)) < 24) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClockHour(String text, int numberStart) {
        Matcher clock = CLOCK_TIME.matcher(text);
        while (clock.find()) {
            if (clock.start(1) == numberStart && Integer.parseInt(clock.group(1)) < 24) {
                return true;
            }
        }
        return false;
    }

    /** True for a cell that is only a number with no unit, the portal's placeholder. */
    public static boolean isPlaceholder(String cell) {
        String t = TextCleaner.clean(cell);
        return BARE_NUMBER.matcher(t).matches();
    }
}
