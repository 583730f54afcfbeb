package dev.vsplit.rules.admission;

import dev.vsplit.findings.Code;

/**
 * One error or warning that Istio's validating admission webhook ({@code ValidateVirtualService},
 * {@code ValidateGateway}) returns for a single object.
 *
 * @param code the finding code it is reported under (a delegation-specific one such as {@link
 *     Code#VS103}, or {@link Code#VS002}/{@link Code#VS003} for the rest)
 * @param denied {@code true} for an error that makes the webhook refuse the object, {@code false}
 *     for an admission warning
 * @param path the field it is about, e.g. {@code spec.http[0].route}; empty for the whole object
 * @param text Istio's own text, e.g. {@code root HTTP route pp must not specify route}
 */
public record AdmissionMessage(Code code, boolean denied, String path, String text) {}
