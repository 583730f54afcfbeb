package dev.vsplit.rules.admission;

import dev.vsplit.model.HeaderOperations;
import dev.vsplit.model.Headers;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Istio's header checks: {@code ValidateHTTPHeaderNameOrJwtClaimRoute} for match keys, {@code
 * ValidateCORSHTTPHeaderName}, the header operation name checks and {@code ValidateHTTPHeaderValue}
 * (with {@code validateHeaderValue}, a port of Envoy's header formatter parser).
 */
final class HeaderValidation {
  private HeaderValidation() {}

  private static final Set<String> PSEUDO_HEADERS =
      Set.of(":method", ":scheme", ":authority", ":path", ":status");
  private static final String JWT_CLAIM_PREFIX = "@request.auth.claims";

  /**
   * RFC 7230 token characters as Istio's {@code validHeaderNameRegex} has them. Istio writes the
   * class as {@code [!#$%&'*+-.^_`|~A-Za-z0-9]}, where {@code +-.} is a range, so {@code ,} is in.
   */
  private static boolean isTokenChar(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || "!#$%&'*+,-.^_`|~".indexOf(c) >= 0;
  }

  private static boolean isToken(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (!isTokenChar(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code jwt.ToRoutingClaim(name).Match}: {@code @request.auth.claims.a.b} or
   * {@code @request.auth.claims[a][b]}.
   */
  static boolean isJwtClaim(String name) {
    // nearly every header: not lowered (a copy) to learn that, since lowering keeps a first '@'
    // and makes none
    if (name.isEmpty() || name.charAt(0) != '@') {
      return false;
    }
    if (!name.toLowerCase(Locale.ROOT).startsWith(JWT_CLAIM_PREFIX)) {
      return false;
    }
    String rest = name.substring(JWT_CLAIM_PREFIX.length());
    return (rest.startsWith(".") && rest.length() > 1)
        || (rest.startsWith("[") && rest.endsWith("]") && rest.length() > 2);
  }

  /**
   * {@code ValidateHTTPHeaderNameOrJwtClaimRoute}: keys of {@code headers} and {@code
   * withoutHeaders} in a match.
   */
  static String validateMatchName(String name) {
    if (name.isEmpty()) {
      return "header name cannot be empty";
    }
    if (isJwtClaim(name) || PSEUDO_HEADERS.contains(name)) {
      return null;
    }
    if (!isToken(name)) {
      return "header name " + name + " is not a valid header name";
    }
    return null;
  }

  /** {@code ValidateCORSHTTPHeaderName}. */
  static String validateCorsName(String name) {
    if (name.isEmpty()) {
      return "header name cannot be empty";
    }
    if (name.equals("*")) {
      return null;
    }
    if (!isToken(name)) {
      return "header name " + name + " is not a valid header name";
    }
    return null;
  }

  private static boolean isInternal(String name) {
    return name.startsWith(":") || name.equalsIgnoreCase("host");
  }

  static boolean isAuthority(String name) {
    return name.equalsIgnoreCase(":authority") || name.equalsIgnoreCase("host");
  }

  /** {@code ValidateHTTPHeaderWithAuthorityOperationName}: request {@code add} and {@code set}. */
  static String validateRequestSetName(String name) {
    if (name.isEmpty()) {
      return "header name cannot be empty";
    }
    if (isInternal(name) && !isAuthority(name)) {
      return "invalid header " + GoText.quote(name) + ": header cannot have \":\" prefix";
    }
    return null;
  }

  /**
   * {@code ValidateHTTPHeaderOperationName}: request {@code remove} and every response operation.
   */
  static String validateOperationName(String name) {
    if (name.isEmpty()) {
      return "header name cannot be empty";
    }
    if (name.equalsIgnoreCase("host")) {
      return "invalid header " + GoText.quote(name) + ": cannot set Host header";
    }
    if (isInternal(name)) {
      return "invalid header " + GoText.quote(name) + ": header cannot have \":\" prefix";
    }
    return null;
  }

  /** {@code ValidateHTTPHeaderValue}. */
  static String validateValue(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c <= 0x08) || (c >= 0x0A && c <= 0x1F) || c == 0x7F) {
        return "header value configuration " + value + " is invalid";
      }
    }
    String err = formatterError(value);
    return err == null ? null : "header value configuration: " + err;
  }

  /** {@code validateHeaderValue}: Envoy's {@code %VARIABLE%} syntax in a header value. */
  private static String formatterError(String value) {
    final int literal = 0;
    final int variableName = 1;
    final int expectArray = 2;
    final int expectString = 3;
    final int string = 4;
    final int expectArrayDelimiterOrEnd = 5;
    final int expectArgsEnd = 6;
    final int expectVariableEnd = 7;
    int state = literal;
    int pos = 0;
    while (pos < value.length()) {
      char ch = value.charAt(pos);
      boolean hasNext = pos + 1 < value.length();
      switch (state) {
        case literal -> {
          if (ch == '%') {
            if (!hasNext) {
              return "invalid header configuration. Un-escaped %";
            }
            if (value.charAt(pos + 1) == '%') {
              pos++; // escaped %
            } else {
              state = variableName;
            }
          }
        }
        case variableName -> {
          if (ch == '%') {
            state = literal;
          } else if (ch == '(') {
            state = expectArray;
          }
        }
        case expectArray -> {
          if (ch == '[') {
            state = expectString;
          } else if (ch != ' ') {
            state = string;
          }
        }
        case expectArrayDelimiterOrEnd -> {
          if (ch == ',') {
            state = expectString;
          } else if (ch == ']') {
            state = expectArgsEnd;
          } else if (ch != ' ') {
            return "invalid header configuration. Expecting ',', ']', or whitespace";
          }
        }
        case expectString -> {
          if (ch == '"') {
            state = string;
          } else if (ch != ' ') {
            return "invalid header configuration. Expecting '\"'";
          }
        }
        case string -> {
          if (ch == '\\') {
            if (!hasNext) {
              return "invalid header configuration. Un-terminated backslash in JSON string";
            }
            pos++;
          } else if (ch == ')') {
            state = expectVariableEnd;
          } else if (ch == '"') {
            state = expectArrayDelimiterOrEnd;
          }
        }
        case expectArgsEnd -> {
          if (ch == ')') {
            state = expectVariableEnd;
          } else if (ch != ' ') {
            return "invalid header configuration. Expecting ')' or whitespace after '{}', but found '{}'";
          }
        }
        case expectVariableEnd -> {
          if (ch == '%') {
            state = literal;
          } else if (ch != ' ') {
            return "invalid header configuration. Expecting '%' or whitespace after";
          }
        }
        default -> throw new IllegalStateException("state " + state);
      }
      pos++;
    }
    if (state != literal) {
      return "invalid header configuration. Un-terminated variable expression '" + value + "'";
    }
    return null;
  }

  /**
   * The header operations of a route or of one of its destinations, as {@code validateHTTPRoute}
   * and {@code validateHTTPRouteDestinations} check them.
   */
  static void validateOperations(Headers headers, At path, Messages out) {
    if (headers == null) {
      return;
    }
    HeaderOperations request = headers.request();
    HeaderOperations response = headers.response();
    At requestPath = path.key("request");
    At responsePath = path.key("response");
    if (request != null) {
      nameAndValues(request.add().entrySet(), requestPath.key("add"), true, out);
      nameAndValues(request.set().entrySet(), requestPath.key("set"), true, out);
      removals(request, requestPath, out);
    }
    if (response != null) {
      nameAndValues(response.add().entrySet(), responsePath.key("add"), false, out);
      nameAndValues(response.set().entrySet(), responsePath.key("set"), false, out);
      removals(response, responsePath, out);
    }
  }

  private static void nameAndValues(
      Iterable<Map.Entry<String, String>> entries, At path, boolean request, Messages out) {
    for (var e : entries) {
      At at = path.key(e.getKey());
      String nameErr =
          request ? validateRequestSetName(e.getKey()) : validateOperationName(e.getKey());
      if (nameErr != null) {
        out.deny(at, nameErr);
      }
      String valueErr = validateValue(e.getValue());
      if (valueErr != null) {
        out.deny(at, valueErr);
      }
    }
  }

  private static void removals(HeaderOperations ops, At path, Messages out) {
    for (int i = 0; i < ops.remove().size(); i++) {
      String err = validateOperationName(ops.remove().get(i));
      if (err != null) {
        out.deny(path.key("remove").index(i), err);
      }
    }
  }
}
