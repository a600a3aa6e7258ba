package vn.motcua.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    private final PersonalData data = new PersonalData();

    @Test
    void masksIdNumbersPhonesAndEmails() {
        PersonalData.Masked m = data.mask("CCCD của em là 001203004567, sđt 0987 654 321, mail an.nguyen@gmail.com");

        assertEquals("CCCD của em là [id-number], sđt [phone], mail [email]", m.text());
        assertEquals(Set.of(PersonalData.Kind.ID_NUMBER, PersonalData.Kind.PHONE, PersonalData.Kind.EMAIL), m.found());
    }

    @Test
    void keepsProcedureCodesAndAmounts() {
        PersonalData.Masked m = data.mask("thủ tục 1.001193 lệ phí 50.000 đồng, 1.750.000 đồng");

        assertEquals("thủ tục 1.001193 lệ phí 50.000 đồng, 1.750.000 đồng", m.text());
        assertFalse(m.hadPersonalData());
    }

    @Test
    void masksInternationalPhoneFormat() {
        assertTrue(data.mask("goi +84 912 345 678 nhe").text().contains("[phone]"));
    }

    /** The masking as it was before the patterns were guarded by cheap checks: every pattern on every text. */
    private static String everyPattern(String text) {
        String t = text;
        String[][] rules = {
            {"[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}", PersonalData.EMAIL_MASK},
            {"(?<![\\d.,])\\d{12}(?![\\d.,]?\\d)", PersonalData.ID_MASK},
            {"(?<![\\d.,])(?:\\+84|0084|0)(?:[\\s.-]?\\d){9,10}(?![\\d])", PersonalData.PHONE_MASK},
            {"(?<![\\d.,])\\d{9}(?![\\d.,]?\\d)", PersonalData.ID_MASK}};
        for (String[] rule : rules) {
            t = t.replaceAll(rule[0], java.util.regex.Matcher.quoteReplacement(rule[1]));
        }
        return t;
    }

    @Test
    void randomDigitsSeparatorsAndAddressesMaskAsWithEveryPattern() {
        PersonalData personal = new PersonalData();
        String alphabet = "0000111223456789   ..--,,+@ađ\n\t";
        for (String text : vn.motcua.catalog.RandomText.strings(alphabet, 20261122, 50_000, 30)) {
            assertEquals(everyPattern(text), personal.mask(text).text(), () -> "for " + text);
        }
    }
}
