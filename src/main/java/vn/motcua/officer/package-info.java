/**
 * Officer mode: accounts, login, sessions and the audit log; officers' questions over internal
 * guidance; the console (ticket queue, analytics, exports). The only package that makes an officer
 * {@link vn.motcua.search.Audience}, and only for an authenticated account. An edge: uses answer/,
 * chat/, search/ and store/, gives its routes to web/ as a {@code Consumer<RoutesConfig>} through
 * app/, and never imports web/ or zalo/.
 */
package vn.motcua.officer;
