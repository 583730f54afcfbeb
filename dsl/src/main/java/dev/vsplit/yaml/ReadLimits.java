package dev.vsplit.yaml;

/**
 * Bounds on what one input file may cost to read, so that hostile YAML (a "billion laughs" alias
 * bomb, a deeply nested or huge document) gives an error instead of a hang or an out-of-memory.
 *
 * @param maxFileBytes largest file read, in bytes
 * @param maxDepth deepest nesting of maps and lists in a document
 * @param maxAliases most aliases ({@code *name}) in one document
 * @param maxAliasExpansion most nodes that aliases may add to one document once expanded
 * @param maxScalarLength longest single string value, in characters
 */
public record ReadLimits(
    long maxFileBytes, int maxDepth, int maxAliases, long maxAliasExpansion, int maxScalarLength) {

  /** 32 MiB per file, depth 64, 100 aliases adding at most 10 000 nodes, 1 MiB per string. */
  public static final ReadLimits DEFAULTS = new ReadLimits(32L << 20, 64, 100, 10_000, 1 << 20);

  public ReadLimits {
    if (maxFileBytes <= 0 || maxDepth <= 0 || maxAliases < 0 || maxAliasExpansion < 0 || maxScalarLength <= 0) {
      throw new IllegalArgumentException("read limits must be positive: " + this);
    }
  }
}
