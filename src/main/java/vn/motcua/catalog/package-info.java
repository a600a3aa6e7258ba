/**
 * The knowledge base of administrative procedures (thủ tục hành chính): immutable records, the
 * importers that turn the three raw source formats into them, and the on-disk JSON store with its
 * checks. Uses only the JDK, Jackson and Apache POI; knows nothing of search, answers or HTTP.
 */
package vn.motcua.catalog;
