package vn.motcua.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntentClassifierTest {

    private final IntentClassifier intents = new IntentClassifier();

    @Test
    void readsIntentsInTheOrderAsked() {
        assertEquals(List.of(Intent.DEADLINE, Intent.FEE), intents.classify("mất bao lâu, hết bao nhiêu tiền"));
    }

    @Test
    void readsQuestionsTypedWithoutMarks() {
        assertEquals(List.of(Intent.DOCUMENTS), intents.classify("lam cccd can giay to gi"));
        assertEquals(List.of(Intent.ONLINE), intents.classify("nop online dc ko"));
        assertEquals(List.of(Intent.AGENCY), intents.classify("lam ho chieu o dau"));
    }

    @Test
    void asksForAnOverviewWhenNothingSpecificIsAsked() {
        assertEquals(List.of(Intent.OVERVIEW), intents.classify("đăng ký khai sinh"));
    }

    @Test
    void noPatternReadsAcrossAComma() {
        // "mất ở nhà, làm giấy" is a death at home and a paper, not "ở nhà làm" (from home, online).
        assertEquals(List.of(Intent.DOCUMENTS), intents.classify("bà nội em mới mất ở nhà, làm giấy báo tử ở xã cần mang gì"));
        assertEquals(List.of(Intent.ONLINE, Intent.AGENCY), intents.classify("ở nhà làm được không hay phải lên xã"));
        // A number's separators are not clause breaks.
        assertEquals(List.of(Intent.FEE), intents.classify("lệ phí 70.000 đồng hay 1,5 triệu"));
    }
}
