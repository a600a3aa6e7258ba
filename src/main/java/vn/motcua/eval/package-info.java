/**
 * The offline evaluation harness: reads gold sets (JSON Lines), runs every question through the
 * same search (and, later, answer) code the service uses, in-process, and writes per-case results
 * and aggregate reports. Uses answer/, search/ and catalog/; never an HTTP edge; not on the serving path.
 */
package vn.motcua.eval;
