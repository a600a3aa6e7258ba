/**
 * Persistence over plain JDBC: one {@link vn.motcua.store.Database} (a HikariCP pool over an
 * embedded SQLite file by default, or PostgreSQL), Flyway migrations that serve both unchanged, and
 * one store per stored thing (conversations, feedback, tickets). Uses the JDK, JDBC drivers,
 * HikariCP and Flyway only; never another package of ours, so chat/ adapts its records to these.
 */
package vn.motcua.store;
