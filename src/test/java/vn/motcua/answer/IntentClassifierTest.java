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
}
