package dev.vsplit.rules.admission;

import dev.vsplit.findings.Code;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what the webhook would answer, in the order Istio's code produces it.
 *
 * <p>Istio gathers errors with two helpers: {@code AppendValidation} keeps warnings, {@code
 * appendErrors} drops them. Where Istio drops the warnings of a nested check, the caller validates
 * through {@link #errorsOnly()} so that the same warnings are dropped here.
 */
final class Messages {

  /** A delegate's HTTP route that delegates again (chaining). */
  static final Code DELEGATE_CHAINING = Code.VS101;

  /** A root route (one with {@code delegate}) that also has {@code redirect} or {@code route}. */
  static final Code ROOT_ROUTE_ACTION = Code.VS103;

  /** A delegate VirtualService (no hosts) with gateways, tls or tcp. */
  static final Code DELEGATE_TOP_LEVEL = Code.VS107;

  /** An invalid {@code exportTo}. */
  static final Code EXPORT_TO = Code.VS108;

  /** JWT-claim header matching in a VirtualService that is not bound to a gateway only. */
  static final Code JWT_CLAIM_WITHOUT_GATEWAY = Code.VS109;

  /** A regular expression that RE2 refuses. */
  static final Code REGEX = Code.VS008;

  /** Every admission warning. */
  static final Code WARNING = Code.VS003;

  /** Every other denial. */
  static final Code DENIED = Code.VS002;

  private final List<AdmissionMessage> out;
  private final boolean keepWarnings;

  Messages() {
    this(new ArrayList<>(), true);
  }

  private Messages(List<AdmissionMessage> out, boolean keepWarnings) {
    this.out = out;
    this.keepWarnings = keepWarnings;
  }

  /**
   * The same list, but warnings added through the view are dropped, as Istio's appendErrors does.
   */
  Messages errorsOnly() {
    return keepWarnings ? new Messages(out, false) : this;
  }

  void deny(String path, String text) {
    deny(DENIED, path, text);
  }

  void deny(At path, String text) {
    deny(DENIED, path.toString(), text);
  }

  void deny(Code code, String path, String text) {
    out.add(new AdmissionMessage(code, true, path, text));
  }

  void deny(Code code, At path, String text) {
    deny(code, path.toString(), text);
  }

  void deny(At path, Problem problem) {
    if (problem != null) {
      deny(problem.code(), path.toString(), problem.text());
    }
  }

  void warn(String path, String text) {
    if (keepWarnings) {
      out.add(new AdmissionMessage(WARNING, false, path, text));
    }
  }

  void warn(At path, String text) {
    if (keepWarnings) {
      warn(path.toString(), text);
    }
  }

  /** How many messages there are: where {@link #insert} puts later ones before the rest. */
  int size() {
    return out.size();
  }

  /**
   * Puts {@code others}' messages at {@code index}, in their order, as if they had been added when
   * there were {@code index} messages.
   */
  void insert(int index, Messages others) {
    if (!others.out.isEmpty()) {
      out.addAll(index, others.out);
    }
  }

  List<AdmissionMessage> list() {
    return List.copyOf(out);
  }

  /** One error a check returns: the code it is reported under and Istio's text. */
  record Problem(Code code, String text) {
    static Problem of(String text) {
      return new Problem(DENIED, text);
    }
  }
}
