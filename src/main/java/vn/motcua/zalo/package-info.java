/**
 * The Zalo Official Account channel: the signed webhook in (verified, de-duplicated in store/,
 * answered on a bounded executor through chat/), replies out through the OA OpenAPI over OkHttp,
 * and the OA's rotating tokens. An edge: uses chat/, answer/ and store/, gives its routes to web/
 * as a {@code Consumer<RoutesConfig>} through app/, and never imports web/ or officer/.
 */
package vn.motcua.zalo;
