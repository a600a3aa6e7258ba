package vn.motcua.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Short random strings over a chosen alphabet, the same for a seed: for checking a rewrite against its reference. */
public final class RandomText {

    private RandomText() {}

    /** {@code count} strings of 0 to {@code maxLength - 1} characters of {@code alphabet}. */
    public static List<String> strings(String alphabet, long seed, int count, int maxLength) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(maxLength);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(b.toString());
        }
        return out;
    }

    /** The characters of a string as U+XXXX, for a failure message. */
    public static String codes(String text) {
        return text.chars().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
    }
}
