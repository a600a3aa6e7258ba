package vn.motcua.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MessageClassifierTest {

    @Test
    void scopeMessagesLeftOutOfTrainingAreToldApart() throws IOException {
        // Train on four fifths of each bundled list, judge the fifth it never saw, at the planner's threshold.
        List<String> in = shuffled(lines(MessageClassifier.IN_SCOPE));
        List<String> out = shuffled(lines(MessageClassifier.OUT_OF_SCOPE));
        int inCut = in.size() * 4 / 5;
        int outCut = out.size() * 4 / 5;
        MessageClassifier c = MessageClassifier.train(in.subList(0, inCut), out.subList(0, outCut));

        long inRefused = in.subList(inCut, in.size()).stream().filter(m -> c.odds(m) > AnswerPlanner.OUT_OF_SCOPE_ODDS).count();
        long outCaught = out.subList(outCut, out.size()).stream().filter(m -> c.odds(m) > AnswerPlanner.OUT_OF_SCOPE_ODDS).count();
        double inShare = (double) inRefused / (in.size() - inCut);
        double outShare = (double) outCaught / (out.size() - outCut);

        assertTrue(inShare < 0.05, "unseen in-scope messages over the threshold: " + inShare);
        assertTrue(outShare > 0.75, "unseen out-of-scope messages over the threshold: " + outShare);
    }

    @Test
    void emergenciesLeftOutOfTrainingAreToldApart() throws IOException {
        // Train on four fifths of the bundled emergencies and non-emergencies (the scope lists included,
        // as in production), judge the fifth it never saw, at the planner's threshold.
        List<String> yes = shuffled(lines(MessageClassifier.EMERGENCY));
        List<String> no = new ArrayList<>(lines(MessageClassifier.NOT_EMERGENCY));
        no.addAll(lines(MessageClassifier.IN_SCOPE));
        no.addAll(lines(MessageClassifier.OUT_OF_SCOPE));
        no = shuffled(no);
        int yesCut = yes.size() * 4 / 5;
        int noCut = no.size() * 4 / 5;
        MessageClassifier c = MessageClassifier.train(no.subList(0, noCut), yes.subList(0, yesCut));

        double caught = yes.subList(yesCut, yes.size()).stream().filter(m -> c.odds(m) > AnswerPlanner.EMERGENCY_ODDS).count() / (double) (yes.size() - yesCut);
        double falseAlarms = no.subList(noCut, no.size()).stream().filter(m -> c.odds(m) > AnswerPlanner.EMERGENCY_ODDS).count() / (double) (no.size() - noCut);

        assertTrue(caught > 0.75, "unseen emergencies over the threshold: " + caught);
        assertTrue(falseAlarms < 0.02, "unseen non-emergencies over the threshold: " + falseAlarms);
    }

    @Test
    void unknownWordsLowerTheKnownShare() {
        MessageClassifier c = MessageClassifier.train(List.of("làm lại căn cước"), List.of("nhà cháy rồi"));

        assertEquals(1.0, c.knownShare("căn cước cháy"));
        assertEquals(0.5, c.knownShare("pretend configuration căn cước"));
        assertEquals(1.0, c.knownShare(""));
    }

    @Test
    void trainingIsDeterministic() {
        MessageClassifier a = MessageClassifier.outOfScope(List.of("sổ đỏ"));
        MessageClassifier b = MessageClassifier.outOfScope(List.of("sổ đỏ"));

        for (String m : List.of("mua bảo hiểm nhân thọ gói nào lời", "làm lại sổ đỏ bị mất", "tối nay ăn gì")) {
            assertEquals(a.odds(m), b.odds(m), m);
        }
    }

    @Test
    void aPhraseAddedToTheVocabularyMovesTheOddsOfOtherMessagesLittle() throws IOException {
        // Measured when the order was chosen, over the out-of-scope list: by content the 95th
        // percentile of the moves was 0.04 (largest 0.40), shuffled 0.68 (largest 2.9).
        List<String> out = lines(MessageClassifier.OUT_OF_SCOPE);
        MessageClassifier before = MessageClassifier.outOfScope(List.of("sổ đỏ", "hộ chiếu"));
        MessageClassifier after = MessageClassifier.outOfScope(List.of("sổ đỏ", "hộ chiếu", "khách tây"));

        double[] moves = out.stream().mapToDouble(m -> Math.abs(after.odds(m) - before.odds(m))).sorted().toArray();
        double p95 = moves[(int) (moves.length * 0.95)];
        assertTrue(p95 < 0.1, "95th percentile of the moves: " + p95);
    }

    @Test
    void vocabularyGivenAsInScopePullsItsWordsTowardsScope() {
        List<String> in = List.of("làm lại căn cước bị mất ở đâu", "đăng ký khai sinh cho con cần gì", "lệ phí cấp sổ đỏ bao nhiêu");
        List<String> out = List.of("tối nay nấu món gì ngon", "đội nào vô địch năm nay", "mua điện thoại nào pin trâu");
        List<String> withVocabulary = new ArrayList<>(in);
        withVocabulary.add("xe cà tàng");

        double without = MessageClassifier.train(in, out).odds("xe cà tàng");
        double with = MessageClassifier.train(withVocabulary, out).odds("xe cà tàng");

        assertTrue(with < without, with + " vs " + without);
    }

    @Test
    void featuresAreFoldedSyllablesAndAdjacentPairs() {
        assertEquals(List.of("so", "do", "so_do"), MessageClassifier.features("Sổ Đỏ"));
        assertEquals(List.of("so", "do", "so_do"), MessageClassifier.features("so do!"));
        assertEquals(List.of(), MessageClassifier.features(null));
    }

    @Test
    void bothClassesAreNeeded() {
        assertThrows(IllegalArgumentException.class, () -> MessageClassifier.train(List.of("a"), List.of()));
    }

    private static List<String> shuffled(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        Collections.shuffle(out, new Random(11));
        return out;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = MessageClassifierTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
