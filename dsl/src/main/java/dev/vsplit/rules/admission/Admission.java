package dev.vsplit.rules.admission;

import dev.vsplit.base.Durations;
import dev.vsplit.model.Gateway;
import dev.vsplit.model.VirtualService;
import java.util.List;
import java.util.Objects;

/**
 * What Istio's validating admission webhook answers for one VirtualService or Gateway: every error
 * ({@link AdmissionMessage#denied()}) and warning, with Istio's own texts, in the order Istio's
 * code finds them.
 *
 * <p>This follows {@code ValidateVirtualService} and {@code ValidateGateway} of Istio 1.22 and
 * later ({@code pkg/config/validation}). Like the webhook, it looks at one object at a time:
 * whether a delegate exists, is visible or fits its root is never checked here. Where Go iterates a
 * map (header names, labels), the YAML order is used, so the order is deterministic.
 *
 * <pre>{@code
 * for (AdmissionMessage m : Admission.validate(virtualService)) {
 *   if (m.denied()) {
 *     System.out.println(m.code() + " " + m.path() + ": " + m.text());
 *   }
 * }
 * }</pre>
 */
public final class Admission {
  private Admission() {}

  /** Istio's {@code ValidateVirtualService}. */
  public static List<AdmissionMessage> validate(VirtualService vs) {
    Objects.requireNonNull(vs, "vs");
    Messages out = new Messages();
    VirtualServiceValidation.validate(vs, out);
    return out.list();
  }

  /** Istio's {@code ValidateGateway}. */
  public static List<AdmissionMessage> validate(Gateway gateway) {
    Objects.requireNonNull(gateway, "gateway");
    Messages out = new Messages();
    GatewayValidation.validate(gateway, out);
    return out.list();
  }

  /**
   * A duration as Go's {@code time.ParseDuration} reads it ({@code 1.5s}, {@code 250ms}, {@code
   * 1h30m}), in nanoseconds; empty when Go could not read it.
   */
  public static java.util.OptionalLong durationNanos(String text) {
    try {
      return java.util.OptionalLong.of(Durations.parse(text));
    } catch (Durations.BadDuration e) {
      return java.util.OptionalLong.empty();
    }
  }
}
