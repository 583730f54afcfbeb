package dev.vsplit.yaml;

import dev.vsplit.base.Location;
import java.io.Reader;
import java.io.StringReader;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Makes the YAML parser of one document: within the {@link ReadLimits}, scalars resolved by the
 * YAML 1.2 core schema, a read buffer sized for the document, and a parser that also tells what
 * Jackson's does not (a scalar's anchor, whether it was quoted).
 */
final class YamlParsers {

  /**
   * snakeyaml-engine copies its read window at every refill, which costs time in the square of the
   * longest line: with its default buffer of 1024 a single 5 MB line takes seconds. A buffer as
   * large as the document (up to 1 MiB) avoids the refills. But every parser allocates its whole
   * buffer (chars and code points, five bytes a slot), so a buffer larger than the document costs
   * for nothing: a file of 200 000 one-line documents spent most of a minute allocating 64 KiB
   * buffers. Each document gets the smallest power of two that holds it, from 1 KiB.
   */
  private static final int MIN_BUFFER_BITS = 10;

  private static final int MAX_BUFFER_BITS = 20;

  private final ReadLimits limits;

  /** Factories by buffer size, {@code 1 << (MIN_BUFFER_BITS + i)}, made when first needed. */
  private final YAMLFactory[] factories = new YAMLFactory[MAX_BUFFER_BITS - MIN_BUFFER_BITS + 1];

  YamlParsers(ReadLimits limits) {
    this.limits = limits;
  }

  /** A parser of {@code text}, one document. */
  Parser open(String text) {
    return (Parser)
        factoryFor(text).createParser(ObjectReadContext.empty(), new StringReader(text));
  }

  private YAMLFactory factoryFor(String text) {
    int bits = Math.max(MIN_BUFFER_BITS, 32 - Integer.numberOfLeadingZeros(text.length()));
    int i = Math.min(bits, MAX_BUFFER_BITS) - MIN_BUFFER_BITS;
    if (factories[i] == null) {
      factories[i] = factory(1 << (i + MIN_BUFFER_BITS));
    }
    return factories[i];
  }

  private YAMLFactory factory(int bufferSize) {
    int codePoints = (int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes());
    return new Factory(
        YAMLFactory.builder()
            .loadSettings(
                LoadSettings.builder()
                    .setCodePointLimit(codePoints)
                    .setBufferSize(bufferSize)
                    .setSchema(new CoreSchema())
                    .build())
            // Duplicate keys are reported by TreeBuilder, with both lines, and the parse goes on.
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth() + 8)
                    .maxStringLength(Math.max(limits.maxScalarLength(), 1) + 1)
                    .maxDocumentLength(limits.maxFileBytes())
                    .build()));
  }

  /**
   * Where a parser's location is in the file, for a document whose first line is {@code lineOffset
   * + 1}.
   */
  static Location location(String file, TokenStreamLocation loc, int lineOffset) {
    if (loc == null || loc.getLineNr() <= 0) {
      return new Location(file, lineOffset + 1, 0);
    }
    return new Location(file, loc.getLineNr() + lineOffset, loc.getColumnNr());
  }

  /** Creates {@link Parser}s. */
  private static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Factory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext ctxt, IOContext io, Reader in) {
      return new Parser(
          ctxt,
          io,
          _getBufferRecycler(),
          ctxt.getStreamReadFeatures(_streamReadFeatures),
          ctxt.getFormatReadFeatures(_formatReadFeatures),
          _loadSettings,
          in);
    }
  }

  /**
   * Jackson 3.3's YAMLParser reports the anchor of a map or a list ({@code getObjectId()}) but not
   * of a scalar: {@code host: &h reviews} then {@code *h} would be an alias to nothing. This one
   * reads snakeyaml's last event (a protected field) for it, and for whether a key was quoted.
   */
  static final class Parser extends YAMLParser {
    Parser(
        ObjectReadContext ctxt,
        IOContext io,
        BufferRecycler recycler,
        int streamFeatures,
        int formatFeatures,
        LoadSettings settings,
        Reader in) {
      super(ctxt, io, recycler, streamFeatures, formatFeatures, settings, in, false);
    }

    /** Whether the scalar just read (a value or a key) was written without quotes. */
    boolean lastScalarIsPlain() {
      return _lastEvent instanceof ScalarEvent scalar && scalar.isPlain();
    }

    /** The anchor of the scalar just read, or {@code null}. */
    String scalarAnchor() {
      return _lastEvent instanceof ScalarEvent scalar
          ? scalar.getAnchor().map(Anchor::getValue).orElse(null)
          : null;
    }
  }
}
