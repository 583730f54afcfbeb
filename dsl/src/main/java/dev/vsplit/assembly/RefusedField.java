package dev.vsplit.assembly;

import dev.vsplit.base.Location;

/**
 * A route field the DSL refused where it was written, because Istio would refuse the resource (a
 * duration Go cannot read): reported once, at the builder call, and left out of the route so that
 * nothing downstream reports it again.
 *
 * @param field its path in the route ({@code timeout}, {@code retries.perTryTimeout})
 * @param value the value as written
 * @param problem Istio's words for what is wrong
 * @param suggestion a value Istio accepts that the author probably meant, or {@code null}
 * @param site the builder call that set it
 */
record RefusedField(String field, String value, String problem, String suggestion, Location site) {}
