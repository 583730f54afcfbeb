/**
 * Istio's validating admission webhook ({@code ValidateVirtualService}, {@code ValidateGateway}),
 * ported check by check, in Istio's order and with Istio's own texts: {@link
 * dev.vsplit.rules.admission.Admission} answers, for one VirtualService or Gateway, every error and
 * warning ({@link dev.vsplit.rules.admission.AdmissionMessage}). One object at a time: it knows
 * nothing of delegation or of other resources. May depend on {@code dev.vsplit.model}, {@code
 * base}, {@code findings}, {@code yaml} and {@code routing} (it needs only model and base).
 */
package dev.vsplit.rules.admission;
