/**
 * Lucene analysis, indexing and querying. Turns knowledge-base records into an on-disk index and
 * citizens' questions (typed with or without Vietnamese marks) into ranked {@link
 * vn.motcua.search.Hit}s and regulation articles. A catalogue-sized procedure index is scored in
 * memory from its Lucene postings ({@code TermScoresCache}), a larger one by Lucene's own scorers;
 * both give Lucene's BM25. Uses catalog/ only; knows nothing of HTTP or LLMs.
 */
package vn.motcua.search;
