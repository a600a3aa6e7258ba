package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.motcua.catalog.TextCleaner;

/**
 * Reads a message by the words around the words, where the guard's hand-written patterns read
 * single words: "mua bảo hiểm nhân thọ gói nào lời" holds a word of administration yet asks for
 * advice, and "bố tôi đang ăn cơm thì ngã gục, gọi không trả lời" names no danger word yet is one.
 * A logistic regression over the folded syllables of a message and its pairs of adjacent
 * syllables, trained when the pipeline is built from bundled lists of messages written for the
 * purpose (see the README beside each list). Training is deterministic (a fixed seed, {@link Order}):
 * every instance built from the same lists gives the same odds.
 *
 * <p>Two are made: {@link #outOfScope} (is the message about a procedure at all?) and
 * {@link #emergency} (is someone in danger right now?). The planner asks each only where the
 * guard's patterns left the question undecided.
 */
final class MessageClassifier {

    static final String IN_SCOPE = "/answer/scope/in-scope.txt";
    static final String OUT_OF_SCOPE = "/answer/scope/out-of-scope.txt";
    static final String EMERGENCY = "/answer/emergency/emergency.txt";
    static final String NOT_EMERGENCY = "/answer/emergency/not-emergency.txt";

    /** Passes over the training messages. */
    static final int EPOCHS = 15;
    /** Step size of the first pass; pass {@code k} uses {@code RATE / (1 + k)}. */
    static final double RATE = 0.2;
    /** L2 shrinkage per update of a feature's weight. */
    static final double L2 = 1e-4;
    /** Seed of the order of each pass, shuffled or by content ({@link Order}). */
    static final long SEED = 7;

    /** Feature to its index in {@link #weights}. */
    private final Map<String, Integer> index;
    private final double[] weights;
    private final double bias;

    private MessageClassifier(Map<String, Integer> index, double[] weights, double bias) {
        this.index = Map.copyOf(index);
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * Out of scope (positive) against in scope: trained on the bundled lists, with {@code
     * vocabulary} (phrases citizens use for procedures, such as the synonym rules' "passport" or
     * "sổ đỏ") added to the messages in scope.
     */
    static MessageClassifier outOfScope(List<String> vocabulary) {
        List<String> in = new ArrayList<>(read(IN_SCOPE));
        in.addAll(requireNonNull(vocabulary, "vocabulary may not be null"));
        return train(in, read(OUT_OF_SCOPE), Order.BY_CONTENT);
    }

    /**
     * Someone in danger now (positive) against everything else: the bundled non-emergencies (past
     * incidents told in procedure questions, safety advice, figurative "cứu em với") together with
     * both scope lists.
     */
    static MessageClassifier emergency() {
        List<String> not = new ArrayList<>(read(NOT_EMERGENCY));
        not.addAll(read(IN_SCOPE));
        not.addAll(read(OUT_OF_SCOPE));
        return train(not, read(EMERGENCY));
    }

    /**
     * Trains on two lists of messages, both non-empty: {@code negative} and {@code positive}. Each
     * class weighs the same in total whatever the sizes of the lists.
     */
    static MessageClassifier train(List<String> negative, List<String> positive) {
        return train(negative, positive, Order.SHUFFLED);
    }

    /**
     * The order of the messages in each pass of training. {@link #SHUFFLED}: a seeded shuffle of
     * the lists, so adding one message reorders all the others and moves every weight a little.
     * {@link #BY_CONTENT}: an order drawn from each message's own text, so a message added to a
     * list moves no other and the weights change only by what it teaches. The scope classifier
     * trains on every synonym phrase, which change often, and is trained by content; the emergency
     * classifier's lists change rarely and keep the shuffle (by content, a borderline emergency of
     * the probes fell from log-odds 2.5 to 1.7, under its threshold of 2: left for a safety review).
     */
    enum Order { SHUFFLED, BY_CONTENT }

    static MessageClassifier train(List<String> negative, List<String> positive, Order order) {
        requireNonNull(negative, "negative may not be null");
        requireNonNull(positive, "positive may not be null");
        if (negative.isEmpty() || positive.isEmpty()) {
            throw new IllegalArgumentException("both training lists need at least one message");
        }
        Map<String, Integer> index = new HashMap<>();
        record Example(int[] features, int label, int hash) {}
        List<Example> data = new ArrayList<>(negative.size() + positive.size());
        for (int label = 0; label < 2; label++) {
            for (String m : label == 0 ? negative : positive) {
                data.add(new Example(features(m).stream().mapToInt(f -> index.computeIfAbsent(f, k -> index.size())).toArray(), label,
                        m.hashCode() * 31 + label));
            }
        }
        double[] classWeight = {data.size() / (2.0 * negative.size()), data.size() / (2.0 * positive.size())};
        double[] w = new double[index.size()];
        double bias = 0;
        Random random = new Random(SEED);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            if (order == Order.SHUFFLED) {
                Collections.shuffle(data, random);
            } else {
                long pass = epoch;
                data.sort(java.util.Comparator.comparingLong(e -> mix(e.hash(), pass)));
            }
            double eta = RATE / (1 + epoch);
            for (Example e : data) {
                double z = bias;
                for (int f : e.features()) {
                    z += w[f];
                }
                double p = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
                double g = (p - e.label()) * classWeight[e.label()];
                bias -= eta * g;
                for (int f : e.features()) {
                    w[f] -= eta * (g + L2 * w[f]);
                }
            }
        }
        return new MessageClassifier(index, w, bias);
    }

    /** A well-spread 64-bit value of a message's hash and the pass (SplitMix64's finaliser). */
    private static long mix(int hash, long pass) {
        long z = (hash & 0xffffffffL) + (pass + SEED) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * What the classifier reads in a message, from one pass over its features: {@code odds}, the
     * log-odds that it is of the positive class (above 0 more likely than not), and
     * {@code knownShare}, the share of its distinct syllables that training saw (1 for a message of none).
     */
    record Reading(double odds, double knownShare) {}

    Reading reading(String message) {
        double z = bias;
        int syllables = 0;
        int known = 0;
        for (String f : features(message)) {
            Integer i = index.get(f);
            if (i != null) {
                z += weights[i];
            }
            if (f.indexOf('_') < 0) {
                syllables++;
                known += i != null ? 1 : 0;
            }
        }
        return new Reading(z, syllables == 0 ? 1 : (double) known / syllables);
    }

    /** {@link Reading#odds} of the message. */
    double odds(String message) {
        return reading(message).odds();
    }

    /** {@link Reading#knownShare} of the message. */
    double knownShare(String message) {
        return reading(message).knownShare();
    }

    /** The distinct folded syllables of a message and its pairs of adjacent syllables ("khai_sinh"). */
    static List<String> features(String message) {
        String folded = TextCleaner.fold(message == null ? "" : message).toLowerCase(Locale.ROOT);
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

    /** The messages of a training list: its lines, stripped, without blank lines and {@code #} comments. */
    private static List<String> read(String resource) {
        return BundledText.lines(resource).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
