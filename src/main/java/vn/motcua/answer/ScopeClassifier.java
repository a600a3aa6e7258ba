package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.motcua.catalog.TextCleaner;

/**
 * Tells a question about procedures from everything else people type into a chat box, by the
 * words around the words: "mua bảo hiểm nhân thọ gói nào lời" and "trường cấp 3 nào dạy tốt" hold
 * words of administration, yet ask for advice, not a procedure. A logistic regression over the
 * folded syllables and pairs of adjacent syllables of a message, trained when the guard is made
 * from two bundled lists of messages written for this purpose ({@code answer/scope/}, see the
 * README there), one in scope and one out of it, and from the phrases of the synonym rules, which
 * count as in scope. Training is deterministic (a fixed shuffle seed), so
 * every instance built from the same lists gives the same odds.
 *
 * <p>The planner asks it only about questions that hold no word of administration and that the
 * hand-written guard did not already decide: on its own it would also refuse long life stories
 * ("mẹ tôi 77 tuổi, cả đời làm ruộng…") that end in a real procedure.
 */
public final class ScopeClassifier {

    /** The bundled training lists. */
    static final String IN_SCOPE = "/answer/scope/in-scope.txt";
    static final String OUT_OF_SCOPE = "/answer/scope/out-of-scope.txt";

    /** Passes over the training messages. */
    static final int EPOCHS = 15;
    /** Step size of the first pass; pass {@code k} uses {@code RATE / (1 + k)}. */
    static final double RATE = 0.2;
    /** L2 shrinkage per update of a feature's weight. */
    static final double L2 = 1e-4;
    /** Seed of the shuffle between passes. */
    static final long SEED = 7;
    private static final String BIAS = "";

    private final Map<String, Double> weights;

    private ScopeClassifier(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /**
     * The classifier trained on the bundled lists, with {@code vocabulary} (phrases citizens use
     * for procedures, such as the synonym rules' "passport" or "sổ đỏ") added to the messages in scope.
     */
    public static ScopeClassifier bundled(List<String> vocabulary) {
        List<String> in = new ArrayList<>(read(IN_SCOPE));
        in.addAll(requireNonNull(vocabulary, "vocabulary may not be null"));
        return train(in, read(OUT_OF_SCOPE));
    }

    /**
     * Trains on two lists of messages, both non-empty. Each class weighs the same in total
     * whatever the sizes of the lists.
     */
    static ScopeClassifier train(List<String> inScope, List<String> outOfScope) {
        requireNonNull(inScope, "inScope may not be null");
        requireNonNull(outOfScope, "outOfScope may not be null");
        if (inScope.isEmpty() || outOfScope.isEmpty()) {
            throw new IllegalArgumentException("both training lists need at least one message");
        }
        record Example(List<String> features, int label) {}
        List<Example> data = new ArrayList<>();
        inScope.forEach(m -> data.add(new Example(features(m), 0)));
        outOfScope.forEach(m -> data.add(new Example(features(m), 1)));
        double weightIn = data.size() / (2.0 * inScope.size());
        double weightOut = data.size() / (2.0 * outOfScope.size());
        Map<String, Double> w = new HashMap<>();
        double bias = 0;
        Random random = new Random(SEED);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(data, random);
            double eta = RATE / (1 + epoch);
            for (Example e : data) {
                double z = bias;
                for (String f : e.features()) {
                    z += w.getOrDefault(f, 0.0);
                }
                double p = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
                double g = (p - e.label()) * (e.label() == 1 ? weightOut : weightIn);
                bias -= eta * g;
                for (String f : e.features()) {
                    double old = w.getOrDefault(f, 0.0);
                    w.put(f, old - eta * (g + L2 * old));
                }
            }
        }
        w.put(BIAS, bias);
        return new ScopeClassifier(w);
    }

    /** The log-odds that the message is not about a procedure: above 0 more likely out of scope than in. */
    public double outOfScopeOdds(String message) {
        double z = weights.get(BIAS);
        for (String f : features(message)) {
            z += weights.getOrDefault(f, 0.0);
        }
        return z;
    }

    /** The share of the message's distinct syllables that training saw (1 for a message of none). */
    public double knownShare(String message) {
        int syllables = 0;
        int known = 0;
        for (String f : features(message)) {
            if (f.indexOf('_') < 0) {
                syllables++;
                known += weights.containsKey(f) ? 1 : 0;
            }
        }
        return syllables == 0 ? 1 : (double) known / syllables;
    }

    /** The distinct folded syllables of a message and its pairs of adjacent syllables ("khai_sinh"). */
    static List<String> features(String message) {
        String folded = TextCleaner.fold(message == null ? "" : message).toLowerCase(java.util.Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : folded.split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Set<String> out = new LinkedHashSet<>(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            out.add(words.get(i) + "_" + words.get(i + 1));
        }
        return List.copyOf(out);
    }

    private static List<String> read(String resource) {
        try (InputStream in = ScopeClassifier.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
