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
}
