/**
 * The web edge: the Javalin server with the JSON and Server-Sent-Events API, the widget, the kiosk
 * and procedure pages. Edges translate, they don't decide: handlers map requests to chat/ and
 * answer/ calls and back. Uses chat, answer, catalog; never search, eval or the other edges.
 */
package vn.motcua.web;
