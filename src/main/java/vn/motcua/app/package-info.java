/**
 * The application shell: the picocli command line, {@link vn.motcua.app.Config} loaded once from
 * the environment, an optional motcua.properties and defaults, and {@link vn.motcua.app.Wiring},
 * the only place that constructs services. Nothing imports this package.
 */
package vn.motcua.app;
