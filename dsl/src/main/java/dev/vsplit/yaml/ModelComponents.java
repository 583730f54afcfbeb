package dev.vsplit.yaml;

import dev.vsplit.model.CorsPolicy;
import dev.vsplit.model.Delegate;
import dev.vsplit.model.Destination;
import dev.vsplit.model.GatewaySpec;
import dev.vsplit.model.HTTPBody;
import dev.vsplit.model.HTTPDirectResponse;
import dev.vsplit.model.HTTPFaultInjection;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPMirrorPolicy;
import dev.vsplit.model.HTTPRedirect;
import dev.vsplit.model.HTTPRetry;
import dev.vsplit.model.HTTPRewrite;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.HeaderOperations;
import dev.vsplit.model.Headers;
import dev.vsplit.model.ObjectMeta;
import dev.vsplit.model.Percent;
import dev.vsplit.model.Port;
import dev.vsplit.model.PortSelector;
import dev.vsplit.model.RegexRewrite;
import dev.vsplit.model.Server;
import dev.vsplit.model.ServerTLSSettings;
import dev.vsplit.model.VirtualServiceSpec;
import java.util.HashMap;
import java.util.Map;

/**
 * The components of the model's records, read by direct calls: {@link YamlWriter} reads every field
 * of every record it writes (and so does the schema check, through it), and a reflective accessor
 * (a method handle per component) cannot be inlined at such a call site. Each array is in the
 * record's declaration order, as {@link Class#getRecordComponents()} lists them ({@code
 * ModelComponentsTest} compares the two for every record listed); a record not listed is read
 * reflectively.
 */
final class ModelComponents {

  private ModelComponents() {}

  /** The records read here, by their index in {@link #read}. */
  static final Map<Class<?>, Integer> INDEX = new HashMap<>();

  static {
    INDEX.put(HTTPRoute.class, 0);
    INDEX.put(HTTPMatchRequest.class, 1);
    INDEX.put(HTTPRouteDestination.class, 2);
    INDEX.put(Destination.class, 3);
    INDEX.put(PortSelector.class, 4);
    INDEX.put(HTTPRewrite.class, 5);
    INDEX.put(HTTPRetry.class, 6);
    INDEX.put(Headers.class, 7);
    INDEX.put(HeaderOperations.class, 8);
    INDEX.put(Delegate.class, 9);
    INDEX.put(HTTPRedirect.class, 10);
    INDEX.put(HTTPDirectResponse.class, 11);
    INDEX.put(HTTPBody.class, 12);
    INDEX.put(HTTPFaultInjection.class, 13);
    INDEX.put(HTTPFaultInjection.Delay.class, 14);
    INDEX.put(HTTPFaultInjection.Abort.class, 15);
    INDEX.put(HTTPMirrorPolicy.class, 16);
    INDEX.put(Percent.class, 17);
    INDEX.put(CorsPolicy.class, 18);
    INDEX.put(RegexRewrite.class, 19);
    INDEX.put(ObjectMeta.class, 20);
    INDEX.put(VirtualServiceSpec.class, 21);
    INDEX.put(GatewaySpec.class, 22);
    INDEX.put(Server.class, 23);
    INDEX.put(Port.class, 24);
    INDEX.put(ServerTLSSettings.class, 25);
  }

  /** The number of components of each record, by its index in {@link #INDEX}. */
  static final int[] SIZES = {
    17, 15, 4, 4, 2, 4, 5, 3, 4, 3, 7, 3, 3, 3, 4, 5, 3, 2, 8, 3, 5, 7, 3, 7, 5, 11
  };

  /** The components of {@code record}, whose class has index {@code index} in {@link #INDEX}. */
  static Object[] read(int index, Object record) {
    Object[] into = new Object[SIZES[index]];
    read(index, record, into);
    return into;
  }

  /**
   * Reads the components of {@code record}, whose class has index {@code index} in {@link #INDEX},
   * into the first {@code SIZES[index]} places of {@code into}: a writer walking a mesh reads every
   * record's components, and one array per level of nesting, reused, holds them.
   */
  static void read(int index, Object record, Object[] into) {
    switch (index) {
      case 0 -> {
        HTTPRoute r = (HTTPRoute) record;
        into[0] = r.name();
        into[1] = r.match();
        into[2] = r.route();
        into[3] = r.redirect();
        into[4] = r.directResponse();
        into[5] = r.delegate();
        into[6] = r.rewrite();
        into[7] = r.timeout();
        into[8] = r.retries();
        into[9] = r.fault();
        into[10] = r.mirror();
        into[11] = r.mirrors();
        into[12] = r.mirrorPercentage();
        into[13] = r.corsPolicy();
        into[14] = r.headers();
        into[15] = r.mirrorPercent();
        into[16] = r.extra();
      }
      case 1 -> {
        HTTPMatchRequest r = (HTTPMatchRequest) record;
        into[0] = r.name();
        into[1] = r.uri();
        into[2] = r.scheme();
        into[3] = r.method();
        into[4] = r.authority();
        into[5] = r.headers();
        into[6] = r.port();
        into[7] = r.sourceLabels();
        into[8] = r.gateways();
        into[9] = r.queryParams();
        into[10] = r.ignoreUriCase();
        into[11] = r.withoutHeaders();
        into[12] = r.sourceNamespace();
        into[13] = r.statPrefix();
        into[14] = r.extra();
      }
      case 2 -> {
        HTTPRouteDestination r = (HTTPRouteDestination) record;
        into[0] = r.destination();
        into[1] = r.weight();
        into[2] = r.headers();
        into[3] = r.extra();
      }
      case 3 -> {
        Destination r = (Destination) record;
        into[0] = r.host();
        into[1] = r.subset();
        into[2] = r.port();
        into[3] = r.extra();
      }
      case 4 -> {
        PortSelector r = (PortSelector) record;
        into[0] = r.number();
        into[1] = r.extra();
      }
      case 5 -> {
        HTTPRewrite r = (HTTPRewrite) record;
        into[0] = r.uri();
        into[1] = r.authority();
        into[2] = r.uriRegexRewrite();
        into[3] = r.extra();
      }
      case 6 -> {
        HTTPRetry r = (HTTPRetry) record;
        into[0] = r.attempts();
        into[1] = r.perTryTimeout();
        into[2] = r.retryOn();
        into[3] = r.retryRemoteLocalities();
        into[4] = r.extra();
      }
      case 7 -> {
        Headers r = (Headers) record;
        into[0] = r.request();
        into[1] = r.response();
        into[2] = r.extra();
      }
      case 8 -> {
        HeaderOperations r = (HeaderOperations) record;
        into[0] = r.set();
        into[1] = r.add();
        into[2] = r.remove();
        into[3] = r.extra();
      }
      case 9 -> {
        Delegate r = (Delegate) record;
        into[0] = r.name();
        into[1] = r.namespace();
        into[2] = r.extra();
      }
      case 10 -> {
        HTTPRedirect r = (HTTPRedirect) record;
        into[0] = r.uri();
        into[1] = r.authority();
        into[2] = r.port();
        into[3] = r.derivePort();
        into[4] = r.scheme();
        into[5] = r.redirectCode();
        into[6] = r.extra();
      }
      case 11 -> {
        HTTPDirectResponse r = (HTTPDirectResponse) record;
        into[0] = r.status();
        into[1] = r.body();
        into[2] = r.extra();
      }
      case 12 -> {
        HTTPBody r = (HTTPBody) record;
        into[0] = r.string();
        into[1] = r.bytes();
        into[2] = r.extra();
      }
      case 13 -> {
        HTTPFaultInjection r = (HTTPFaultInjection) record;
        into[0] = r.delay();
        into[1] = r.abort();
        into[2] = r.extra();
      }
      case 14 -> {
        HTTPFaultInjection.Delay r = (HTTPFaultInjection.Delay) record;
        into[0] = r.fixedDelay();
        into[1] = r.percentage();
        into[2] = r.percent();
        into[3] = r.extra();
      }
      case 15 -> {
        HTTPFaultInjection.Abort r = (HTTPFaultInjection.Abort) record;
        into[0] = r.httpStatus();
        into[1] = r.grpcStatus();
        into[2] = r.http2Error();
        into[3] = r.percentage();
        into[4] = r.extra();
      }
      case 16 -> {
        HTTPMirrorPolicy r = (HTTPMirrorPolicy) record;
        into[0] = r.destination();
        into[1] = r.percentage();
        into[2] = r.extra();
      }
      case 17 -> {
        Percent r = (Percent) record;
        into[0] = r.value();
        into[1] = r.extra();
      }
      case 18 -> {
        CorsPolicy r = (CorsPolicy) record;
        into[0] = r.allowOrigins();
        into[1] = r.allowMethods();
        into[2] = r.allowHeaders();
        into[3] = r.exposeHeaders();
        into[4] = r.maxAge();
        into[5] = r.allowCredentials();
        into[6] = r.unmatchedPreflights();
        into[7] = r.extra();
      }
      case 19 -> {
        RegexRewrite r = (RegexRewrite) record;
        into[0] = r.match();
        into[1] = r.rewrite();
        into[2] = r.extra();
      }
      case 20 -> {
        ObjectMeta r = (ObjectMeta) record;
        into[0] = r.name();
        into[1] = r.namespace();
        into[2] = r.labels();
        into[3] = r.annotations();
        into[4] = r.extra();
      }
      case 21 -> {
        VirtualServiceSpec r = (VirtualServiceSpec) record;
        into[0] = r.hosts();
        into[1] = r.gateways();
        into[2] = r.http();
        into[3] = r.tls();
        into[4] = r.tcp();
        into[5] = r.exportTo();
        into[6] = r.extra();
      }
      case 22 -> {
        GatewaySpec r = (GatewaySpec) record;
        into[0] = r.servers();
        into[1] = r.selector();
        into[2] = r.extra();
      }
      case 23 -> {
        Server r = (Server) record;
        into[0] = r.port();
        into[1] = r.bind();
        into[2] = r.hosts();
        into[3] = r.tls();
        into[4] = r.defaultEndpoint();
        into[5] = r.name();
        into[6] = r.extra();
      }
      case 24 -> {
        Port r = (Port) record;
        into[0] = r.number();
        into[1] = r.protocol();
        into[2] = r.name();
        into[3] = r.targetPort();
        into[4] = r.extra();
      }
      case 25 -> {
        ServerTLSSettings r = (ServerTLSSettings) record;
        into[0] = r.httpsRedirect();
        into[1] = r.mode();
        into[2] = r.serverCertificate();
        into[3] = r.privateKey();
        into[4] = r.caCertificates();
        into[5] = r.credentialName();
        into[6] = r.subjectAltNames();
        into[7] = r.minProtocolVersion();
        into[8] = r.maxProtocolVersion();
        into[9] = r.cipherSuites();
        into[10] = r.extra();
      }
      default -> throw new IllegalArgumentException("no model record " + index);
    }
  }
}
