/**
 * The answer pipeline behind every channel: guard input, understand, retrieve, decide, compose,
 * cite. {@link vn.motcua.answer.AnswerService} is its door; {@code GroundedAnswerer} composes from
 * the record alone and {@code LlmAnswerer} lets a local model phrase it behind the fact guard.
 * Uses search/ and catalog/; knows nothing of HTTP, channels or conversations' storage.
 */
package vn.motcua.answer;
