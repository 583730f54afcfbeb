package dev.vsplit.routing;

/**
 * Why a secondary's match does not fit inside a primary's match, as Istio's {@code hasConflict}
 * decides it.
 *
 * @param field the field of the secondary's match that conflicts, as a path inside the match:
 *     {@code uri}, {@code headers.x-user}, {@code ignoreUriCase}, {@code port}, {@code
 *     sourceNamespace}, {@code sourceLabels.app}, {@code gateways}...
 * @param reason what is wrong, in words, naming both values
 */
public record Conflict(String field, String reason) {}
