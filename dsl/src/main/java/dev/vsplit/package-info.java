/**
 * The DSL: what a mesh administrator ({@link dev.vsplit.MeshSpec}) and each team ({@link
 * dev.vsplit.TeamSpec}) write in Java, and vsplit turns into Istio YAML. Every public type here is
 * reachable from those two interfaces; the rest of vsplit (reading YAML, the rules, the Maven
 * plugin) is elsewhere.
 *
 * <p>The builders read like the YAML they produce, and their verbs follow one rule:
 *
 * <table class="striped">
 *   <caption>The DSL's verbs</caption>
 *   <thead>
 *     <tr><th scope="col">form</th><th scope="col">does</th><th scope="col">examples</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">{@code x(...)}, named after a field</th>
 *       <td>sets the field; a second call replaces the first (a list: the whole list). Without
 *         an argument it sets a flag or a default.</td>
 *       <td>{@code hosts}, {@code gateways}, {@code exportTo}, {@code owners}, {@code match},
 *         {@code to} (Istio's {@code route}), {@code timeout}, {@code retries}, {@code subset},
 *         {@code allowMethods}, {@code rewriteAuthority} ({@code rewrite.authority}),
 *         {@code named} (a match's {@code name}), {@code ignoreUriCase()}, {@code failClosed()},
 *         {@code sealed()}</td></tr>
 *     <tr><th scope="row">{@code addX(...)}</th>
 *       <td>appends to the list field {@code x}, after what is there</td>
 *       <td>{@code addHosts}, {@code addGateways}, {@code addExportTo}, {@code addOwners},
 *         {@code addMatch}, {@code addAllowOriginRegex}</td></tr>
 *     <tr><th scope="row">{@code x(key, ...)}, singular, on a map field</th>
 *       <td>sets the entry of one key; other keys stay</td>
 *       <td>{@code label}, {@code selector}, {@code header}, {@code query}, {@code sourceLabel},
 *         {@code withoutHeader}</td></tr>
 *     <tr><th scope="row">a noun that declares one more</th>
 *       <td>adds one more of its kind, in the order written</td>
 *       <td>{@code mesh.gateway}, {@code mesh.primary}, {@code gateway.server},
 *         {@code primary.delegate}, {@code http.route}</td></tr>
 *     <tr><th scope="row">{@code set/add/remove...Header}</th>
 *       <td>Istio's header operations of the same name ({@code headers: {request: {set: ...}}});
 *         the verb is Istio's, each call names one header</td>
 *       <td>{@code setRequestHeader}, {@code addResponseHeader}, {@code removeRequestHeader}</td></tr>
 *     <tr><th scope="row">static factories</th>
 *       <td>start a value with what it cannot do without</td>
 *       <td>{@code Team.named}, {@code Match.prefix}, {@code Backend.destination},
 *         {@code Delegation.of}, {@code Redirect.to}, {@code Cors.allowOrigins}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>{@link dev.vsplit.Route#to Route.to} has no {@code addTo}: weighted destinations are read
 * together, so they are written in one call. The values ({@link dev.vsplit.Team}, {@link
 * dev.vsplit.Secondary}, {@link dev.vsplit.Match}, {@link dev.vsplit.Backend}, {@link
 * dev.vsplit.Delegation}, {@link dev.vsplit.Cors}, {@link dev.vsplit.Redirect}) are immutable and
 * return a new value; the builders handed to a spec ({@link dev.vsplit.Mesh}, {@link
 * dev.vsplit.Routes}, {@link dev.vsplit.Route}) record what was written and return themselves.
 */
package dev.vsplit;
