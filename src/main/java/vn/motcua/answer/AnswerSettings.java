package vn.motcua.answer;

/**
 * Settings of the answer pipeline: the longest question accepted, in characters (default 1,000).
 */
public record AnswerSettings(int maxQuestionChars) {

    public static final AnswerSettings DEFAULTS = new AnswerSettings(1000);

    public AnswerSettings {
        if (maxQuestionChars < 10 || maxQuestionChars > 100_000) {
            throw new IllegalArgumentException("max question length must be between 10 and 100000 characters: " + maxQuestionChars);
        }
    }
}
