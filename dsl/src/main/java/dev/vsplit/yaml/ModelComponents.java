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

  /** The components of {@code record}, whose class has index {@code index} in {@link #INDEX}. */
  static Object[] read(int index, Object record) {
    return switch (index) {
      case 0 ->
          new Object[] {
            ((HTTPRoute) record).name(),
            ((HTTPRoute) record).match(),
            ((HTTPRoute) record).route(),
            ((HTTPRoute) record).redirect(),
            ((HTTPRoute) record).directResponse(),
            ((HTTPRoute) record).delegate(),
            ((HTTPRoute) record).rewrite(),
            ((HTTPRoute) record).timeout(),
            ((HTTPRoute) record).retries(),
            ((HTTPRoute) record).fault(),
            ((HTTPRoute) record).mirror(),
            ((HTTPRoute) record).mirrors(),
            ((HTTPRoute) record).mirrorPercentage(),
            ((HTTPRoute) record).corsPolicy(),
            ((HTTPRoute) record).headers(),
            ((HTTPRoute) record).mirrorPercent(),
            ((HTTPRoute) record).extra()
          };
      case 1 ->
          new Object[] {
            ((HTTPMatchRequest) record).name(),
            ((HTTPMatchRequest) record).uri(),
            ((HTTPMatchRequest) record).scheme(),
            ((HTTPMatchRequest) record).method(),
            ((HTTPMatchRequest) record).authority(),
            ((HTTPMatchRequest) record).headers(),
            ((HTTPMatchRequest) record).port(),
            ((HTTPMatchRequest) record).sourceLabels(),
            ((HTTPMatchRequest) record).gateways(),
            ((HTTPMatchRequest) record).queryParams(),
            ((HTTPMatchRequest) record).ignoreUriCase(),
            ((HTTPMatchRequest) record).withoutHeaders(),
            ((HTTPMatchRequest) record).sourceNamespace(),
            ((HTTPMatchRequest) record).statPrefix(),
            ((HTTPMatchRequest) record).extra()
          };
      case 2 ->
          new Object[] {
            ((HTTPRouteDestination) record).destination(),
            ((HTTPRouteDestination) record).weight(),
            ((HTTPRouteDestination) record).headers(),
            ((HTTPRouteDestination) record).extra()
          };
      case 3 ->
          new Object[] {
            ((Destination) record).host(),
            ((Destination) record).subset(),
            ((Destination) record).port(),
            ((Destination) record).extra()
          };
      case 4 -> new Object[] {((PortSelector) record).number(), ((PortSelector) record).extra()};
      case 5 ->
          new Object[] {
            ((HTTPRewrite) record).uri(),
            ((HTTPRewrite) record).authority(),
            ((HTTPRewrite) record).uriRegexRewrite(),
            ((HTTPRewrite) record).extra()
          };
      case 6 ->
          new Object[] {
            ((HTTPRetry) record).attempts(),
            ((HTTPRetry) record).perTryTimeout(),
            ((HTTPRetry) record).retryOn(),
            ((HTTPRetry) record).retryRemoteLocalities(),
            ((HTTPRetry) record).extra()
          };
      case 7 ->
          new Object[] {
            ((Headers) record).request(), ((Headers) record).response(), ((Headers) record).extra()
          };
      case 8 ->
          new Object[] {
            ((HeaderOperations) record).set(),
            ((HeaderOperations) record).add(),
            ((HeaderOperations) record).remove(),
            ((HeaderOperations) record).extra()
          };
      case 9 ->
          new Object[] {
            ((Delegate) record).name(), ((Delegate) record).namespace(), ((Delegate) record).extra()
          };
      case 10 ->
          new Object[] {
            ((HTTPRedirect) record).uri(),
            ((HTTPRedirect) record).authority(),
            ((HTTPRedirect) record).port(),
            ((HTTPRedirect) record).derivePort(),
            ((HTTPRedirect) record).scheme(),
            ((HTTPRedirect) record).redirectCode(),
            ((HTTPRedirect) record).extra()
          };
      case 11 ->
          new Object[] {
            ((HTTPDirectResponse) record).status(),
            ((HTTPDirectResponse) record).body(),
            ((HTTPDirectResponse) record).extra()
          };
      case 12 ->
          new Object[] {
            ((HTTPBody) record).string(), ((HTTPBody) record).bytes(), ((HTTPBody) record).extra()
          };
      case 13 ->
          new Object[] {
            ((HTTPFaultInjection) record).delay(),
            ((HTTPFaultInjection) record).abort(),
            ((HTTPFaultInjection) record).extra()
          };
      case 14 ->
          new Object[] {
            ((HTTPFaultInjection.Delay) record).fixedDelay(),
            ((HTTPFaultInjection.Delay) record).percentage(),
            ((HTTPFaultInjection.Delay) record).percent(),
            ((HTTPFaultInjection.Delay) record).extra()
          };
      case 15 ->
          new Object[] {
            ((HTTPFaultInjection.Abort) record).httpStatus(),
            ((HTTPFaultInjection.Abort) record).grpcStatus(),
            ((HTTPFaultInjection.Abort) record).http2Error(),
            ((HTTPFaultInjection.Abort) record).percentage(),
            ((HTTPFaultInjection.Abort) record).extra()
          };
      case 16 ->
          new Object[] {
            ((HTTPMirrorPolicy) record).destination(),
            ((HTTPMirrorPolicy) record).percentage(),
            ((HTTPMirrorPolicy) record).extra()
          };
      case 17 -> new Object[] {((Percent) record).value(), ((Percent) record).extra()};
      case 18 ->
          new Object[] {
            ((CorsPolicy) record).allowOrigins(),
            ((CorsPolicy) record).allowMethods(),
            ((CorsPolicy) record).allowHeaders(),
            ((CorsPolicy) record).exposeHeaders(),
            ((CorsPolicy) record).maxAge(),
            ((CorsPolicy) record).allowCredentials(),
            ((CorsPolicy) record).unmatchedPreflights(),
            ((CorsPolicy) record).extra()
          };
      case 19 ->
          new Object[] {
            ((RegexRewrite) record).match(),
            ((RegexRewrite) record).rewrite(),
            ((RegexRewrite) record).extra()
          };
      case 20 ->
          new Object[] {
            ((ObjectMeta) record).name(),
            ((ObjectMeta) record).namespace(),
            ((ObjectMeta) record).labels(),
            ((ObjectMeta) record).annotations(),
            ((ObjectMeta) record).extra()
          };
      case 21 ->
          new Object[] {
            ((VirtualServiceSpec) record).hosts(),
            ((VirtualServiceSpec) record).gateways(),
            ((VirtualServiceSpec) record).http(),
            ((VirtualServiceSpec) record).tls(),
            ((VirtualServiceSpec) record).tcp(),
            ((VirtualServiceSpec) record).exportTo(),
            ((VirtualServiceSpec) record).extra()
          };
      case 22 ->
          new Object[] {
            ((GatewaySpec) record).servers(),
            ((GatewaySpec) record).selector(),
            ((GatewaySpec) record).extra()
          };
      case 23 ->
          new Object[] {
            ((Server) record).port(),
            ((Server) record).bind(),
            ((Server) record).hosts(),
            ((Server) record).tls(),
            ((Server) record).defaultEndpoint(),
            ((Server) record).name(),
            ((Server) record).extra()
          };
      case 24 ->
          new Object[] {
            ((Port) record).number(),
            ((Port) record).protocol(),
            ((Port) record).name(),
            ((Port) record).targetPort(),
            ((Port) record).extra()
          };
      case 25 ->
          new Object[] {
            ((ServerTLSSettings) record).httpsRedirect(),
            ((ServerTLSSettings) record).mode(),
            ((ServerTLSSettings) record).serverCertificate(),
            ((ServerTLSSettings) record).privateKey(),
            ((ServerTLSSettings) record).caCertificates(),
            ((ServerTLSSettings) record).credentialName(),
            ((ServerTLSSettings) record).subjectAltNames(),
            ((ServerTLSSettings) record).minProtocolVersion(),
            ((ServerTLSSettings) record).maxProtocolVersion(),
            ((ServerTLSSettings) record).cipherSuites(),
            ((ServerTLSSettings) record).extra()
          };
      default -> throw new IllegalArgumentException("no model record " + index);
    };
  }
}
