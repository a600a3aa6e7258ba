/**
 * Lucene analysis, indexing and querying. Turns knowledge-base records into an on-disk index and
 * citizens' questions (typed with or without Vietnamese marks) into ranked {@link
 * vn.motcua.search.Hit}s and regulation articles. Uses catalog/ only; knows nothing of HTTP or LLMs.
 */
package vn.motcua.search;
