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

class ScopeClassifierTest {

    @Test
    void messagesLeftOutOfTrainingAreToldApart() throws IOException {
        // Train on four fifths of each bundled list, judge the fifth it never saw, at the planner's threshold.
        List<String> in = shuffled(lines(ScopeClassifier.IN_SCOPE));
        List<String> out = shuffled(lines(ScopeClassifier.OUT_OF_SCOPE));
        int inCut = in.size() * 4 / 5;
        int outCut = out.size() * 4 / 5;
        ScopeClassifier c = ScopeClassifier.train(in.subList(0, inCut), out.subList(0, outCut));

        long inRefused = in.subList(inCut, in.size()).stream().filter(m -> c.outOfScopeOdds(m) > AnswerPlanner.OUT_OF_SCOPE_ODDS).count();
        long outCaught = out.subList(outCut, out.size()).stream().filter(m -> c.outOfScopeOdds(m) > AnswerPlanner.OUT_OF_SCOPE_ODDS).count();
        double inShare = (double) inRefused / (in.size() - inCut);
        double outShare = (double) outCaught / (out.size() - outCut);

        assertTrue(inShare < 0.05, "unseen in-scope messages over the threshold: " + inShare);
        assertTrue(outShare > 0.75, "unseen out-of-scope messages over the threshold: " + outShare);
    }

    @Test
    void trainingIsDeterministic() {
        ScopeClassifier a = ScopeClassifier.bundled(List.of("sổ đỏ"));
        ScopeClassifier b = ScopeClassifier.bundled(List.of("sổ đỏ"));

        for (String m : List.of("mua bảo hiểm nhân thọ gói nào lời", "làm lại sổ đỏ bị mất", "tối nay ăn gì")) {
            assertEquals(a.outOfScopeOdds(m), b.outOfScopeOdds(m), m);
        }
    }

    @Test
    void vocabularyGivenAsInScopePullsItsWordsTowardsScope() {
        List<String> in = List.of("làm lại căn cước bị mất ở đâu", "đăng ký khai sinh cho con cần gì", "lệ phí cấp sổ đỏ bao nhiêu");
        List<String> out = List.of("tối nay nấu món gì ngon", "đội nào vô địch năm nay", "mua điện thoại nào pin trâu");
        List<String> withVocabulary = new ArrayList<>(in);
        withVocabulary.add("xe cà tàng");

        double without = ScopeClassifier.train(in, out).outOfScopeOdds("xe cà tàng");
        double with = ScopeClassifier.train(withVocabulary, out).outOfScopeOdds("xe cà tàng");

        assertTrue(with < without, with + " vs " + without);
    }

    @Test
    void featuresAreFoldedSyllablesAndAdjacentPairs() {
        assertEquals(List.of("so", "do", "so_do"), ScopeClassifier.features("Sổ Đỏ"));
        assertEquals(List.of("so", "do", "so_do"), ScopeClassifier.features("so do!"));
        assertEquals(List.of(), ScopeClassifier.features(null));
    }

    @Test
    void bothClassesAreNeeded() {
        assertThrows(IllegalArgumentException.class, () -> ScopeClassifier.train(List.of("a"), List.of()));
    }

    private static List<String> shuffled(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        Collections.shuffle(out, new Random(11));
        return out;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = ScopeClassifierTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
