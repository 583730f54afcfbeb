package dev.vsplit.yaml;

/**
 * Bounds on what one input file may cost to read, so that hostile YAML (a "billion laughs" alias
 * bomb, a deeply nested or huge document) gives an error instead of a hang or an out-of-memory.
 * Each is settable ({@code vsplit.<name>} for the Maven goals); the defaults are far beyond any
 * Istio manifest and far below what would strain a build machine.
 *
 * @param maxFileBytes largest file read, in bytes (default 32 MiB)
 * @param maxDepth deepest nesting of maps and lists in a document (default 64; at most {@value
 *     #MAX_DEPTH}, as reading recurses that deep)
 * @param maxAliases most aliases ({@code *name}) in one document (default 100)
 * @param maxAliasExpansion most nodes that aliases may add to one document once expanded (default
 *     10 000)
 * @param maxScalarLength longest single string value, in characters (default 1 MiB)
 */
public record ReadLimits(
    long maxFileBytes, int maxDepth, int maxAliases, long maxAliasExpansion, int maxScalarLength) {

  /** 32 MiB per file, depth 64, 100 aliases adding at most 10 000 nodes, 1 MiB per string. */
  public static final ReadLimits DEFAULTS = new ReadLimits(32L << 20, 64, 100, 10_000, 1 << 20);

  /**
   * The deepest nesting that may be allowed: reading and checking recurse once per level, and
   * Jackson refuses to write a tree nested more than 500 deep (the engine writes each resource to
   * validate it), so a higher limit would let a document through that then crashes the check.
   */
  public static final int MAX_DEPTH = 256;

  /**
   * @throws IllegalArgumentException naming the limit, its value and the values it may take
   */
  public ReadLimits {
    // The message names each limit by itself: "this" is not built yet, its toString would show
    // zeros.
    require(maxFileBytes >= 1, "maxFileBytes", maxFileBytes, "at least 1 (bytes)");
    require(
        maxDepth >= 1 && maxDepth <= MAX_DEPTH, "maxDepth", maxDepth, "between 1 and " + MAX_DEPTH);
    require(maxAliases >= 0, "maxAliases", maxAliases, "0 or more (0 forbids aliases)");
    require(maxAliasExpansion >= 0, "maxAliasExpansion", maxAliasExpansion, "0 or more (nodes)");
    require(maxScalarLength >= 1, "maxScalarLength", maxScalarLength, "at least 1 (characters)");
  }

  private static void require(boolean ok, String name, long value, String allowed) {
    if (!ok) {
      throw new IllegalArgumentException(
          "read limit "
              + name
              + " is "
              + value
              + "; it must be "
              + allowed
              + " (default "
              + defaultOf(name)
              + ")");
    }
  }

  private static String defaultOf(String name) {
    return switch (name) {
      case "maxFileBytes" -> "33554432";
      case "maxDepth" -> "64";
      case "maxAliases" -> "100";
      case "maxAliasExpansion" -> "10000";
      default -> "1048576";
    };
  }
}
