/**
 * The adapter to local models through langchain4j: Ollama, or any OpenAI-compatible server. The
 * only package that imports dev.langchain4j; it implements answer/'s {@code LanguageModel} and
 * knows nothing of records, prompts' content or channels.
 */
package vn.motcua.answer.llm;
