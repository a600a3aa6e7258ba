/**
 * The officer console: the hand-off ticket queue and replies, behind an admin token until the
 * officer login lands. An edge: uses chat/ and store/, gives its routes to web/ as a
 * {@code Consumer<RoutesConfig>} through app/, and never imports web/ or zalo/.
 */
package vn.motcua.officer;
