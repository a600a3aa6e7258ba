package vn.motcua.answer;

/**
 * Writes the reply for a {@link Plan}. {@link GroundedAnswerer} composes it from the record alone;
 * {@link LlmAnswerer} lets a local model phrase it and falls back to the grounded text whenever
 * the model fails or states something the record does not hold.
 */
interface Answerer {

    Answer answer(Plan plan, AnswerListener listener);
}
