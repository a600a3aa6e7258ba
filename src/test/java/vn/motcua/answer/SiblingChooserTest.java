package vn.motcua.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiblingChooserTest {

    private final SiblingChooser chooser = new SiblingChooser();

    @Test
    void movesToTheSiblingWhoseNameHoldsTheChangedDetail() {
        List<String> names = List.of("Thủ tục đăng ký khai sinh", "Thủ tục đăng ký khai sinh có yếu tố nước ngoài");

        int i = chooser.choose("còn nếu bé sinh ở nước ngoài thì sao", Set.of("sinh", "nuoc", "ngoai"), "Thủ tục đăng ký khai sinh", names);

        assertEquals(1, i);
    }

    @Test
    void skipsANameWhoseAgeBracketExcludesTheStatedAge() {
        List<String> names = List.of("Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên", "Cấp thẻ căn cước cho người dưới 14 tuổi");

        int i = chooser.choose("còn đứa nhỏ mới 5 tuổi thì sao", Set.of("nho", "5", "tuoi"), names.get(0), names);

        assertEquals(1, i);
    }

    @Test
    void doesNotMoveToACandidateOutsideTheFocusFamily() {
        List<String> names = List.of("Thủ tục đăng ký kết hôn", "Trình báo mất thẻ ABTC");

        int i = chooser.choose("thế có mất phí không", Set.of("mat"), "Thủ tục đăng ký kết hôn", names);

        assertEquals(0, i);
    }

    @Test
    void wordsASynonymRuleAddedDecideBetweenSiblingsTheTypedWordsCannotTellApart() {
        // "học cấp 2" adds "trung học cơ sở": no typed word but "học" is in any of the three names.
        List<String> names = List.of("Chuyển trường đối với học sinh tiểu học", "Chuyển trường đối với học sinh trung học phổ thông",
                "Chuyển trường đối với học sinh trung học cơ sở");
        Set<String> typed = Set.of("dua", "lon", "hoc", "cap", "2");
        Set<String> expanded = Set.of("dua", "lon", "hoc", "cap", "2", "trung", "co", "so");

        assertEquals(0, chooser.choose("còn đứa lớn đang học cấp 2 thì sao", typed, names.get(0), names));
        assertEquals(2, chooser.choose("còn đứa lớn đang học cấp 2 thì sao", typed, expanded, names.get(0), names));
    }

    @Test
    void aTypedWordOutweighsWordsOnlyASynonymAdded() {
        List<String> names = List.of("Thủ tục đăng ký khai sinh", "Thủ tục đăng ký khai sinh có yếu tố nước ngoài",
                "Thủ tục đăng ký khai sinh lưu động");

        int i = chooser.choose("còn nếu bé sinh ở nước ngoài thì sao", Set.of("sinh", "nuoc", "ngoai"),
                Set.of("sinh", "nuoc", "ngoai", "luu", "dong"), names.get(0), names);

        assertEquals(1, i);
    }

    @Test
    void readsAgesAndBrackets() {
        assertEquals(16, SiblingChooser.statedAge("con lon 16t roi"));
        assertNull(SiblingChooser.statedAge("con lon roi"));
        assertTrue(SiblingChooser.excludes("cap the can cuoc cho nguoi duoi 14 tuoi", 14));
        assertFalse(SiblingChooser.excludes("cap the can cuoc cho nguoi tu du 14 tuoi tro len", 14));
        assertTrue(SiblingChooser.excludes("cap the can cuoc cho nguoi tu du 14 tuoi tro len", 13));
    }
}
