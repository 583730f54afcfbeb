/**
 * Istio's networking API as immutable records: {@link dev.vsplit.model.VirtualService}, {@link
 * dev.vsplit.model.Gateway} and everything inside them. The lowest layer: it depends on no other
 * package of vsplit, and every other package speaks of Istio's resources in its records.
 *
 * <p>Record components carry Istio's own field names, in Istio's documented order; that order is
 * the order of the rendered YAML. Unset scalars and objects are {@code null}; unset lists and maps
 * are empty, never {@code null}. Every record has an {@code extra} map holding the fields vsplit
 * does not model, as plain YAML values, so that reading and writing a manifest loses nothing.
 */
package dev.vsplit.model;
