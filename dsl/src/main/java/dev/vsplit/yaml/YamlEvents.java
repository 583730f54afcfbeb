package dev.vsplit.yaml;

/**
 * What {@link YamlWriter} writes, as a stream of events rather than text: for code that needs the
 * data a document holds, exactly as written (which fields are there, a whole number written without
 * its fraction, entries with the same key merged), without its text or a tree of it. Fed by {@link
 * YamlWriter#walk}; the writer's own text is laid out from the same events.
 *
 * <p>A mapping is {@link #startMapping}, then for each entry {@link #key} and its value, then
 * {@link #endMapping} (no key between them: an empty mapping); a sequence is {@link
 * #startSequence}, then for each item {@link #item} and its value, then {@link #endSequence}.
 */
public abstract class YamlEvents {

  /** Starts a mapping, maybe empty. */
  public abstract void startMapping();

  /** A key of the current mapping; its value follows. */
  public abstract void key(String name);

  public abstract void endMapping();

  /** A mapping known to be empty ({@code {}}). */
  public abstract void emptyMapping();

  /** Starts a sequence of at least one item. */
  public abstract void startSequence();

  /** An item of the current sequence follows. */
  public abstract void item();

  public abstract void endSequence();

  /** An empty sequence ({@code []}). */
  public abstract void emptySequence();

  /** A string. */
  public abstract void string(String value);

  /**
   * A number, {@code true}, {@code false} or {@code null}, as written: a whole number without a
   * fraction ({@code 3}), others as Java writes a double ({@code 0.5}, {@code 1.0E20}), {@code
   * .nan}, {@code .inf}, {@code -.inf}.
   */
  public abstract void plain(String text);

  /** A key that is written again and again, laid out once for the text. */
  void key(YamlEmitter.Key key) {
    key(key.name);
  }
}
