package dev.vsplit.rules.admission;

import dev.vsplit.base.BoundedCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names, hosts, addresses and labels as Istio checks them: {@code pkg/config/labels} ({@code
 * IsDNS1123Label}, {@code IsWildcardDNS1123Label}, {@code Instance.Validate}), {@code
 * pkg/config/validation/agent} ({@code ValidateFQDN}, {@code ValidateWildcardDomain}, {@code
 * ValidateNamespaceSlashWildcardHostname}, {@code ValidateIPAddress}, {@code ValidatePort}), {@code
 * pkg/config/host} ({@code Name.Matches}, {@code Name.SubsetOf}) and {@code net/netip}.
 *
 * <p>Each check returns Istio's error text, or {@code null} when the value is valid.
 */
final class DnsNames {
  private DnsNames() {}

  private static final int DNS1123_LABEL_MAX_LENGTH = 63;
  private static final String DNS1123_LABEL = "[a-zA-Z0-9](?:[-a-zA-Z0-9]*[a-zA-Z0-9])?";
  private static final String QUALIFIED_NAME = "(?:[A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
  private static final String DNS_NAME_PREFIX = DNS1123_LABEL + "(?:\\." + DNS1123_LABEL + ")*/";
  private static final int DNS_NAME_PREFIX_MAX_LENGTH = 253;

  private static final Pattern TAG_RE =
      Pattern.compile("^(" + DNS_NAME_PREFIX + ")?(" + QUALIFIED_NAME + ")$");
  private static final Pattern LABEL_VALUE_RE = Pattern.compile("^(" + QUALIFIED_NAME + ")?$");

  /**
   * {@code labels.IsDNS1123Label}: at most 63 characters matching {@code DNS1123_LABEL}, matched by
   * hand (every host of every route is checked: a regex here was a tenth of the checker's time).
   */
  static boolean isDns1123Label(String value) {
    return value.length() <= DNS1123_LABEL_MAX_LENGTH && isLabel(value, 0);
  }

  /**
   * {@code labels.IsWildcardDNS1123Label}: at most 63 characters, {@code *}, or a label optionally
   * after {@code *} or {@code *-}.
   */
  static boolean isWildcardDns1123Label(String value) {
    if (value.length() > DNS1123_LABEL_MAX_LENGTH) {
      return false;
    }
    if (!value.startsWith("*")) {
      return isLabel(value, 0);
    }
    return value.length() == 1
        || isLabel(value, 1)
        || (value.charAt(1) == '-' && isLabel(value, 2));
  }

  /**
   * Whether {@code value} from {@code start} on is a DNS-1123 label of any length: ASCII letters,
   * digits and {@code -}, not empty, a letter or digit first and last.
   */
  private static boolean isLabel(String value, int start) {
    int end = value.length();
    if (start >= end || !isAlphanumeric(value.charAt(start))) {
      return false;
    }
    if (!isAlphanumeric(value.charAt(end - 1))) {
      return false;
    }
    for (int i = start + 1; i < end - 1; i++) {
      char c = value.charAt(i);
      if (c != '-' && !isAlphanumeric(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** {@code agent.ValidatePort}. */
  static String validatePort(long port) {
    if (1 <= port && port <= 65535) {
      return null;
    }
    return "port number " + port + " must be in the range 1..65535";
  }

  private static String checkDns1123Preconditions(String name) {
    if (GoText.byteLength(name) > 255) {
      return "domain name " + GoText.quote(name) + " too long (max 255)";
    }
    if (name.isEmpty()) {
      return "empty domain name not allowed";
    }
    return null;
  }

  private static String validateDns1123Labels(String domain) {
    String[] parts = domain.split("\\.", -1);
    String topLevelDomain = parts[parts.length - 1];
    if (isGoInt(topLevelDomain)) {
      return "domain name "
          + GoText.quote(domain)
          + " invalid (top level domain "
          + GoText.quote(topLevelDomain)
          + " cannot be all-numeric)";
    }
    for (int i = 0; i < parts.length; i++) {
      String label = parts[i];
      if (i == parts.length - 1 && label.isEmpty()) {
        return null;
      }
      if (!isDns1123Label(label)) {
        return "domain name "
            + GoText.quote(domain)
            + " invalid (label "
            + GoText.quote(label)
            + " invalid)";
      }
    }
    return null;
  }

  /** Whether Go's {@code strconv.Atoi} accepts the text: an optional sign, digits, within int64. */
  private static boolean isGoInt(String s) {
    int start = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
    if (s.length() == start) {
      return false;
    }
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    try {
      Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** {@code agent.ValidateFQDN}. */
  static String validateFqdn(String fqdn) {
    String err = checkDns1123Preconditions(fqdn);
    return err != null ? err : validateDns1123Labels(fqdn);
  }

  /** {@code agent.ValidateWildcardDomain}: a FQDN whose first label may be a wildcard. */
  static String validateWildcardDomain(String domain) {
    if (VALID_DOMAINS.get(domain) != null) {
      return null;
    }
    // As in Istio, the rest is checked on its own, so a message about it names only the rest.
    String err = validateWildcardDomainForGateway(false, domain);
    if (err == null) {
      VALID_DOMAINS.keep(domain, Boolean.TRUE);
    }
    return err;
  }

  /**
   * Hosts {@link #validateWildcardDomain} accepted: a mesh names the same few hosts in every route
   * (each destination, each VirtualService's hosts), so each is checked once. Bounded, as the hosts
   * of one JVM's runs are: past the bound, hosts are checked every time.
   */
  private static final BoundedCache<String, Boolean> VALID_DOMAINS = new BoundedCache<>(4096);

  private static String invalidLabel(String domain, String label) {
    return "domain name "
        + GoText.quote(domain)
        + " invalid (label "
        + GoText.quote(label)
        + " invalid)";
  }

  private static final Pattern OUTBOUND_SNI = Pattern.compile("outbound_.([0-8].*).*");

  /** {@code agent.ValidateWildcardDomainForVirtualServiceBoundToGateway}. */
  static String validateWildcardDomainForGateway(boolean sni, String domain) {
    String err = checkDns1123Preconditions(domain);
    if (err != null) {
      return err;
    }
    int dot = domain.indexOf('.');
    String first = dot < 0 ? domain : domain.substring(0, dot);
    if (sni && first.equals("outbound_")) {
      if (!OUTBOUND_SNI.matcher(domain).find()) {
        return invalidLabel(domain, first);
      }
      return null;
    }
    if (!isWildcardDns1123Label(first)) {
      return invalidLabel(domain, first);
    }
    return dot < 0 ? null : validateDns1123Labels(domain.substring(dot + 1));
  }

  /** {@code agent.ValidatePartialWildCard}. */
  static String validatePartialWildcard(String host) {
    if (host.contains("*") && host.length() != 1 && !host.startsWith("*.")) {
      return "partial wildcard " + GoText.quote(host) + " not allowed";
    }
    return null;
  }

  /** {@code agent.ValidateNamespaceSlashWildcardHostname} for a Gateway server's host. */
  static List<String> validateGatewayHost(String hostname, boolean gatewaySemantics) {
    List<String> errs = new ArrayList<>();
    int slash = hostname.indexOf('/');
    if (slash < 0) {
      gatewayHostnamePart(hostname, errs);
      return errs;
    }
    String ns = hostname.substring(0, slash);
    String dnsName = hostname.substring(slash + 1);
    if (ns.isEmpty() || dnsName.isEmpty()) {
      errs.add("config namespace and dnsName in host entry cannot be empty");
    }
    if (!ns.equals("*")
        && !ns.equals(".")
        && (!ns.equals("~") || !gatewaySemantics)
        && !isDns1123Label(ns)) {
      errs.add("invalid namespace value " + GoText.quote(ns) + " in gateway");
    }
    gatewayHostnamePart(dnsName, errs);
    return errs;
  }

  private static void gatewayHostnamePart(String hostname, List<String> errs) {
    if (!hostname.equals("*") && !hostname.contains(".")) {
      errs.add("short names (non FQDN) are not allowed");
    }
    String err = validateWildcardDomain(hostname);
    if (err != null && !isValidIpAddress(hostname)) {
      // A Gateway also accepts an IP address as host.
      errs.add(err);
    }
    String partial = validatePartialWildcard(hostname);
    if (partial != null) {
      errs.add(partial);
    }
  }

  /** {@code labels.Instance.Validate}: each key, then its value, in map order. */
  static List<String> validateLabels(Map<String, String> labels) {
    List<String> errs = new ArrayList<>();
    labels.forEach(
        (k, v) -> {
          String keyErr = validateTagKey(k);
          if (keyErr != null) {
            errs.add(keyErr);
          }
          if (!LABEL_VALUE_RE.matcher(v).matches()) {
            errs.add("invalid tag value: " + GoText.quote(v));
          }
        });
    return errs;
  }

  private static String validateTagKey(String k) {
    Matcher m = TAG_RE.matcher(k);
    if (!m.matches()) {
      return "invalid tag key: " + GoText.quote(k);
    }
    String prefix = m.group(1);
    if (prefix != null && !prefix.isEmpty() && prefix.length() - 1 > DNS_NAME_PREFIX_MAX_LENGTH) {
      return "invalid tag key: " + GoText.quote(k) + " (DNS prefix is too long)";
    }
    if (m.group(2).length() > DNS1123_LABEL_MAX_LENGTH) {
      return "invalid tag key: " + GoText.quote(k) + " (name is too long)";
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // host.Name

  static boolean hostMatches(String n, String o) {
    boolean nWild = n.startsWith("*");
    boolean oWild = o.startsWith("*");
    if (nWild) {
      if (oWild) {
        return n.length() < o.length()
            ? o.substring(1).endsWith(n.substring(1))
            : n.substring(1).endsWith(o.substring(1));
      }
      return o.endsWith(n.substring(1));
    }
    if (oWild) {
      return n.endsWith(o.substring(1));
    }
    return n.equals(o);
  }

  static boolean hostSubsetOf(String n, String o) {
    boolean nWild = n.startsWith("*");
    boolean oWild = o.startsWith("*");
    if (nWild) {
      if (oWild) {
        return n.length() >= o.length() && n.substring(1).endsWith(o.substring(1));
      }
      return false;
    }
    if (oWild) {
      return n.endsWith(o.substring(1));
    }
    return n.equals(o);
  }

  // ---------------------------------------------------------------------------------------------
  // IP addresses (net/netip)

  /**
   * {@code netip.ParseAddr} succeeds: dotted IPv4 without leading zeros, or IPv6 (with an optional
   * zone).
   */
  static boolean isValidIpAddress(String s) {
    if (s.contains(":")) {
      return isIpv6(s, true);
    }
    return isIpv4(s);
  }

  /** {@code agent.ValidateIPAddress}. */
  static String validateIpAddress(String addr) {
    return isValidIpAddress(addr) ? null : addr + " is not a valid IP";
  }

  /** {@code agent.ValidateIPSubnet}: CIDR notation, or a plain address. */
  static String validateIpSubnet(String subnet) {
    if (subnet.chars().filter(c -> c == '/').count() == 1) {
      int slash = subnet.indexOf('/');
      String addr = subnet.substring(0, slash);
      String bits = subnet.substring(slash + 1);
      boolean v6 = addr.contains(":");
      boolean addrOk = v6 ? isIpv6(addr, false) : isIpv4(addr);
      if (!addrOk || !isPrefixLength(bits, v6 ? 128 : 32)) {
        return subnet + " is not a valid CIDR block";
      }
      return null;
    }
    return validateIpAddress(subnet);
  }

  private static boolean isPrefixLength(String bits, int max) {
    if (bits.isEmpty() || bits.length() > 3 || (bits.length() > 1 && bits.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < bits.length(); i++) {
      if (bits.charAt(i) < '0' || bits.charAt(i) > '9') {
        return false;
      }
    }
    return Integer.parseInt(bits) <= max;
  }

  private static boolean isIpv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
        return false;
      }
      for (int i = 0; i < p.length(); i++) {
        if (p.charAt(i) < '0' || p.charAt(i) > '9') {
          return false;
        }
      }
      if (Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIpv6(String s, boolean zoneAllowed) {
    int percent = s.indexOf('%');
    if (percent >= 0) {
      if (!zoneAllowed || percent == s.length() - 1) {
        return false;
      }
      s = s.substring(0, percent);
    }
    int groups = 0;
    boolean compressed = false;
    int i = 0;
    if (s.startsWith("::")) {
      compressed = true;
      i = 2;
      if (s.length() == 2) {
        return true;
      }
    } else if (s.startsWith(":")) {
      return false;
    }
    while (i < s.length()) {
      int end = i;
      while (end < s.length() && s.charAt(end) != ':') {
        end++;
      }
      String group = s.substring(i, end);
      if (group.contains(".")) {
        // an embedded IPv4 address must be last
        if (end != s.length() || !isIpv4(group)) {
          return false;
        }
        groups += 2;
        break;
      }
      if (group.isEmpty()
          || group.length() > 4
          || !group.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        return false;
      }
      groups++;
      if (end == s.length()) {
        break;
      }
      // at a ':'
      if (end + 1 < s.length() && s.charAt(end + 1) == ':') {
        if (compressed) {
          return false;
        }
        compressed = true;
        i = end + 2;
        if (i == s.length()) {
          break;
        }
      } else {
        if (end + 1 == s.length()) {
          return false; // trailing single ':'
        }
        i = end + 1;
      }
    }
    return compressed ? groups < 8 : groups == 8;
  }
}
