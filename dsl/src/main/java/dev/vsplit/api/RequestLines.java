package dev.vsplit.api;

import dev.vsplit.routing.Request;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Requests written one per line, for {@code explain} to answer several in one run: {@code [METHOD]
 * PATH} and then any of {@code host=H}, {@code header.NAME=VALUE}, {@code gateway=G}, {@code
 * port=N}, {@code scheme=S}, {@code sourceNamespace=NS}, separated by spaces. Blank lines and lines
 * starting with {@code #} are skipped.
 *
 * <pre>
 * GET /login host=bookinfo.example.com
 * /api/v1/orders header.x-canary=true
 * </pre>
 */
public final class RequestLines {
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private RequestLines() {}

  /**
   * One request.
   *
   * @param line {@code GET /login host=bookinfo.example.com header.x-canary=true}
   * @return the request
   * @throws IllegalArgumentException naming the part that cannot be read
   */
  public static Request parse(String line) {
    List<String> parts = BLANKS.splitAsStream(line.strip()).toList();
    int i = 0;
    String first = parts.get(0);
    Request r;
    if (first.startsWith("/")) {
      r = Request.parse(first);
      i = 1;
    } else if (parts.size() > 1) {
      r = Request.parse(first + " " + parts.get(1));
      i = 2;
    } else {
      throw new IllegalArgumentException(
          "cannot read the request \"" + line.strip() + "\": write [METHOD] PATH, e.g. GET /login");
    }
    for (; i < parts.size(); i++) {
      String part = parts.get(i);
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "cannot read \""
                + part
                + "\" in the request \""
                + line.strip()
                + "\": write host=H, header.NAME=VALUE, gateway=G, port=N, scheme=S or"
                + " sourceNamespace=NS");
      }
      String key = part.substring(0, eq);
      String value = part.substring(eq + 1);
      r =
          switch (key) {
            case "host" -> r.host(value);
            case "gateway" -> r.gateway(value);
            case "scheme" -> r.scheme(value);
            case "sourceNamespace" -> r.sourceNamespace(value);
            case "port" -> r.port(port(value, line));
            default -> {
              if (key.startsWith("header.") && key.length() > "header.".length()) {
                yield r.header(key.substring("header.".length()), value);
              }
              throw new IllegalArgumentException(
                  "unknown \""
                      + key
                      + "\" in the request \""
                      + line.strip()
                      + "\": use host, header.NAME, gateway, port, scheme or sourceNamespace");
            }
          };
    }
    return r;
  }

  /**
   * Every request of a text, one per line.
   *
   * @param text the lines
   * @param label what the text is, for messages ({@code requests.txt})
   * @return the requests, in order
   * @throws IllegalArgumentException naming the line that cannot be read
   */
  public static List<Request> parseAll(String text, String label) {
    List<Request> out = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        out.add(parse(line));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(label + ":" + (n + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /**
   * Every request of a file, one per line.
   *
   * @param file the file
   * @return the requests, in order
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException naming the line that cannot be read
   */
  public static List<Request> read(Path file) throws IOException {
    return parseAll(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  private static int port(String value, String line) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "port \"" + value + "\" in the request \"" + line.strip() + "\" is not a number", e);
    }
  }
}
