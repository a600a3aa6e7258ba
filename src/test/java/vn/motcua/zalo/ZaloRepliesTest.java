package vn.motcua.zalo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.answer.Answer;
import vn.motcua.answer.Candidate;
import vn.motcua.answer.DialogueState;
import vn.motcua.answer.Messages;
import vn.motcua.answer.Status;

/** Plain-text rendering for Zalo: bullets, the 2,000-character and 3-message limits, links and clarify buttons. */
class ZaloRepliesTest {

    private final ZaloReplies replies = new ZaloReplies(Messages.vietnamese(), URI.create("https://motcua.example.vn"));

    @Test
    void aTwoThousandFiveHundredCharacterAnswerIsSplitAtALineBoundaryIntoTwoMessages() {
        StringBuilder b = new StringBuilder();
        int line = 0;
        while (b.length() < 2500) {
            b.append("- Giấy tờ số ").append(++line).append(": bản sao có chứng thực của giấy khai sinh.\n");
        }
        String text = b.substring(0, b.lastIndexOf("\n"));

        List<String> parts = ZaloReplies.fit(ZaloReplies.plain(text), "");

        assertEquals(2, parts.size());
        for (String p : parts) {
            assertTrue(p.length() <= ZaloReplies.MAX_CHARS, "at most 2,000 characters: " + p.length());
            assertTrue(p.startsWith("• Giấy tờ số ") && p.endsWith("giấy khai sinh."), "split between lines: …" + p.substring(p.length() - 20));
        }
        assertEquals(ZaloReplies.plain(text), parts.get(0) + "\n" + parts.get(1), "nothing lost, nothing repeated");
    }

    @Test
    void aLongParagraphIsSplitAtASentenceEnd() {
        String sentence = "Người dân nộp hồ sơ tại Bộ phận Một cửa của Ủy ban nhân dân xã. ";
        String text = sentence.repeat(2500 / sentence.length() + 1).strip();

        List<String> parts = ZaloReplies.split(text, ZaloReplies.MAX_CHARS, ZaloReplies.MAX_MESSAGES);

        assertEquals(2, parts.size());
        assertTrue(parts.get(0).endsWith("xã."), parts.get(0).substring(parts.get(0).length() - 10));
        assertTrue(parts.get(0).length() <= ZaloReplies.MAX_CHARS);
    }

    @Test
    void atMostThreeMessagesAndTheLastOneCarriesTheLinksAndSaysItWasCut() {
        String text = "Một dòng khá dài về thủ tục hành chính để làm đầy tin nhắn.\n".repeat(200);

        List<String> parts = ZaloReplies.fit(text, "Xem chi tiết thủ tục: https://motcua.example.vn/thu-tuc/1.004222");

        assertEquals(ZaloReplies.MAX_MESSAGES, parts.size());
        String last = parts.get(2);
        assertTrue(last.length() <= ZaloReplies.MAX_CHARS, String.valueOf(last.length()));
        assertTrue(last.endsWith("https://motcua.example.vn/thu-tuc/1.004222"), last);
        assertTrue(last.contains("…"), "the cut is marked");
    }

    @Test
    void markdownBecomesPlainTextWithBullets() {
        String plain = ZaloReplies.plain("## Giấy tờ\n**Cần mang:**\n- Tờ khai\n* Căn cước\n\n\n\nXong.");

        assertEquals("Giấy tờ\nCần mang:\n• Tờ khai\n• Căn cước\n\nXong.", plain);
    }

    @Test
    void aClarifyingQuestionOffersItsOptionsAsQueryButtonsThatSendTheNumber() {
        Answer clarify = new Answer(Status.CLARIFY, "Bạn muốn hỏi về thủ tục nào?\n1. Đăng ký thường trú\n2. Đăng ký tạm trú",
                List.of(new Candidate("1.004222", "Đăng ký thường trú", Double.NaN), new Candidate("1.004194", "Đăng ký tạm trú", Double.NaN)),
                List.of(), List.of(), DialogueState.EMPTY, "grounded", Map.of(), Double.NaN);

        List<ZaloMessage> out = replies.answer(clarify, null);
        JsonNode wire = ZaloWire.message(ZaloFixture.JSON, "8412345678901234567890", out.get(0));

        assertEquals(1, out.size());
        JsonNode buttons = wire.path("message").path("attachment").path("payload").path("buttons");
        assertEquals("template", wire.path("message").path("attachment").path("type").asText());
        assertEquals(2, buttons.size());
        assertEquals("oa.query.show", buttons.get(1).path("type").asText());
        assertEquals("2. Đăng ký tạm trú", buttons.get(1).path("title").asText());
        assertEquals("2", buttons.get(1).path("payload").asText());
        assertEquals("8412345678901234567890", wire.path("recipient").path("user_id").asText());
        assertFalse(wire.path("message").path("text").asText().contains("motcua.example.vn"), "no page link without a chosen procedure");
    }

    @Test
    void aPlainTextMessageHasNoAttachment() {
        JsonNode wire = ZaloWire.message(ZaloFixture.JSON, "u1", ZaloMessage.text("Xin chào"));

        assertEquals("{\"recipient\":{\"user_id\":\"u1\"},\"message\":{\"text\":\"Xin chào\"}}", wire.toString());
    }
}
