package dev.vsplit.model;

import java.util.Map;

/** Fault injection: delay and/or abort a share of the requests. */
public record HTTPFaultInjection(Delay delay, Abort abort, Map<String, Object> extra) {
  public HTTPFaultInjection {
    extra = Copies.extra(extra);
  }

  /** Delays a share of the requests by {@code fixedDelay}. */
  public record Delay(
      String fixedDelay, Percent percentage, Integer percent, Map<String, Object> extra) {
    public Delay {
      extra = Copies.extra(extra);
    }
  }

  /** Answers a share of the requests with an error. */
  public record Abort(
      Integer httpStatus,
      String grpcStatus,
      String http2Error,
      Percent percentage,
      Map<String, Object> extra) {
    public Abort {
      extra = Copies.extra(extra);
    }
  }
}
